import type { Region, Scenario } from "@lotrinh/core";
import { entryOf, setField, withEntry } from "./yearTable";

/**
 * Pure edits of a scenario file. Each returns a new scenario and leaves the
 * argument untouched (history keeps the old one). Empty tables are removed so
 * that an edit followed by its reset gives back an equal scenario.
 */

/** Slider and field values: drop float noise (0.14400000000000002) below 0.0001 percentage point. */
export function cleanRate(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

export function setRate(s: Scenario, indicator: string, year: number, value: number): Scenario {
  return setField(s, "rates", withEntry(s.rates, indicator, year, value));
}

/**
 * The rate edits made of the last scenario edited, so that the same edit gives back the same object
 * (see stepAhead.ts). One scenario only: the scenarios made and not taken, and their simulations,
 * are not kept alive by the undo history.
 */
let lastEdits: { of: Scenario; edits: Map<string, { base: Scenario; regionValue: number | undefined; next: Scenario }> } | undefined;
/** Edits remembered: a slider's two neighbours and the value it took, with room to spare. */
const RATE_EDITS_KEPT = 8;

/**
 * A rate typed or dragged, against what the year has without an edit: the base scenario's own
 * rate, else the region's figure (`regionValue`, a plan rate from the source). A value equal to it
 * (to 10⁻⁹) is no edit: the entry goes back to the base's, so "đã sửa" clears.
 * Scenarios are immutable values: the same edit of the same scenario returns the object it returned
 * before, whose simulation may then be ready (a slider's next step is simulated ahead, stepAhead.ts).
 */
export function setRateFromPlan(
  s: Scenario,
  base: Scenario,
  regionValue: number | undefined,
  indicator: string,
  year: number,
  value: number,
): Scenario {
  const key = `${indicator}|${year}|${value}`;
  if (lastEdits?.of !== s) lastEdits = { of: s, edits: new Map() };
  const { edits } = lastEdits;
  const known = edits.get(key);
  if (known && known.base === base && known.regionValue === regionValue) return known.next;
  const next = rateFromPlan(s, base, regionValue, indicator, year, value);
  if (edits.size >= RATE_EDITS_KEPT) edits.clear();
  edits.set(key, { base, regionValue, next });
  return next;
}

function rateFromPlan(s: Scenario, base: Scenario, regionValue: number | undefined, indicator: string, year: number, value: number): Scenario {
  const own = entryOf(base.rates, indicator, year);
  const plain = own ?? regionValue;
  if (plain !== undefined && Math.abs(value - plain) < 1e-9)
    return entryOf(s.rates, indicator, year) === own ? s : resetRate(s, base, indicator, year);
  return entryOf(s.rates, indicator, year) === value ? s : setRate(s, indicator, year, value);
}

/** A slider's or field's rate for (indicator, year), against the base's rate or else the region's figure: the reducer's edit and the step-ahead's, one function. */
export function editRate(region: Region, s: Scenario, base: Scenario, indicator: string, year: number, value: number): Scenario {
  return setRateFromPlan(s, base, regionRate(region, indicator, year), indicator, year, value);
}

/** The region's own figure for a rate in a year (a plan or reported rate), if it gives one. */
export function regionRate(region: Region, indicator: string, year: number): number | undefined {
  const ind = Object.hasOwn(region.indicators, indicator) ? region.indicators[indicator] : undefined;
  const rates = ind?.rates;
  return rates && Object.hasOwn(rates, String(year)) ? rates[String(year)]!.value : undefined;
}

/** Back to the base scenario's rate for that year, or to the region's default when the base has none. */
export function resetRate(s: Scenario, base: Scenario, indicator: string, year: number): Scenario {
  return setField(s, "rates", withEntry(s.rates, indicator, year, entryOf(base.rates, indicator, year)));
}

export function isActualYear(s: Scenario, indicator: string, year: number): boolean {
  return !!s.actual && Object.hasOwn(s.actual, indicator) && s.actual[indicator]!.includes(year);
}

/**
 * Marks a year as a reported actual, or frees it again. A level indicator's year
 * is locked by pinning its level (`pinLevel`, the value shown when locking):
 * the model's free years start after the last fixed level, so the required
 * rate then uses only the years after it. Unlocking restores the base's level.
 */
export function toggleActual(s: Scenario, base: Scenario, indicator: string, year: number, pinLevel?: number): Scenario {
  const years = s.actual && Object.hasOwn(s.actual, indicator) ? s.actual[indicator]! : [];
  const locked = years.includes(year);
  const nextYears = locked ? years.filter((y) => y !== year) : [...years, year].sort((a, b) => a - b);
  const actual = { ...s.actual };
  if (nextYears.length) actual[indicator] = nextYears;
  else delete actual[indicator];
  let next = setField(s, "actual", Object.keys(actual).length ? actual : undefined);
  if (locked) next = setField(next, "levels", withEntry(next.levels, indicator, year, entryOf(base.levels, indicator, year)));
  else if (pinLevel !== undefined && Number.isFinite(pinLevel))
    next = setField(next, "levels", withEntry(next.levels, indicator, year, pinLevel));
  return next;
}

export function setBuoyancy(s: Scenario, value: number): Scenario {
  return setField(s, "params", { ...s.params, revenueBuoyancy: Math.round(value * 1e4) / 1e4 });
}

export function resetBuoyancy(s: Scenario, base: Scenario): Scenario {
  const value = base.params?.revenueBuoyancy;
  const params = { ...s.params };
  if (value === undefined) delete params.revenueBuoyancy;
  else params.revenueBuoyancy = value;
  return setField(s, "params", Object.keys(params).length ? params : undefined);
}

export function setReading(s: Scenario, group: string, option: string): Scenario {
  return setField(s, "readings", { ...s.readings, [group]: option });
}

/** The scenario's own rate for a year, if it sets one. */
export function scenarioRate(s: Scenario, indicator: string, year: number): number | undefined {
  return entryOf(s.rates, indicator, year);
}
