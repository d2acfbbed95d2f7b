import { loadRegion, regionScenarios, simulate, type Lang, type Scenario } from "@lotrinh/core";
import type { ChartInput, ChartSeriesInput, ChartView } from "../src/index.js";

const region = loadRegion("sa-pa");
const scenarios = regionScenarios(region);

/** One Sa Pa scenario as a chart series; `patch` adds scenario fields (levels, rates) on top. */
export function saPaSeries(index = 0, patch: Partial<Scenario> = {}): ChartSeriesInput {
  const scenario = { ...scenarios[index]!, ...patch };
  const sim = simulate(region, scenario);
  if (!sim.ok) throw new Error(sim.error);
  return { key: `sa-pa-${index}`, label: scenario.name, projection: sim.value.projection, evaluations: sim.value.evaluations };
}

/** A Sa Pa chart input: the plan scenario, or the first `count` shipped scenarios for a compare view. */
export function saPaChart(indicator: string, lang: Lang, opts: { view?: ChartView; width?: number; count?: number } = {}): ChartInput {
  const series = Array.from({ length: opts.count ?? 1 }, (_, i) => saPaSeries(i));
  return { indicator, lang, width: opts.width ?? 640, series, ...(opts.view ? { view: opts.view } : {}) };
}

/** A Lai Châu chart input on its plan scenario: targets with tolerances and a tracked indicator without figures. */
export function laiChauChart(indicator: string, lang: Lang, width = 640): ChartInput {
  const lc = loadRegion("lai-chau");
  const scenario = regionScenarios(lc)[0]!;
  const sim = simulate(lc, scenario);
  if (!sim.ok) throw new Error(sim.error);
  const series = [{ key: "lai-chau-0", label: scenario.name, projection: sim.value.projection, evaluations: sim.value.evaluations }];
  return { indicator, lang, width, series };
}
