export type Lang = "vi" | "en";

const LOCALE: Record<Lang, string> = { vi: "vi-VN", en: "en-US" };
const cache = new Map<string, Intl.NumberFormat>();

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

/** A plain number in the language's format: vi 12.085,5 · en 12,085.5. NaN shows as "–". */
export function formatNumber(value: number, lang: Lang, digits = defaultDigits(value)): string {
  if (!Number.isFinite(value)) return "–";
  // Rounding noise such as −2.8e−17 must not print as "−0".
  const text = formatter(lang, digits).format(value === 0 ? 0 : value);
  return /^-0([.,]0*)?$/.test(text) ? text.slice(1) : text.replace("-", "−");
}

/** True when the value prints as zero at the given digits. */
export function roundsToZero(value: number, digits: number): boolean {
  return Math.abs(value) < 0.5 * 10 ** -digits;
}

/** A fraction as percent: vi "14,5 %", en "14.5%". */
export function formatPercent(fraction: number, lang: Lang, digits = 2): string {
  if (!Number.isFinite(fraction)) return "–";
  const text = formatNumber(fraction * 100, lang, digits);
  return lang === "vi" ? `${text} %` : `${text}%`;
}

/** A signed change in percentage points: "+1,2 điểm %" / "+1.2 pp". */
export function formatPoints(fraction: number, lang: Lang, digits = 2): string {
  if (!Number.isFinite(fraction)) return "–";
  const sign = fraction > 0 && !roundsToZero(fraction * 100, digits) ? "+" : "";
  return `${sign}${formatNumber(fraction * 100, lang, digits)} ${lang === "vi" ? "điểm %" : "pp"}`;
}
