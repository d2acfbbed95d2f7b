import { defaultDigits, formatNumber, formatPercent, formatPoints, roundsToZero, type Lang } from "./number.js";
import { isPercentUnit, unitLabel } from "./units.js";

/** A value with its unit: "12.085 tỷ đồng", "145 triệu đồng/người", "14,5 %". */
export function formatValue(value: number, unit: string, lang: Lang, digits?: number, baseYear?: number): string {
  if (isPercentUnit(unit)) return formatPercent(value, lang, digits);
  const label = unitLabel(unit, lang, baseYear);
  const text = formatNumber(value, lang, digits);
  if (!Number.isFinite(value) || !label) return text;
  return label.startsWith("/") ? `${text}${label}` : `${text} ${label}`;
}

/** A signed difference with its unit: "+12,2 triệu đồng/người", "−0,5 điểm %". */
export function formatGap(gap: number, unit: string, lang: Lang): string {
  if (!Number.isFinite(gap)) return formatNumber(gap, lang);
  if (isPercentUnit(unit)) return formatPoints(gap, lang);
  const sign = gap > 0 && !roundsToZero(gap, defaultDigits(gap)) ? "+" : "";
  // A gap is signed both ways alike: "+12,16" and "−8.665" (a true minus, as formatPoints writes it).
  return sign + formatValue(gap, unit, lang).replace(/^-/, "−");
}
