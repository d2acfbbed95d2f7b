import type { Scenario } from "@lotrinh/core";
import { checkUntrustedJson, isPlainObject } from "./safeJson";

/**
 * A scenario as a compact difference from its base (a built-in), for links:
 * - n: name
 * - r, l: rates and levels by indicator and year; null removes the base's value
 * - o: any other field that differs, replaced whole; null removes it
 */
export interface ScenarioDiff {
  n?: string;
  r?: Record<string, Record<string, number | null>>;
  l?: Record<string, Record<string, number | null>>;
  o?: Partial<Record<OtherKey, unknown>>;
}

const OTHER_KEYS = [
  "nameEn",
  "description",
  "descriptionEn",
  "illustrative",
  "actual",
  "actuals",
  "baseLevels",
  "params",
  "uncertainty",
  "formulas",
  "readings",
] as const;
type OtherKey = (typeof OTHER_KEYS)[number];
type YearTable = Record<string, Record<string, number>>;

const IDENTIFIER = /^[a-zA-Z][a-zA-Z0-9]*$/;
const YEAR = /^\d{4}$/;

/** Same JSON after sorting object keys: equal scenarios give equal strings. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    isPlainObject(v) ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, v[k]])) : v,
  );
}

function tableDiff(base: YearTable | undefined, cur: YearTable | undefined) {
  const out: Record<string, Record<string, number | null>> = {};
  const ids = new Set([...Object.keys(base ?? {}), ...Object.keys(cur ?? {})]);
  for (const id of ids) {
    const b = base?.[id] ?? {};
    const c = cur?.[id] ?? {};
    const years: Record<string, number | null> = {};
    for (const y of new Set([...Object.keys(b), ...Object.keys(c)])) {
      if (!Object.hasOwn(c, y)) years[y] = null;
      else if (b[y] !== c[y]) years[y] = c[y]!;
    }
    if (Object.keys(years).length) out[id] = years;
  }
  return Object.keys(out).length ? out : undefined;
}

export function computeDiff(base: Scenario, cur: Scenario): ScenarioDiff {
  const diff: ScenarioDiff = {};
  if (cur.name !== base.name) diff.n = cur.name;
  const r = tableDiff(base.rates, cur.rates);
  if (r) diff.r = r;
  const l = tableDiff(base.levels, cur.levels);
  if (l) diff.l = l;
  const o: Partial<Record<OtherKey, unknown>> = {};
  for (const k of OTHER_KEYS) {
    if (canonicalJson(base[k]) !== canonicalJson(cur[k])) o[k] = cur[k] === undefined ? null : cur[k];
  }
  if (Object.keys(o).length) diff.o = o;
  return diff;
}

export type DiffResult = { ok: true; value: Record<string, unknown> } | { ok: false; error: string };

function applyTable(base: YearTable | undefined, raw: unknown, field: string): { ok: true; value?: YearTable } | { ok: false; error: string } {
  if (raw === undefined) return { ok: true, value: base };
  if (!isPlainObject(raw)) return { ok: false, error: `${field}: must be an object` };
  const out: YearTable = {};
  for (const [id, years] of Object.entries(base ?? {})) out[id] = { ...years };
  for (const [id, years] of Object.entries(raw)) {
    if (!IDENTIFIER.test(id)) return { ok: false, error: `${field}.${id}: not an indicator id` };
    if (!isPlainObject(years)) return { ok: false, error: `${field}.${id}: must be an object` };
    const target = (out[id] ??= {});
    for (const [year, v] of Object.entries(years)) {
      if (!YEAR.test(year)) return { ok: false, error: `${field}.${id}.${year}: not a year` };
      if (v === null) delete target[year];
      else if (typeof v === "number" && Number.isFinite(v)) target[year] = v;
      else return { ok: false, error: `${field}.${id}.${year}: must be a number` };
    }
    if (Object.keys(target).length === 0) delete out[id];
  }
  return { ok: true, value: Object.keys(out).length ? out : undefined };
}

/**
 * Rebuilds a scenario file from its base and an untrusted diff. The result is raw:
 * the caller validates it with core's parseScenario and resolves it against the region.
 */
export function applyDiff(base: Scenario, raw: unknown): DiffResult {
  const safe = checkUntrustedJson(raw);
  if (!safe.ok) return safe;
  if (!isPlainObject(raw)) return { ok: false, error: "scenario: must be an object" };
  for (const k of Object.keys(raw))
    if (!["n", "r", "l", "o"].includes(k)) return { ok: false, error: `${k}: unknown field` };
  const out: Record<string, unknown> = { ...base };
  if (raw.n !== undefined) out.name = raw.n;
  for (const [key, field] of [["r", "rates"], ["l", "levels"]] as const) {
    const t = applyTable(base[field], raw[key], field);
    if (!t.ok) return t;
    if (t.value) out[field] = t.value;
    else delete out[field];
  }
  if (raw.o !== undefined) {
    if (!isPlainObject(raw.o)) return { ok: false, error: "o: must be an object" };
    for (const [k, v] of Object.entries(raw.o)) {
      if (!(OTHER_KEYS as readonly string[]).includes(k)) return { ok: false, error: `${k}: unknown field` };
      if (v === null) delete out[k];
      else out[k] = v;
    }
  }
  return { ok: true, value: out };
}
