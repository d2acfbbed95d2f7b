/**
 * The address a reload should open. The app writes the address a moment after edits pause
 * (useUrlSync), so a reload right after an edit would load the address from before it: the
 * scenario in it, older than the saved one, would then open as a second copy. On page hide the
 * tab notes the address it should have had (sessionStorage survives a reload of the same tab,
 * and no other tab sees it); a reload opens that one. Any other way in reads the address bar.
 */
export const RELOAD_ADDRESS_KEY = "lotrinh.reloadAddress";

interface SessionLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

function session(): SessionLike | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

/** Notes the up-to-date address for a reload of this tab (called on page hide). */
export function noteReloadAddress(hash: string, store: SessionLike | undefined = session()): void {
  try {
    store?.setItem(RELOAD_ADDRESS_KEY, hash);
  } catch {
    // Storage full or disabled: a reload then reads the address bar, as without this note.
  }
}

/**
 * The fragment to start from: the noted one when this load is a reload of the tab that noted it
 * (and it differs from the address bar, which is then corrected), else the address bar's. The
 * note is used once.
 */
export function startAddress(
  current: string,
  navigationType: string | undefined,
  store: SessionLike | undefined = session(),
  replace: (hash: string) => void = (hash) => window.history.replaceState(window.history.state, "", hash),
): string {
  let noted: string | null = null;
  try {
    noted = store?.getItem(RELOAD_ADDRESS_KEY) ?? null;
    store?.removeItem(RELOAD_ADDRESS_KEY);
  } catch {
    return current;
  }
  if (navigationType !== "reload" || noted === null || noted === current || !noted.startsWith("#")) return current;
  replace(noted);
  return noted;
}

/** The current page load's navigation type ("navigate", "reload", "back_forward"), where the browser says. */
export function navigationType(): string | undefined {
  try {
    const entry = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
    return entry?.type;
  } catch {
    return undefined;
  }
}
