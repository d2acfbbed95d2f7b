import type { Scenario } from "../schema/scenario.js";
import type { Solution } from "../targets/types.js";

/** A copy of the scenario with `indicator`'s rate set to the solved rate in every free year. */
export function applyRequiredRate(scenario: Scenario, indicator: string, solution: Solution): Scenario {
  if (solution.status !== "solved") return scenario;
  const byYear: Record<string, number> = { ...(scenario.rates?.[indicator] ?? {}) };
  for (let y = solution.from; y <= solution.to; y++) byYear[String(y)] = solution.rate;
  return { ...scenario, rates: { ...scenario.rates, [indicator]: byYear } };
}

/** An empty scenario: the region's defaults. */
export function emptyScenario(region: string, name: string): Scenario {
  return { schema: "lotrinh/scenario/1", name, region };
}
