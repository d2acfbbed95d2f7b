import type { RegionId } from "@lotrinh/core";
import type { History, Library, SavedScenario } from "./types";
import type { SyncOutcome } from "./tabSync";

/** Another tab's saves, or a merge of them with this tab's edits, brought into this tab's library. */
export interface StorageSyncAction {
  type: "syncStorage";
  upsert: readonly SavedScenario[];
  remove: readonly string[];
}

function applyTo(lib: Library, upsert: ReadonlyMap<string, SavedScenario>, replaceable: (old: SavedScenario) => boolean, remove: ReadonlySet<string>): Library {
  let changed = false;
  const seen = new Set<string>();
  const user: SavedScenario[] = [];
  for (const s of lib.user) {
    seen.add(s.id);
    if (remove.has(s.id)) {
      changed = true;
      continue;
    }
    const next = upsert.get(s.id);
    if (next && next !== s && replaceable(s)) {
      changed = true;
      user.push(next);
    } else user.push(s);
  }
  for (const [id, s] of upsert)
    if (!seen.has(id)) {
      changed = true;
      user.push(s);
    }
  if (!changed) return lib;
  let active = lib.active;
  for (const [region, id] of Object.entries(lib.active)) {
    const gone = id !== undefined && remove.has(id) ? lib.user.find((u) => u.id === id) : undefined;
    if (gone) active = { ...active, [region as RegionId]: gone.baseId };
  }
  return { user, active };
}

/**
 * Applies a sync to the present, without an undo step, and to the undo and redo
 * steps too: undoing an edit of this tab must not delete another tab's new scenario
 * or bring back one it deleted. An older version of a changed scenario in an undo
 * step is replaced only where it was still the version the present had.
 */
export function applyStorageSync(h: History, action: StorageSyncAction): History {
  const upsert = new Map(action.upsert.map((s) => [s.id, s]));
  const remove = new Set(action.remove);
  const before = new Map(h.present.user.map((s) => [s.id, s]));
  const present = applyTo(h.present, upsert, () => true, remove);
  if (present === h.present) return h;
  const sameAsPresent = (old: SavedScenario) => before.get(old.id) === old;
  return {
    ...h,
    past: h.past.map((l) => applyTo(l, upsert, sameAsPresent, remove)),
    present,
    future: h.future.map((l) => applyTo(l, upsert, sameAsPresent, remove)),
    lastKey: undefined,
    lastAt: undefined,
  };
}

/**
 * The user's scenarios once a sync outcome is applied, as `applyStorageSync` applies it to the
 * present: the next save or storage event starts from them, even before the screen has them.
 */
export function afterOutcome(saved: readonly SavedScenario[], out: Pick<SyncOutcome, "upsert" | "remove">): readonly SavedScenario[] {
  if (out.upsert.length === 0 && out.remove.length === 0) return saved;
  const upsert = new Map(out.upsert.map((s) => [s.id, s]));
  return applyTo({ user: [...saved], active: {} }, upsert, () => true, new Set(out.remove)).user;
}
