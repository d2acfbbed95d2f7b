import { unitLabel } from "@lotrinh/core";
import { runningFrom, seriesOf, type ChartData } from "./chartData.js";
import { isRateSeries } from "./chartPoints.js";
import { chartViews } from "./chartViews.js";
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
  const first = input.series[0];
  if (!first) throw new Error("chart: at least one series is needed");
  const { indicator, lang } = input;
  const ref = seriesOf(first.projection, indicator, first.key);
  const years = first.projection.years;
  const base = years[0]!;
  const rateIndicator = isRateSeries(ref);
  const view = input.view ?? chartViews(indicator, first.evaluations)[0]!;
  const unit = view === "averageGrowth" || (view === "level" && rateIndicator) ? "rate" : ref.unit;
  // The level view's title does not name a year, so its first displayed year is not needed.
  const from = runningFrom(view, indicator, first.evaluations, base);
  return titleOf({ lang, name: xmlSafe(ref.name[lang]), view, from, rateIndicator, unit: xmlSafe(unit), base, end: years[years.length - 1]! });
}
