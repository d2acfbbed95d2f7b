import type { ProjectedSeries } from "../model/types.js";
import type { TargetSpec } from "../targets/types.js";
import { loops } from "./loops.js";

/**
 * The model's per-path arithmetic over a block of paths (year i of path q at i · W + q), written
 * with the very operations of `project` (model/project.ts, model/path.ts) and `measure`
 * (targets/measure.ts), in the same order, so that each path gets the same bits as one projection.
 * Where the engine does not unroll loops itself (loops.ts), the level loops take four paths a
 * turn, then the rest one by one (Node 20, 10,000 paths of the full model: the levels 12 % faster).
 */

export interface LevelPlan {
  link: "own" | "grdp" | "grdpPerCapita" | "budgetRevenue";
  /** Explicit growth overriding the link (for own-growth indicators: the drawn rate input), NaN where none. */
  explicit: Float64Array;
  /** Fixed levels by year (not per path). */
  fixed: Float64Array;
  /** Index of the first fixed level, −1 when the path is an index (base year = 100). */
  first: number;
  /** Whether a target measures this indicator's growth: only then is its effective growth recomputed. */
  needsGrowth: boolean;
  growth: Float64Array;
  values: Float64Array;
}

/**
 * Year i's level from year i + 1's, back-cast by year i + 1's growth (explicit, else its link),
 * the growth computed in the same loop and not stored (the effective growth is recomputed from the
 * levels). `at` is year i's offset. A linked indicator's explicit rate is never drawn, so it is
 * the same on every path.
 */
function backLevel(l: LevelPlan, at: number, count: number, W: number, g: Float64Array, d: Float64Array, p: Float64Array, buoyancy: Float64Array): void {
  const { explicit } = l;
  const v = l.values;
  const to = at + count;
  if (l.link === "own") {
    let q = at;
    if (loops.unroll)
      for (; q + 3 < to; q += 4) {
        const e0 = explicit[q + W]!;
        const e1 = explicit[q + 1 + W]!;
        const e2 = explicit[q + 2 + W]!;
        const e3 = explicit[q + 3 + W]!;
        v[q] = v[q + W]! / (1 + (e0 === e0 ? e0 : 0));
        v[q + 1] = v[q + 1 + W]! / (1 + (e1 === e1 ? e1 : 0));
        v[q + 2] = v[q + 2 + W]! / (1 + (e2 === e2 ? e2 : 0));
        v[q + 3] = v[q + 3 + W]! / (1 + (e3 === e3 ? e3 : 0));
      }
    for (; q < to; q++) {
      const e = explicit[q + W]!;
      v[q] = v[q + W]! / (1 + (e === e ? e : 0));
    }
    return;
  }
  const e = explicit[at + W]!;
  if (e === e) {
    let q = at;
    if (loops.unroll)
      for (; q + 3 < to; q += 4) {
        v[q] = v[q + W]! / (1 + e);
        v[q + 1] = v[q + 1 + W]! / (1 + e);
        v[q + 2] = v[q + 2 + W]! / (1 + e);
        v[q + 3] = v[q + 3 + W]! / (1 + e);
      }
    for (; q < to; q++) v[q] = v[q + W]! / (1 + e);
  } else if (l.link === "grdp") {
    let q = at;
    if (loops.unroll)
      for (; q + 3 < to; q += 4) {
        v[q] = v[q + W]! / (1 + g[q + W]!);
        v[q + 1] = v[q + 1 + W]! / (1 + g[q + 1 + W]!);
        v[q + 2] = v[q + 2 + W]! / (1 + g[q + 2 + W]!);
        v[q + 3] = v[q + 3 + W]! / (1 + g[q + 3 + W]!);
      }
    for (; q < to; q++) v[q] = v[q + W]! / (1 + g[q + W]!);
  } else if (l.link === "grdpPerCapita") {
    let q = at;
    if (loops.unroll)
      for (; q + 3 < to; q += 4) {
        v[q] = v[q + W]! / (1 + (((1 + g[q + W]!) * (1 + d[q + W]!)) / (1 + p[q + W]!) - 1));
        v[q + 1] = v[q + 1 + W]! / (1 + (((1 + g[q + 1 + W]!) * (1 + d[q + 1 + W]!)) / (1 + p[q + 1 + W]!) - 1));
        v[q + 2] = v[q + 2 + W]! / (1 + (((1 + g[q + 2 + W]!) * (1 + d[q + 2 + W]!)) / (1 + p[q + 2 + W]!) - 1));
        v[q + 3] = v[q + 3 + W]! / (1 + (((1 + g[q + 3 + W]!) * (1 + d[q + 3 + W]!)) / (1 + p[q + 3 + W]!) - 1));
      }
    for (; q < to; q++) v[q] = v[q + W]! / (1 + (((1 + g[q + W]!) * (1 + d[q + W]!)) / (1 + p[q + W]!) - 1));
  } else {
    let q = at;
    if (loops.unroll)
      for (; q + 3 < to; q += 4) {
        v[q] = v[q + W]! / (1 + buoyancy[q - at]! * ((1 + g[q + W]!) * (1 + d[q + W]!) - 1));
        v[q + 1] = v[q + 1 + W]! / (1 + buoyancy[q + 1 - at]! * ((1 + g[q + 1 + W]!) * (1 + d[q + 1 + W]!) - 1));
        v[q + 2] = v[q + 2 + W]! / (1 + buoyancy[q + 2 - at]! * ((1 + g[q + 2 + W]!) * (1 + d[q + 2 + W]!) - 1));
        v[q + 3] = v[q + 3 + W]! / (1 + buoyancy[q + 3 - at]! * ((1 + g[q + 3 + W]!) * (1 + d[q + 3 + W]!) - 1));
      }
    for (; q < to; q++) v[q] = v[q + W]! / (1 + buoyancy[q - at]! * ((1 + g[q + W]!) * (1 + d[q + W]!) - 1));
  }
}

/**
 * Year i's level from year i − 1's and year i's growth (explicit, else its link), the growth
 * computed in the same loop and not stored, as in the back-cast.
 */
function forwardLevel(l: LevelPlan, at: number, count: number, W: number, g: Float64Array, d: Float64Array, p: Float64Array, buoyancy: Float64Array): void {
  const { explicit } = l;
  const v = l.values;
  const to = at + count;
  if (l.link === "own") {
    let q = at;
    if (loops.unroll)
      for (; q + 3 < to; q += 4) {
        const e0 = explicit[q]!;
        const e1 = explicit[q + 1]!;
        const e2 = explicit[q + 2]!;
        const e3 = explicit[q + 3]!;
        v[q] = v[q - W]! * (1 + (e0 === e0 ? e0 : 0));
        v[q + 1] = v[q + 1 - W]! * (1 + (e1 === e1 ? e1 : 0));
        v[q + 2] = v[q + 2 - W]! * (1 + (e2 === e2 ? e2 : 0));
        v[q + 3] = v[q + 3 - W]! * (1 + (e3 === e3 ? e3 : 0));
      }
    for (; q < to; q++) {
      const e = explicit[q]!;
      v[q] = v[q - W]! * (1 + (e === e ? e : 0));
    }
    return;
  }
  const e = explicit[at]!;
  if (e === e) {
    let q = at;
    if (loops.unroll)
      for (; q + 3 < to; q += 4) {
        v[q] = v[q - W]! * (1 + e);
        v[q + 1] = v[q + 1 - W]! * (1 + e);
        v[q + 2] = v[q + 2 - W]! * (1 + e);
        v[q + 3] = v[q + 3 - W]! * (1 + e);
      }
    for (; q < to; q++) v[q] = v[q - W]! * (1 + e);
  } else if (l.link === "grdp") {
    let q = at;
    if (loops.unroll)
      for (; q + 3 < to; q += 4) {
        v[q] = v[q - W]! * (1 + g[q]!);
        v[q + 1] = v[q + 1 - W]! * (1 + g[q + 1]!);
        v[q + 2] = v[q + 2 - W]! * (1 + g[q + 2]!);
        v[q + 3] = v[q + 3 - W]! * (1 + g[q + 3]!);
      }
    for (; q < to; q++) v[q] = v[q - W]! * (1 + g[q]!);
  } else if (l.link === "grdpPerCapita") {
    let q = at;
    if (loops.unroll)
      for (; q + 3 < to; q += 4) {
        v[q] = v[q - W]! * (1 + (((1 + g[q]!) * (1 + d[q]!)) / (1 + p[q]!) - 1));
        v[q + 1] = v[q + 1 - W]! * (1 + (((1 + g[q + 1]!) * (1 + d[q + 1]!)) / (1 + p[q + 1]!) - 1));
        v[q + 2] = v[q + 2 - W]! * (1 + (((1 + g[q + 2]!) * (1 + d[q + 2]!)) / (1 + p[q + 2]!) - 1));
        v[q + 3] = v[q + 3 - W]! * (1 + (((1 + g[q + 3]!) * (1 + d[q + 3]!)) / (1 + p[q + 3]!) - 1));
      }
    for (; q < to; q++) v[q] = v[q - W]! * (1 + (((1 + g[q]!) * (1 + d[q]!)) / (1 + p[q]!) - 1));
  } else {
    let q = at;
    if (loops.unroll)
      for (; q + 3 < to; q += 4) {
        v[q] = v[q - W]! * (1 + buoyancy[q - at]! * ((1 + g[q]!) * (1 + d[q]!) - 1));
        v[q + 1] = v[q + 1 - W]! * (1 + buoyancy[q + 1 - at]! * ((1 + g[q + 1]!) * (1 + d[q + 1]!) - 1));
        v[q + 2] = v[q + 2 - W]! * (1 + buoyancy[q + 2 - at]! * ((1 + g[q + 2]!) * (1 + d[q + 2]!) - 1));
        v[q + 3] = v[q + 3 - W]! * (1 + buoyancy[q + 3 - at]! * ((1 + g[q + 3]!) * (1 + d[q + 3]!) - 1));
      }
    for (; q < to; q++) v[q] = v[q - W]! * (1 + buoyancy[q - at]! * ((1 + g[q]!) * (1 + d[q]!) - 1));
  }
}

/** A level indicator's path by `fillLevelPath`'s rule, and its effective growth when a target measures it. */
export function levelBlock(
  l: LevelPlan,
  n: number,
  W: number,
  count: number,
  g: Float64Array,
  d: Float64Array,
  p: Float64Array,
  buoyancy: Float64Array,
): void {
  const { growth, fixed } = l;
  const v = l.values;
  let start = l.first;
  if (start < 0) {
    start = 0;
    v.fill(100, 0, count);
  } else v.fill(fixed[start]!, start * W, start * W + count);
  for (let i = start - 1; i >= 0; i--) backLevel(l, i * W, count, W, g, d, p, buoyancy);
  for (let i = start + 1; i < n; i++) {
    const f = fixed[i]!;
    const at = i * W;
    if (f === f) v.fill(f, at, at + count);
    else forwardLevel(l, at, count, W, g, d, p, buoyancy);
  }
  if (!l.needsGrowth) return;
  // Effective growth, as `effectiveGrowth` computes it.
  for (let q = 0; q < count; q++) growth[q] = NaN;
  for (let i = 1; i < n; i++) {
    const at = i * W;
    let q = 0;
    if (loops.unroll)
      for (; q + 3 < count; q += 4) {
        growth[at + q] = v[at + q]! / v[at - W + q]! - 1;
        growth[at + q + 1] = v[at + q + 1]! / v[at - W + q + 1]! - 1;
        growth[at + q + 2] = v[at + q + 2]! / v[at - W + q + 2]! - 1;
        growth[at + q + 3] = v[at + q + 3]! / v[at - W + q + 3]! - 1;
      }
    for (; q < count; q++) growth[at + q] = v[at + q]! / v[at - W + q]! - 1;
  }
}

/**
 * A target's measured value on each path of the block, as `measure` computes it; for an average
 * growth, the product of (1 + growth) over its years instead: its m-th root less 1 (m = the
 * years, `averagePower` gives 1/m) is the average, and the root, by far the dearest step, is taken
 * only where it decides something (engine.ts) and for the quantiles (QuantileSketch's `power`).
 */
export function measureBlock(
  s: Pick<ProjectedSeries, "values" | "growth">,
  t: TargetSpec,
  base: number,
  W: number,
  count: number,
  out: Float64Array,
): void {
  const iy = t.year - base;
  const ia = (t.fromYear ?? t.year) - base;
  const { values, growth } = s;
  switch (t.kind) {
    case "level":
      for (let q = 0; q < count; q++) out[q] = values[iy * W + q]!;
      return;
    case "annualRate":
      for (let q = 0; q < count; q++) out[q] = growth[iy * W + q]!;
      return;
    case "averageGrowth": {
      const from = measureStart(t, base);
      for (let q = 0; q < count; q++) {
        let product = 1;
        for (let i = from; i <= iy; i++) product *= 1 + growth[i * W + q]!;
        out[q] = product;
      }
      return;
    }
    case "cumulative":
      for (let q = 0; q < count; q++) {
        let sum = 0;
        for (let i = ia; i <= iy; i++) sum += values[i * W + q]!;
        out[q] = sum;
      }
  }
}

/**
 * The year index a target's measure starts from: the first year summed (cumulative), or the first
 * whose growth it multiplies (averageGrowth: never the base year, which has no growth).
 */
export function measureStart(t: TargetSpec, base: number): number {
  const from = (t.fromYear ?? t.year) - base;
  return t.kind === "averageGrowth" ? Math.max(1, from) : from;
}

/** 1/m for an average growth target over m years (as `measure` takes the root), 0 for any other kind. */
export function averagePower(t: TargetSpec, base: number): number {
  if (t.kind !== "averageGrowth") return 0;
  return 1 / (t.year - base - measureStart(t, base) + 1);
}

/** An average growth from the product of its years' (1 + growth), with the very operations of `measure`. */
export function averageOf(product: number, power: number): number {
  return Math.pow(product, power) - 1;
}
