import { useEffect, useState, useSyncExternalStore } from "react";
import type { Region, Scenario } from "@lotrinh/core";
import { RiskScheduler, RISK_PATHS, type RiskRunner, type RiskState } from "./riskScheduler";

export type { RiskState };

let shared: Promise<RiskRunner> | undefined;

/** One worker for the whole page, created (and its code fetched) the first time a view asks for risk. */
export function sharedClient(): Promise<RiskRunner> {
  return (shared ??= import("./riskClient").then((m) => new m.RiskClient()));
}

export interface UseRiskOptions {
  /** Paths per run; default 20,000. */
  paths?: number;
  /** Seed; default the scenario's `params.seed`. */
  seed?: number;
  /** False stops asking (a hidden panel). */
  enabled?: boolean;
}

/**
 * Probabilities, quantiles, fans and tornado of a scenario, from the risk worker: the request
 * waits for a quiet time (40–60 ms, cadence.ts), a newer scenario cancels the run in progress, and
 * the last report stays shown (with status "running") until the new one lands. The engine never
 * runs on the page.
 */
export function useRisk(region: Region, scenario: Scenario, { paths = RISK_PATHS, seed, enabled = true }: UseRiskOptions = {}): RiskState {
  const [scheduler] = useState(() => new RiskScheduler(sharedClient));
  useEffect(() => {
    if (!enabled) return;
    scheduler.request(region, scenario, { paths, seed });
    return () => scheduler.cancel();
  }, [scheduler, region, scenario, paths, seed, enabled]);
  return useSyncExternalStore(scheduler.subscribe, scheduler.getState, scheduler.getState);
}
