import type { Scenario } from "@lotrinh/core";

/**
 * The scenario file's by-indicator, by-year tables (rates, levels, actuals), edited
 * without touching the argument. Empty tables are removed, so that an edit followed by
 * its undoing gives back an equal scenario.
 */
export type YearTable<V> = Record<string, Record<string, V>>;

export function withEntry<V>(table: YearTable<V> | undefined, id: string, year: number, value: V | undefined): YearTable<V> | undefined {
  const byYear = { ...(table && Object.hasOwn(table, id) ? table[id] : {}) };
  if (value === undefined) delete byYear[String(year)];
  else byYear[String(year)] = value;
  const next = { ...table };
  if (Object.keys(byYear).length === 0) delete next[id];
  else next[id] = byYear;
  return Object.keys(next).length === 0 ? undefined : next;
}

export function entryOf<V>(table: YearTable<V> | undefined, id: string, year: number): V | undefined {
  if (!table || !Object.hasOwn(table, id)) return undefined;
  const byYear = table[id]!;
  return Object.hasOwn(byYear, String(year)) ? byYear[String(year)] : undefined;
}

export function setField<K extends keyof Scenario>(s: Scenario, key: K, value: Scenario[K] | undefined): Scenario {
  const next = { ...s };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next;
}
