import { useCallback, useEffect, useRef } from "react";
import type { AppState } from "../state/types";
import { formatHash } from "../state/url";
import { linkOf } from "../state/link";

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
export function useUrlSync(state: AppState, onExternalHash: (hash: string) => void): () => void {
  const latest = useRef(state);
  latest.current = state;
  const written = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pendingSince = useRef<number | undefined>(undefined);

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    pendingSince.current = undefined;
    const hash = hashOf(latest.current);
    if (hash === undefined) return;
    written.current = hash;
    if (window.location.hash !== hash) window.history.replaceState(window.history.state, "", hash);
  }, []);

  const { bundles, regionId, history, lang, view, compare } = state;
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      flush(); // normalise the address at once (a bad link shows the plan's address)
    } else {
      const now = performance.now();
      pendingSince.current ??= now;
      clearTimeout(timer.current);
      const wait = Math.max(0, Math.min(QUIET_MS, pendingSince.current + MAX_WAIT_MS - now));
      timer.current = setTimeout(flush, wait);
    }
  }, [bundles, regionId, history.present, lang, view, compare, flush]);

  const handler = useRef(onExternalHash);
  handler.current = onExternalHash;
  useEffect(() => {
    const onHash = () => {
      if (window.location.hash !== written.current) handler.current(window.location.hash);
    };
    window.addEventListener("hashchange", onHash);
    window.addEventListener("pagehide", flush);
    return () => {
      window.removeEventListener("hashchange", onHash);
      window.removeEventListener("pagehide", flush);
      clearTimeout(timer.current);
    };
  }, [flush]);

  return flush;
}
