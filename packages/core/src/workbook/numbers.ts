import type { Lang } from "../format/number.js";

/**
 * A number as a planner writes it. Vietnamese: "14,5", "12.085", "1.234,5", "14,5 %",
 * "−0,5"; English: "14.5", "12,085". Spaces (also non-breaking) group thousands.
 * Returns the number and whether it carried a percent sign, or undefined.
 */
export function parseNumberText(text: string, lang: Lang): { value: number; percent: boolean } | undefined {
  let t = text.trim().replace(/[\s\u00a0\u202f]/g, "").replace(/\u2212/g, "-");
  const percent = t.endsWith("%");
  if (percent) t = t.slice(0, -1);
  if (!/^[+-]?[\d.,]+$/.test(t) || !/\d/.test(t)) return undefined;
  const decimal = decimalMark(t, lang);
  const [whole, fraction, extra] = decimal ? t.split(decimal) : [t];
  if (extra !== undefined) return undefined;
  const group = decimal === "," ? "." : decimal === "." ? "," : lang === "vi" ? "." : ",";
  if (!validGroups(whole!, group)) return undefined;
  if (fraction !== undefined && !/^\d+$/.test(fraction)) return undefined;
  const value = Number(`${whole!.split(group).join("")}${fraction !== undefined ? `.${fraction}` : ""}`);
  return Number.isFinite(value) ? { value, percent } : undefined;
}

/** Which mark separates the decimals: the last of two kinds; one kind alone by the language and the digits after it. */
function decimalMark(t: string, lang: Lang): "," | "." | undefined {
  const comma = t.lastIndexOf(",");
  const dot = t.lastIndexOf(".");
  if (comma >= 0 && dot >= 0) return comma > dot ? "," : ".";
  const mark = comma >= 0 ? "," : dot >= 0 ? "." : undefined;
  if (!mark) return undefined;
  const groupMark = lang === "vi" ? "." : ",";
  if (mark !== groupMark) return mark;
  // "12.085" in Vietnamese groups thousands; "14.5" can only be a decimal point.
  const parts = t.replace(/^[+-]/, "").split(mark);
  const grouped = parts.length > 1 && parts.slice(1).every((p) => p.length === 3) && parts[0]!.length >= 1 && parts[0]!.length <= 3;
  return grouped ? undefined : parts.length === 2 ? mark : undefined;
}

function validGroups(whole: string, group: string): boolean {
  const digits = whole.replace(/^[+-]/, "");
  if (!digits.includes(group)) return /^\d+$/.test(digits);
  return new RegExp(`^\\d{1,3}(\\${group}\\d{3})+$`).test(digits);
}

/** Percent to fraction without binary noise: "9,02 %" gives 0.0902, not 0.09019999999999999. */
export function fromPercent(p: number): number {
  return Number((p / 100).toPrecision(12));
}

export function toPercent(f: number): number {
  return Number((f * 100).toPrecision(12));
}
