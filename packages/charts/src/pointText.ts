import { formatPercent, formatValue, STATUS_LABELS, type Lang } from "@lotrinh/core";
import type { ChartPoint } from "./chartPoints.js";
import type { ChartSeriesData } from "./chartData.js";
import { WORDS } from "./words.js";

/** Status words of a point: "kế hoạch (mốc neo)", "giả định (đặt trong kịch bản)". */
export function statusText(point: ChartPoint, lang: Lang): string {
  const w = WORDS[lang];
  const extra = [point.anchor ? w.anchor : "", point.edited ? w.edited : ""].filter(Boolean);
  const status = STATUS_LABELS[point.status][lang];
  return extra.length ? `${status} (${extra.join(", ")})` : status;
}

/** Status, source documents and, for a projected level, the rate that produced it. */
export function detailText(point: ChartPoint, lang: Lang): string {
  const w = WORDS[lang];
  const parts = [statusText(point, lang)];
  if (point.sources.length) parts.push(`${w.source.toLowerCase()}: ${point.sources.join(", ")}`);
  if (point.growth && point.status === "projected")
    parts.push(`${w.growthOf(formatPercent(point.growth.value, lang))} (${STATUS_LABELS[point.growth.status][lang]})`);
  return parts.join("; ");
}

/** The value with its unit, as shown in focus labels and titles. */
export function valueText(value: number, unit: string, lang: Lang): string {
  return formatValue(value, unit, lang);
}

/**
 * The text of one point, shared by the marker's native <title> and the in-chart focus
 * label so that pointer, keyboard and screen-reader users read the same thing.
 */
export function pointLines(series: ChartSeriesData, point: ChartPoint, unit: string, lang: Lang, compare: boolean): [string, string] {
  const value = valueText(point.value, unit, lang);
  const head = compare ? `${point.year} · ${series.label}: ${value}` : `${point.year}: ${value}`;
  return [head, detailText(point, lang)];
}

export function pointTitle(series: ChartSeriesData, point: ChartPoint, unit: string, lang: Lang, compare: boolean): string {
  const [head, detail] = pointLines(series, point, unit, lang, compare);
  return `${head} — ${detail}`;
}
