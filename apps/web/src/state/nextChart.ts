import { chartViews, prepareChartModel, type ChartModel, type ChartSeriesInput, type ChartView } from "@lotrinh/charts";
import type { Lang, Simulation } from "@lotrinh/core";
import type { FanSeries, RunningFan } from "@lotrinh/core/risk";

/** One run's fans of a chart's indicator: its yearly fan, and the running fans of its running views. */
export interface ChartFans {
  fan?: FanSeries;
  running: readonly RunningFan[];
}

/** The series a chart card draws: each scenario's line with its run's fans, when one has arrived. */
export function withFans(lines: ChartSeriesInput[], fans: readonly (ChartFans | undefined)[] | undefined): ChartSeriesInput[] {
  return fans ? lines.map((s, i) => (fans[i] ? { ...s, fan: fans[i].fan, runningFans: fans[i].running } : s)) : lines;
}

/** The view a card shows: the one chosen while the targets offer it, else the indicator's natural view. */
export function viewOf(views: readonly ChartView[], chosen: ChartView | undefined): ChartView | undefined {
  return chosen && views.includes(chosen) ? chosen : views[0];
}

/** What a chart card in view drew last: the pieces its next drawing is made of. */
export interface DrawnChart {
  indicator: string;
  lines: ChartSeriesInput[];
  fans: readonly (ChartFans | undefined)[] | undefined;
  lang: Lang;
  width: number;
  chosen: ChartView | undefined;
}

/**
 * Makes the model the card of `drawn` (one scenario) will draw when its scenario becomes the one
 * simulated as `next`: its line with the next projection and evaluations, the same fans,
 * language, width and view rule as the card's render (withFans, viewOf).
 */
export function prepareNextChart(drawn: DrawnChart, next: Simulation): ChartModel | undefined {
  const line = drawn.lines[0];
  if (!line || drawn.lines.length !== 1 || drawn.width <= 0) return undefined;
  // Next steps of another region's slider (made before the region changed) are not this chart's.
  if (next.projection.input.region !== line.projection.input.region) return undefined;
  const series = withFans([{ ...line, projection: next.projection, evaluations: next.evaluations }], drawn.fans);
  const view = viewOf(chartViews(drawn.indicator, next.evaluations), drawn.chosen);
  return prepareChartModel({ indicator: drawn.indicator, series, lang: drawn.lang, width: drawn.width, view });
}
