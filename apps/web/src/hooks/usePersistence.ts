import { useCallback, useEffect, useRef } from "react";
import type { SavedScenario } from "../state/types";
import type { StorageSession } from "../state/storageSession";
import type { SyncOutcome } from "../state/tabSync";
import { afterOutcome } from "../state/syncActions";

const SAVE_DELAY_MS = 300;

/**
 * Saves the user's scenarios to browser storage shortly after they change (a
 * slider drag writes once), and at once when the page is hidden or closed. Other
 * tabs' saves arrive as `storage` events and are merged in (`onOutcome` applies
 * them). Nothing is written while the session is read-only. Returns `saveNow`,
 * which writes at once and says whether it worked.
 */
export function usePersistence(
  saved: readonly SavedScenario[],
  session: StorageSession | undefined,
  onOutcome: (outcome: SyncOutcome) => void,
): (next: readonly SavedScenario[]) => Promise<{ ok: true } | { ok: false; error: string }> {
  const latest = useRef(saved);
  latest.current = saved;
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const failed = useRef(false);
  const onOutcomeRef = useRef(onOutcome);
  onOutcomeRef.current = onOutcome;
  const writable = session && !session.readOnly ? session : undefined;

  const report = useCallback((out: SyncOutcome) => {
    // A save or a storage event may come before the screen shows this outcome: they start from it.
    latest.current = afterOutcome(latest.current, out);
    if (out.error !== undefined) {
      // One message for a full storage, not one per keystroke.
      if (failed.current) out = { ...out, error: undefined };
      failed.current = true;
    } else failed.current = false;
    if (out.upsert.length || out.remove.length || out.notices.length || out.error !== undefined) onOutcomeRef.current(out);
  }, []);

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const sync = writable?.ready();
    if (!sync) {
      if (writable) writable.get().then(() => flush(), (e: Error) => report({ upsert: [], remove: [], notices: [], error: e.message }));
      return;
    }
    if (sync.isSaved(latest.current)) return;
    report(sync.save(latest.current));
  }, [writable, report]);

  useEffect(() => {
    if (!writable) return;
    writable.get().catch(() => undefined); // have it ready before the first edit
    const onVisibility = () => document.visibilityState === "hidden" && flush();
    const onStorage = (e: StorageEvent) => {
      if (e.storageArea !== writable.storage) return;
      const sync = writable.ready();
      if (sync) report(sync.receive(e.key, e.newValue, latest.current));
      else writable.get().then((s) => report(s.receive(e.key, e.newValue, latest.current)));
    };
    window.addEventListener("pagehide", flush);
    window.addEventListener("storage", onStorage);
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      window.removeEventListener("pagehide", flush);
      window.removeEventListener("storage", onStorage);
      document.removeEventListener("visibilitychange", onVisibility);
      flush();
    };
  }, [writable, flush, report]);

  useEffect(() => {
    if (writable && timer.current === undefined) timer.current = setTimeout(flush, SAVE_DELAY_MS);
  }, [saved, writable, flush]);

  return useCallback(
    async (next: readonly SavedScenario[]) => {
      if (!writable) return { ok: false as const, error: session ? "read-only" : "no browser storage" };
      const sync = await writable.get();
      const out = sync.save(next);
      report({ ...out, error: undefined });
      if (out.error !== undefined) return { ok: false as const, error: out.error };
      return sync.isSaved(next) ? { ok: true as const } : { ok: false as const, error: "not written" };
    },
    [writable, session, report],
  );
}
