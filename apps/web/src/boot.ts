import type { AppState, Library } from "./state/types";
import type { Notice } from "./state/notices";
import { parseHash } from "./state/url";
import { resolveLink } from "./state/link";
import { loadSaved, STORAGE_KEY, type StorageLike } from "./state/storage";
import { loadValidation } from "./state/lazyValidation";
import { initHistory } from "./state/history";
import { defaultCompare, defaultReport } from "./state/reducer";
import { newUserId } from "./state/ids";
import { DEFAULT_REGION, loadBundle } from "./regions";
import { prepareLang } from "./i18n/strings";

export interface Boot {
  state: AppState;
  notices: Notice[];
  storage: StorageLike | undefined;
  /** Saving is off when damaged saved data could not be backed up. */
  readOnly: boolean;
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
  const parsed = parseHash(window.location.hash);
  if (!parsed.ok) notices.push({ tone: "error", key: "badLink", params: { error: parsed.error } });
  const link = parsed.link;
  const storage = browserStorage();
  let stored: string | null = null;
  try {
    stored = storage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    stored = null;
  }
  const regionId = link.region ?? DEFAULT_REGION;
  const needsValidation = stored !== null || link.diff !== undefined;
  const [bundle, validation] = await Promise.all([
    loadBundle(regionId),
    needsValidation ? loadValidation() : undefined,
    prepareLang(link.lang ?? "vi"),
  ]);

  let readOnly = storage === undefined;
  const library: Library = { user: [], active: {} };
  if (storage && validation) {
    const loaded = loadSaved(storage, validation.parseScenario, Date.now());
    library.user = loaded.saved;
    readOnly = loaded.readOnly;
    if (loaded.problem?.backupKey)
      notices.push({
        tone: "error",
        key: "storageCorrupt",
        params: { count: loaded.problem.count, error: loaded.problem.error, key: loaded.problem.backupKey },
      });
    else if (loaded.readOnly) notices.push({ tone: "error", key: "storageReadOnly" });
  }

  const outcome = await resolveLink(link, bundle, library, validation, newUserId);
  notices.push(...outcome.notices);
  if (outcome.add) library.user = [...library.user, outcome.add];
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
  return { state, notices, storage, readOnly };
}
