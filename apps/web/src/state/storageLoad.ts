import { isRegionId } from "@lotrinh/core";
import type { SavedScenario } from "./types";
import { byCreation, entryKeys, idOfKey, LEGACY_KEY, parseEntry, setAside, type KnownRegion, type ParseScenario, type StorageLike, type StoredEntry } from "./storage";
import { migrateLegacy, type StorageProblem } from "./storageMigration";

export type { StorageProblem };

export interface LoadResult {
  saved: SavedScenario[];
  /** What each saved scenario's key held when read: the starting point of cross-tab merges. */
  entries: StoredEntry[];
  /** Entries that could not be read: each was copied aside (backupKey) and removed, or left alone. */
  problems: StorageProblem[];
  /** Ids of damaged entries that could not be copied aside: their keys are never written. */
  locked: string[];
  /** True when nothing may be written: storage unreadable, or the old format not yet migrated. */
  readOnly: boolean;
  /** Why readOnly, when it is. */
  readOnlyReason?: "unavailable" | "migration";
  error?: string;
  /** Scenarios moved from format 1 on this load. */
  migrated?: number;
}

/**
 * Reads the saved scenarios, migrating format 1 first. A damaged entry never takes the
 * others with it: it is copied to `lotrinh.corrupt.<id>.<time>`, then removed from the
 * library; when the copy fails, its key is locked (never written) and the rest load.
 */
export function loadSaved(storage: StorageLike, parse: ParseScenario, now: number, knownRegion: KnownRegion = isRegionId): LoadResult {
  const problems: StorageProblem[] = [];
  let migrated: number | undefined;
  try {
    const legacy = storage.getItem(LEGACY_KEY);
    if (legacy !== null) {
      const m = migrateLegacy(storage, legacy, parse, now, knownRegion);
      problems.push(...m.problems);
      if (!m.ok)
        return { saved: m.saved, entries: [], problems, locked: [], readOnly: true, readOnlyReason: "migration", error: m.error };
      migrated = m.migrated;
    }
  } catch (e) {
    return { saved: [], entries: [], problems, locked: [], readOnly: true, readOnlyReason: "unavailable", error: (e as Error).message };
  }

  const entries: StoredEntry[] = [];
  const locked: string[] = [];
  let keys: string[];
  try {
    keys = entryKeys(storage);
  } catch (e) {
    return { saved: [], entries: [], problems, locked, readOnly: true, readOnlyReason: "unavailable", error: (e as Error).message };
  }
  for (const key of keys) {
    const text = storage.getItem(key);
    if (text === null) continue; // removed by another tab meanwhile
    const id = idOfKey(key);
    const read = id === undefined ? { ok: false as const, error: `${key}: not a scenario id` } : parseEntry(id, text, parse, knownRegion);
    if (read.ok) {
      entries.push(read.entry);
      continue;
    }
    const copy = setAside(storage, id ?? "entry", text, now);
    if (copy.ok) {
      try {
        storage.removeItem(key);
      } catch {
        // the copy exists: a leftover key is read (and copied) again next time
      }
      problems.push({ what: key, error: read.error, backupKey: copy.key });
    } else {
      if (id !== undefined) locked.push(id);
      problems.push({ what: key, error: `${read.error}; backup failed: ${copy.error}` });
    }
  }
  entries.sort(byCreation);
  return { saved: entries.map((e) => e.saved), entries, problems, locked, readOnly: false, migrated };
}
