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
  const series = withFans([{ ...line, projection: next.projection, evaluations: next.evaluations }], drawn.fans);
  const view = viewOf(chartViews(drawn.indicator, next.evaluations), drawn.chosen);
  return prepareChartModel({ indicator: drawn.indicator, series, lang: drawn.lang, width: drawn.width, view });
}

const drawnInView = new Set<{ current: DrawnChart }>();
/** The simulations of the slider's next steps, last made: a chart whose drawing changes makes its models for them again. */
let nextSteps: readonly Simulation[] = [];

/** Registers a chart card in view (its latest drawing, kept current by the card); returns its removal. */
export function registerChartInView(drawn: { current: DrawnChart }): () => void {
  drawnInView.add(drawn);
  return () => void drawnInView.delete(drawn);
}

/**
 * Called in idle time with the simulations of a slider's next steps (useStepAhead): each chart in
 * view makes the model it would draw for it, so that the key press only looks it up. Charts out
 * of view are left alone: they redraw after the key's task anyway.
 */
export function prepareChartsAhead(next: readonly Simulation[]): void {
  nextSteps = next;
  for (const drawn of drawnInView) for (const n of next) prepareNextChart(drawn.current, n);
}

/**
 * Makes one chart's models for the next steps again: its fans (a Monte Carlo run landed between two
 * key presses), width, language or view changed since they were made, and the models made before
 * no longer match what it will draw.
 */
export function prepareChartAgain(drawn: DrawnChart): (ChartModel | undefined)[] {
  return nextSteps.map((n) => prepareNextChart(drawn, n));
}
