import { useEffect, useReducer, useRef } from "react";
import type { Region, Scenario } from "@lotrinh/core";
import type { RiskReport } from "@lotrinh/core/risk";
import { RiskScheduler, RISK_PATHS } from "../risk/riskScheduler";
import { sharedClient } from "../risk/useRisk";

/**
 * The runs of several scenarios (the compare view's columns, the report's scenarios) from the
 * risk worker: one scheduler (a lane of its own) a scenario, so that one column's run never
 * supersedes another's.
 */
export function useRiskRuns(region: Region, scenarios: readonly Scenario[]): { reports: (RiskReport | undefined)[]; pending: boolean } {
  const schedulers = useRef<RiskScheduler[]>([]);
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  const asked = useRef<{ region?: Region; scenarios: readonly Scenario[] }>({ scenarios: [] });
  // Asks again when the region or a scenario object changes (scenarios are immutable values).
  useEffect(() => {
    const prev = asked.current;
    if (prev.region === region && prev.scenarios.length === scenarios.length && prev.scenarios.every((s, i) => s === scenarios[i])) return;
    asked.current = { region, scenarios };
    scenarios.forEach((scenario, i) => {
      if (prev.region === region && prev.scenarios[i] === scenario) return;
      let s = schedulers.current[i];
      if (!s) {
        s = schedulers.current[i] = new RiskScheduler(sharedClient);
        s.subscribe(redraw);
      }
      // The compare view's scorecard and the report draw each scenario's tornado.
      s.request(region, scenario, { paths: RISK_PATHS, sensitivity: true });
    });
  });
  useEffect(() => () => schedulers.current.forEach((s) => s.cancel()), []);
  const states = scenarios.map((_, i) => schedulers.current[i]?.getState());
  const fresh = scenarios.map((s, i) => (states[i]?.scenario === s ? states[i]!.report : undefined));
  // The same array while its items are the same, so that memos keyed on it hold.
  const kept = useRef(fresh);
  if (kept.current.length !== fresh.length || kept.current.some((r, i) => r !== fresh[i])) kept.current = fresh;
  const pending = scenarios.some((s, i) => states[i]?.scenario !== s && states[i]?.status !== "error");
  return { reports: kept.current, pending };
}
