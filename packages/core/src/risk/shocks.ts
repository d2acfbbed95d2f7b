import { loops } from "./loops.js";

/**
 * RateDraws' passes over a block for one input and year (draws.ts): path p's draw is
 * normals[from + p · per], its shock goes to cur[p], last year's is prev[p]. Where the engine
 * does not unroll loops itself (loops.ts), each pass takes four paths a turn, then the rest one by
 * one (Node 20, 10,000 paths of the full model: the draws 10 % faster); else one path a turn. The
 * operations on each path are the same either way.
 */

/** The first growth year's shocks: the draws themselves (the chain's stationary law). */
export function firstShocks(cur: Float64Array, normals: Float64Array, from: number, per: number, count: number): void {
  let p = 0;
  let o = from;
  if (loops.unroll)
    for (; p + 3 < count; p += 4, o += 4 * per) {
      cur[p] = normals[o]!;
      cur[p + 1] = normals[o + per]!;
      cur[p + 2] = normals[o + 2 * per]!;
      cur[p + 3] = normals[o + 3 * per]!;
    }
  for (; p < count; p++, o += per) cur[p] = normals[o]!;
}

/** A later year's shocks, AR(1): ρ e₋₁ + √(1−ρ²) z. */
export function nextShocks(
  cur: Float64Array,
  prev: Float64Array,
  normals: Float64Array,
  from: number,
  per: number,
  count: number,
  rho: number,
  innovation: number,
): void {
  let p = 0;
  let o = from;
  if (loops.unroll)
    for (; p + 3 < count; p += 4, o += 4 * per) {
      cur[p] = rho * prev[p]! + innovation * normals[o]!;
      cur[p + 1] = rho * prev[p + 1]! + innovation * normals[o + per]!;
      cur[p + 2] = rho * prev[p + 2]! + innovation * normals[o + 2 * per]!;
      cur[p + 3] = rho * prev[p + 3]! + innovation * normals[o + 3 * per]!;
    }
  for (; p < count; p++, o += per) cur[p] = rho * prev[p]! + innovation * normals[o]!;
}

/** Real growth's draws of the year, kept at zGrowth[at + p] for the deflator's Cholesky row. */
export function keepDraws(zGrowth: Float64Array, at: number, normals: Float64Array, from: number, per: number, count: number): void {
  let p = 0;
  let o = from;
  if (loops.unroll)
    for (; p + 3 < count; p += 4, o += 4 * per) {
      zGrowth[at + p] = normals[o]!;
      zGrowth[at + p + 1] = normals[o + per]!;
      zGrowth[at + p + 2] = normals[o + 2 * per]!;
      zGrowth[at + p + 3] = normals[o + 3 * per]!;
    }
  for (; p < count; p++, o += per) zGrowth[at + p] = normals[o]!;
}

/**
 * The deflator's shocks: its draw z correlated with real growth's, c z_growth + √(1−c²) z, as the
 * first year's shock, or as a later year's innovation.
 */
export function deflatorShocks(
  cur: Float64Array,
  prev: Float64Array,
  zGrowth: Float64Array,
  at: number,
  normals: Float64Array,
  from: number,
  per: number,
  count: number,
  first: boolean,
  rho: number,
  innovation: number,
  corr: number,
  corrRest: number,
): void {
  let p = 0;
  let o = from;
  if (first) {
    if (loops.unroll)
      for (; p + 3 < count; p += 4, o += 4 * per) {
        cur[p] = corr * zGrowth[at + p]! + corrRest * normals[o]!;
        cur[p + 1] = corr * zGrowth[at + p + 1]! + corrRest * normals[o + per]!;
        cur[p + 2] = corr * zGrowth[at + p + 2]! + corrRest * normals[o + 2 * per]!;
        cur[p + 3] = corr * zGrowth[at + p + 3]! + corrRest * normals[o + 3 * per]!;
      }
    for (; p < count; p++, o += per) cur[p] = corr * zGrowth[at + p]! + corrRest * normals[o]!;
    return;
  }
  if (loops.unroll)
    for (; p + 3 < count; p += 4, o += 4 * per) {
      cur[p] = rho * prev[p]! + innovation * (corr * zGrowth[at + p]! + corrRest * normals[o]!);
      cur[p + 1] = rho * prev[p + 1]! + innovation * (corr * zGrowth[at + p + 1]! + corrRest * normals[o + per]!);
      cur[p + 2] = rho * prev[p + 2]! + innovation * (corr * zGrowth[at + p + 2]! + corrRest * normals[o + 2 * per]!);
      cur[p + 3] = rho * prev[p + 3]! + innovation * (corr * zGrowth[at + p + 3]! + corrRest * normals[o + 3 * per]!);
    }
  for (; p < count; p++, o += per) cur[p] = rho * prev[p]! + innovation * (corr * zGrowth[at + p]! + corrRest * normals[o]!);
}

/**
 * The year's rates centre + σ e into out[at + p]; a rate at or below −100 % is left for the
 * caller to redraw (in path order, after this pass). Returns how many there are.
 */
export function normalRates(out: Float64Array, at: number, cur: Float64Array, count: number, centre: number, sigma: number): number {
  let low = 0;
  let p = 0;
  if (loops.unroll)
    for (; p + 3 < count; p += 4) {
      const r0 = centre + sigma * cur[p]!;
      const r1 = centre + sigma * cur[p + 1]!;
      const r2 = centre + sigma * cur[p + 2]!;
      const r3 = centre + sigma * cur[p + 3]!;
      if (r0 > -1) out[at + p] = r0;
      else low++;
      if (r1 > -1) out[at + p + 1] = r1;
      else low++;
      if (r2 > -1) out[at + p + 2] = r2;
      else low++;
      if (r3 > -1) out[at + p + 3] = r3;
      else low++;
    }
  for (; p < count; p++) {
    const rate = centre + sigma * cur[p]!;
    if (rate > -1) out[at + p] = rate;
    else low++;
  }
  return low;
}
