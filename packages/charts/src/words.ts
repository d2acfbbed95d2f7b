import type { Lang } from "@lotrinh/core";

/** The chart's own vocabulary; value, unit and status words come from core's formatters. */
interface ChartWords {
  source: string;
  sources: string;
  target: string;
  altReading: string;
  reference: string;
  projectedLine: string;
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
    target: "mục tiêu",
    altReading: "cách đọc khác",
    reference: "tham chiếu",
    projectedLine: "dự báo (mô hình)",
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
    target: "target",
    altReading: "alternative reading",
    reference: "reference",
    projectedLine: "projected (model)",
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

/** Comparator signs are the same in both languages and keep target labels short. */
export const COMPARATOR_SIGNS = { atLeast: "≥", atMost: "≤", about: "≈" } as const;

/** Verdict glyphs go with a word or a title so that colour never carries the verdict alone. */
export function verdictGlyph(met: boolean | null): string {
  if (met === null) return "?";
  return met ? "✓" : "✗";
}
