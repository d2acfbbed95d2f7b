import { useEffect, useRef, useState } from "react";
import type { Region, Scenario } from "@lotrinh/core";
import type { RiskReport } from "@lotrinh/core/risk";
import { newChannel, riskClient, type Channel } from "./riskClient";

/** The Monte Carlo runs of several scenarios (the compare view's columns), one worker channel each. */
export function useRiskRuns(region: Region, scenarios: readonly Scenario[]): { reports: (RiskReport | undefined)[]; pending: boolean } {
  const channels = useRef<Channel[]>([]);
  const [answers, setAnswers] = useState<{ scenario: Scenario; report?: RiskReport }[]>([]);
  const last = useRef<{ region?: Region; scenarios: readonly Scenario[] }>({ scenarios: [] });
  // Runs when the region or a scenario object changes (scenarios are immutable values), not on every render.
  useEffect(() => {
    const prev = last.current;
    if (prev.region === region && prev.scenarios.length === scenarios.length && prev.scenarios.every((s, i) => s === scenarios[i])) return;
    last.current = { region, scenarios };
    scenarios.forEach((scenario, i) => {
      if (prev.region === region && prev.scenarios[i] === scenario) return;
      const ch = (channels.current[i] ??= newChannel());
      riskClient.run(ch, region, scenario, (a) =>
        setAnswers((old) => {
          const next = [...old];
          next[i] = { scenario, report: a.ok ? a.report : undefined };
          return next;
        }),
      );
    });
  });
  useEffect(() => () => channels.current.forEach((c) => riskClient.cancel(c)), []);
  const fresh = scenarios.map((s, i) => (answers[i]?.scenario === s ? answers[i]!.report : undefined));
  // The same array while its items are the same, so that memos keyed on it hold.
  const kept = useRef(fresh);
  if (kept.current.length !== fresh.length || kept.current.some((r, i) => r !== fresh[i])) kept.current = fresh;
  const pending = scenarios.some((s, i) => answers[i]?.scenario !== s);
  return { reports: kept.current, pending };
}
