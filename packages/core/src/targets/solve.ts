import type { ModelInput, Projection, ProjectedSeries } from "../model/types.js";
import { RATE_MAX, RATE_MIN } from "../model/domain.js";
import { isMet, measure } from "./measure.js";
import type { RequiredRates, Solution, TargetSpec } from "./types.js";
import { answer, betterOf, type Better, type Problem } from "./root.js";

/** Tracked and formula indicators have no growth path: one shared, frozen answer. */
const NO_GROWTH_PATH: RequiredRates = Object.freeze({ own: Object.freeze({ status: "notApplicable", reason: "noGrowthPath" } as const) });

/** The lowest rate tried: just above −100 %, the open end of the rate domain. */
const LOWEST = RATE_MIN + 1e-12;

/**
 * The constant rate that, applied to the free years (after the last fixed year,
 * or from `fromYear`, up to the target's year), makes the projection meet the target.
 * Rates are searched in the domain (−100 %, +1000 %]: "unreachable" means no rate
 * there meets the target, "already met" that every rate does and the scenario does too.
 */
export function requiredRates(projection: Projection, t: TargetSpec, fromYear?: number): RequiredRates {
  const s = projection.series[t.indicator];
  if (!s) return { own: { status: "notApplicable", reason: "noIndicator" } };
  const current = measure(s, t, projection.input.base);
  const better = betterOf(projection.input, s.id);
  return requiredRatesOf(projection, t, s, current, better, isMet(t.comparator, current, t.value, t.tolerance, better), fromYear);
}

/** requiredRates with the measured value and its verdict already known (evaluateTarget has them). */
export function requiredRatesOf(
  projection: Projection,
  t: TargetSpec,
  s: ProjectedSeries,
  current: number,
  better: Better,
  currentMet: boolean,
  fromYear?: number,
): RequiredRates {
  const input = projection.input;
  if (s.kind === "tracked" || s.kind === "formula") return NO_GROWTH_PATH;
  // A refused combination leaves the measured value undefined: fix the inputs first.
  if (!Number.isFinite(current) && s.refused?.length) {
    const refused: Solution = { status: "notApplicable", reason: "refusedCombination" };
    return s.id === "budgetRevenue" ? { own: refused, grdpGrowth: refused } : { own: refused };
  }
  const own = solveOwn(s, t, input.base, better, currentMet, fromYear);
  if (s.id === "grdpPerCapita" || s.id === "budgetRevenue")
    return { own, grdpGrowth: solveGrdp(s, t, input, better, currentMet, fromYear) };
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

function solveOwn(s: ProjectedSeries, t: TargetSpec, base: number, better: Better, currentMet: boolean, fromYear?: number): Solution {
  if (s.kind === "tracked" || s.kind === "formula") return { status: "notApplicable", reason: "noGrowthPath" };
  if (s.kind === "rate" && t.kind === "cumulative") return { status: "notApplicable", reason: "rateHasNoSum" };
  const w = windowOf(s, t, base, fromYear);
  if (w.start > w.iy) return fixedAnswer(currentMet, t.year);
  const problem = s.kind === "rate" ? rateProblem(s, t, w, base) : levelProblem(s, t, w, base);
  return problem ? answer(problem, t, better, currentMet) : fixedAnswer(currentMet, t.year);
}

const identity = (r: number) => r;

/** A rate indicator's own rate: the year's rate, or the geometric mean with the fixed years. */
function rateProblem(s: ProjectedSeries, t: TargetSpec, w: Window, base: number): Problem | undefined {
  if (t.kind !== "averageGrowth") return { F: identity, exact: identity, lo: LOWEST, hi: RATE_MAX, from: w.iy + base, to: w.iy + base };

  const begin = Math.max(w.start, w.ia);
  if (begin > w.iy) return undefined;
  let fixedProduct = 1;
  for (let i = w.ia; i < begin; i++) fixedProduct *= 1 + s.values[i]!;
  const n = w.iy - w.ia + 1;
  const k = w.iy - begin + 1;
  return {
    F: (r) => Math.pow(fixedProduct * Math.pow(1 + r, k), 1 / n) - 1,
    exact: (v) => Math.pow(Math.pow(1 + v, n) / fixedProduct, 1 / k) - 1,
    lo: LOWEST,
    hi: RATE_MAX,
    from: begin + base,
    to: w.iy + base,
  };
}

/** A level indicator's own growth in the free years; X[start − 1] does not move with it. */
function levelProblem(s: ProjectedSeries, t: TargetSpec, w: Window, base: number): Problem {
  const x0 = s.values[w.start - 1]!;
  const k = w.iy - w.start + 1;
  const from = w.start + base;
  const to = w.iy + base;
  switch (t.kind) {
    case "annualRate":
      return { F: identity, exact: identity, lo: LOWEST, hi: RATE_MAX, from: to, to };
    case "level":
      return { F: (r) => x0 * Math.pow(1 + r, k), exact: (v) => Math.pow(v / x0, 1 / k) - 1, lo: LOWEST, hi: RATE_MAX, from, to };
    case "averageGrowth": {
      const n = w.iy - w.ia + 1;
      // With the whole average inside the free years every year grows at the target rate.
      if (w.ia >= w.start) return { F: identity, exact: identity, lo: LOWEST, hi: RATE_MAX, from: w.ia + base, to };
      const xa = s.values[w.ia - 1]!;
      return {
        F: (r) => Math.pow((x0 * Math.pow(1 + r, k)) / xa, 1 / n) - 1,
        exact: (v) => Math.pow((xa * Math.pow(1 + v, n)) / x0, 1 / k) - 1,
        lo: LOWEST,
        hi: RATE_MAX,
        from,
        to,
      };
    }
    case "cumulative": {
      let fixedSum = 0;
      for (let i = w.ia; i <= Math.min(w.iy, w.start - 1); i++) fixedSum += s.values[i]!;
      const first = Math.max(w.ia, w.start) - w.start + 1;
      // Sum over the window as a function of the constant rate g: powers by repeated products.
      const F = (r: number) => {
        const q = 1 + r;
        let power = Math.pow(q, first);
        let sum = fixedSum;
        for (let j = first; j <= k; j++) {
          sum += x0 * power;
          power *= q;
        }
        return sum;
      };
      return { F, exact: undefined, lo: LOWEST, hi: RATE_MAX, from, to };
    }
  }
}

function nz(v: number): number {
  return Number.isNaN(v) ? 0 : v;
}

/**
 * Real GRDP growth needed in the free years for a per-capita or revenue target. The
 * years it applies to start after the last GRDP growth outcome and skip years whose
 * growth the scenario sets explicitly: the window is labelled with those years only.
 */
function solveGrdp(s: ProjectedSeries, t: TargetSpec, input: ModelInput, better: Better, currentMet: boolean, fromYear?: number): Solution {
  const base = input.base;
  const w = windowOf(s, t, base, fromYear);
  if (w.start > w.iy) return fixedAnswer(currentMet, t.year);
  const d = input.rates.deflator!;
  const p = input.rates.populationGrowth!;
  const g = input.rates.grdpGrowth!;
  const explicit = input.rates[s.id]!;
  const gActual = input.lastActualRate.grdpGrowth!;
  const b = input.revenueBuoyancy;
  const perCapita = s.id === "grdpPerCapita";
  if (!perCapita && !(b > 0)) return { status: "notApplicable", reason: "buoyancyNotPositive" };
  const dependent = (i: number) => Number.isNaN(explicit[i]!) && i > gActual;
  let from = -1;
  let to = -1;
  let allDependent = true;
  let lo = LOWEST;
  for (let i = w.start; i <= w.iy; i++) {
    if (!dependent(i)) {
      allDependent = false;
      continue;
    }
    if (from < 0) from = i;
    to = i;
    // Revenue growth b × ((1 + g)(1 + d) − 1) must stay above −100 %: g > (1 − 1/b)/(1 + d) − 1.
    if (!perCapita && b > 1) lo = Math.max(lo, (1 - 1 / b) / (1 + nz(d[i]!)) - 1 + 1e-12);
  }
  if (from < 0) return { status: "notApplicable", reason: "notLinkedToGrdp" };
  if (!(lo < RATE_MAX)) return { status: "notApplicable", reason: "refusedCombination" };
  const { ia, iy } = w;
  const values = s.values;
  // Growth of the indicator in year i when the free years' real growth is `rate`.
  const growthAt = (i: number, rate: number): number => {
    const e = explicit[i]!;
    if (!Number.isNaN(e)) return e;
    const nominal = (1 + (i > gActual ? rate : nz(g[i]!))) * (1 + nz(d[i]!));
    return perCapita ? nominal / (1 + nz(p[i]!)) - 1 : b * (nominal - 1);
  };
  const x0 = values[w.start - 1]!;
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
  let exact: ((v: number) => number) | undefined;
  if (t.kind === "level" && perCapita && allDependent) {
    // Closed form: X0 · Π (1 + g)(1 + d_i)/(1 + p_i) = T.
    let prices = 1;
    for (let i = w.start; i <= iy; i++) prices *= (1 + nz(d[i]!)) / (1 + nz(p[i]!));
    const k = iy - w.start + 1;
    exact = (v) => Math.pow(v / (x0 * prices), 1 / k) - 1;
  }
  return answer({ F, exact, lo, hi: RATE_MAX, from: from + base, to: to + base }, t, better, currentMet);
}
