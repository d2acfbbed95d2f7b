import type { ProjectedSeries } from "../model/types.js";
import type { TargetSpec } from "./types.js";

/** The unit a target's value is stated in: growth targets compare rates, the others the indicator's unit. */
export function targetUnit(t: Pick<TargetSpec, "kind">, series: Pick<ProjectedSeries, "unit" | "kind"> | undefined): string {
  if (t.kind === "annualRate" || t.kind === "averageGrowth") return "rate";
  return series?.unit ?? "count";
}
