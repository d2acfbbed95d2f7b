import type { Projection } from "../model/types.js";
import { measure } from "./measure.js";
import { requiredRatesOf } from "./solve.js";
import { basisOf, measuredIndices } from "./basis.js";
import { isMetVerdict, verdictOf } from "./verdict.js";
import { betterOf } from "./root.js";
import type { EvaluationNote, TargetEvaluation, TargetSpec, Verdict } from "./types.js";

/** A target's projected value and verdict alone (what a Monte Carlo run needs of the scenario's own path). */
export function targetVerdict(projection: Projection, target: TargetSpec): { projected: number; verdict: Verdict; better: "higher" | "lower" } {
  const s = projection.series[target.indicator];
  const projected = s ? measure(s, target, projection.input.base) : NaN;
  // A missing figure (tracked indicator, no series) is "no data"; a non-finite computed value is "undefined".
  const noData = !s || (Number.isNaN(projected) && (s.kind === "tracked" || s.kind === "formula"));
  const better = betterOf(projection.input, target.indicator);
  return { projected, better, verdict: noData ? "noData" : verdictOf(target.comparator, projected, target.value, target.tolerance, better) };
}

export function evaluateTarget(projection: Projection, target: TargetSpec, fromYear?: number): TargetEvaluation {
  const s = projection.series[target.indicator];
  const { projected, verdict, better } = targetVerdict(projection, target);
  const known = Number.isFinite(projected);
  const gap = known ? projected - target.value : NaN;
  const basis = basisOf(projection, target);
  return {
    target,
    projected,
    met: isMetVerdict(verdict),
    verdict,
    basis: basis.basis,
    measuredYears: basis.measuredYears,
    outcomeYears: basis.outcomeYears,
    backcastYears: basis.backcastYears,
    notes: notesOf(projection, target, basis.backcastYears),
    gap,
    relativeGap: known && target.value !== 0 ? gap / Math.abs(target.value) : NaN,
    required: s
      ? requiredRatesOf(projection, target, s, projected, better, isMetVerdict(verdict) === true, fromYear)
      : { own: { status: "notApplicable", reason: "noIndicator" } },
  };
}

export function evaluateTargets(projection: Projection, targets: readonly TargetSpec[], fromYear?: number): TargetEvaluation[] {
  return targets.map((t) => evaluateTarget(projection, t, fromYear));
}

/** Back-cast measured years, and refused combinations that leave a measured value undefined. */
function notesOf(projection: Projection, target: TargetSpec, backcastYears: number[]): EvaluationNote[] {
  const notes: EvaluationNote[] = [];
  if (backcastYears.length > 0) notes.push({ code: "backcast", years: backcastYears });
  const refused = projection.series[target.indicator]?.refused;
  if (refused?.length) {
    const base = projection.input.base;
    const last = Math.max(...measuredIndices(target, base)) + base;
    // A refused year leaves every later year undefined up to the next fixed level: name those up to the target.
    const years = refused.filter((y) => y <= last);
    if (years.length > 0) notes.push({ code: "refusedCombination", indicator: target.indicator, years });
  }
  return notes;
}
