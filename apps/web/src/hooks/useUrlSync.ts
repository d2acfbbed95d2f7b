import { useCallback, useEffect, useRef } from "react";
import type { AppState } from "../state/types";
import { formatHash } from "../state/url";
import { linkOf } from "../state/link";
import { AddressWriter } from "../state/addressWriter";
import type { View } from "../state/types";
import { noteReloadAddress } from "../state/reloadAddress";

/**
 * The address is written once edits pause for this long (and at least every
 * MAX_WAIT_MS during a long drag). A drag fires ~60 inputs a second: Chrome throttles,
 * then ignores, history.replaceState floods (the final state could be lost), and each
 * call costs milliseconds of main-thread time that would compete with the frames.
 */
const QUIET_MS = 250;
const MAX_WAIT_MS = 2000;

function hashOf(state: AppState): string | undefined {
  const bundle = state.bundles[state.regionId];
  if (!bundle) return undefined;
  return formatHash(linkOf(bundle, state.history.present, { lang: state.lang, view: state.view, compare: state.compare }));
}

/**
 * Keeps the address bar's fragment equal to what is on screen (replaceState: no
 * history entry per keystroke), and reports fragments the user pastes or edits.
 * Returns `flush`, which writes the address now (before copying the link).
 */
export function useUrlSync(
  state: AppState,
  onExternalHash: (hash: string) => void,
  onHistoryView?: (view: View) => void,
): () => void {
  const latest = useRef(state);
  latest.current = state;
  const handler = useRef(onExternalHash);
  handler.current = onExternalHash;
  const viewHandler = useRef(onHistoryView);
  viewHandler.current = onHistoryView;
  const writer = useRef<AddressWriter | null>(null);
  writer.current ??= new AddressWriter(window, {
    view: (v) => (viewHandler.current ? viewHandler.current(v) : handler.current(window.location.hash)),
    link: (hash) => handler.current(hash),
  });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pendingSince = useRef<number | undefined>(undefined);

  /** Writes the address now; returns what it wrote. */
  const flush = useCallback((): string | undefined => {
    clearTimeout(timer.current);
    timer.current = undefined;
    pendingSince.current = undefined;
    const hash = hashOf(latest.current);
    return hash === undefined ? undefined : writer.current!.write(hash, latest.current.view);
  }, []);

  const { bundles, regionId, history, lang, view, compare } = state;
  const first = useRef(true);
  useEffect(() => {
    const writtenView = writer.current!.view;
    if (first.current) {
      first.current = false;
      flush(); // normalise the address at once (a bad link shows the plan's address)
    } else if (writtenView !== undefined && writtenView !== view) {
      // A change of view is one click, not a drag: its history entry is written at once, so that
      // a second view opened within the quiet time still gets Back to the first.
      flush();
    } else {
      const now = performance.now();
      pendingSince.current ??= now;
      clearTimeout(timer.current);
      const wait = Math.max(0, Math.min(QUIET_MS, pendingSince.current + MAX_WAIT_MS - now));
      timer.current = setTimeout(flush, wait);
    }
  }, [bundles, regionId, history.present, lang, view, compare, flush]);

  useEffect(() => {
    const onHash = () => void writer.current!.takeExternal();
    // Leaving (or reloading): the address as it should be now, for a reload of this tab.
    const onHide = () => {
      const hash = flush();
      if (hash !== undefined) noteReloadAddress(hash);
    };
    window.addEventListener("hashchange", onHash);
    window.addEventListener("pagehide", onHide);
    return () => {
      window.removeEventListener("hashchange", onHash);
      window.removeEventListener("pagehide", onHide);
      clearTimeout(timer.current);
    };
  }, [flush]);

  return flush;
}
