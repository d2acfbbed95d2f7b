import type { Comparator, Verdict } from "./types.js";
import { slack } from "./slack.js";

/**
 * Three-way verdict (DESIGN section 1, comparators): `atLeast` is exceeded strictly
 * above the target, met at it (within 1e-9 relative), missed below; `atMost` is the
 * mirror image; `about` is met within its tolerance, exceeded beyond it on the
 * indicator's better side, missed on the other.
 */
export function verdictOf(
  comparator: Comparator,
  projected: number,
  target: number,
  tolerance = 0,
  better: "higher" | "lower" = "higher",
): Verdict {
  if (!Number.isFinite(projected)) return "undefined";
  const eps = slack(target);
  const diff = projected - target;
  switch (comparator) {
    case "atLeast":
      return diff > eps ? "exceeded" : diff >= -eps ? "met" : "missed";
    case "atMost":
      return diff < -eps ? "exceeded" : diff <= eps ? "met" : "missed";
    case "about": {
      if (Math.abs(diff) <= tolerance * Math.abs(target) + eps) return "met";
      const aboveIsBetter = better === "higher";
      return diff > 0 === aboveIsBetter ? "exceeded" : "missed";
    }
  }
}

export function isMetVerdict(v: Verdict): boolean | null {
  if (v === "exceeded" || v === "met") return true;
  if (v === "missed") return false;
  return null;
}
