import type { LocalizedText } from "../indicators.js";
import type { TargetSpec } from "../targets/types.js";
import type { Lang } from "./number.js";
import { formatPercent } from "./number.js";
import { formatValue } from "./value.js";

/** A target's display name: its own label, or the indicator, the kind and the years. */
export function targetLabel(t: TargetSpec, indicatorName: LocalizedText, lang: Lang): string {
  if (t.label) return t.label[lang];
  const name = indicatorName[lang];
  const span = t.fromYear !== undefined && t.fromYear !== t.year ? `${t.fromYear}–${t.year}` : String(t.year);
  switch (t.kind) {
    case "level":
    case "annualRate":
      return `${name} ${span}`;
    case "averageGrowth":
      return lang === "vi" ? `${name} bình quân ${span}` : `${name}, average ${span}`;
    case "cumulative":
      return lang === "vi" ? `${name} cộng dồn ${span}` : `${name}, total ${span}`;
  }
}

const COMPARATOR_SIGNS = {
  atLeast: { vi: "≥", en: "≥" },
  atMost: { vi: "≤", en: "≤" },
  about: { vi: "khoảng", en: "about" },
} as const;

/** The target value with its comparator and unit: "≥ 145 triệu đồng/người", "khoảng 9 %/năm". */
export function targetValueLabel(t: TargetSpec, unit: string, lang: Lang): string {
  const growthKind = t.kind === "annualRate" || t.kind === "averageGrowth";
  const value = growthKind ? formatPercent(t.value, lang) : formatValue(t.value, unit, lang);
  const tolerance = t.comparator === "about" && t.tolerance ? ` (± ${formatPercent(t.tolerance, lang, 1)})` : "";
  return `${COMPARATOR_SIGNS[t.comparator][lang]} ${value}${tolerance}`;
}
