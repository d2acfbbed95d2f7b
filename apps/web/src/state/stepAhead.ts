import type { Region, Scenario } from "@lotrinh/core";
import { outcomeAt } from "../outcomes/edits";
import { cleanRate, editRate } from "./edits";

/**
 * The values a range input takes one step down and one step up from `value` (its attributes as
 * strings, as the browser reads them), by the HTML stepping rule: the grid starts at min, the top
 * is the last grid value ≤ max. Computed in whole units of the finest decimal, so that k / scale
 * is the very number the browser's decimal string parses to. Empty when a step would leave the
 * range or the strings are not plain decimals.
 */
export function rangeNeighbours(value: string, min: string, max: string, step: string): number[] {
  const digits = [value, min, max, step].map(decimals);
  if (digits.some((d) => d === undefined)) return [];
  const scale = 10 ** Math.max(...(digits as number[]));
  if (scale > 1e9) return [];
  const [v, lo, hi, st] = [value, min, max, step].map((x) => Math.round(Number(x) * scale)) as [number, number, number, number];
  if (!(st > 0) || v < lo || v > hi) return [];
  const top = lo + Math.floor((hi - lo) / st) * st;
  return [v - st, v + st].filter((k) => k >= lo && k <= top).map((k) => k / scale);
}

/** Digits after the decimal point of a plain decimal ("0.001" → 3, "-5" → 0), undefined for anything else. */
function decimals(x: string): number | undefined {
  const m = /^-?\d+(?:\.(\d+))?$/.exec(x);
  return m ? (m[1]?.length ?? 0) : undefined;
}

/**
 * The scenarios a key press on the slider of (indicator, year) would make: the same objects the
 * reducer will make for them (editRate returns the object of an edit made before), so that
 * simulating them ahead serves the key press. None for a year with an outcome (its value is typed).
 */
export function stepAheadScenarios(
  region: Region,
  base: Scenario,
  s: Scenario,
  indicator: string,
  year: number,
  values: readonly number[],
): Scenario[] {
  if (outcomeAt(s, indicator, year)) return [];
  return values.map((v) => editRate(region, s, base, indicator, year, cleanRate(v))).filter((next) => next !== s);
}
