import { isRegionId } from "@lotrinh/core";
import type { SavedScenario } from "./types";
import { checkUntrustedJson, isPlainObject } from "./safeJson";
import {
  entryKey,
  LEGACY_KEY,
  parseEntry,
  readSaved,
  serializeEntry,
  setAside,
  type KnownRegion,
  type ParseScenario,
  type StorageLike,
} from "./storage";

export interface StorageProblem {
  /** The key (or part of it) that could not be read. */
  what: string;
  error: string;
  /** Where a copy of it was kept; absent when the copy failed (the original is then left alone). */
  backupKey?: string;
}

export type Migration =
  | { ok: true; migrated: number; problems: StorageProblem[] }
  /** Nothing was lost: the legacy key is as it was; `saved` is what it holds, for this session only. */
  | { ok: false; error: string; saved: SavedScenario[]; problems: StorageProblem[] };

/**
 * Moves format 1 (`lotrinh.v1.scenarios`, the whole library in one key) to one key a
 * scenario. The old key is removed only once every scenario in it is either written
 * under its new key or copied aside: a failure part-way (a full storage) removes what
 * this run wrote and leaves the old key untouched, to be migrated on a later visit.
 * Entries are created at times 0, 1, 2… so that they keep their order, before any
 * scenario created later (Date.now()).
 */
export function migrateLegacy(storage: StorageLike, text: string, parse: ParseScenario, now: number, knownRegion: KnownRegion = isRegionId): Migration {
  const problems: StorageProblem[] = [];
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    doc = undefined;
    problems.push({ what: LEGACY_KEY, error: `not JSON: ${(e as Error).message}` });
  }
  if (problems.length === 0 && (!isPlainObject(doc) || doc.version !== 1 || !Array.isArray(doc.scenarios)))
    problems.push({ what: LEGACY_KEY, error: "not a version 1 list of scenarios" });
  if (problems.length === 0 && isPlainObject(doc)) {
    const safe = checkUntrustedJson(Object.fromEntries(Object.entries(doc).filter(([k]) => k !== "scenarios")));
    if (!safe.ok) problems.push({ what: LEGACY_KEY, error: safe.error });
  }
  if (problems.length > 0) {
    // Nothing readable: the whole text is kept aside, then the old key can go.
    const copy = setAside(storage, "v1", text, now);
    if (!copy.ok) return { ok: false, error: `${problems[0]!.error}; backup failed: ${copy.error}`, saved: [], problems };
    problems[0]!.backupKey = copy.key;
    return removeLegacy(storage, [], problems, []);
  }

  const entries = (doc as { scenarios: unknown[] }).scenarios;
  const written: string[] = [];
  const good: SavedScenario[] = [];
  const rollback = (error: string): Migration => {
    for (const key of written) {
      try {
        storage.removeItem(key);
      } catch {
        // removing cannot exceed a quota; a storage that refuses it refuses everything
      }
    }
    return { ok: false, error, saved: good, problems };
  };
  const seen = new Set<string>();
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    const where = `scenarios.${i}`;
    const safe = checkUntrustedJson(entry);
    const read = safe.ok ? readSaved(entry, where, parse, knownRegion) : { ok: false as const, error: `${where}: ${safe.error}` };
    let problem: string | undefined = read.ok ? undefined : read.error;
    if (read.ok && seen.has(read.value.id)) problem = `${where}.id: duplicate '${read.value.id}'`;
    if (read.ok && problem === undefined) {
      const key = entryKey(read.value.id);
      const existing = storage.getItem(key);
      const text = serializeEntry(read.value, i);
      if (existing !== null && existing !== text) {
        // Already saved in format 2 (another tab migrated first): keep that one, and this copy aside.
        const current = parseEntry(read.value.id, existing, parse, knownRegion);
        if (current.ok) {
          seen.add(read.value.id);
          if (JSON.stringify(current.entry.saved) === JSON.stringify(read.value)) continue;
          const copy = setAside(storage, `v1-${i}`, JSON.stringify(entry), now);
          if (!copy.ok) return rollback(`${where}: backup failed: ${copy.error}`);
          problems.push({ what: where, error: `${where}: a newer copy is saved under '${key}'`, backupKey: copy.key });
          continue;
        }
        // A damaged format-2 entry is copied aside before the migrated one takes its key.
        const copy = setAside(storage, read.value.id, existing, now);
        if (!copy.ok) return rollback(`${key}: ${current.error}; backup failed: ${copy.error}`);
        problems.push({ what: key, error: current.error, backupKey: copy.key });
      }
      try {
        storage.setItem(key, text);
      } catch (e) {
        return rollback(`${where}: ${(e as Error).message}`);
      }
      written.push(key);
      seen.add(read.value.id);
      good.push(read.value);
      continue;
    }
    const copy = setAside(storage, `v1-${i}`, JSON.stringify(entry) ?? "undefined", now);
    if (!copy.ok) {
      problems.push({ what: where, error: problem! });
      return rollback(`${problem}; backup failed: ${copy.error}`);
    }
    problems.push({ what: where, error: problem!, backupKey: copy.key });
  }
  return removeLegacy(storage, good, problems, written);
}

function removeLegacy(storage: StorageLike, good: SavedScenario[], problems: StorageProblem[], written: string[]): Migration {
  try {
    storage.removeItem(LEGACY_KEY);
    return { ok: true, migrated: good.length, problems };
  } catch (e) {
    try {
      for (const key of written) storage.removeItem(key);
    } catch {
      // the old key is still there and is read first on the next visit
    }
    return { ok: false, error: (e as Error).message, saved: good, problems };
  }
}
