import type { ChartSeriesInput } from "@lotrinh/charts";
import type { Provenance, TargetEvaluation } from "@lotrinh/core";

function sameArray(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}

function sameProvenance(a: readonly Provenance[], b: readonly Provenance[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.status !== y.status || x.source !== y.source || x.edited !== y.edited || x.anchor !== y.anchor) return false;
  }
  return true;
}

function sameEvaluation(a: TargetEvaluation, b: TargetEvaluation): boolean {
  const ra = a.required;
  const rb = b.required;
  return (
    a.target.id === b.target.id &&
    a.target.active === b.target.active &&
    Object.is(a.projected, b.projected) &&
    a.met === b.met &&
    ra.own.status === rb.own.status &&
    ra.grdpGrowth?.status === rb.grdpGrowth?.status
  );
}

/**
 * Whether two chart inputs draw the same picture of `indicator`. Every slider
 * input produces a new projection object, but most charts do not depend on the
 * rate that moved: comparing the displayed numbers lets those charts skip rendering.
 */
export function sameChartSeries(indicator: string, a: readonly ChartSeriesInput[], b: readonly ChartSeriesInput[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.key !== y.key || x.label !== y.label || x.projection.input.region !== y.projection.input.region) return false;
    const sx = x.projection.series[indicator];
    const sy = y.projection.series[indicator];
    if (!sx || !sy) return sx === sy;
    if (!sameArray(sx.values, sy.values) || !sameArray(sx.growth, sy.growth)) return false;
    if (!sameProvenance(sx.provenance, sy.provenance) || !sameProvenance(sx.growthProvenance, sy.growthProvenance)) return false;
    const ex = x.evaluations.filter((e) => e.target.indicator === indicator);
    const ey = y.evaluations.filter((e) => e.target.indicator === indicator);
    if (ex.length !== ey.length || ex.some((e, j) => !sameEvaluation(e, ey[j]!))) return false;
  }
  return true;
}
