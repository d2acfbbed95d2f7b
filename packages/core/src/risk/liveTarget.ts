import type { ProjectedSeries } from "../model/types.js";
import type { TargetSpec } from "../targets/types.js";
import { averageOf } from "./block.js";

/**
 * A target a Monte Carlo run judges path by path, and the test of "met or exceeded" on a block of
 * paths: the same answers as `verdictOf` (targets/verdict.ts) without its strings.
 */
export interface LiveTarget {
  target: TargetSpec;
  series: { kind: ProjectedSeries["kind"]; values: Float64Array; growth: Float64Array };
  /** verdictOf's test for "met or exceeded", its constants worked out once (see `metOrExceeded`). */
  comparator: number;
  eps: number;
  band: number;
  aboveIsBetter: boolean;
  /** The block's measured values: measured[at + q] for path q (a level or a rate of one year is read where the series holds it). */
  measured: Float64Array;
  at: number;
  /** Whether `measured` must be filled by measureBlock (false: it is the series itself). */
  copy: boolean;
  index: number;
  /** Average growth targets (`measured` holds products, see measureBlock): 1/m, else 0. */
  power: number;
  /** Products in [sureMetFrom, sureMetTo) surely meet the target, those below sureMissBelow or above sureMissAbove surely miss it; the root decides the rest. */
  sureMetFrom: number;
  sureMetTo: number;
  sureMissBelow: number;
  sureMissAbove: number;
}

export const AT_LEAST = 0;
export const AT_MOST = 1;
export const ABOUT = 2;

/**
 * `verdictOf(…)` is "met" or "exceeded" (targets/verdict.ts), without its strings: a finite value
 * at least the target less the float slack (atLeast), at most the target plus it (atMost), or
 * within the tolerance band or beyond it on the better side (about). The σ = 0 property test
 * pins the two to the same answers.
 */
function metOrExceeded(l: LiveTarget, diff: number): boolean {
  if (diff - diff !== 0) return false;
  if (l.comparator === AT_LEAST) return diff >= -l.eps;
  if (l.comparator === AT_MOST) return diff <= l.eps;
  return Math.abs(diff) <= l.band || diff > 0 === l.aboveIsBetter;
}

/**
 * For an average growth target, the products that surely meet or miss it. At least: the average is
 * met from 1 + target − slack, that is from the product B = (1 + target − slack)^m; a product beyond
 * B by a relative 1e-9 has an average beyond it by about 1e-10, far above the root's rounding (1e-16),
 * so the root would say the same. At most: mirrored, from 0 (a negative product has no root). About:
 * the root decides every path.
 */
export function sureBounds(comparator: number, target: number, eps: number, power: number) {
  const none = { sureMetFrom: Infinity, sureMetTo: -Infinity, sureMissBelow: -Infinity, sureMissAbove: Infinity };
  if (power === 0 || comparator === ABOUT) return none;
  const m = Math.round(1 / power);
  const edge = comparator === AT_LEAST ? 1 + target - eps : 1 + target + eps;
  if (!(edge > 0 && Number.isFinite(edge))) return none;
  const b = Math.pow(edge, m);
  if (!(b > 0 && b < Infinity)) return none;
  return comparator === AT_LEAST
    ? { sureMetFrom: b * (1 + 1e-9), sureMetTo: Infinity, sureMissBelow: b * (1 - 1e-9), sureMissAbove: Infinity }
    : { sureMetFrom: 0, sureMetTo: b * (1 - 1e-9), sureMissBelow: -Infinity, sureMissAbove: b * (1 + 1e-9) };
}

/** Paths of the block whose measured value meets or exceeds the target (metOrExceeded, one loop per comparator). */
export function countMet(l: LiveTarget, measured: Float64Array, at: number, count: number, target: number): number {
  let met = 0;
  if (l.power > 0) {
    const { sureMetFrom, sureMetTo, sureMissBelow, sureMissAbove, power } = l;
    for (let q = at; q < at + count; q++) {
      const x = measured[q]!;
      if (x >= sureMetFrom && x < sureMetTo) met++;
      else if (!(x < sureMissBelow || x > sureMissAbove) && metOrExceeded(l, averageOf(x, power) - target)) met++;
    }
    return met;
  }
  if (l.comparator === AT_LEAST) {
    const eps = l.eps;
    for (let q = at; q < at + count; q++) {
      const diff = measured[q]! - target;
      if (diff - diff === 0 && diff >= -eps) met++;
    }
    return met;
  }
  for (let q = at; q < at + count; q++) if (metOrExceeded(l, measured[q]! - target)) met++;
  return met;
}

