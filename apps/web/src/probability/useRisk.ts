import { useEffect, useMemo, useState, useSyncExternalStore } from "react";
import type { Region, Scenario } from "@lotrinh/core";
import type { RiskReport } from "@lotrinh/core/risk";
import { RiskScheduler, RISK_PATHS } from "../risk/riskScheduler";
import { sharedClient } from "../risk/useRisk";
import type { RiskState } from "./riskState";

/**
 * The editor's view of the risk worker's run (../risk): the last report, kept while a newer run
 * is under way. It re-renders only when a report or an error arrives, never when a run merely
 * starts, so that a slider's own frame is not drawn twice.
 */
export function useRisk(region: Region, scenario: Scenario): RiskState {
  const [scheduler] = useState(() => new RiskScheduler(sharedClient));
  useEffect(() => {
    scheduler.request(region, scenario, { paths: RISK_PATHS });
  }, [scheduler, region, scenario]);
  useEffect(() => () => scheduler.cancel(), [scheduler]);
  // The snapshot is the report, or the error's text: the same value while a run is only "running".
  const snapshot: RiskReport | string | undefined = useSyncExternalStore(scheduler.subscribe, () => {
    const s = scheduler.getState();
    return s.status === "error" ? (s.error ?? "error") : s.report;
  });
  return useMemo(
    () => (typeof snapshot === "string" ? { stale: false, error: snapshot } : { report: snapshot, stale: !snapshot }),
    [snapshot],
  );
}
