import { regionIndicators, resolveModel, targetSpecs, type CompiledFormula, type Region, type Scenario } from "@lotrinh/core";
import { RiskRun, sensitivity } from "@lotrinh/core/risk";
import { transferList, type FromWorker, type ToWorker } from "./messages";

/** Paths per step: a newer request is noticed within one step (about 1 ms on this machine). */
export const STEP_PATHS = 4000;

/** Lets queued messages in between two steps of a run. */
export type Yield = () => Promise<void>;

/**
 * The worker's logic, apart from the worker global so that Node tests can drive it: keeps the
 * regions it was sent, runs the newest request in steps, drops a run as soon as a newer one or a
 * cancel arrives, and posts the report with its buffers transferred.
 */
export function createRiskHandler(post: (message: FromWorker, transfer: ArrayBuffer[]) => void, yieldToQueue: Yield) {
  const regions = new Map<number, Region>();
  const latest = new Map<number, number>();
  const cancelled = new Map<number, number>();
  const formulaCache = new WeakMap<object, CompiledFormula[]>();

  async function formulasOf(region: Region, scenario: Scenario): Promise<CompiledFormula[]> {
    const defs = scenario.formulas;
    if (!defs || Object.keys(defs).length === 0) return [];
    const hit = formulaCache.get(defs);
    if (hit) return hit;
    // mathjs only for a scenario with formulas, as in the page.
    const { compileFormulas } = await import("@lotrinh/core/formulas");
    const r = compileFormulas(defs, new Set(regionIndicators(region).map((d) => d.id)));
    if (!r.ok) throw new Error(r.error);
    formulaCache.set(defs, r.value);
    return r.value;
  }

  const stale = (lane: number, id: number) => id < (latest.get(lane) ?? 0) || id <= (cancelled.get(lane) ?? 0);

  async function run(m: Extract<ToWorker, { type: "run" }>): Promise<void> {
    const t0 = performance.now();
    const region = regions.get(m.regionKey);
    if (!region) throw new Error(`risk worker: region ${m.regionKey} was never sent`);
    const input = resolveModel(region, m.scenario);
    if (!input.ok) throw new Error(input.error);
    const targets = targetSpecs(region, m.scenario);
    const formulas = await formulasOf(region, m.scenario);
    const engine = new RiskRun(input.value, targets, { paths: m.paths, seed: m.seed }, formulas);
    while (!engine.step(STEP_PATHS)) {
      await yieldToQueue();
      if (stale(m.lane, m.id)) return;
    }
    const report = { risk: engine.result(), sensitivity: m.sensitivity ? sensitivity(input.value, targets, formulas) : [] };
    if (stale(m.lane, m.id)) return;
    post({ type: "result", id: m.id, report, ms: performance.now() - t0 }, transferList(report));
  }

  return async function onMessage(m: ToWorker): Promise<void> {
    if (m.type === "cancel") {
      cancelled.set(m.lane, Math.max(cancelled.get(m.lane) ?? 0, m.id));
      return;
    }
    if (m.region) regions.set(m.regionKey, m.region);
    latest.set(m.lane, Math.max(latest.get(m.lane) ?? 0, m.id));
    // Let a burst of requests settle: only the newest one runs.
    await yieldToQueue();
    if (stale(m.lane, m.id)) return;
    try {
      await run(m);
    } catch (e) {
      if (!stale(m.lane, m.id)) post({ type: "error", id: m.id, message: (e as Error).message }, []);
    }
  };
}
