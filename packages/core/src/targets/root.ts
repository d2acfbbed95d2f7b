import type { ModelInput } from "../model/types.js";
import { isMet } from "./measure.js";
import type { Solution, TargetSpec } from "./types.js";

export type Better = "higher" | "lower";

const betterCache = new WeakMap<ModelInput, Map<string, Better>>();

/** Which side of a target is better for an indicator, looked up once per resolved input. */
export function betterOf(input: ModelInput, id: string): Better {
  let map = betterCache.get(input);
  if (!map) betterCache.set(input, (map = new Map(input.indicators.map((d) => [d.id, d.better]))));
  return map.get(id) ?? "higher";
}

/**
 * A required-rate problem: the measured value F(r) when the free years all grow at
 * the constant rate r, non-decreasing in r over the allowed rates [lo, hi].
 */
export interface Problem {
  F: (r: number) => number;
  /** Closed-form inverse of F, where one exists. */
  exact?: (value: number) => number;
  lo: number;
  hi: number;
  /** The years the rate applies to. */
  from: number;
  to: number;
}

/**
 * The answer to a problem for a target: "alreadyMet" when every allowed rate meets it
 * and so does the scenario, "unreachable" when no allowed rate does, else the rate
 * that reaches the target value (or the nearest end of the range that meets it).
 * Since F is monotone and each comparator's met values form an interval, testing the
 * two ends of the range decides the first two answers.
 */
export function answer(p: Problem, t: TargetSpec, better: Better, currentMet: boolean): Solution {
  const T = t.value;
  const fLo = p.F(p.lo);
  const fHi = p.F(p.hi);
  const metLo = isMet(t.comparator, fLo, T, t.tolerance, better);
  const metHi = isMet(t.comparator, fHi, T, t.tolerance, better);
  if (metLo && metHi && currentMet) return { status: "alreadyMet", reason: "metAtAnyRate" };
  if (!metLo && !metHi) {
    // "about" can still be met strictly inside the range; the others cannot.
    const inside = t.comparator === "about" && fLo < T && fHi > T;
    if (!inside) {
      // Linked growth can leave the rate domain (buoyancy × nominal growth above +1000 %):
      // the scenario as it stands meets the target though no allowed constant rate would.
      if (currentMet) return { status: "alreadyMet", reason: "metByScenario" };
      if (!(fHi >= T)) return { status: "unreachable", reason: "tooFast" };
      return { status: "unreachable", reason: "noRateReaches" };
    }
  }
  if (!(fLo <= T)) return solved(p.lo, p);
  if (!(fHi >= T)) return solved(p.hi, p);
  // Met below the target value: keep the root on that side.
  const atMost = t.comparator === "atMost" || (t.comparator === "about" && better === "lower");
  if (p.exact) {
    const r = Math.min(p.hi, Math.max(p.lo, p.exact(T)));
    if (isMet(t.comparator, p.F(r), T, t.tolerance, better)) return solved(r, p);
  }
  return solved(illinois(p, T, fLo, fHi, atMost), p);
}

/** Rates tried in turn to narrow the root's bracket: most required rates lie between 0 and 50 %. */
const BRACKET = [0, 0.1, 0.25, 0.5, 1, 2.5];

function solved(rate: number, p: Problem): Solution {
  return { status: "solved", rate, from: p.from, to: p.to };
}

/**
 * Root of F(r) = T in [lo, hi] by the Illinois method (regula falsi that halves a stale
 * end's weight): a few evaluations instead of bisection's fifty. The bracket is kept,
 * so the answer is on the side that meets the target: above it, or below for `atMost`.
 */
function illinois(p: Problem, T: number, fLo0: number, fHi0: number, atMost: boolean): number {
  const tol = 1e-12 * Math.max(1, Math.abs(T));
  let lo = p.lo;
  let hi = p.hi;
  let fLo = fLo0 - T;
  let fHi = fHi0 - T;
  // Narrow the bracket on a few plain rates first: F is steep (a power of 1 + r) over
  // (−100 %, +1000 %], and regula falsi crawls on such a wide, curved bracket.
  for (const r of BRACKET) {
    if (!(r > lo && r < hi)) continue;
    const f = p.F(r) - T;
    if (f >= 0) {
      hi = r;
      fHi = f;
      break;
    }
    lo = r;
    fLo = f;
  }
  // Weighted values drive the secant; fLo and fHi stay the true residuals.
  let wLo = fLo;
  let wHi = fHi;
  let side = 0;
  for (let iter = 0; iter < 200; iter++) {
    if (!atMost && fHi <= tol) break;
    if (atMost && -fLo <= tol) break;
    if (hi - lo <= 1e-15 * Math.max(1, Math.abs(hi))) break;
    let g = (lo * wHi - hi * wLo) / (wHi - wLo);
    if (!(g > lo && g < hi)) g = (lo + hi) / 2;
    const fg = p.F(g) - T;
    if (fg >= 0) {
      hi = g;
      fHi = wHi = fg;
      if (side === 1) wLo /= 2;
      side = 1;
    } else {
      lo = g;
      fLo = wLo = fg;
      if (side === -1) wHi /= 2;
      side = -1;
    }
  }
  return atMost ? lo : hi;
}
