import { standardIndicator, type TargetEvaluation, type TargetKind } from "@lotrinh/core";
import type { ChartView } from "./types.js";

const ORDER: readonly ChartView[] = ["level", "cumulative", "averageGrowth"];

/**
 * The view in which a target of this kind is drawn. A rate indicator's average-growth
 * target is a horizontal line over its yearly rates, so it belongs to the level view;
 * a level indicator's average growth needs the running-average view.
 */
export function viewOfTarget(kind: TargetKind, rateIndicator: boolean): ChartView {
  switch (kind) {
    case "level":
    case "annualRate":
      return "level";
    case "cumulative":
      return "cumulative";
    case "averageGrowth":
      return rateIndicator ? "level" : "averageGrowth";
  }
}

/** Whether targets of this kind also appear in a view other than their own. */
function extraView(kind: TargetKind): ChartView | undefined {
  return kind === "averageGrowth" ? "averageGrowth" : undefined;
}

/**
 * The views that make sense for an indicator, the natural one first: the view of
 * its first active target ("level" when it has none). Rate-ness is known for the
 * standard indicators; a custom indicator is treated as a level.
 */
export function chartViews(indicator: string, evaluations: TargetEvaluation[]): ChartView[] {
  const rate = standardIndicator(indicator)?.kind === "rate";
  const mine = evaluations.filter((e) => e.target.indicator === indicator);
  const available = new Set<ChartView>(["level"]);
  for (const e of mine) {
    available.add(viewOfTarget(e.target.kind, rate));
    const extra = extraView(e.target.kind);
    if (extra) available.add(extra);
  }
  const firstActive = mine.find((e) => e.target.active);
  const natural = firstActive && !mine.some((e) => e.target.active && viewOfTarget(e.target.kind, rate) === "level")
    ? viewOfTarget(firstActive.target.kind, rate)
    : "level";
  return [natural, ...ORDER.filter((v) => v !== natural && available.has(v))];
}
