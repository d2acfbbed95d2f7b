import { useEffect, useMemo, useState, useSyncExternalStore } from "react";
import type { Region, Scenario } from "@lotrinh/core";
import type { RiskReport } from "@lotrinh/core/risk";
import type { RiskScheduler } from "../risk/riskScheduler";
import type { RiskState } from "./riskState";

// The risk worker's scheduler loads after the first page: nothing of it is needed to draw it.
const loadScheduler = () =>
  Promise.all([import("../risk/riskScheduler"), import("../risk/useRisk")]).then(([s, u]) => new s.RiskScheduler(u.sharedClient));

const noSubscription = () => () => undefined;

/**
 * The editor's view of the risk worker's run (../risk): the last report, kept while a newer run
 * is under way and marked stale. It re-renders only when a report or an error arrives, never when
 * a run merely starts, so that a slider's own frame is not drawn twice.
 */
export function useRisk(region: Region, scenario: Scenario): RiskState {
  const [scheduler, setScheduler] = useState<RiskScheduler | undefined>(undefined);
  useEffect(() => {
    let live = true;
    loadScheduler().then(
      (s) => live && setScheduler(s),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  useEffect(() => {
    scheduler?.request(region, scenario);
  }, [scheduler, region, scenario]);
  useEffect(() => () => scheduler?.cancel(), [scheduler]);
  // The snapshot is the report, or the error's text: the same value while a run is only "running".
  const snapshot: RiskReport | string | undefined = useSyncExternalStore(scheduler?.subscribe ?? noSubscription, () => {
    const s = scheduler?.getState();
    return s?.status === "error" ? (s.error ?? "error") : s?.report;
  });
  // Stale: the report is of another input than the one shown (read in the render the input causes,
  // so the figures dim in the slider's own frame and no extra render is needed).
  const of = snapshot !== undefined && typeof snapshot !== "string" && scheduler?.getState().report === snapshot ? scheduler.getState().scenario : undefined;
  const stale = of !== scenario;
  return useMemo(
    () => (typeof snapshot === "string" ? { stale: false, error: snapshot } : { report: snapshot, stale: !snapshot || stale }),
    [snapshot, stale],
  );
}
