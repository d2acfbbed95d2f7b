/**
 * Numbers typed by a person: "14,5", "14.5", "14,5 %", "−3,2", "+2". Vietnamese
 * users write a decimal comma; either separator is accepted, but only one of them
 * (a thousands separator in a percentage is more likely a typo than intended).
 */
export type NumberInput = { ok: true; value: number } | { ok: false; reason: "empty" | "notNumber" };

export function parseDecimal(input: string): NumberInput {
  const text = input.trim().replace(/\s*%$/, "").replace(/^[−–]/, "-").replace(/^([+-])\s+/, "$1");
  if (text === "") return { ok: false, reason: "empty" };
  if (!/^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/.test(text)) return { ok: false, reason: "notNumber" };
  const value = Number(text.replace(",", "."));
  return Number.isFinite(value) ? { ok: true, value } : { ok: false, reason: "notNumber" };
}

/** Largest rate a field accepts: +1000 %/yr is beyond any plan and catches a slipped key. */
export const MAX_RATE = 10;

export type RateInput =
  | { ok: true; value: number }
  | { ok: false; reason: "empty" | "notNumber" | "tooLow" | "tooHigh" };

/** A percentage typed in a rate field, as a fraction: "14,5" → 0.145. Refuses −100 % and below. */
export function parseRatePercent(input: string): RateInput {
  const n = parseDecimal(input);
  if (!n.ok) return n;
  const value = n.value / 100;
  if (value <= -1) return { ok: false, reason: "tooLow" };
  if (value > MAX_RATE) return { ok: false, reason: "tooHigh" };
  return { ok: true, value };
}

/** A fraction shown in a percent field: 0.145 → "14,5" (vi) or "14.5" (en), up to 2 decimals. */
export function percentFieldText(fraction: number, lang: "vi" | "en"): string {
  if (!Number.isFinite(fraction)) return "";
  const text = String(Math.round(fraction * 10000) / 100);
  return lang === "vi" ? text.replace(".", ",") : text;
}

export function decimalFieldText(value: number, lang: "vi" | "en"): string {
  const text = String(Math.round(value * 1000) / 1000);
  return lang === "vi" ? text.replace(".", ",") : text;
}

/** A yearly rate typed beyond these asks for confirmation: above +50 % or below −20 % is rarely meant. */
export const PLAUSIBLE_RATE = { min: -0.2, max: 0.5 } as const;

/** "high" or "low" when a rate is outside the plausible band (it is still allowed once confirmed). */
export function implausibleRate(value: number): "high" | "low" | undefined {
  if (value > PLAUSIBLE_RATE.max) return "high";
  if (value < PLAUSIBLE_RATE.min) return "low";
  return undefined;
}
