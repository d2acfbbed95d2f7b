import { unitLabel } from "@lotrinh/core";
import { chartData, type ChartData } from "./chartData.js";
import type { ChartInput } from "./types.js";
import { WORDS } from "./words.js";

/** "GRDP bình quân đầu người (triệu đồng/người)", "Tổng vốn đầu tư huy động, cộng dồn 2021–2025 (tỷ đồng)". */
export function titleOf(data: ChartData): string {
  const w = WORDS[data.lang];
  let title = data.name;
  if (data.view === "cumulative") title += `, ${w.cumulativeSpan(data.from, data.end)}`;
  if (data.view === "averageGrowth")
    title += `, ${data.rateIndicator ? w.averageSince(data.from) : w.averageGrowthSince(data.from)}`;
  const unit = unitLabel(data.unit, data.lang, data.base);
  return unit ? `${title} (${unit})` : title;
}

/**
 * The line under a standalone chart's title: where and under which scenario(s) —
 * "Thị xã Sa Pa, Lào Cai · Kịch bản: Kế hoạch". Exported charts carry it into Word.
 */
export function subtitleOf(data: ChartData): string {
  const w = WORDS[data.lang];
  const names = data.scenarios.filter(Boolean);
  if (!names.length) return data.region;
  return `${data.region} · ${names.length > 1 ? w.scenarios : w.scenario}: ${names.join(", ")}`;
}

export function chartTitle(input: ChartInput): string {
  return titleOf(chartData(input));
}
