/**
 * Fills a level path from yearly growth and fixed levels. After a fixed year the
 * path compounds forward; before the first fixed year it is discounted backward
 * (X[t-1] = X[t] / (1 + g[t])). With no fixed level, X[0] = 100 (an index).
 * Returns the index of the last fixed year (0 for an index path).
 */
export function fillLevelPath(growth: Float64Array, fixed: Float64Array, out: Float64Array): number {
  const n = out.length;
  let first = -1;
  let last = -1;
  for (let i = 0; i < n; i++) {
    if (!Number.isNaN(fixed[i]!)) {
      if (first < 0) first = i;
      last = i;
    }
  }
  if (first < 0) {
    out[0] = 100;
    first = 0;
    last = 0;
  } else {
    out[first] = fixed[first]!;
  }
  for (let i = first - 1; i >= 0; i--) out[i] = out[i + 1]! / (1 + growth[i + 1]!);
  for (let i = first + 1; i < n; i++) {
    const f = fixed[i]!;
    out[i] = Number.isNaN(f) ? out[i - 1]! * (1 + growth[i]!) : f;
  }
  return last;
}

/** Effective growth of a level path: X[t] / X[t-1] − 1 (index 0 is NaN). */
export function effectiveGrowth(levels: Float64Array, out: Float64Array): void {
  out[0] = NaN;
  for (let i = 1; i < levels.length; i++) out[i] = levels[i]! / levels[i - 1]! - 1;
}
