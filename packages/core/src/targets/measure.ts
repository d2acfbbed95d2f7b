import type { ProjectedSeries } from "../model/types.js";
import type { Comparator, TargetSpec } from "./types.js";
import { verdictOf } from "./verdict.js";

/** The value a target compares: a level, a year's rate, the geometric mean growth, or a sum. */
export function measure(s: ProjectedSeries, t: TargetSpec, base: number): number {
  const iy = t.year - base;
  const ia = (t.fromYear ?? t.year) - base;
  switch (t.kind) {
    case "level":
      return s.values[iy]!;
    case "annualRate":
      return s.growth[iy]!;
    case "averageGrowth": {
      // Growth years start at base + 1: an average "over 2020–2025" means 2021–2025.
      const from = Math.max(1, ia);
      let product = 1;
      for (let i = from; i <= iy; i++) product *= 1 + s.growth[i]!;
      return Math.pow(product, 1 / (iy - from + 1)) - 1;
    }
    case "cumulative": {
      let sum = 0;
      for (let i = ia; i <= iy; i++) sum += s.values[i]!;
      return sum;
    }
  }
}

export { slack } from "./slack.js";

/**
 * True when the verdict is met or exceeded (DESIGN section 1): for `about`, a value
 * beyond the tolerance on the indicator's better side counts as met, as "vượt" does.
 */
export function isMet(comparator: Comparator, projected: number, target: number, tolerance = 0, better: "higher" | "lower" = "higher"): boolean {
  const v = verdictOf(comparator, projected, target, tolerance, better);
  return v === "met" || v === "exceeded";
}
