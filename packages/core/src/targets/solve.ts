import type { ModelInput, Projection, ProjectedSeries } from "../model/types.js";
import { isMet, measure } from "./measure.js";
import type { RequiredRates, Solution, TargetSpec } from "./types.js";

const MAX_GROWTH = 1e3;

/**
 * The constant rate that, applied to the free years (after the last fixed year,
 * or from `fromYear`, up to the target's year), makes the projection meet the target.
 */
export function requiredRates(projection: Projection, t: TargetSpec, fromYear?: number): RequiredRates {
  const s = projection.series[t.indicator];
  if (!s) return { own: { status: "notApplicable", reason: "noIndicator" } };
  const own = solveOwn(s, t, projection.input.base, fromYear);
  if (s.id === "grdpPerCapita" || s.id === "budgetRevenue")
    return { own, grdpGrowth: solveGrdp(s, t, projection.input, fromYear) };
  return { own };
}

interface Window {
  /** First free index. */
  start: number;
  iy: number;
  ia: number;
}

function windowOf(s: ProjectedSeries, t: TargetSpec, base: number, fromYear?: number): Window {
  const iy = t.year - base;
  let ia = (t.fromYear ?? t.year) - base;
  if (t.kind === "averageGrowth") ia = Math.max(1, ia);
  const start = Math.max(1, s.lastFixed + 1, fromYear === undefined ? 0 : fromYear - base);
  return { start, iy, ia };
}

function fixedAnswer(met: boolean, year: number): Solution {
  return met
    ? { status: "alreadyMet", reason: "fixedYearsMeet", year }
    : { status: "unreachable", reason: "fixedYearsMiss", year };
}

function solved(rate: number, w: Window, base: number): Solution {
  if (!Number.isFinite(rate) || rate <= -1) return { status: "unreachable", reason: "noRateReaches" };
  return { status: "solved", rate, from: w.start + base, to: w.iy + base };
}

function solveOwn(s: ProjectedSeries, t: TargetSpec, base: number, fromYear?: number): Solution {
  if (s.kind === "tracked" || s.kind === "formula")
    return { status: "notApplicable", reason: "noGrowthPath" };
  const w = windowOf(s, t, base, fromYear);
  const current = measure(s, t, base);
  const T = t.value;
  if (s.kind === "rate") {
    if (t.kind === "cumulative") return { status: "notApplicable", reason: "rateHasNoSum" };
    if (t.kind !== "averageGrowth") {
      return w.start > w.iy
        ? fixedAnswer(isMet(t.comparator, current, T, t.tolerance), t.year)
        : solved(T, { ...w, start: w.iy }, base);
    }
    const begin = Math.max(w.start, w.ia);
    if (begin > w.iy) return fixedAnswer(isMet(t.comparator, current, T, t.tolerance), t.year);
    let fixedProduct = 1;
    for (let i = w.ia; i < begin; i++) fixedProduct *= 1 + s.values[i]!;
    const n = w.iy - w.ia + 1;
    const k = w.iy - begin + 1;
    return solved(Math.pow(Math.pow(1 + T, n) / fixedProduct, 1 / k) - 1, { ...w, start: begin }, base);
  }
  // Level indicators: X[start-1] is fixed with respect to the free rate.
  if (w.start > w.iy) return fixedAnswer(isMet(t.comparator, current, T, t.tolerance), t.year);
  const x0 = s.values[w.start - 1]!;
  switch (t.kind) {
    case "annualRate":
      return solved(T, { ...w, start: w.iy }, base);
    case "level":
      return levelRate(T, x0, w, base);
    case "averageGrowth":
      // With the whole average inside the free years every year grows at the target rate.
      if (w.ia >= w.start) return solved(T, w, base);
      return levelRate(s.values[w.ia - 1]! * Math.pow(1 + T, w.iy - w.ia + 1), x0, w, base);
    case "cumulative": {
      let fixedSum = 0;
      for (let i = w.ia; i <= Math.min(w.iy, w.start - 1); i++) fixedSum += s.values[i]!;
      const powers: number[] = [];
      for (let i = Math.max(w.ia, w.start); i <= w.iy; i++) powers.push(i - w.start + 1);
      // Sum over the window as a function of the constant rate g.
      return solveMonotone((g) => fixedSum + x0 * powers.reduce((acc, j) => acc + Math.pow(1 + g, j), 0), t, w, base);
    }
  }
}

function levelRate(T: number, x0: number, w: Window, base: number): Solution {
  const ratio = T / x0;
  if (!(ratio > 0)) return { status: "unreachable", reason: "signMismatch" };
  return solved(Math.pow(ratio, 1 / (w.iy - w.start + 1)) - 1, w, base);
}

/** Real GRDP growth needed in the free years for a per-capita or revenue target. */
function solveGrdp(s: ProjectedSeries, t: TargetSpec, input: ModelInput, fromYear?: number): Solution {
  const base = input.base;
  const w = windowOf(s, t, base, fromYear);
  const current = measure(s, t, base);
  if (w.start > w.iy) return fixedAnswer(isMet(t.comparator, current, t.value, t.tolerance), t.year);
  const d = input.rates.deflator!;
  const p = input.rates.populationGrowth!;
  const g = input.rates.grdpGrowth!;
  const explicit = input.rates[s.id]!;
  const gActual = input.lastActualRate.grdpGrowth!;
  const b = input.revenueBuoyancy;
  if (s.id === "budgetRevenue" && !(b > 0))
    return { status: "notApplicable", reason: "buoyancyNotPositive" };
  let dependsOnGrowth = false;
  for (let i = w.start; i <= w.iy; i++) if (Number.isNaN(explicit[i]!) && i > gActual) dependsOnGrowth = true;
  if (!dependsOnGrowth)
    return { status: "notApplicable", reason: "notLinkedToGrdp" };
  const { ia, iy } = w;
  const values = s.values;
  const perCapita = s.id === "grdpPerCapita";
  // Growth of the indicator in year i when the free years' real growth is `rate`.
  const growthAt = (i: number, rate: number): number => {
    const e = explicit[i]!;
    if (!Number.isNaN(e)) return e;
    const nominal = (1 + (i > gActual ? rate : g[i]!)) * (1 + d[i]!);
    return perCapita ? nominal / (1 + p[i]!) - 1 : b * (nominal - 1);
  };
  const x0 = values[w.start - 1]!;
  if (t.kind === "level" && perCapita && gActual < w.start) {
    // Closed form: X0 · Π (1+g)(1+d_i)/(1+p_i) = T, unless some year's growth is set explicitly.
    let prices = 1;
    let k = 0;
    let closed = true;
    for (let i = w.start; i <= iy; i++) {
      if (!Number.isNaN(explicit[i]!)) closed = false;
      prices *= (1 + d[i]!) / (1 + p[i]!);
      k++;
    }
    if (closed) return levelRate(t.value / prices, x0, w, base);
  }
  let fixedSum = 0;
  if (t.kind === "cumulative") for (let i = ia; i < Math.min(w.start, iy + 1); i++) fixedSum += values[i]!;
  const F = (rate: number): number => {
    if (t.kind === "annualRate") return growthAt(iy, rate);
    let x = x0;
    let sum = fixedSum;
    let xBeforeFrom = ia - 1 < w.start ? values[ia - 1] ?? NaN : NaN;
    for (let i = w.start; i <= iy; i++) {
      x *= 1 + growthAt(i, rate);
      if (i >= ia) sum += x;
      if (i === ia - 1) xBeforeFrom = x;
    }
    if (t.kind === "level") return x;
    if (t.kind === "cumulative") return sum;
    return Math.pow(x / xBeforeFrom, 1 / (iy - ia + 1)) - 1;
  };
  return solveMonotone(F, t, w, base);
}

/**
 * Root of an increasing function of the rate by the Illinois method (regula falsi
 * that halves a stale end's weight): a few evaluations instead of bisection's fifty.
 * The bracket is kept, so the answer returned is on the side that meets the target.
 */
function solveMonotone(F: (g: number) => number, t: TargetSpec, w: Window, base: number): Solution {
  const T = t.value;
  const tol = 1e-12 * Math.max(1, Math.abs(T));
  let lo = -1 + 1e-12;
  let hi = 1;
  let fLo = F(lo) - T;
  if (fLo >= 0) {
    if (t.comparator === "atLeast") return { status: "alreadyMet", reason: "metAtAnyRate" };
    if (fLo > tol) return { status: "unreachable", reason: "exceededAtAnyRate" };
  }
  let fHi = F(hi) - T;
  while (fHi < 0) {
    lo = hi;
    fLo = fHi;
    hi *= 2;
    if (hi > MAX_GROWTH) return { status: "unreachable", reason: "tooFast" };
    fHi = F(hi) - T;
  }
  // Weighted values drive the secant; fLo and fHi stay the true residuals.
  let wLo = fLo;
  let wHi = fHi;
  let side = 0;
  for (let iter = 0; iter < 200; iter++) {
    if (fHi <= tol && t.comparator !== "atMost") break;
    if (-fLo <= tol && t.comparator === "atMost") break;
    if (hi - lo <= 1e-15 * Math.max(1, Math.abs(hi))) break;
    let g = (lo * wHi - hi * wLo) / (wHi - wLo);
    if (!(g > lo && g < hi)) g = (lo + hi) / 2;
    const fg = F(g) - T;
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
  return solved(t.comparator === "atMost" ? lo : hi, w, base);
}
