import { isRegionId } from "@lotrinh/core";
import type { SavedScenario } from "./types";
import type { LoadResult } from "./storageLoad";
import { changedFields, fieldName, mergeFields } from "./fieldMerge";
import { entryKey, idOfKey, parseEntry, removeEntry, setAside, writeEntry, type KnownRegion, type ParseScenario, type StorageLike, type StoredEntry } from "./storage";
import { joinSeen, WrittenFields, type Seen } from "./writtenFields";

/** What the app must do after a save or another tab's change: update or drop scenarios, tell the user. */
export interface SyncOutcome {
  upsert: SavedScenario[];
  remove: string[];
  notices: SyncNotice[];
  /** The first write that failed (a full storage): shown once. */
  error?: string;
}

export type SyncNotice =
  | { kind: "conflict"; name: string; field: string }
  | { kind: "deleted"; name: string }
  | { kind: "locked"; key: string };

interface Known {
  saved: SavedScenario;
  created: number;
  text: string;
  seen?: Seen;
}

/** A mark for this page's writes (./writtenFields.ts). A letter first: an object keeps integer-like keys in front, and the writer's must come first. */
const randomMark = () => `t${Math.random().toString(36).slice(2, 10)}`;

const empty = (): SyncOutcome => ({ upsert: [], remove: [], notices: [] });
const sameScenario = (a: SavedScenario, b: SavedScenario) =>
  a === b || (a.baseId === b.baseId && JSON.stringify(a.scenario) === JSON.stringify(b.scenario));

/**
 * Keeps one tab's library and browser storage in step, one key a scenario.
 * - `save` writes only the scenarios this tab changed, added or deleted. Before
 *   overwriting a key it reads it: if another tab wrote it meanwhile, the two edits
 *   are merged field by field (this tab's, written now, wins a field both changed).
 * - `receive` takes another tab's write (a `storage` event): fields it changed replace
 *   this tab's unless this tab has an unsaved edit of the same field (that one will be
 *   written later, so it wins); when it overwrites a field this tab wrote, the outcome
 *   names the scenario and the field.
 * No save removes a key this tab did not delete itself: another tab's new scenarios stay.
 * Each write says which writes of each tab it includes (`seen`). Browsers pass a write on to
 * other processes' copies of the storage asynchronously, so another tab may write over this
 * tab's last write without having seen it: this tab then puts its fields back on top of that
 * version (./writtenFields.ts), and its next save writes them again.
 */
export class TabSync {
  private readonly known = new Map<string, Known>();
  /** Fields this tab wrote, by scenario: overwritten by another tab → a notice. */
  private readonly touched = new Map<string, Set<string>>();
  private readonly locked: Set<string>;
  private lastCreated = 0;
  private writes = 0;
  private readonly written: WrittenFields;

  constructor(
    private readonly storage: StorageLike,
    private readonly parse: ParseScenario,
    loaded: Pick<LoadResult, "entries" | "locked">,
    private readonly now: () => number = Date.now,
    private readonly knownRegion: KnownRegion = isRegionId,
    mark: string = randomMark(),
  ) {
    this.written = new WrittenFields(mark);
    for (const e of loaded.entries) {
      this.known.set(e.saved.id, { saved: e.saved, created: e.created, text: e.text, seen: e.seen });
      this.lastCreated = Math.max(this.lastCreated, e.created);
    }
    this.locked = new Set(loaded.locked);
  }

  /** True when every scenario of `saved` is in storage as it is on screen. */
  isSaved(saved: readonly SavedScenario[]): boolean {
    if (saved.length !== this.known.size) return false;
    return saved.every((s) => {
      const k = this.known.get(s.id);
      return k !== undefined && (k.saved === s || sameScenario(k.saved, s));
    });
  }

  /** Writes this tab's changes since the last save; merged results come back in `upsert`. */
  save(saved: readonly SavedScenario[]): SyncOutcome {
    const out = empty();
    const here = new Set<string>();
    for (const s of saved) {
      here.add(s.id);
      if (this.locked.has(s.id)) continue;
      const k = this.known.get(s.id);
      if (k && (k.saved === s || sameScenario(k.saved, s))) {
        k.saved = s;
        continue;
      }
      const r = this.write(s, k, out);
      if (!r) break; // storage full: stop, keep the rest for the next attempt
    }
    for (const [id, k] of [...this.known]) {
      if (here.has(id) || this.locked.has(id)) continue;
      // Deleted in this tab: remove the key, unless it now holds something unreadable (copy that first).
      const current = this.storage.getItem(entryKey(id));
      if (current !== null && current !== k.text && !parseEntry(id, current, this.parse, this.knownRegion).ok) {
        const copy = setAside(this.storage, id, current, this.now());
        if (!copy.ok) {
          this.locked.add(id);
          out.notices.push({ kind: "locked", key: entryKey(id) });
          continue;
        }
      }
      const r = removeEntry(this.storage, id);
      if (!r.ok) {
        out.error ??= r.error;
        continue;
      }
      this.known.delete(id);
      this.touched.delete(id);
      this.written.forget(id);
    }
    return out;
  }

  private write(mine: SavedScenario, k: Known | undefined, out: SyncOutcome): boolean {
    const key = entryKey(mine.id);
    let stored: string | null;
    try {
      stored = this.storage.getItem(key);
    } catch (e) {
      out.error ??= (e as Error).message;
      return false;
    }
    let toWrite = mine;
    // The version this write is made from, and the other tab's writes it includes.
    let from = k?.saved;
    let theirSeen: Seen | undefined;
    if (stored !== null && stored !== k?.text) {
      const theirs = parseEntry(mine.id, stored, this.parse, this.knownRegion);
      if (theirs.ok && k) {
        // Another tab saved this scenario since this tab last read it: merge, this (later) write wins conflicts.
        const rebased = this.rebased(theirs.entry);
        toWrite = this.merged(k.saved, mine, rebased) ?? mine;
        from = rebased;
        theirSeen = theirs.entry.seen;
      } else if (!theirs.ok) {
        const copy = setAside(this.storage, mine.id, stored, this.now());
        if (!copy.ok) {
          this.locked.add(mine.id);
          out.notices.push({ kind: "locked", key });
          return true;
        }
      }
    }
    const created = k?.created ?? this.nextCreated();
    const n = this.writes + 1;
    const seen = joinSeen(k?.seen, theirSeen, this.written.mark, n);
    const w = writeEntry(this.storage, toWrite, created, seen);
    if (!w.ok) {
      out.error ??= w.error;
      return false;
    }
    this.writes = n;
    this.written.record(mine.id, n, from?.scenario ?? {}, toWrite.scenario);
    const changed = changedFields(k?.saved.scenario ?? {}, toWrite.scenario);
    if (k) {
      const set = this.touched.get(mine.id) ?? new Set<string>();
      for (const f of changed) set.add(f);
      this.touched.set(mine.id, set);
    }
    this.known.set(mine.id, { saved: toWrite, created, text: w.text, seen });
    if (toWrite !== mine) out.upsert.push(toWrite);
    return true;
  }

  /** Another tab changed `key` (a storage event): what this tab's library should become. */
  receive(key: string | null, newValue: string | null, current: readonly SavedScenario[]): SyncOutcome {
    const out = empty();
    const id = key === null ? undefined : idOfKey(key);
    if (id === undefined || this.locked.has(id)) return out;
    const k = this.known.get(id);
    if (newValue !== null && newValue === k?.text) return out;
    // An event older than the key: this tab has written it since (a write reaches other processes'
    // copies late). That write stands; the tab whose version it replaced puts its fields back when it
    // hears of it. Another tab's newer write brings an event of its own.
    const now = this.read(entryKey(id));
    if (now !== undefined && now !== newValue) return out;
    const mine = current.find((s) => s.id === id);
    const pending = mine !== undefined && (k === undefined || !sameScenario(k.saved, mine));
    if (newValue === null) {
      // Deleted in the other tab. An unsaved edit here keeps it (it is written again on the next save).
      if (!k) return out;
      this.known.delete(id);
      this.touched.delete(id);
      this.written.forget(id);
      if (mine && !pending) {
        out.remove.push(id);
        out.notices.push({ kind: "deleted", name: mine.scenario.name });
      }
      return out;
    }
    const theirs = parseEntry(id, newValue, this.parse, this.knownRegion);
    if (!theirs.ok) return out; // unreadable: left for the next load (or save) to copy aside
    const entry = theirs.entry;
    this.lastCreated = Math.max(this.lastCreated, entry.created);
    if (!mine) {
      if (k) return out; // deleted here, not yet saved: the deletion is written on the next save
      this.known.set(id, { saved: entry.saved, created: entry.created, text: newValue, seen: entry.seen });
      out.upsert.push(entry.saved);
      return out;
    }
    // The other tab's version, with this tab's fields it has not seen put back (written by the next save).
    const onTop = this.rebased(entry);
    if (!pending && k) {
      const overwritten = changedFields(k.saved.scenario, onTop.scenario);
      const mineTouched = this.touched.get(id);
      for (const f of overwritten) {
        if (!mineTouched?.delete(f)) continue;
        out.notices.push({ kind: "conflict", name: entry.saved.scenario.name, field: fieldName(f) });
      }
      this.known.set(id, { saved: entry.saved, created: entry.created, text: newValue, seen: entry.seen });
      out.upsert.push(onTop);
      return out;
    }
    // Unsaved edits here: keep them on top of the other tab's; the next save writes the merge.
    const merged = k ? this.merged(k.saved, mine, onTop) : undefined;
    this.known.set(id, { saved: entry.saved, created: entry.created, text: newValue, seen: entry.seen });
    if (merged && !sameScenario(merged, mine)) out.upsert.push(merged);
    return out;
  }

  /** Another tab's version with this tab's fields it has not seen put back (itself when it has them all). */
  private rebased(entry: StoredEntry): SavedScenario {
    const id = entry.saved.id;
    // A version this tab wrote (its mark comes first) says nothing of what other tabs have seen.
    if (entry.seen && Object.keys(entry.seen)[0] === this.written.mark) return entry.saved;
    const raw = this.written.rebase(id, entry.saved.scenario, entry.seen);
    if (!raw) return entry.saved;
    const parsed = this.parse(raw);
    // This tab's fields and the other's can combine into an invalid scenario (rare): the other's stands.
    return parsed.ok ? { ...entry.saved, scenario: parsed.value } : entry.saved;
  }

  /** The key's value as this tab's copy holds it (the event's own value when it cannot be read). */
  private read(key: string): string | null | undefined {
    try {
      return this.storage.getItem(key);
    } catch {
      return undefined;
    }
  }

  private merged(base: SavedScenario, ours: SavedScenario, theirs: SavedScenario): SavedScenario | undefined {
    const m = mergeFields(base.scenario, ours.scenario, theirs.scenario);
    const parsed = this.parse(m.value);
    // Two valid edits can combine into an invalid scenario (rare): then this tab's version stands whole.
    if (!parsed.ok) return undefined;
    return { ...ours, scenario: parsed.value };
  }

  private nextCreated(): number {
    this.lastCreated = Math.max(this.now(), this.lastCreated + 1);
    return this.lastCreated;
  }
}
