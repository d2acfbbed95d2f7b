// The full Lào Cai model of core's Monte Carlo bench (packages/core/bench/risk.bench.ts, fullModel):
// every rate input uncertain, persistence 0.5, growth–deflator correlation 0.3, buoyancy σ 0.1.
import { emptyScenario, isRateInput, loadRegion, resolveModel, type Scenario } from "@lotrinh/core";

export const region = loadRegion("lao-cai");

function fullScenario(): Scenario {
  const resolved = resolveModel(region);
  if (!resolved.ok) throw new Error(resolved.error);
  const inputs = resolved.value.indicators.filter((d) => isRateInput(d)).map((d) => d.id);
  const sigma: Record<string, number> = { grdpGrowth: 0.015, deflator: 0.01, populationGrowth: 0.002 };
  return {
    ...emptyScenario("lao-cai", "bench"),
    uncertainty: { ...Object.fromEntries(inputs.map((id) => [id, sigma[id] ?? 0.05])), revenueBuoyancy: 0.1 },
    params: { persistence: 0.5, growthDeflatorCorrelation: 0.3 },
  };
}

export const scenario = fullScenario();
