import type { ProjectedSeries, TargetEvaluation, TargetSpec, Verdict, VerdictBasis } from "@lotrinh/core";
import { viewOfTarget } from "./chartViews.js";
import type { ChartView } from "./types.js";

/** How one scenario fares against a drawn target. */
export interface TargetVerdict {
  key: string;
  label: string;
  color: string;
  met: boolean | null;
  verdict: Verdict;
  basis: VerdictBasis;
  projected: number;
  gap: number;
}

/** A target as drawn in the current view. */
export interface ChartTarget {
  target: TargetSpec;
  /** Level and annual-rate targets are markers at their year; sums and averages are lines over their span. */
  shape: "marker" | "line";
  year: number;
  /** First year of a line's span. */
  fromYear: number;
  /** Where it is drawn, in the view's units (NaN when it cannot be placed). */
  value: number;
  /** Tolerance band of an `about` target, in the view's units. */
  band?: [number, number];
  /** An annual-rate target on a level indicator is placed at the level that rate would give. */
  impliedFromRate: boolean;
  /** False for a reading of an ambiguous figure that the reference scenario did not choose. */
  active: boolean;
  verdicts: TargetVerdict[];
  /** The target's source as its citation ("[1]"), set with the chart's source list. */
  citation?: string;
}

export interface TargetSeries {
  key: string;
  label: string;
  color: string;
  evaluations: readonly TargetEvaluation[];
}

/** Whether a target appears in a view: its own view, or the running-average view for any average. */
export function shownInView(t: TargetSpec, view: ChartView, rateIndicator: boolean): boolean {
  return viewOfTarget(t.kind, rateIndicator) === view || (t.kind === "averageGrowth" && view === "averageGrowth");
}

/** First year of a target's span; average growth starts at the first growth year. */
export function spanStart(t: TargetSpec, base: number): number {
  const from = t.fromYear ?? t.year;
  return t.kind === "averageGrowth" ? Math.max(base + 1, from) : from;
}

/** The range an `about` target accepts, in the target's own unit. */
export function bandOf(t: TargetSpec): [number, number] | undefined {
  if (t.comparator !== "about" || !t.tolerance) return undefined;
  // core's isMet: |projected − target| ≤ tolerance × |target|.
  const d = t.tolerance * Math.abs(t.value);
  return [t.value - d, t.value + d];
}

/**
 * The reference scenario's targets of this indicator that belong in the view, each
 * with every scenario's verdict. Targets are deduplicated by id: scenarios share the
 * region's targets and differ only in how they fare.
 */
export function chartTargets(
  indicator: string,
  reference: ProjectedSeries,
  base: number,
  view: ChartView,
  rateIndicator: boolean,
  series: readonly TargetSeries[],
): ChartTarget[] {
  const seen = new Set<string>();
  const out: ChartTarget[] = [];
  for (const e of series[0]?.evaluations ?? []) {
    const t = e.target;
    if (t.indicator !== indicator || seen.has(t.id) || !shownInView(t, view, rateIndicator)) continue;
    seen.add(t.id);
    const impliedFromRate = t.kind === "annualRate" && !rateIndicator;
    let value = t.value;
    let band = bandOf(t);
    if (impliedFromRate) {
      // The level this year would reach at the target rate, from the reference path's previous year.
      const prev = reference.values[t.year - base - 1] ?? NaN;
      value = prev * (1 + t.value);
      if (band) band = [prev * (1 + band[0]), prev * (1 + band[1])];
    }
    const verdicts: TargetVerdict[] = [];
    for (const s of series) {
      const mine = s.evaluations.find((x) => x.target.id === t.id);
      if (mine) verdicts.push({ key: s.key, label: s.label, color: s.color, met: mine.met, verdict: mine.verdict, basis: mine.basis, projected: mine.projected, gap: mine.gap });
    }
    out.push({
      target: t,
      shape: t.kind === "level" || t.kind === "annualRate" ? "marker" : "line",
      year: t.year,
      fromYear: spanStart(t, base),
      value,
      ...(band ? { band } : {}),
      impliedFromRate,
      active: t.active,
      verdicts,
    });
  }
  return out;
}
