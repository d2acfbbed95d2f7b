import type { Comparator, Lang } from "@lotrinh/core";

/** The chart's own vocabulary; value, unit and status words come from core's formatters. */
interface ChartWords {
  source: string;
  sources: string;
  scenario: string;
  scenarios: string;
  target: string;
  altReading: string;
  reference: string;
  projectedLine: string;
  backcastLine: string;
  fanBand: string;
  fanSentence: (year: number, lo: string, hi: string, median: string) => string;
  quantile: (pct: number) => string;
  band: string;
  anchor: string;
  edited: string;
  perYear: string;
  noData: string;
  cumulativeSpan: (from: number, to: number) => string;
  averageSince: (from: number) => string;
  averageGrowthSince: (from: number) => string;
  growthOf: (rate: string) => string;
  inYear: (year: number) => string;
}

export const WORDS: Record<Lang, ChartWords> = {
  vi: {
    source: "Nguồn",
    sources: "Nguồn",
    scenario: "Kịch bản",
    scenarios: "Các kịch bản",
    target: "mục tiêu",
    altReading: "cách đọc khác",
    reference: "tham chiếu",
    projectedLine: "dự báo (mô hình)",
    backcastLine: "tính ngược (trước mốc đầu tiên)",
    fanBand: "khoảng tin cậy 90 %",
    fanSentence: (y, lo, hi, m) => `khoảng tin cậy 90 % năm ${y}: ${lo} đến ${hi} (trung vị ${m}; các dải đậm hơn: 60 % và 30 %)`,
    quantile: (p) => `phân vị ${p} %`,
    band: "biên dung sai",
    anchor: "mốc neo",
    edited: "đặt trong kịch bản",
    perYear: "/năm",
    noData: "chưa có số liệu",
    cumulativeSpan: (a, b) => `cộng dồn ${a}–${b}`,
    averageSince: (a) => `bình quân từ ${a}`,
    averageGrowthSince: (a) => `tốc độ tăng bình quân từ ${a}`,
    growthOf: (r) => `tăng ${r} so với năm trước`,
    inYear: (y) => `năm ${y}`,
  },
  en: {
    source: "Source",
    sources: "Sources",
    scenario: "Scenario",
    scenarios: "Scenarios",
    target: "target",
    altReading: "alternative reading",
    reference: "reference",
    projectedLine: "projected (model)",
    backcastLine: "back-cast (before the first fixed level)",
    fanBand: "90% band",
    fanSentence: (y, lo, hi, m) => `90% band in ${y}: ${lo} to ${hi} (median ${m}; darker bands: 60% and 30%)`,
    quantile: (p) => `${p}th percentile`,
    band: "tolerance band",
    anchor: "anchor",
    edited: "set in the scenario",
    perYear: "/yr",
    noData: "no data",
    cumulativeSpan: (a, b) => `cumulative ${a}–${b}`,
    averageSince: (a) => `average since ${a}`,
    averageGrowthSince: (a) => `average growth since ${a}`,
    growthOf: (r) => `${r} on the previous year`,
    inYear: (y) => `in ${y}`,
  },
};

/**
 * Comparators as words in the chart's language, not ≥ ≤ ≈: planners read words more
 * easily, and the bundled font has no glyphs for the signs (resvg would drop them).
 * The compact layout (phones) may use a shorter form.
 */
const COMPARATOR_WORDS: Record<Lang, Record<Comparator, { full: string; short: string }>> = {
  vi: {
    atLeast: { full: "tối thiểu", short: "tối thiểu" },
    atMost: { full: "tối đa", short: "tối đa" },
    about: { full: "khoảng", short: "khoảng" },
  },
  en: {
    atLeast: { full: "at least", short: "min" },
    atMost: { full: "at most", short: "max" },
    about: { full: "about", short: "about" },
  },
};

/** "tối thiểu", "at least"; "min" in the compact English layout. */
export function comparatorWord(comparator: Comparator, lang: Lang, compact = false): string {
  const w = COMPARATOR_WORDS[lang][comparator];
  return compact ? w.short : w.full;
}
