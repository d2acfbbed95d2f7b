import { RATE_INPUT_IDS } from "../indicators.js";
import type { LocalizedText } from "../indicators.js";
import { formatNumber } from "../format/number.js";

/**
 * Percent slips (14.5 typed for 14.5 %): a rate above 1 (+100 %) while every rate of
 * the document, divided by 100, would be a plausible yearly rate. Such a file is
 * refused, naming the first slipped field, before the schema judges its numbers.
 */

/** A plausible yearly rate, as a fraction: from −50 % to +100 %. */
export const PLAUSIBLE_RATE = { min: -0.5, max: 1 } as const;

export interface RateEntry {
  /** Dotted path of the field: `rates.grdpGrowth.2024`. */
  path: string;
  value: number;
}

export interface PercentSlip {
  path: string;
  value: number;
  /** "ý bạn là 14,5 %? Tỷ lệ ghi dưới dạng số thập phân: 0,145" and its English. */
  message: LocalizedText;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function plausible(fraction: number): boolean {
  return fraction >= PLAUSIBLE_RATE.min && fraction <= PLAUSIBLE_RATE.max;
}

/** The slip among the rate entries, if they look like percents; undefined otherwise. */
export function findPercentSlip(entries: readonly RateEntry[]): PercentSlip | undefined {
  const finite = entries.filter((e) => Number.isFinite(e.value));
  const first = finite.find((e) => e.value > 1);
  if (!first || !finite.every((e) => plausible(e.value / 100))) return undefined;
  return { path: first.path, value: first.value, message: percentSlipMessage(first.value) };
}

/** "ý bạn là 14,5 %? Tỷ lệ ghi dưới dạng số thập phân: 0,145" / "did you mean 14.5 %? Rates are written as fractions: 0.145". */
export function percentSlipMessage(typed: number): LocalizedText {
  // Binary noise (0.145 × 100 = 14.499999999999998) is not what anyone typed.
  const value = Number(typed.toPrecision(12));
  const fraction = value / 100;
  const digits = Math.min(20, Math.max(2, decimals(value) + 2));
  return {
    vi: `ý bạn là ${formatNumber(value, "vi", decimals(value))} %? Tỷ lệ ghi dưới dạng số thập phân: ${formatNumber(fraction, "vi", digits)}`,
    en: `did you mean ${formatNumber(value, "en", decimals(value))} %? Rates are written as fractions: ${formatNumber(fraction, "en", digits)}`,
  };
}

/** Fraction digits of a number as typed: 14.5 → 1, 7 → 0. */
function decimals(value: number): number {
  const text = String(value);
  if (/e/i.test(text)) return 2;
  const dot = text.indexOf(".");
  return dot < 0 ? 0 : text.length - dot - 1;
}

function yearValues(table: unknown, prefix: string, pick: (v: unknown) => unknown, out: RateEntry[]): void {
  if (!isRecord(table)) return;
  for (const [id, byYear] of Object.entries(table)) {
    if (!isRecord(byYear)) continue;
    for (const [year, v] of Object.entries(byYear)) {
      const value = pick(v);
      if (typeof value === "number") out.push({ path: `${prefix}.${id}.${year}`, value });
    }
  }
}

const bareOrValue = (v: unknown) => (isRecord(v) ? v.value : v);

/**
 * The rates of a scenario document as read from JSON (before validation): every
 * `rates` entry, and the `actuals` of rate indicators (the standard ones and `rateIds`).
 */
export function scenarioRateEntries(raw: unknown, rateIds: Iterable<string> = RATE_INPUT_IDS): RateEntry[] {
  if (!isRecord(raw)) return [];
  const out: RateEntry[] = [];
  yearValues(raw.rates, "rates", (v) => v, out);
  const ids = new Set(rateIds);
  if (isRecord(raw.actuals)) {
    const rateActuals = Object.fromEntries(Object.entries(raw.actuals).filter(([id]) => ids.has(id)));
    yearValues(rateActuals, "actuals", bareOrValue, out);
  }
  return out;
}

/**
 * The rates of a region document (JSON, or a workbook read into the same shape):
 * `indicators.<id>.rates.<year>.value`.
 */
export function regionRateEntries(raw: unknown): RateEntry[] {
  if (!isRecord(raw) || !isRecord(raw.indicators)) return [];
  const out: RateEntry[] = [];
  for (const [id, ind] of Object.entries(raw.indicators)) {
    if (!isRecord(ind) || !isRecord(ind.rates)) continue;
    for (const [year, v] of Object.entries(ind.rates)) {
      const value = bareOrValue(v);
      if (typeof value === "number") out.push({ path: `indicators.${id}.rates.${year}`, value });
    }
  }
  return out;
}

/** A scenario document's percent slip, if it has one. */
export function scenarioPercentSlip(raw: unknown, rateIds?: Iterable<string>): PercentSlip | undefined {
  return findPercentSlip(scenarioRateEntries(raw, rateIds));
}

/** A region document's percent slip, if it has one. */
export function regionPercentSlip(raw: unknown): PercentSlip | undefined {
  return findPercentSlip(regionRateEntries(raw));
}
