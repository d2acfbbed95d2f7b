import { isRegionId, type ParseResult, type Scenario } from "@lotrinh/core";
import type { SavedScenario } from "./types";
import { USER_ID } from "./ids";
import { isPlainObject, parseUntrustedJson } from "./safeJson";
import type { Seen } from "./writtenFields";

/**
 * Saved scenarios, one browser-storage key each (format 2): `lotrinh.v2.s.<id>` holds
 * `{ id, baseId, created, seen?, scenario }` (`seen`: the writes of each tab the version
 * includes, ./writtenFields.ts). One key a scenario means limits apply per
 * scenario, a damaged entry is set aside alone, and two tabs never rewrite each
 * other's scenarios (there is no shared list to overwrite: the keys are the list).
 * Format 1 (one key for the whole library) is migrated by ./storageMigration.ts.
 */
export const ENTRY_PREFIX = "lotrinh.v2.s.";
export const LEGACY_KEY = "lotrinh.v1.scenarios";
/** Set-aside copies of whatever could not be read: `lotrinh.corrupt.<what>.<time>`. */
export const CORRUPT_PREFIX = "lotrinh.corrupt.";

/** The part of the Web Storage API used here (tests pass an in-memory one). */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  key(index: number): string | null;
  readonly length: number;
}

export type ParseScenario = (raw: unknown) => ParseResult<Scenario>;
export type KnownRegion = (id: string) => boolean;

/** A saved scenario with its creation time (the library's order) and the exact text stored. */
export interface StoredEntry {
  saved: SavedScenario;
  created: number;
  text: string;
  /** The writes the version includes (./writtenFields.ts); absent in versions written before tabs marked them. */
  seen?: Seen;
}

const MARK = /^[\w-]{1,24}$/;
/** More marks than any write keeps (writtenFields.ts, MAX_SEEN) means the object is not one of them. */
const MAX_MARKS = 32;

/** `seen` as stored, or undefined for anything else than a small object of marks and write counts. */
function readSeen(raw: unknown): Seen | undefined {
  if (!isPlainObject(raw)) return undefined;
  const entries = Object.entries(raw);
  if (entries.length > MAX_MARKS) return undefined;
  const ok = entries.every(([k, v]) => MARK.test(k) && typeof v === "number" && Number.isSafeInteger(v) && v >= 0);
  return ok ? Object.fromEntries(entries) as Seen : undefined;
}

export const entryKey = (id: string) => ENTRY_PREFIX + id;

export function idOfKey(key: string): string | undefined {
  if (!key.startsWith(ENTRY_PREFIX)) return undefined;
  const id = key.slice(ENTRY_PREFIX.length);
  return USER_ID.test(id) ? id : undefined;
}

export function serializeEntry(saved: SavedScenario, created: number, seen?: Seen): string {
  return JSON.stringify({ id: saved.id, baseId: saved.baseId, created, seen, scenario: saved.scenario });
}

/** Checks one saved scenario's library fields and scenario; `where` prefixes the messages. */
export function readSaved(
  entry: unknown,
  where: string,
  parse: ParseScenario,
  knownRegion: KnownRegion = isRegionId,
): { ok: true; value: SavedScenario } | { ok: false; error: string } {
  if (!isPlainObject(entry)) return { ok: false, error: `${where}: not an object` };
  if (typeof entry.id !== "string" || !USER_ID.test(entry.id)) return { ok: false, error: `${where}.id: not a scenario id` };
  if (typeof entry.baseId !== "string") return { ok: false, error: `${where}.baseId: missing` };
  let parsed: ParseResult<Scenario>;
  try {
    parsed = parse(entry.scenario);
  } catch (e) {
    return { ok: false, error: `${where}.scenario: ${(e as Error).message}` };
  }
  if (!parsed.ok) return { ok: false, error: `${where}: ${parsed.error}` };
  if (!knownRegion(parsed.value.region))
    return { ok: false, error: `${where}.scenario.region: unknown region '${parsed.value.region.slice(0, 40)}'` };
  return { ok: true, value: { id: entry.id, baseId: entry.baseId, scenario: parsed.value } };
}

/** Reads one entry's stored text; the id inside must be the key's. */
export function parseEntry(
  id: string,
  text: string,
  parse: ParseScenario,
  knownRegion: KnownRegion = isRegionId,
): { ok: true; entry: StoredEntry } | { ok: false; error: string } {
  const where = id;
  const json = parseUntrustedJson(text);
  if (!json.ok) return { ok: false, error: `${where}: ${json.error}` };
  const read = readSaved(json.value, where, parse, knownRegion);
  if (!read.ok) return read;
  if (read.value.id !== id) return { ok: false, error: `${where}.id: '${read.value.id}' under the key of '${id}'` };
  const created = (json.value as Record<string, unknown>).created;
  if (typeof created !== "number" || !Number.isFinite(created)) return { ok: false, error: `${where}.created: not a time` };
  // Marks that are not a small object of counts are left out: the version is read as one without them.
  const seen = readSeen((json.value as Record<string, unknown>).seen);
  return { ok: true, entry: { saved: read.value, created, text, ...(seen ? { seen } : {}) } };
}

/**
 * Copies `text` to a new `lotrinh.corrupt.<what>.<now>[-n]` key (never over an earlier
 * copy). Returns the key, or the error when the copy could not be written.
 */
export function setAside(storage: StorageLike, what: string, text: string, now: number): { ok: true; key: string } | { ok: false; error: string } {
  try {
    let key = `${CORRUPT_PREFIX}${what}.${now}`;
    for (let i = 1; storage.getItem(key) !== null; i++) key = `${CORRUPT_PREFIX}${what}.${now}-${i}`;
    storage.setItem(key, text);
    return { ok: true, key };
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
}

/** Every key under the entry prefix (read before any change: removing keys shifts indexes). */
export function entryKeys(storage: StorageLike): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const k = storage.key(i);
    if (k !== null && k.startsWith(ENTRY_PREFIX)) keys.push(k);
  }
  return keys;
}

export function writeEntry(
  storage: StorageLike,
  saved: SavedScenario,
  created: number,
  seen?: Seen,
): { ok: true; text: string } | { ok: false; error: string } {
  const text = serializeEntry(saved, created, seen);
  try {
    storage.setItem(entryKey(saved.id), text);
    return { ok: true, text };
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
}

export function removeEntry(storage: StorageLike, id: string): { ok: true } | { ok: false; error: string } {
  try {
    storage.removeItem(entryKey(id));
    return { ok: true };
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
}

/** Library order: creation time, then id (entries created in the same millisecond). */
export function byCreation(a: StoredEntry, b: StoredEntry): number {
  return a.created - b.created || (a.saved.id < b.saved.id ? -1 : a.saved.id > b.saved.id ? 1 : 0);
}
