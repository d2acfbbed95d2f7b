import type { Region, Scenario } from "@lotrinh/core";
import type { RiskReport } from "@lotrinh/core/risk";

/**
 * The typed protocol between the app and the risk worker: the only way the app reaches the
 * Monte Carlo engine. A region is sent once per region object and named by a key afterwards,
 * so that each run posts only the (small) scenario.
 */
export interface RunMessage {
  type: "run";
  /** Increasing per client: a newer run supersedes every older one of its lane. */
  id: number;
  /** One lane per view that needs its own result (the editor, each scenario of the compare view). */
  lane: number;
  regionKey: number;
  /** Present the first time a region key is used. */
  region?: Region;
  scenario: Scenario;
  paths: number;
  seed?: number;
  /**
   * Also the tornado of every target (core's sensitivity): the compare view's and the report's runs
   * show it. The editor's runs, one after each input, leave it out: its "Độ nhạy" dialog computes
   * the one target it shows.
   */
  sensitivity: boolean;
}

/** What a run is asked for (RunMessage's paths, seed and sensitivity). */
export type RunOptions = Pick<RunMessage, "paths" | "seed" | "sensitivity">;

export interface CancelMessage {
  type: "cancel";
  lane: number;
  /** Every run of the lane with this id or an older one stops between two steps. */
  id: number;
}

export type ToWorker = RunMessage | CancelMessage;

export interface ResultMessage {
  type: "result";
  id: number;
  report: RiskReport;
  /** Time the worker spent on the run (simulation, and sensitivity when asked), ms. */
  ms: number;
}

export interface ErrorMessage {
  type: "error";
  id: number;
  message: string;
}

export type FromWorker = ResultMessage | ErrorMessage;

/** The quantile buffers of a report: handed to the page as transferred buffers, not copied. */
export function transferList(report: RiskReport): ArrayBuffer[] {
  const buffers: ArrayBuffer[] = [];
  for (const t of report.risk.targets) buffers.push(t.quantiles.buffer as ArrayBuffer);
  for (const f of report.risk.fans) buffers.push(f.quantiles.buffer as ArrayBuffer);
  for (const f of report.risk.running) buffers.push(f.quantiles.buffer as ArrayBuffer);
  return buffers;
}
