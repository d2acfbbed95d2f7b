import type { ValueStatus } from "../model/types.js";
import type { Comparator, Solution, TargetKind } from "../targets/types.js";
import type { Lang } from "./number.js";
import { formatPercent } from "./number.js";

type Words<K extends string> = Record<K, { vi: string; en: string }>;

export const STATUS_LABELS: Words<ValueStatus> = {
  actual: { vi: "thực hiện", en: "actual" },
  plan: { vi: "kế hoạch", en: "plan" },
  assumption: { vi: "giả định", en: "assumption" },
  projected: { vi: "dự báo", en: "projected" },
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

/** Verdict words: đạt / không đạt / chưa có số liệu. */
export function verdictLabel(met: boolean | null, lang: Lang): string {
  if (met === null) return lang === "vi" ? "chưa có số liệu" : "no data";
  if (lang === "vi") return met ? "đạt" : "không đạt";
  return met ? "met" : "not met";
}

export function solutionLabel(s: Solution, lang: Lang): string {
  switch (s.status) {
    case "solved":
      return lang === "vi"
        ? `${formatPercent(s.rate, lang)}/năm (${s.from}–${s.to})`
        : `${formatPercent(s.rate, lang)}/yr (${s.from}–${s.to})`;
    case "alreadyMet":
      return lang === "vi" ? "đã đạt" : "already met";
    case "unreachable":
      return lang === "vi" ? "không thể đạt" : "unreachable";
    case "notApplicable":
      return "–";
  }
}
