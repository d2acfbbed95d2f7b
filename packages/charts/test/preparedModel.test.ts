import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { loadRegion, regionScenarios, simulate, type Scenario } from "@lotrinh/core";
import type { FanSeries } from "@lotrinh/core/risk";
import { chartModel } from "../src/chartModel.js";
import { chartModelFor, prepareChartModel } from "../src/preparedModel.js";
import type { ChartInput } from "../src/types.js";

const region = loadRegion("sa-pa");
const plan = regionScenarios(region)[0]!;
const moved = (g: number): Scenario => ({ ...plan, rates: { ...plan.rates, grdpGrowth: { ...plan.rates?.grdpGrowth, "2024": g } } });

function input(scenario: Scenario, indicator = "grdpPerCapita", width = 640): ChartInput {
  const sim = simulate(region, scenario);
  if (!sim.ok) throw new Error(sim.error);
  return { indicator, lang: "vi", width, series: [{ key: "s", label: "Kế hoạch", projection: sim.value.projection, evaluations: sim.value.evaluations }] };
}

/** The same chart input as a render puts it together again: new arrays and series objects, the same pieces. */
const rebuilt = (i: ChartInput): ChartInput => ({ ...i, series: i.series.map((s) => ({ ...s })) });

// A fan whose quantiles are the projection ± 1 (no band needs to be realistic to change the model).
function fanOf(i: ChartInput): FanSeries {
  const values = i.series[0]!.projection.series[i.indicator]!.values;
  const quantiles = new Float64Array(values.length * 7);
  values.forEach((v, y) => [-3, -2, -1, 0, 1, 2, 3].forEach((d, k) => (quantiles[y * 7 + k] = v + d)));
  return { id: i.indicator, quantiles };
}

describe("chart models made ahead", () => {
  it("a prepared model is the one the render then gets, for a rebuilt input of the same pieces", () => {
    const next = input(moved(0.146));
    prepareChartModel(next);
    const model = chartModelFor(rebuilt(next));
    expect(chartModelFor(rebuilt(next))).toBe(model);
    // The very drawing chartModel makes: prepared or not, the chart is the same.
    expect(model).toEqual(chartModel(next, false));
  });

  it("anything the model reads that differs gives a model of its own", () => {
    const a = input(moved(0.147));
    const model = chartModelFor(a);
    // Language, width, view, label, colour, the fan, the evaluations: each changes the drawing.
    const variants: ChartInput[] = [
      { ...a, lang: "en" },
      { ...a, width: 800 },
      { ...a, view: "cumulative" },
      { ...a, series: [{ ...a.series[0]!, label: "Khác" }] },
      { ...a, series: [{ ...a.series[0]!, color: "#000000" }] },
      { ...a, series: [{ ...a.series[0]!, fan: fanOf(a) }] },
      { ...a, series: [{ ...a.series[0]!, evaluations: [] }] },
    ];
    for (const v of variants) {
      const m = chartModelFor(v);
      expect(m).not.toBe(model);
      expect(m).toEqual(chartModel(v, false));
    }
    // One model is kept per chart variant: the label, colour, fan or evaluations last seen. The
    // first input's is made again, the same drawing.
    expect(chartModelFor(rebuilt(a))).toEqual(model);
  });

  it("another projection of the same numbers is not mistaken for a prepared one", () => {
    const a = input(moved(0.148));
    const b = input(moved(0.148));
    expect(chartModelFor(b)).not.toBe(chartModelFor(a));
  });

  it("whatever order inputs come in, each model equals chartModel of its input (property)", () => {
    const inputs = [0.12, 0.13, 0.14].map((g) => input(moved(g)));
    const widths = [360, 640];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 1 }), fc.constantFrom<"vi" | "en">("vi", "en")), { minLength: 1, maxLength: 40 }), (calls) => {
        for (const [k, w, lang] of calls) {
          const i: ChartInput = { ...rebuilt(inputs[k]!), width: widths[w]!, lang };
          expect(chartModelFor(i)).toEqual(chartModel(i, false));
        }
      }),
      { numRuns: 30 },
    );
  });
});
