import { isPercentUnit, targetUnit as coreTargetUnit, unitLabel, type Lang, type Projection, type TargetSpec } from "@lotrinh/core";

/** The unit a target's value is stated in (a rate target is a rate even on a level indicator). */
export function targetUnit(target: TargetSpec, projection: Projection): string {
  return coreTargetUnit(target, projection.series[target.indicator]);
}

/** A unit's label; an index names its own base year. */
export function unitText(unit: string, lang: Lang, base: number): string {
  return unitLabel(unit, lang, base);
}

/** A formatted number followed by its unit, as core's formatValue joins them ("7,36/1 vạn dân"). */
export function withUnit(text: string, unit: string, lang: Lang, base: number): string {
  const label = unitText(unit, lang, base);
  if (!label || text === "–" || isPercentUnit(unit)) return text;
  return label.startsWith("/") ? `${text}${label}` : `${text} ${label}`;
}
