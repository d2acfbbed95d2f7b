import { useEffect, useState } from "react";

/**
 * The value once it has stopped changing for `ms`: panels that explain a scenario (plan and
 * outcome, consistency checks) follow a slider drag when it pauses, not at every step, so that
 * the drag's frames are left to the targets and charts.
 */
export function useSettled<T>(value: T, ms = 200): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(value, settled)) return;
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, settled, ms]);
  return settled;
}
