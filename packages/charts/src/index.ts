export type { ChartInput, ChartSeriesInput, ChartTable, ChartView, TrajectoryChartProps } from "./types.js";
export { SCENARIO_COLORS } from "./colors.js";
export { chartViews } from "./chartViews.js";
export { TrajectoryChart } from "./TrajectoryChart.js";
export { chartTitle } from "./chartTitle.js";
export { describeChart } from "./describeChart.js";
export { chartTable, chartCsv } from "./chartTable.js";
export { renderChartSvg } from "./renderChartSvg.js";
export * from "./report/index.js";
