import { describe, expect, it } from "vitest";
import { chartModelFor, chartViews, type ChartSeriesInput } from "@lotrinh/charts";
import { loadRegion, regionScenarios, simulate, type Scenario, type Simulation } from "@lotrinh/core";
import { prepareChartAgain, prepareChartsAhead, registerChartInView } from "../src/state/chartsAhead";
import { prepareNextChart, viewOf, withFans, type ChartFans, type DrawnChart } from "../src/state/nextChart";

const region = loadRegion("sa-pa");
const plan = regionScenarios(region)[0]!;
const moved = (g: number): Scenario => ({ ...plan, rates: { ...plan.rates, grdpGrowth: { ...plan.rates?.grdpGrowth, "2024": g } } });
function sim(s: Scenario): Simulation {
  const r = simulate(region, s);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}
/** The editor's series of a simulation, a new object each time as EditorView makes it. */
const linesOf = (s: Simulation): ChartSeriesInput[] => [{ key: "plan", label: "Kế hoạch", projection: s.projection, evaluations: s.evaluations }];
/** A fan of ± 1 around the projection: its only role here is to be part of the drawing. */
function fansOf(s: Simulation, indicator: string): ChartFans[] {
  const values = s.projection.series[indicator]!.values;
  const quantiles = new Float64Array(values.length * 7);
  values.forEach((v, y) => [-3, -2, -1, 0, 1, 2, 3].forEach((d, k) => (quantiles[y * 7 + k] = v + d)));
  return [{ fan: { id: indicator, quantiles }, running: [] }];
}

/** The model ChartCard's render asks TrajectoryChart for, once `next` is the editor's simulation. */
function rendered(drawn: DrawnChart, next: Simulation) {
  const series = withFans(linesOf(next), drawn.fans);
  const view = viewOf(chartViews(drawn.indicator, series[0]!.evaluations), drawn.chosen);
  return chartModelFor({ indicator: drawn.indicator, series, lang: drawn.lang, width: drawn.width, view });
}

describe("charts in view made ahead of a slider's next step", () => {
  const now = sim(moved(0.145));
  const next = sim(moved(0.146));

  it("the render of the next step finds the very model made ahead: fans, chosen view and language included", () => {
    const cases: DrawnChart[] = [
      { indicator: "grdpPerCapita", lines: linesOf(now), fans: undefined, lang: "vi", width: 640, chosen: undefined },
      { indicator: "grdpPerCapita", lines: linesOf(now), fans: fansOf(now, "grdpPerCapita"), lang: "en", width: 360, chosen: undefined },
      // Investment's targets offer its sum over the term: a view the user chose is kept.
      { indicator: "investment", lines: linesOf(now), fans: fansOf(now, "investment"), lang: "vi", width: 640, chosen: "cumulative" },
    ];
    for (const drawn of cases) {
      const made = prepareNextChart(drawn, next);
      expect(made).toBeDefined();
      expect(rendered(drawn, next)).toBe(made);
    }
    expect(chartViews("investment", next.evaluations)).toContain("cumulative");
  });

  it("a compare chart (two scenarios), a chart not yet measured or another region's next step makes nothing", () => {
    const base: DrawnChart = { indicator: "grdpPerCapita", lines: linesOf(now), fans: undefined, lang: "vi", width: 640, chosen: undefined };
    expect(prepareNextChart({ ...base, lines: [...linesOf(now), { ...linesOf(now)[0]!, key: "other" }] }, next)).toBeUndefined();
    expect(prepareNextChart({ ...base, width: 0 }, next)).toBeUndefined();
    // Next steps simulated for another region (the region changed since): not this chart's.
    const laoCai = loadRegion("lao-cai");
    const other = simulate(laoCai, regionScenarios(laoCai)[0]!);
    if (!other.ok) throw new Error(other.error);
    expect(prepareNextChart(base, other.value)).toBeUndefined();
  });

  it("only the charts registered in view are made, until they leave", () => {
    const made: Simulation[] = [];
    const leave = registerChartInView((n) => made.push(n));
    const later = sim(moved(0.147));
    prepareChartsAhead([next, later]);
    expect(made).toEqual([next, later]);
    leave();
    prepareChartsAhead([sim(moved(0.149))]);
    expect(made).toHaveLength(2);
  });

  it("a chart whose fans change between two key presses makes its models for the same next steps again", () => {
    const later = sim(moved(0.148));
    prepareChartsAhead([next, later]);
    // A Monte Carlo run lands: the card now draws fans, which the models made before lack.
    const withRun: DrawnChart = { indicator: "grdpPerCapita", lines: linesOf(now), fans: fansOf(now, "grdpPerCapita"), lang: "vi", width: 620, chosen: undefined };
    const made: ReturnType<typeof prepareNextChart>[] = [];
    prepareChartAgain((n) => made.push(prepareNextChart(withRun, n)));
    expect(made).toHaveLength(2);
    expect(rendered(withRun, next)).toBe(made[0]);
    expect(rendered(withRun, later)).toBe(made[1]);
    expect(made[0]!.data.series[0]!.fan).toBeDefined();
  });
});
