import type { Region, Scenario } from "@lotrinh/core";
import type { RiskReport } from "@lotrinh/core/risk";

/**
 * The typed messages between the app and its Monte Carlo worker (riskWorker.ts). A region is
 * sent once (it is large and never changes); each run names it by id.
 */
export type RiskRequest =
  | { type: "region"; region: Region }
  /** `channel`: the caller (editor, a compare column); the worker runs only the newest request of each. */
  | { type: "run"; id: number; channel: number; region: string; scenario: Scenario; paths: number };

export type RiskResponse =
  | { type: "done"; id: number; report: RiskReport; ms: number }
  | { type: "failed"; id: number; error: string };

/** Paths of each run in the app: probabilities within about ±0.007 (95 %), a few ms a run. */
export const APP_PATHS = 20_000;

/** The typed arrays of a report, handed back as transferred buffers instead of copies. */
export function reportBuffers(report: RiskReport): ArrayBuffer[] {
  const out: ArrayBuffer[] = [];
  for (const t of report.risk.targets) out.push(t.quantiles.buffer as ArrayBuffer);
  for (const f of report.risk.fans) out.push(f.quantiles.buffer as ArrayBuffer);
  return out;
}
