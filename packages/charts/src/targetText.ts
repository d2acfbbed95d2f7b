import { verdictWithBasis } from "./verdictText.js";
import { formatNumber, formatPercent, formatValue, isPercentUnit, type Lang } from "@lotrinh/core";
import type { TargetSpec } from "@lotrinh/core";
import { bandOf, type ChartTarget } from "./chartTargets.js";
import { comparatorWord, WORDS } from "./words.js";

/** The target figure itself in its own unit: a rate for rate targets, else the indicator's unit. */
export function targetFigure(t: ChartTarget, unit: string, lang: Lang): string {
  const s = t.target;
  if (t.impliedFromRate) return formatPercent(s.value, lang);
  return formatValue(s.value, unit, lang);
}

/**
 * The accepted range of an `about` target, written out ("8,82–9,18 %", "50,47–52,53"):
 * a relative tolerance shown as "±2 %" would be misread as percentage points.
 */
export function bandText(s: TargetSpec, percent: boolean, lang: Lang): string {
  const band = bandOf(s);
  if (!band) return "";
  if (percent) return `${formatNumber(band[0] * 100, lang)}–${formatPercent(band[1], lang)}`;
  return `${formatNumber(band[0], lang)}–${formatNumber(band[1], lang)}`;
}

/** What a line target measures, prefixed to its label: "bình quân 2021–2025", "total 2021–2025". */
function spanWord(t: ChartTarget, lang: Lang, compact: boolean): string {
  const kind = t.target.kind;
  if (kind !== "averageGrowth" && kind !== "cumulative") return "";
  const word = kind === "averageGrowth" ? (lang === "vi" ? "bình quân" : "average") : lang === "vi" ? "tổng" : "total";
  return compact ? `${word} ` : `${word} ${t.fromYear}–${t.year} `;
}

/**
 * Short on-chart label, the comparator in words: "tối thiểu 145", "at least 14.5%",
 * "khoảng 51,5 (50,47–52,53)", "tối thiểu +23,8 %", "bình quân 2021–2025 tối thiểu 14,5 %/năm";
 * alternative readings say so. The verdict is drawn beside it (see targetLabels).
 */
export function targetShortLabel(t: ChartTarget, unit: string, lang: Lang, compact = false): string {
  const s = t.target;
  let figure: string;
  if (t.impliedFromRate) figure = `+${formatPercent(s.value, lang)}`;
  else if (isPercentUnit(unit)) figure = formatPercent(s.value, lang) + (s.kind === "averageGrowth" ? WORDS[lang].perYear : "");
  else figure = formatNumber(s.value, lang);
  const range = bandText(s, t.impliedFromRate || isPercentUnit(unit), lang);
  const tolerance = range ? ` (${range})` : "";
  const label = `${spanWord(t, lang, compact)}${comparatorWord(s.comparator, lang, compact)} ${figure}${tolerance}`;
  return t.active ? label : `${label} (${WORDS[lang].altReading})`;
}

/**
 * Full text for the target's <title>: what the target is, then each scenario's
 * verdict in words with its projected value.
 */
export function targetTitle(t: ChartTarget, unit: string, lang: Lang): string {
  const s = t.target;
  const w = WORDS[lang];
  const what = s.label?.[lang] ?? `${w.target} ${comparatorWord(s.comparator, lang)} ${targetFigure(t, unit, lang)} (${s.year})`;
  const projectedUnit = s.kind === "annualRate" || s.kind === "averageGrowth" ? "rate" : unit;
  const verdicts = t.verdicts.map((v) => {
    const verdict = verdictWithBasis(v.verdict, v.basis, lang);
    const value = formatValue(v.projected, projectedUnit, lang);
    return t.verdicts.length > 1 ? `${v.label}: ${verdict} (${value})` : `${verdict} (${value})`;
  });
  const head = t.active ? what : `${what} — ${w.altReading}`;
  return `${head}. ${verdicts.join("; ")}`;
}
