import { unitLabel } from "@lotrinh/core";
import { chartFrame, type ChartData } from "./chartData.js";
import { xmlSafe } from "./xmlText.js";
import type { ChartInput } from "./types.js";
import { WORDS } from "./words.js";

type TitleData = Pick<ChartData, "lang" | "name" | "view" | "from" | "rateIndicator" | "unit" | "base" | "end">;

/** "GRDP bình quân đầu người (triệu đồng/người)", "Tổng vốn đầu tư huy động, cộng dồn 2021–2025 (tỷ đồng)". */
export function titleOf(data: TitleData): string {
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

/**
 * The title of a chart, from the pieces of its data the title reads (chartData's, computed the
 * same way) without its points, targets and sources: a card's heading costs nothing per input.
 */
export function chartTitle(input: ChartInput): string {
  // The level view's title does not name a year, so its first displayed year does not matter.
  const { lang, ref, view, from, rateIndicator, unit, base, end } = chartFrame(input);
  return titleOf({ lang, name: xmlSafe(ref.name[lang]), view, from, rateIndicator, unit: xmlSafe(unit), base, end });
}
