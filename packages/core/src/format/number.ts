export type Lang = "vi" | "en";

const LOCALE: Record<Lang, string> = { vi: "vi-VN", en: "en-US" };
const cache = new Map<string, Intl.NumberFormat>();
/** Intl accepts 0–100 fraction digits; nothing shown needs more than 20. */
const MAX_DIGITS = 20;
/** From this magnitude on, numbers print as "1,23 × 10²¹" rather than as 22 digits. */
const SCIENTIFIC_FROM = 1e15;

function formatter(lang: Lang, digits: number): Intl.NumberFormat {
  const key = `${lang}:${digits}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: digits, minimumFractionDigits: 0 });
    cache.set(key, f);
  }
  return f;
}

/** Fraction digits by magnitude: 12.085 · 570,3 · 51,5 · 7,36. */
export function defaultDigits(value: number): number {
  const a = Math.abs(value);
  if (a >= 1000) return 0;
  if (a >= 100) return 1;
  return 2;
}

/** Any requested digit count as one Intl accepts: a whole number in [0, 20]; anything else falls back to the default. */
export function safeDigits(digits: number | undefined, value: number): number {
  if (digits === undefined || !Number.isFinite(digits)) return defaultDigits(value);
  return Math.min(MAX_DIGITS, Math.max(0, Math.round(digits)));
}

const UNDEFINED_WORD: Record<Lang, string> = { vi: "không xác định", en: "undefined" };

/**
 * Why a computed number is not a number: ±Infinity is an overflow (or a division by
 * zero), NaN an undefined operation such as 0/0. Shown beside "không xác định".
 */
export function undefinedReason(value: number, lang: Lang): string {
  if (Number.isNaN(value))
    return lang === "vi" ? "phép tính không xác định, như 0/0" : "an undefined operation, such as 0/0";
  return lang === "vi" ? "tràn số hoặc chia cho 0" : "overflow or division by zero";
}

/** "không xác định (tràn số hoặc chia cho 0)" / "undefined (overflow or division by zero)". */
export function undefinedLabel(value: number, lang: Lang): string {
  return `${UNDEFINED_WORD[lang]} (${undefinedReason(value, lang)})`;
}

const SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹";

function scientific(value: number, lang: Lang): string {
  const exponent = Math.floor(Math.log10(Math.abs(value)));
  let mantissa = value / 10 ** exponent;
  let exp = exponent;
  // 9.999e20 rounds to a mantissa of 10: carry into the exponent.
  if (Math.abs(Math.round(mantissa * 100) / 100) >= 10) {
    mantissa /= 10;
    exp += 1;
  }
  const power = String(exp).replace(/\d/g, (d) => SUPERSCRIPT[Number(d)]!).replace("-", "⁻");
  return `${formatter(lang, 2).format(mantissa).replace("-", "−")} × 10${power}`;
}

/**
 * A plain number in the language's format: vi 12.085,5 · en 12,085.5. Total: never
 * throws. NaN (no value) shows as "–"; ±Infinity as "không xác định (…)" with the reason;
 * huge magnitudes as "1,23 × 10²¹"; −0 and values that round to zero as "0".
 */
export function formatNumber(value: number, lang: Lang, digits?: number): string {
  if (Number.isNaN(value)) return "–";
  if (!Number.isFinite(value)) return undefinedLabel(value, lang);
  if (Math.abs(value) >= SCIENTIFIC_FROM) return scientific(value, lang);
  // Rounding noise such as −2.8e−17 must not print as "−0".
  const text = formatter(lang, safeDigits(digits, value)).format(value === 0 ? 0 : value);
  return /^-0([.,]0*)?$/.test(text) ? text.slice(1) : text.replace("-", "−");
}

/** True when the value prints as zero at the given digits. */
export function roundsToZero(value: number, digits: number): boolean {
  return Math.abs(value) < 0.5 * 10 ** -safeDigits(digits, value);
}

/** A fraction as percent: vi "14,5 %", en "14.5%". */
export function formatPercent(fraction: number, lang: Lang, digits = 2): string {
  if (!Number.isFinite(fraction * 100)) return formatNumber(fraction * 100, lang);
  const text = formatNumber(fraction * 100, lang, digits);
  return lang === "vi" ? `${text} %` : `${text}%`;
}

/** A signed change in percentage points: "+1,2 điểm %" / "+1.2 pp". */
export function formatPoints(fraction: number, lang: Lang, digits = 2): string {
  if (!Number.isFinite(fraction * 100)) return formatNumber(fraction * 100, lang);
  const sign = fraction > 0 && !roundsToZero(fraction * 100, digits) ? "+" : "";
  return `${sign}${formatNumber(fraction * 100, lang, digits)} ${lang === "vi" ? "điểm %" : "pp"}`;
}
