/// <reference lib="webworker" />
import { simulateRisk } from "@lotrinh/core/risk";
import type { Region } from "@lotrinh/core";
import { reportBuffers, type RiskRequest, type RiskResponse } from "./riskProtocol";

/**
 * The app's Monte Carlo worker: core's `simulateRisk` off the main thread. Requests that pile
 * up while a run computes are dropped but the newest of each channel (a stale run is never
 * started), and every
 * typed array of the answer is transferred, not copied.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const regions = new Map<string, Region>();
/** The newest request of each channel not yet run. */
const queued = new Map<number, Extract<RiskRequest, { type: "run" }>>();
let scheduled = false;

function post(message: RiskResponse, transfer: Transferable[] = []): void {
  scope.postMessage(message, transfer);
}

function runQueued(): void {
  scheduled = false;
  const requests = [...queued.values()];
  queued.clear();
  for (const req of requests) run(req);
}

function run(req: Extract<RiskRequest, { type: "run" }>): void {
  const region = regions.get(req.region);
  if (!region) return post({ type: "failed", id: req.id, error: `region '${req.region}' was not sent` });
  const start = performance.now();
  try {
    const r = simulateRisk(region, req.scenario, { paths: req.paths });
    if (!r.ok) return post({ type: "failed", id: req.id, error: r.error });
    post({ type: "done", id: req.id, report: r.value, ms: performance.now() - start }, reportBuffers(r.value));
  } catch (e) {
    post({ type: "failed", id: req.id, error: e instanceof Error ? e.message : String(e) });
  }
}

scope.onmessage = (e: MessageEvent<RiskRequest>) => {
  const m = e.data;
  if (m.type === "region") regions.set(m.region.id, m.region);
  else {
    queued.set(m.channel, m);
    // Let the messages already queued arrive first: only the newest of each channel runs.
    if (!scheduled) {
      scheduled = true;
      setTimeout(runQueued, 0);
    }
  }
};
