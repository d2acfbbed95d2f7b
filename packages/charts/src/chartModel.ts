import { chartData, type ChartData } from "./chartData.js";
import { chartLayout, type ChartLayout } from "./chartLayout.js";
import { titleOf } from "./chartTitle.js";
import { describeData } from "./describeChart.js";
import type { ChartInput } from "./types.js";

/** Everything a rendered chart needs, computed once per input: data, pixels, title and alt text. */
export interface ChartModel {
  data: ChartData;
  layout: ChartLayout;
  title: string;
  description: string;
}

export function chartModel(input: ChartInput, standalone: boolean): ChartModel {
  const data = chartData(input);
  return {
    data,
    layout: chartLayout(data, input.width, input.height, standalone),
    title: titleOf(data),
    description: describeData(data),
  };
}
