import { outcomeOf, type OutcomeEntryT, type Scenario } from "@lotrinh/core";
import { entryOf, setField, withEntry } from "../state/yearTable";

/**
 * Pure edits of a scenario's outcomes (`actuals`: thực hiện, ước thực hiện) and of its
 * assumed levels. Each returns a new scenario; empty tables are removed, so that an
 * edit followed by its undoing gives back an equal scenario.
 */

export type OutcomeKind = "none" | "actual" | "estimate";
export interface Outcome {
  value: number;
  status: "actual" | "estimate";
  source?: string;
}

/** The scenario's outcome for a year, in its object form. */
export function outcomeAt(s: Scenario, indicator: string, year: number): Outcome | undefined {
  const e = entryOf(s.actuals, indicator, year);
  return e === undefined ? undefined : outcomeOf(e);
}

/** A bare number for a plain actual (the file's short form), the object otherwise. */
function entryFor(o: Outcome): OutcomeEntryT {
  const source = o.source?.trim();
  if (o.status === "actual" && !source) return o.value;
  return source ? { value: o.value, status: o.status, source } : { value: o.value, status: o.status };
}

/** Drops a year from the version-1 `actual` list: an outcome entry now says what it is. */
function withoutLegacy(s: Scenario, indicator: string, year: number): Scenario {
  if (!s.actual || !Object.hasOwn(s.actual, indicator)) return s;
  const years = s.actual[indicator]!.filter((y) => y !== year);
  const actual = { ...s.actual };
  if (years.length) actual[indicator] = years;
  else delete actual[indicator];
  return setField(s, "actual", Object.keys(actual).length ? actual : undefined);
}

/** Sets (or, with undefined, removes) the outcome of one indicator and year. */
export function setOutcome(s: Scenario, indicator: string, year: number, o: Outcome | undefined): Scenario {
  const next = withoutLegacy(s, indicator, year);
  return setField(next, "actuals", withEntry(next.actuals, indicator, year, o && entryFor(o)));
}

/**
 * The toggle "giả định" / "ước thực hiện" / "thực hiện": an outcome keeps the value shown
 * (`value`, what the field holds) and its source; "giả định" removes the outcome, and the
 * year returns to the scenario's assumption.
 */
export function setOutcomeKind(s: Scenario, indicator: string, year: number, kind: OutcomeKind, value: number): Scenario {
  if (kind === "none") return setOutcome(s, indicator, year, undefined);
  const old = outcomeAt(s, indicator, year);
  return setOutcome(s, indicator, year, { value: old?.value ?? value, status: kind, source: old?.source });
}

export function setOutcomeValue(s: Scenario, indicator: string, year: number, value: number): Scenario {
  const old = outcomeAt(s, indicator, year);
  return setOutcome(s, indicator, year, { value, status: old?.status ?? "actual", source: old?.source });
}

export function setOutcomeSource(s: Scenario, indicator: string, year: number, source: string): Scenario {
  const old = outcomeAt(s, indicator, year);
  if (!old) return s;
  return setOutcome(s, indicator, year, { ...old, source: source.trim() || undefined });
}

/** An assumed level (the scenario's `levels`): fixes the path like an outcome, but says it is assumed. */
export function setLevel(s: Scenario, indicator: string, year: number, value: number | undefined): Scenario {
  return setField(s, "levels", withEntry(s.levels, indicator, year, value));
}

/** Back to the base scenario for that year: its outcome and its assumed level. */
export function resetYear(s: Scenario, base: Scenario, indicator: string, year: number): Scenario {
  const baseOutcome = outcomeAt(base, indicator, year);
  const next = setOutcome(s, indicator, year, baseOutcome);
  return setLevel(next, indicator, year, entryOf(base.levels, indicator, year));
}
