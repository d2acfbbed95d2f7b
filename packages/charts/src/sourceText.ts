import type { Lang } from "@lotrinh/core";
import type { ChartData, ChartSource } from "./chartData.js";
import { WORDS } from "./words.js";

/** "2022-12-15" → "15/12/2022" in Vietnamese; ISO dates stay as they are in English. */
export function dateText(date: string, lang: Lang): string {
  if (lang === "en") return date;
  return date.split("-").reverse().join("/");
}

/**
 * One entry of a sources list: "[1] Title (Publisher, 15/12/2022)". A document the region
 * does not describe is cited by number alone; internal document ids are never shown.
 */
export function citationText(s: ChartSource, lang: Lang): string {
  if (!s.title) return `[${s.ref}] ${lang === "vi" ? "tài liệu không có mô tả" : "undescribed document"}`;
  const by = [s.publisher, s.date ? dateText(s.date, lang) : ""].filter(Boolean).join(", ");
  return by ? `[${s.ref}] ${s.title} (${by})` : `[${s.ref}] ${s.title}`;
}

/**
 * The source line: every document behind the displayed figures and targets, numbered as
 * the focus labels, titles and table cite them. Empty when the chart shows only model output.
 */
export function sourceText(data: Pick<ChartData, "lang" | "sources">): string {
  if (!data.sources.length) return "";
  const w = WORDS[data.lang];
  const label = data.sources.length > 1 ? w.sources : w.source;
  return `${label}: ${data.sources.map((s) => citationText(s, data.lang)).join("; ")}`;
}
