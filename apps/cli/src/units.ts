import { unitLabel, type Lang, type Projection, type TargetSpec } from "@lotrinh/core";
import { words } from "./words.js";

/**
 * The unit a target's value is stated in: a rate target ("growth above 14,5 %")
 * is a rate even when its indicator is a level (tourist visits, GRDP).
 */
export function targetUnit(target: TargetSpec, projection: Projection): string {
  if (target.kind === "annualRate" || target.kind === "averageGrowth") return "rate";
  return projection.series[target.indicator]?.unit ?? "count";
}

/** A unit's label; an index names its own base year rather than assuming 2020. */
export function unitText(unit: string, lang: Lang, base: number): string {
  return unit === "index" ? words(lang).indexUnit(base) : unitLabel(unit, lang);
}
