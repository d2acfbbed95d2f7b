import { describe, expect, it } from "vitest";
import { loadRegion, regionScenarios, simulate, type Scenario } from "@lotrinh/core";
import { chartModel } from "../src/chartModel.js";
import { stableModel } from "../src/stableModel.js";
import type { ChartInput } from "../src/types.js";

const region = loadRegion("sa-pa");
const plan = regionScenarios(region)[0]!;

function input(scenario: Scenario, indicator: string, width = 640): ChartInput {
  const sim = simulate(region, scenario);
  if (!sim.ok) throw new Error(sim.error);
  return { indicator, lang: "vi", width, series: [{ key: "s", label: "Kế hoạch", projection: sim.value.projection, evaluations: sim.value.evaluations }] };
}

const moved = (g: number): Scenario => ({ ...plan, rates: { ...plan.rates, grdpGrowth: { ...plan.rates?.grdpGrowth, "2024": g } } });

describe("stable chart models", () => {
  it("keep the previous legend, title, source lines, ticks and scales when a slider moves a value a little", () => {
    // Per capita, 2024 growth 14,5 % → 14,6 %: the line moves by a fraction of a pixel, the frame does not.
    const a = chartModel(input(moved(0.145), "grdpPerCapita"), false);
    const b = stableModel(a, chartModel(input(moved(0.146), "grdpPerCapita"), false));
    expect(b.layout.legend).toBe(a.layout.legend);
    expect(b.layout.titleLines).toBe(a.layout.titleLines);
    expect(b.layout.sourceLines).toBe(a.layout.sourceLines);
    expect(b.layout.xTicks).toBe(a.layout.xTicks);
    expect(b.layout.yTicks).toBe(a.layout.yTicks);
    expect(b.layout.xScale).toBe(a.layout.xScale);
    expect(b.layout.yScale).toBe(a.layout.yScale);
    // The data is the new one: the 2025 point moved.
    const last = (m: typeof a) => m.data.series[0]!.points.at(-1)!.value;
    expect(last(b)).toBeGreaterThan(last(a));
  });

  it("takes the new pieces where they differ: another width, another value range", () => {
    const a = chartModel(input(moved(0.145), "grdpPerCapita"), false);
    const wider = stableModel(a, chartModel(input(moved(0.145), "grdpPerCapita", 800), false));
    expect(wider.layout.xScale).not.toBe(a.layout.xScale);
    expect(wider.layout.plot).not.toBe(a.layout.plot);
    // 2024 growth 30 %: per capita 2025 far above the old axis.
    const far = stableModel(a, chartModel(input(moved(0.3), "grdpPerCapita"), false));
    expect(far.layout.yScale).not.toBe(a.layout.yScale);
    expect(far.layout.yTicks).not.toBe(a.layout.yTicks);
    expect(far.layout.legend).toBe(a.layout.legend);
  });

  it("never changes what is drawn: every piece it keeps equals the new one", () => {
    for (const g of [0.1, 0.145, 0.146, 0.2, 0.3]) {
      const a = chartModel(input(moved(0.145), "grdpGrowth"), false);
      const fresh = chartModel(input(moved(g), "grdpGrowth"), false);
      const b = stableModel(a, fresh);
      expect(JSON.stringify(b.layout.legend)).toBe(JSON.stringify(fresh.layout.legend));
      expect(JSON.stringify(b.layout.yTicks)).toBe(JSON.stringify(fresh.layout.yTicks));
      expect(b.layout.yScale.domain()).toEqual(fresh.layout.yScale.domain());
      expect(b.layout.yScale.range()).toEqual(fresh.layout.yScale.range());
    }
  });
});
