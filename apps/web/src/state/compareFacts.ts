import { SCENARIO_COLORS } from "@lotrinh/charts";
import type { Projection } from "@lotrinh/core";

/** A scenario's colour by its place in the region's scenario list: the same whichever are compared. */
export function scenarioColor(allIds: readonly string[], id: string): string {
  const i = allIds.indexOf(id);
  return SCENARIO_COLORS[(i < 0 ? 0 : i) % SCENARIO_COLORS.length]!;
}

export interface BackcastDifference {
  /** Level indicators whose back-cast years differ between the scenarios, with those years. */
  indicators: Array<{ id: string; years: number[] }>;
  /** True when every difference of level between the scenarios lies in back-cast years. */
  only: boolean;
}

const differ = (a: number, b: number) =>
  Number.isFinite(a) || Number.isFinite(b) ? !(Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b))) : false;

/**
 * Where the scenarios' level paths differ in years that are back-cast (before the first fixed
 * level, discounted backward with each scenario's own rates): such a past is an artefact of the
 * rates, not a difference of record. `only` says whether that is the whole difference.
 */
export function backcastDifference(projections: readonly Projection[]): BackcastDifference {
  const [ref, ...others] = projections;
  const out: BackcastDifference = { indicators: [], only: false };
  if (!ref || others.length === 0) return out;
  let forward = false;
  for (const [id, series] of Object.entries(ref.series)) {
    if (series.kind !== "level") continue;
    const years = new Set<number>();
    for (const p of others) {
      const other = p.series[id];
      if (!other) continue;
      series.values.forEach((v, i) => {
        if (!differ(v, other.values[i]!)) return;
        const back = series.provenance[i]?.status === "backcast" || other.provenance[i]?.status === "backcast";
        if (back) years.add(ref.years[i]!);
        else forward = true;
      });
    }
    if (years.size) out.indicators.push({ id, years: [...years].sort((a, b) => a - b) });
  }
  out.only = out.indicators.length > 0 && !forward;
  return out;
}
