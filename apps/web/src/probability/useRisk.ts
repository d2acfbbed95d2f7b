import { startTransition, useEffect, useMemo, useState } from "react";
import type { Region, Scenario } from "@lotrinh/core";
import type { RiskReport } from "@lotrinh/core/risk";
import type { RiskScheduler } from "../risk/riskScheduler";
import type { RiskState } from "./riskState";

// The risk worker's scheduler loads after the first page: nothing of it is needed to draw it.
const loadScheduler = () =>
  Promise.all([import("../risk/riskScheduler"), import("../risk/useRisk")]).then(([s, u]) => new s.RiskScheduler(u.sharedClient));

/** What the editor shows of the worker: the latest report (with the scenario it is of), or an error's text. */
interface Shown {
  report?: RiskReport;
  of?: Scenario;
  error?: string;
}

function shownOf(scheduler: RiskScheduler): Shown {
  const s = scheduler.getState();
  return s.status === "error" ? { error: s.error ?? "error" } : { report: s.report, of: s.scenario };
}

/**
 * The editor's view of the risk worker's run (../risk): the last report, kept (and marked stale)
 * while a newer run is under way. A report that arrives is drawn as a transition: a key press on
 * a slider interrupts that render and is drawn first, so the worker's answers never hold up an
 * input. It re-renders only when a report or an error arrives, never when a run merely starts.
 */
export function useRisk(region: Region, scenario: Scenario): RiskState {
  const [scheduler, setScheduler] = useState<RiskScheduler | undefined>(undefined);
  const [shown, setShown] = useState<Shown>({});
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
    if (!scheduler) return;
    let last = shownOf(scheduler);
    const update = () => {
      const next = shownOf(scheduler);
      // A run merely starting changes neither the report nor the error: nothing to draw.
      if (next.report === last.report && next.error === last.error) return;
      last = next;
      startTransition(() => setShown(next));
    };
    update();
    return scheduler.subscribe(update);
  }, [scheduler]);
  useEffect(() => {
    // A newer input also stops a run still under way for an older one (RiskScheduler.request).
    scheduler?.request(region, scenario);
  }, [scheduler, region, scenario]);
  useEffect(() => () => scheduler?.cancel(), [scheduler]);
  // Stale: the report is of another input than the one shown (known in the render the input
  // causes, so the figures dim in the slider's own frame and no extra render is needed).
  const stale = shown.of !== scenario;
  return useMemo(
    () => (shown.error !== undefined ? { stale: false, error: shown.error } : { report: shown.report, stale: !shown.report || stale }),
    [shown, stale],
  );
}
