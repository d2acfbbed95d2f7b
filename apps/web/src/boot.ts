import type { AppState, Library } from "./state/types";
import type { LoadResult } from "./state/storageLoad";
import type { Notice } from "./state/notices";
import { parseHash } from "./state/url";
import type { StorageLike } from "./state/storage";
import { hasSavedData, saveNow, StorageSession } from "./state/storageSession";
import { loadValidation } from "./state/lazyValidation";
import { initHistory } from "./state/history";
import { defaultCompare, defaultReport } from "./state/reducer";
import { newUserId } from "./state/ids";
import { loadBundle } from "./regions";
import { bootRegion } from "./regions/bootRegion";
import { knownRegion } from "./regions/store";
import { prepareLang } from "./i18n/strings";
import { linkOpenedNotice, safeResolveLink } from "./state/linkOpen";
import { navigationType, startAddress } from "./state/reloadAddress";

export interface Boot {
  state: AppState;
  notices: Notice[];
  /** Browser storage and what saves to it; undefined when storage is disabled. */
  session: StorageSession | undefined;
}

function browserStorage(): StorageLike | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined; // storage disabled (privacy settings, sandboxed iframe)
  }
}

/**
 * Startup: the link in the address bar, the saved scenarios and the region's data,
 * fetched in parallel. The validation chunk (zod) is fetched only when there is
 * untrusted input to parse: a scenario in the link or saved scenarios.
 */
export async function boot(): Promise<Boot> {
  const notices: Notice[] = [];
  const parsed = parseHash(startAddress(window.location.hash, navigationType()));
  if (!parsed.ok) notices.push({ tone: "error", key: "badLink", params: { error: parsed.error } });
  const link = parsed.link;
  const storage = browserStorage();
  const opened = await bootRegion(link);
  notices.push(...opened.notices);
  const regionId = opened.regionId;
  const needsValidation = (storage !== undefined && hasSavedData(storage)) || link.diff !== undefined;
  const [bundle, validation] = await Promise.all([
    loadBundle(regionId),
    needsValidation ? loadValidation() : undefined,
    prepareLang(link.lang ?? "vi"),
  ]);

  const library: Library = { user: [], active: {} };
  let session: StorageSession | undefined;
  if (storage && validation) {
    const loaded = validation.loadSaved(storage, validation.parseScenario, Date.now(), knownRegion);
    library.user = loaded.saved;
    notices.push(...storageNotices(loaded));
    session = new StorageSession(storage, loaded.readOnly, loaded, loaded.readOnly ? undefined : new validation.TabSync(storage, validation.parseScenario, loaded, undefined, knownRegion));
  } else if (storage) session = new StorageSession(storage, false, { entries: [], locked: [] });

  const outcome = await safeResolveLink(link, bundle, library, validation, newUserId);
  notices.push(...outcome.notices);
  if (outcome.add) {
    library.user = [...library.user, outcome.add];
    // Said to be saved only once it is in storage.
    const sync = session?.ready();
    const saved = sync ? saveNow(sync, library.user) : { ok: false as const, error: session ? "read-only" : "no browser storage" };
    notices.push(linkOpenedNotice(outcome.add.scenario.name, saved));
  }
  library.active = { [regionId]: outcome.select };
  const view = link.view ?? "editor";
  const linked = outcome.compare ?? [];
  const compare =
    view === "compare" && linked.length < 2
      ? defaultCompare(bundle, library)
      : view === "report" && linked.length < 1
        ? defaultReport(bundle)
        : linked;
  const state: AppState = {
    regionId,
    lang: link.lang ?? "vi",
    view,
    compare,
    bundles: { [regionId]: bundle },
    history: initHistory(library),
  };
  return { state, notices, session };
}

function storageNotices(loaded: LoadResult): Notice[] {
  const notices: Notice[] = [];
  const kept = loaded.problems.filter((p) => p.backupKey);
  if (kept.length)
    notices.push({
      tone: "error",
      key: "storageCorrupt",
      params: { count: kept.length, error: kept[0]!.error, key: kept.map((p) => p.backupKey).join(", ") },
    });
  for (const p of loaded.problems) if (!p.backupKey) notices.push({ tone: "error", key: "storageEntryLocked", params: { key: p.what } });
  if (loaded.readOnlyReason === "migration")
    notices.push({ tone: "error", key: "storageMigrationFailed", params: { error: loaded.error ?? "" } });
  else if (loaded.readOnly) notices.push({ tone: "error", key: "storageReadOnly" });
  return notices;
}
