import { defaultDigits, formatNumber, formatPercent, isPercentUnit, unitLabel, type Lang, type TargetEvaluation } from "@lotrinh/core";
import { bandText } from "./targetText.js";
import { WORDS } from "./words.js";

const SCALE_WORDS = new Set(["thousand", "million", "billion"]);

/**
 * A unit as written in running text. "/người" and "/person" are dropped because the
 * indicator's name already says "per capita" ("157,2 triệu đồng", not "…/người").
 */
function proseUnit(unit: string, lang: Lang, short: boolean): string {
  const label = unitLabel(unit, lang).replace(/\/(người|person)$/, "");
  if (!short) return label;
  // English repeats only the scale word after the first mention: "12.2 million above the 145 million target".
  const first = label.split(" ")[0] ?? "";
  return SCALE_WORDS.has(first) ? first : label;
}

/** A value in prose: "157,2 triệu đồng", "14,5 %/năm" (perYear for averages), "12.2 million" (short). */
export function amount(value: number, unit: string, lang: Lang, opts: { digits?: number; short?: boolean; perYear?: boolean } = {}): string {
  if (isPercentUnit(unit)) return formatPercent(value, lang) + (opts.perYear ? WORDS[lang].perYear : "");
  // An index is a bare number in prose; the sentence names the index once (see `subject`).
  if (unit === "index") return formatNumber(value, lang, opts.digits);
  const num = formatNumber(value, lang, opts.digits);
  const label = proseUnit(unit, lang, opts.short === true);
  if (!label) return num;
  return label.startsWith("/") ? `${num}${label}` : `${num} ${label}`;
}

/** A gap in prose: percentage points for rates and shares, else the unit at the target's precision. */
function gapText(gap: number, target: number, unit: string, lang: Lang): { text: string; zero: boolean } {
  if (isPercentUnit(unit)) {
    const pts = Math.abs(gap) * 100;
    const text = `${formatNumber(pts, lang, 2)} ${lang === "vi" ? "điểm %" : "pp"}`;
    return { text, zero: pts < 0.005 };
  }
  const digits = defaultDigits(target);
  const text = amount(Math.abs(gap), unit, lang, { digits, short: lang === "en" });
  return { text, zero: Math.abs(gap) < 0.5 * Math.pow(10, -digits) };
}

/**
 * How the measured value stands against the target, verdict included:
 * vi "vượt mục tiêu 145 triệu đồng 12,2 triệu đồng", en "12.2 million above the 145 million target".
 */
export function comparisonText(e: TargetEvaluation, unit: string, lang: Lang, perYear: boolean): string {
  const t = e.target;
  const X = amount(t.value, unit, lang, { short: lang === "en", perYear });
  if (e.met === null || !Number.isFinite(e.gap))
    return lang === "vi" ? `chưa có số liệu để so với mục tiêu ${X}` : `no figure to compare with the ${X} target`;
  const { text: G, zero } = gapText(e.gap, t.value, unit, lang);
  if (zero && e.met) {
    if (t.comparator === "about") return lang === "vi" ? `đạt mục tiêu khoảng ${X}` : `meeting the target of about ${X}`;
    return lang === "vi" ? `đạt mục tiêu ${X}` : `meeting the ${X} target`;
  }
  const above = e.gap > 0;
  switch (t.comparator) {
    case "atLeast":
      if (lang === "vi") return above ? `vượt mục tiêu ${X} ${G}` : `còn thiếu ${G} so với mục tiêu ${X}`;
      return above ? `${G} above the ${X} target` : `${G} short of the ${X} target`;
    case "atMost":
      if (lang === "vi") return above ? `vượt ngưỡng ${X} ${G}, không đạt mục tiêu` : `thấp hơn ngưỡng ${X} ${G}, đạt mục tiêu`;
      return above ? `${G} above the ${X} ceiling, missing the target` : `${G} below the ${X} ceiling, meeting the target`;
    case "about": {
      const band = bandText(t, isPercentUnit(unit), lang);
      // Beyond the band on the indicator's better side is exceeded (vượt), on the worse side missed.
      const within = e.verdict === "met";
      const tail = lang === "vi"
        ? within ? `trong biên ${band}` : `ngoài biên ${band}, ${e.verdict === "exceeded" ? "vượt mục tiêu" : "không đạt"}`
        : within ? `within its ${band} band` : `outside its ${band} band, ${e.verdict === "exceeded" ? "exceeding the target" : "missing it"}`;
      if (lang === "vi") return `${above ? "cao" : "thấp"} hơn mục tiêu khoảng ${X} ${G}, ${tail}`;
      return `${G} ${above ? "above" : "below"} the target of about ${X}, ${tail}`;
    }
  }
}

export function capitalize(s: string): string {
  return s.charAt(0).toLocaleUpperCase() + s.slice(1);
}

/** The indicator as the subject of a sentence; an index says what it is indexed on: "Tourist visits (index, 2020 = 100)". */
export function subject(name: string, unit: string, base: number, lang: Lang): string {
  if (unit !== "index") return name;
  return `${name} (${lang === "vi" ? "chỉ số" : "index"}, ${base} = 100)`;
}
