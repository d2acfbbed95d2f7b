import { useEffect, useRef } from "react";
import type { SavedScenario } from "../state/types";
import { saveScenarios, type StorageLike } from "../state/storage";

const SAVE_DELAY_MS = 300;

/**
 * Saves the user's scenarios to browser storage shortly after they change (a
 * slider drag writes once), and at once when the page is hidden or closed.
 * Nothing is written while `readOnly` (damaged data that could not be backed up).
 */
export function usePersistence(
  saved: readonly SavedScenario[],
  storage: StorageLike | undefined,
  readOnly: boolean,
  onError: (error: string) => void,
): void {
  const latest = useRef(saved);
  const written = useRef(saved);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const failed = useRef(false);
  const schedule = useRef<(() => void) | undefined>(undefined);
  const onErrorRef = useRef(onError);
  onErrorRef.current = onError;
  latest.current = saved;

  useEffect(() => {
    if (!storage || readOnly) return;
    const flush = () => {
      clearTimeout(timer.current);
      timer.current = undefined;
      if (latest.current === written.current) return;
      const r = saveScenarios(storage, latest.current);
      if (r.ok) {
        written.current = latest.current;
        failed.current = false;
      } else if (!failed.current) {
        failed.current = true; // one message, not one per keystroke
        onErrorRef.current(r.error);
      }
    };
    const onVisibility = () => document.visibilityState === "hidden" && flush();
    window.addEventListener("pagehide", flush);
    document.addEventListener("visibilitychange", onVisibility);
    schedule.current = () => {
      if (timer.current === undefined) timer.current = setTimeout(flush, SAVE_DELAY_MS);
    };
    return () => {
      window.removeEventListener("pagehide", flush);
      document.removeEventListener("visibilitychange", onVisibility);
      schedule.current = undefined;
      flush();
    };
  }, [storage, readOnly]);

  useEffect(() => {
    if (saved !== written.current) schedule.current?.();
  }, [saved]);
}
