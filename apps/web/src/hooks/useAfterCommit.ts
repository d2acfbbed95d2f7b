import { startTransition, useEffect, useState } from "react";

/**
 * `value`, one render late: a change shows first where the value is used directly, and here in
 * a transition right after that commit. The editor's probabilities (a few cells) thus reach the
 * screen before the charts redraw their fan bands from the same run.
 */
export function useAfterCommit<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    startTransition(() => setShown(value));
  }, [value]);
  return shown;
}
