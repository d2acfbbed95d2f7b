import {
  COMPARATOR_LABELS,
  STATUS_LABELS,
  formatNumber,
  formatPercent,
  isPercentUnit,
  yearSpan,
  type Lang,
  type Provenance,
  type Solution,
  type TargetSpec,
} from "@lotrinh/core";
import { STATUS_CODES, words } from "./words.js";

/** Table cells: numbers in the language's format, units left to a column of their own. */

export function numberCell(value: number, unit: string, lang: Lang): string {
  return isPercentUnit(unit) ? formatPercent(value, lang) : formatNumber(value, lang);
}

/**
 * A signed number; one that rounds to zero is plain "0", neither "+0" nor "−0"
 * (a target met exactly leaves float noise such as 2.8e-17).
 */
export function signedNumber(value: number, lang: Lang, digits?: number): string {
  if (!Number.isFinite(value)) return "–";
  const text = formatNumber(value, lang, digits);
  if (!/[1-9]/.test(text)) return text.replace("−", "");
  return value > 0 ? `+${text}` : text;
}

/** A signed difference: percentage points for rates and shares. */
export function gapCell(gap: number, unit: string, lang: Lang): string {
  if (!isPercentUnit(unit)) return signedNumber(gap, lang);
  if (!Number.isFinite(gap)) return "–";
  return `${signedNumber(gap * 100, lang, 2)} ${lang === "vi" ? "điểm %" : "pp"}`;
}

export function yearsCell(target: TargetSpec): string {
  return target.fromYear !== undefined && target.fromYear !== target.year ? `${target.fromYear}–${target.year}` : `${target.year}`;
}

export function comparatorCell(target: TargetSpec, lang: Lang): string {
  const label = COMPARATOR_LABELS[target.comparator][lang];
  return target.comparator === "about" && target.tolerance !== undefined ? `${label} ±${formatPercent(target.tolerance, lang)}` : label;
}

/** "10,85 %/năm (2024–2025)"; the answers that are not a rate in words. */
export function solutionCell(solution: Solution | undefined, lang: Lang): string {
  const w = words(lang);
  switch (solution?.status) {
    case "solved":
      return `${formatPercent(solution.rate, lang)}${w.perYear} (${yearSpan(solution.from, solution.to)})`;
    case "alreadyMet":
      return w.alreadyMet;
    case "unreachable":
      return w.unreachable;
    default:
      return "–";
  }
}

/** The status code of a value: TH, KH, GĐ, DB; a plan figure used as the level anchor gets a star. */
export function statusCode(provenance: Provenance | undefined, lang: Lang): string {
  if (!provenance) return "";
  return STATUS_CODES[provenance.status][lang] + (provenance.anchor ? "*" : "");
}

/** "TH = thực hiện · KH = kế hoạch · …": the key to the codes under a table. */
export function statusLegend(lang: Lang): string {
  const w = words(lang);
  const codes = (Object.keys(STATUS_CODES) as (keyof typeof STATUS_CODES)[]).map(
    (status) => `${STATUS_CODES[status][lang]} = ${STATUS_LABELS[status][lang]}`,
  );
  return `${w.legendTitle}: ${codes.join(" · ")} · ${STATUS_CODES.plan[lang]}* = ${w.anchorNote}`;
}
