import { useMemo } from "react";
import type { Region, Scenario } from "@lotrinh/core";
import { useRisk as useRiskRun } from "../risk/useRisk";
import type { RiskState } from "./riskState";

/**
 * The editor's view of the risk worker's run (../risk): the last report, kept while a newer run
 * is under way. The object changes only when the report or the error does, not when a run
 * starts, so that the target rows (memoised) are not redrawn inside the slider's frame.
 */
export function useRisk(region: Region, scenario: Scenario): RiskState {
  const run = useRiskRun(region, scenario);
  const error = run.status === "error" ? run.error : undefined;
  return useMemo(() => ({ report: run.report, stale: !run.report && !error, error }), [run.report, error]);
}
