import type { RiskReport } from "@lotrinh/core/risk";

/** What the editor knows of the Monte Carlo run of the open scenario. */
export interface RiskState {
  /** The latest finished run (it may be of an older input while a new one runs). */
  report?: RiskReport;
  /** The report is of an older input than the one shown. */
  stale: boolean;
  error?: string;
}

/** Probability per target id from a run; empty without one. */
export function probabilitiesOf(report: RiskReport | undefined): Map<string, number | null> {
  return new Map((report?.risk.targets ?? []).map((t) => [t.id, t.probability]));
}
