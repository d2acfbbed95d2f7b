import type { ValueStatus } from "../model/types.js";
import type { Comparator, Solution, SolutionReason, TargetKind, Verdict } from "../targets/types.js";
import type { Lang } from "./number.js";
import { formatPercent, undefinedLabel } from "./number.js";

type Words<K extends string> = Record<K, { vi: string; en: string }>;

export const STATUS_LABELS: Words<ValueStatus> = {
  actual: { vi: "thực hiện", en: "actual" },
  estimate: { vi: "ước thực hiện", en: "estimate" },
  plan: { vi: "kế hoạch", en: "plan" },
  assumption: { vi: "giả định", en: "assumption" },
  projected: { vi: "dự báo", en: "projected" },
  backcast: { vi: "tính ngược", en: "back-cast" },
};

export const KIND_LABELS: Words<TargetKind> = {
  level: { vi: "mức", en: "level" },
  annualRate: { vi: "tốc độ năm", en: "annual rate" },
  averageGrowth: { vi: "tăng bình quân", en: "average growth" },
  cumulative: { vi: "tổng giai đoạn", en: "cumulative" },
};

export const COMPARATOR_LABELS: Words<Comparator> = {
  atLeast: { vi: "đạt/trên", en: "at least" },
  atMost: { vi: "dưới", en: "at most" },
  about: { vi: "khoảng", en: "about" },
};

/**
 * Verdict words: vượt / đạt / không đạt / chưa có số liệu. Given the evaluation's verdict,
 * an overflow or a division by zero reads "không xác định (…)", never "no data".
 */
export function verdictLabel(met: boolean | null, lang: Lang, verdict?: Verdict, projected = NaN): string {
  if (verdict === "undefined") return undefinedLabel(Number.isNaN(projected) ? NaN : Infinity, lang);
  if (met === null) return lang === "vi" ? "chưa có số liệu" : "no data";
  if (verdict === "exceeded") return lang === "vi" ? "vượt" : "exceeded";
  if (lang === "vi") return met ? "đạt" : "không đạt";
  return met ? "met" : "not met";
}

/** "2024–2025", or "2023" when the span is one year. */
export function yearSpan(from: number, to: number): string {
  return from === to ? String(from) : `${from}–${to}`;
}

const REASONS: Words<SolutionReason> = {
  fixedYearsMeet: { vi: "các năm đã cố định đến {year} đủ đạt", en: "met by the years fixed up to {year}" },
  fixedYearsMiss: { vi: "mọi năm đến {year} đã cố định", en: "every year up to {year} is fixed" },
  metAtAnyRate: { vi: "đạt với bất kỳ tốc độ nào", en: "met at any growth rate" },
  exceededAtAnyRate: { vi: "vượt mức với bất kỳ tốc độ nào", en: "exceeded at any growth rate" },
  noRateReaches: { vi: "không tốc độ nào trên −100 % đạt được", en: "no growth rate above −100 % reaches it" },
  tooFast: { vi: "cần tăng trên 1.000 %/năm, ngoài miền tốc độ cho phép", en: "needs growth beyond 1,000 % a year, outside the allowed rates" },
  signMismatch: { vi: "mục tiêu và mức cố định cuối trái dấu", en: "the target and the last fixed level differ in sign" },
  noIndicator: { vi: "không có chỉ tiêu này", en: "no such indicator" },
  noGrowthPath: { vi: "chỉ tiêu không có đường tăng trưởng riêng", en: "the indicator has no growth path of its own" },
  rateHasNoSum: { vi: "tốc độ không cộng dồn được", en: "a rate has no sum" },
  buoyancyNotPositive: { vi: "hệ số co giãn thu không dương", en: "revenue buoyancy is not positive" },
  notLinkedToGrdp: { vi: "các năm còn lại không gắn với tăng trưởng GRDP", en: "the free years are not linked to GRDP growth" },
  metByScenario: { vi: "kịch bản hiện tại đã đạt, dù không tốc độ cố định nào trong miền cho phép đạt", en: "the scenario as it stands meets it, though no constant rate in the allowed range would" },
  refusedCombination: {
    vi: "tổ hợp bị từ chối: hệ số co giãn thu × tăng GRDP danh nghĩa ≤ −100 % (mức thu sẽ âm)",
    en: "refused combination: revenue buoyancy × nominal GRDP growth ≤ −100 % (revenue would turn negative)",
  },
};

/** Why a target has no required rate, in words. */
export function solutionReason(s: Exclude<Solution, { status: "solved" }>, lang: Lang): string {
  const year = "year" in s && s.year !== undefined ? String(s.year) : "";
  return REASONS[s.reason][lang].replace("{year}", year);
}

export function solutionLabel(s: Solution, lang: Lang): string {
  switch (s.status) {
    case "solved":
      return lang === "vi"
        ? `${formatPercent(s.rate, lang)}/năm (${yearSpan(s.from, s.to)})`
        : `${formatPercent(s.rate, lang)}/yr (${yearSpan(s.from, s.to)})`;
    case "alreadyMet":
      return lang === "vi" ? "đã đạt" : "already met";
    case "unreachable":
      return lang === "vi" ? "không thể đạt" : "unreachable";
    case "notApplicable":
      return "–";
  }
}
