import type { Lang, Projection, TargetEvaluation } from "@lotrinh/core";
import type { FanSeries, RunningFan } from "@lotrinh/core/risk";

/** What a chart can show of one indicator: its path, the running sum, or the running average growth. */
export type ChartView = "level" | "cumulative" | "averageGrowth";

/** One scenario drawn on a chart. The editor passes 1; the compare view 2–4. */
export interface ChartSeriesInput {
  /** Stable id, e.g. the scenario id. */
  key: string;
  /** Scenario name shown in the legend. */
  label: string;
  /**
   * The scenario's own colour, so that it keeps it whichever scenarios are chosen and in which
   * order (the app passes SCENARIO_COLORS by the scenario's place in its list); by default the
   * colour of the series' position.
   */
  color?: string;
  /** From core `simulate()`. */
  projection: Projection;
  /** From core `simulate()`; the targets of the chart's indicator are drawn. */
  evaluations: TargetEvaluation[];
  /**
   * The indicator's Monte Carlo fan (core `simulateRisk(...).risk.fans`, the entry of this
   * chart's indicator): drawn as 30/60/90 % bands behind the line in the level view.
   */
  fan?: FanSeries;
  /**
   * The indicator's running fans (core `simulateRisk(...).risk.running`): the one of the view's
   * kind and first year is drawn in the cumulative or average-growth view.
   */
  runningFans?: readonly RunningFan[];
}

export interface ChartInput {
  /** Indicator id, e.g. "grdpPerCapita", "grdpGrowth", "investment". */
  indicator: string;
  series: ChartSeriesInput[];
  lang: Lang;
  /** Container width in px: the app measures its container, the chart never measures the DOM. */
  width: number;
  /** Total height in px; derived from the width when absent. */
  height?: number;
  /** Unique prefix for ids inside the SVG (title and desc ids). */
  idPrefix?: string;
  /** Year whose focus label is shown (keyboard or pointer focus). */
  activeYear?: number;
  /** Defaults to the natural view for the indicator's targets (see `chartViews`). */
  view?: ChartView;
  /**
   * Document ids in the order of a sources list printed beside the chart (the report's): the
   * chart then cites "[n]" by that list. Without it, sources are numbered by first use.
   */
  sourceOrder?: readonly string[];
}

export interface TrajectoryChartProps extends ChartInput {
  onActiveYearChange?: (year: number | undefined) => void;
}

export interface ChartTable {
  columns: string[];
  /** Values in the displayed unit (percent for rates), unrounded; sources cited as "[1]". */
  rows: Array<Array<string | number | null>>;
  /** The chart's title and the line naming region and scenario(s). */
  title: string;
  subtitle: string;
  /** The sources list the "[n]" citations refer to: "[1] Title (Publisher, date)". */
  sources: string[];
}
