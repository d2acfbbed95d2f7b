import type { ChartData, ChartSource } from "./chartData.js";
import { WORDS } from "./words.js";

/** "2022-12-15" → "15/12/2022" in Vietnamese; ISO dates stay as they are in English. */
function dateText(date: string, lang: "vi" | "en"): string {
  if (lang === "en") return date;
  return date.split("-").reverse().join("/");
}

function sourceEntry(s: ChartSource, lang: "vi" | "en"): string {
  if (!s.title) return s.id;
  const by = [s.publisher, s.date ? dateText(s.date, lang) : ""].filter(Boolean).join(", ");
  return `${s.title} (${by}) [${s.id}]`;
}

/**
 * The source line: every document behind the displayed figures and targets, with
 * the id the focus labels cite. Empty when the chart shows only model output.
 */
export function sourceText(data: ChartData): string {
  if (!data.sources.length) return "";
  const w = WORDS[data.lang];
  const label = data.sources.length > 1 ? w.sources : w.source;
  return `${label}: ${data.sources.map((s) => sourceEntry(s, data.lang)).join("; ")}`;
}
