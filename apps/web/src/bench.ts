import { flushSync } from "react-dom";

/**
 * `?bench` in the address turns on the measurement hook used by bench/bench.mjs:
 * slider input is committed synchronously (flushSync), so that the time around a
 * dispatched input event is exactly the script work up to React's commit.
 * Without `?bench` nothing here is active.
 */
export const BENCH = typeof location !== "undefined" && new URLSearchParams(location.search).has("bench");

export function inputCommitter<A>(dispatch: (a: A) => void): (a: A) => void {
  return BENCH ? (a) => flushSync(() => dispatch(a)) : dispatch;
}

export function announceBenchReady(): void {
  if (BENCH) (window as unknown as { __lotrinhBench?: { ready: boolean } }).__lotrinhBench = { ready: true };
}
