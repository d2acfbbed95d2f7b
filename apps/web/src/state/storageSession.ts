import type { SavedScenario } from "./types";
import type { Notice } from "./notices";
import type { LoadResult } from "./storageLoad";
import { entryKeys, LEGACY_KEY, type StorageLike } from "./storage";
import type { SyncNotice, TabSync } from "./tabSync";
import { loadValidation } from "./lazyValidation";
import { knownRegion } from "../regions/store";

/**
 * The browser storage of one tab: the loaded library's starting point and the
 * TabSync that saves it, created when the validation module is there (at once when
 * something was saved or a link carries a scenario, else on first use).
 */
export class StorageSession {
  private sync: TabSync | undefined;
  private pending: Promise<TabSync> | undefined;

  constructor(
    readonly storage: StorageLike,
    readonly readOnly: boolean,
    private readonly loaded: Pick<LoadResult, "entries" | "locked">,
    sync?: TabSync,
  ) {
    this.sync = sync;
  }

  /** The sync if it is ready (saving on page hide must be synchronous). */
  ready(): TabSync | undefined {
    return this.sync;
  }

  get(): Promise<TabSync> {
    if (this.sync) return Promise.resolve(this.sync);
    this.pending ??= loadValidation().then((v) => (this.sync ??= new v.TabSync(this.storage, v.parseScenario, this.loaded, undefined, knownRegion)));
    return this.pending;
  }
}

/** True when the browser holds saved scenarios (in either format): their validation is needed at startup. */
export function hasSavedData(storage: StorageLike): boolean {
  try {
    return storage.getItem(LEGACY_KEY) !== null || entryKeys(storage).length > 0;
  } catch {
    return false;
  }
}

/** Saves `saved` at once (a scenario opened from a link): the notice says saved only when it is. */
export function saveNow(sync: TabSync, saved: readonly SavedScenario[]): { ok: true } | { ok: false; error: string } {
  const out = sync.save(saved);
  if (out.error !== undefined) return { ok: false, error: out.error };
  if (!sync.isSaved(saved)) return { ok: false, error: "not written" };
  return { ok: true };
}

export function syncNotice(n: SyncNotice): Notice {
  if (n.kind === "conflict") return { tone: "info", key: "tabConflict", params: { name: n.name, field: n.field } };
  if (n.kind === "deleted") return { tone: "info", key: "tabDeleted", params: { name: n.name } };
  return { tone: "error", key: "storageEntryLocked", params: { key: n.key } };
}
