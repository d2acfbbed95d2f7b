import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { loadRegion, regionScenarios, simulate, type Scenario } from "@lotrinh/core";
import { chartModel } from "../src/chartModel.js";
import { stableModel } from "../src/stableModel.js";
import { pointTitlesOf, prepareDrawing, seriesRunsOf, targetMarksOf } from "../src/drawing.js";
import { seriesRuns } from "../src/seriesPaths.js";
import { pointTitle } from "../src/pointText.js";
import { placeTargetLabels } from "../src/targetLabels.js";
import { px } from "../src/chartLayout.js";
import type { ChartInput } from "../src/types.js";

const region = loadRegion("sa-pa");
const plan = regionScenarios(region)[0]!;
const moved = (g: number): Scenario => ({ ...plan, rates: { ...plan.rates, grdpGrowth: { ...plan.rates?.grdpGrowth, "2024": g } } });
function input(g: number, indicator: string, lang: "vi" | "en" = "vi"): ChartInput {
  const sim = simulate(region, moved(g));
  if (!sim.ok) throw new Error(sim.error);
  return { indicator, lang, width: 640, series: [{ key: "s", label: "Kế hoạch", projection: sim.value.projection, evaluations: sim.value.evaluations }] };
}

describe("what the layers draw, made once per model", () => {
  it("is what the layers would compute from the layout they are drawn with, after stableModel too (property)", () => {
    // A slider at 14,5 % then any value from 10 % to 20 %: stableModel keeps the old scales when equal in value.
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 200 }), fc.constantFrom("grdpPerCapita", "budgetRevenue", "grdpGrowth"), fc.boolean(), (permille, indicator, prepared) => {
        const before = chartModel(input(0.145, indicator), false);
        const next = chartModel(input(permille / 1000, indicator), false);
        if (prepared) prepareDrawing(next);
        const shown = stableModel(before, next);
        const { data, layout } = shown;
        const s = data.series[0]!;
        expect(seriesRunsOf(s, layout)).toEqual(seriesRuns(s.points, layout));
        expect(pointTitlesOf(s, data)).toEqual(s.points.map((p) => pointTitle(s, p, data.unit, data.lang, false)));
        const places = placeTargetLabels(data, layout);
        const marks = targetMarksOf(data, layout);
        expect(marks.map((m) => [m.target.target.id, m.place, m.x, m.y])).toEqual(
          data.targets.filter((t) => Number.isFinite(t.value) && places.has(t.target.id)).map((t) => [t.target.id, places.get(t.target.id), px(layout.xScale(t.year)), px(layout.yScale(t.value))]),
        );
      }),
      { numRuns: 25 },
    );
  });

  it("is kept for a model made ahead, and computed as drawn for any other", () => {
    const m = chartModel(input(0.15, "grdpPerCapita"), false);
    const s = m.data.series[0]!;
    // Not made ahead: equal pieces, made again on each call (a standalone file keeps nothing).
    expect(seriesRunsOf(s, m.layout)).not.toBe(seriesRunsOf(s, m.layout));
    expect(targetMarksOf(m.data, m.layout)).toEqual(targetMarksOf(m.data, m.layout));
    const before = targetMarksOf(m.data, m.layout);
    prepareDrawing(m);
    expect(seriesRunsOf(s, m.layout)).toBe(seriesRunsOf(s, m.layout));
    expect(pointTitlesOf(s, m.data)).toBe(pointTitlesOf(s, m.data));
    expect(targetMarksOf(m.data, m.layout)).toBe(targetMarksOf(m.data, m.layout));
    expect(targetMarksOf(m.data, m.layout)).toEqual(before);
    expect(before.length).toBeGreaterThan(0);
    // English titles for the English model: nothing is shared across models.
    const other = chartModel(input(0.15, "grdpPerCapita", "en"), false);
    prepareDrawing(other);
    expect(pointTitlesOf(other.data.series[0]!, other.data)[0]).not.toBe(pointTitlesOf(s, m.data)[0]);
  });
});
