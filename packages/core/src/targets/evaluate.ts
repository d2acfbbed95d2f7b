import type { Projection } from "../model/types.js";
import { isMet, measure } from "./measure.js";
import { requiredRates } from "./solve.js";
import type { TargetEvaluation, TargetSpec } from "./types.js";

export function evaluateTarget(projection: Projection, target: TargetSpec, fromYear?: number): TargetEvaluation {
  const s = projection.series[target.indicator];
  const projected = s ? measure(s, target, projection.input.base) : NaN;
  const known = Number.isFinite(projected);
  const gap = known ? projected - target.value : NaN;
  return {
    target,
    projected,
    met: known ? isMet(target.comparator, projected, target.value, target.tolerance) : null,
    gap,
    relativeGap: known && target.value !== 0 ? gap / Math.abs(target.value) : NaN,
    required: requiredRates(projection, target, fromYear),
  };
}

export function evaluateTargets(projection: Projection, targets: readonly TargetSpec[], fromYear?: number): TargetEvaluation[] {
  return targets.map((t) => evaluateTarget(projection, t, fromYear));
}
