import { isRegionId, type ParseResult, type Scenario } from "@lotrinh/core";
import type { SavedScenario } from "./types";
import { USER_ID } from "./ids";
import { checkUntrustedJson, isPlainObject } from "./safeJson";

export const STORAGE_KEY = "lotrinh.v1.scenarios";
export const CORRUPT_PREFIX = "lotrinh.v1.corrupt.";
const FORMAT_VERSION = 1;

/** The part of the Web Storage API used here (tests pass an in-memory one). */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface LoadResult {
  saved: SavedScenario[];
  /** Set when some saved data could not be read; it was copied to `backupKey`. */
  problem?: { count: number; error: string; backupKey?: string };
  /** True when damaged data could not be backed up: saving would overwrite it, so saving is off. */
  readOnly: boolean;
}

type ParseScenario = (raw: unknown) => ParseResult<Scenario>;

function readEntry(entry: unknown, i: number, parse: ParseScenario): { ok: true; value: SavedScenario } | { ok: false; error: string } {
  if (!isPlainObject(entry)) return { ok: false, error: `scenarios.${i}: not an object` };
  if (typeof entry.id !== "string" || !USER_ID.test(entry.id)) return { ok: false, error: `scenarios.${i}.id: not a scenario id` };
  if (typeof entry.baseId !== "string") return { ok: false, error: `scenarios.${i}.baseId: missing` };
  const parsed = parse(entry.scenario);
  if (!parsed.ok) return { ok: false, error: `scenarios.${i}: ${parsed.error}` };
  if (!isRegionId(parsed.value.region))
    return { ok: false, error: `scenarios.${i}.scenario.region: unknown region '${parsed.value.region}'` };
  return { ok: true, value: { id: entry.id, baseId: entry.baseId, scenario: parsed.value } };
}

/**
 * Reads the saved scenarios. Whatever cannot be read is never dropped silently: the
 * stored text is first copied to `lotrinh.v1.corrupt.<timestamp>`, and the readable
 * scenarios are kept. If that copy fails, the app must not save over the original.
 */
export function loadSaved(storage: StorageLike, parse: ParseScenario, now: number): LoadResult {
  let text: string | null;
  try {
    text = storage.getItem(STORAGE_KEY);
  } catch (e) {
    return { saved: [], readOnly: true, problem: { count: 0, error: (e as Error).message } };
  }
  if (text === null) return { saved: [], readOnly: false };

  const saved: SavedScenario[] = [];
  let bad = 0;
  let firstError: string | undefined;
  const fail = (error: string) => {
    bad++;
    firstError ??= error;
  };
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    fail(`not JSON: ${(e as Error).message}`);
  }
  if (firstError === undefined) {
    const safe = checkUntrustedJson(doc);
    if (!safe.ok) fail(safe.error);
    else if (!isPlainObject(doc) || doc.version !== FORMAT_VERSION || !Array.isArray(doc.scenarios))
      fail(`not a version ${FORMAT_VERSION} list of scenarios`);
    else {
      const seen = new Set<string>();
      doc.scenarios.forEach((entry: unknown, i: number) => {
        const read = readEntry(entry, i, parse);
        if (!read.ok) return fail(read.error);
        if (seen.has(read.value.id)) return fail(`scenarios.${i}.id: duplicate '${read.value.id}'`);
        seen.add(read.value.id);
        saved.push(read.value);
      });
    }
  }
  if (bad === 0) return { saved, readOnly: false };

  let backupKey = `${CORRUPT_PREFIX}${now}`;
  try {
    for (let i = 1; storage.getItem(backupKey) !== null; i++) backupKey = `${CORRUPT_PREFIX}${now}-${i}`;
    storage.setItem(backupKey, text);
  } catch (e) {
    return { saved, readOnly: true, problem: { count: bad, error: `${firstError}; backup failed: ${(e as Error).message}` } };
  }
  return { saved, readOnly: false, problem: { count: bad, error: firstError!, backupKey } };
}

export function serializeSaved(saved: readonly SavedScenario[]): string {
  return JSON.stringify({ version: FORMAT_VERSION, scenarios: saved });
}

export function saveScenarios(storage: StorageLike, saved: readonly SavedScenario[]): { ok: true } | { ok: false; error: string } {
  try {
    storage.setItem(STORAGE_KEY, serializeSaved(saved));
    return { ok: true };
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
}
