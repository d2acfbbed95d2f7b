import { tickIncrement } from "d3-array";

/**
 * d3-scale's `linear.nice(count)` worked out on a domain [lo, hi] (lo ≤ hi) without building a
 * scale: the same loop and the same numbers, so that a layout can look its axis up by the niced domain.
 */
export function niceDomain(lo: number, hi: number, count: number): [number, number] {
  let start = lo;
  let stop = hi;
  let prestep: number | undefined;
  for (let iter = 0; iter < 10; iter++) {
    const step = tickIncrement(start, stop, count);
    if (step === prestep) return [start, stop];
    if (step > 0) {
      start = Math.floor(start / step) * step;
      stop = Math.ceil(stop / step) * step;
    } else if (step < 0) {
      start = Math.ceil(start * step) / step;
      stop = Math.floor(stop * step) / step;
    } else break;
    prestep = step;
  }
  // No fixed point (or no step): d3 leaves the domain as it was.
  return [lo, hi];
}

const LIMIT = 200;

/**
 * A value made once per key and shared afterwards (scales, ticks, wrapped lines). A slider's
 * move redraws a chart on every key press while its axes and source lines stay the same: they
 * are looked up instead of rebuilt. The values must never be changed by their users.
 */
export function cached<T>(cache: Map<string, T>, key: string, make: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    if (cache.size >= LIMIT) cache.clear();
    value = make();
    cache.set(key, value);
  }
  return value;
}
