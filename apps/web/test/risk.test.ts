import { describe, expect, it } from "vitest";
import { emptyScenario, loadRegion, resolveModel, targetSpecs, type Scenario } from "@lotrinh/core";
import { runRisk } from "@lotrinh/core/risk";
import { createRiskHandler } from "../src/risk/riskRunner";
import { RiskClient, StaleRunError, type WorkerLike } from "../src/risk/riskClient";
import { RiskScheduler, type RiskRunner, type Timers } from "../src/risk/riskScheduler";
import { transferList, type FromWorker, type ToWorker } from "../src/risk/messages";

const region = loadRegion("lao-cai");
const scenario = (g: number): Scenario => ({
  ...emptyScenario("lao-cai", `g ${g}`),
  rates: { grdpGrowth: { "2024": g, "2025": g } },
  uncertainty: { grdpGrowth: 0.015 },
});
const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The worker's handler behind a message boundary (structured clone both ways), as in a browser. */
function fakeWorker() {
  const sent: ToWorker[] = [];
  const posted: FromWorker[] = [];
  const transferred: number[] = [];
  const worker: WorkerLike = {
    onmessage: null,
    postMessage(message) {
      sent.push(message);
      setImmediate(() => void handle(structuredClone(message)));
    },
    terminate() {},
  };
  const handle = createRiskHandler((message, transfer) => {
    posted.push(message);
    transferred.push(transfer.length);
    const data = structuredClone(message, { transfer });
    setImmediate(() => worker.onmessage?.({ data } as MessageEvent<FromWorker>));
  }, tick);
  return { worker, sent, posted, transferred };
}

describe("risk worker protocol", () => {
  it("returns the engine's numbers: the same seed gives what Node computes directly", async () => {
    const { worker, transferred } = fakeWorker();
    const client = new RiskClient(worker);
    const s = scenario(0.1);
    const { report } = await client.run(client.lane(), region, s, { paths: 9000, seed: 11, sensitivity: true });
    const input = resolveModel(region, s);
    if (!input.ok) throw new Error(input.error);
    const direct = runRisk(input.value, targetSpecs(region, s), { paths: 9000, seed: 11 });
    expect(report.risk.targets.map((t) => t.probability)).toEqual(direct.targets.map((t) => t.probability));
    expect([...report.risk.fans[4]!.quantiles]).toEqual([...direct.fans[4]!.quantiles]);
    // Every quantile buffer was transferred: one per target, per series and per running fan (Lào Cai: the investment sum).
    expect(direct.running).toHaveLength(1);
    expect(transferred).toEqual([direct.targets.length + direct.fans.length + direct.running.length]);
    expect([...report.risk.running[0]!.quantiles]).toEqual([...direct.running[0]!.quantiles]);
    expect(report.sensitivity.find((t) => t.id === "grdp-growth-2023")!.bars[0]!.input).toBe("grdpGrowth");
  });

  it("runs a scenario's formula indicators: their targets get a probability, a fan and a tornado", async () => {
    const { worker } = fakeWorker();
    const client = new RiskClient(worker);
    // Revenue per person (billion VND / thousand people = million VND): from GRDP per capita's inputs.
    const s: Scenario = {
      ...scenario(0.1),
      formulas: {
        revenueShare: {
          expr: "budgetRevenue / grdpPerCapita",
          name: { vi: "Thu ngân sách trên GRDP bình quân", en: "Revenue over GRDP per capita" },
          unit: "index",
          targets: [{ id: "revenue-share-2025", indicator: "revenueShare", kind: "level", comparator: "atLeast", value: 100, year: 2025 }],
        },
      },
    };
    const { report } = await client.run(client.lane(), region, s, { paths: 4000, seed: 5, sensitivity: true });
    const t = report.risk.targets.find((x) => x.id === "revenue-share-2025")!;
    expect(t.verdict === "met" || t.verdict === "exceeded" || t.verdict === "missed").toBe(true);
    // A drawn quantity: neither certain nor impossible, its 5–95 % range open.
    expect(t.probability).not.toBeNull();
    expect(t.quantiles[4]!).toBeGreaterThan(t.quantiles[0]!);
    expect(report.risk.fans.some((f) => f.id === "revenueShare")).toBe(true);
    expect(report.sensitivity.find((x) => x.id === "revenue-share-2025")!.bars.length).toBeGreaterThan(0);
  });

  it("leaves the tornado out unless asked: the editor's runs, one per input, skip it; the numbers are the same", async () => {
    const { worker } = fakeWorker();
    const client = new RiskClient(worker);
    const s = scenario(0.1);
    const without = await client.run(client.lane(), region, s, { paths: 3000, seed: 4, sensitivity: false });
    const withIt = await client.run(client.lane(), region, s, { paths: 3000, seed: 4, sensitivity: true });
    expect(without.report.sensitivity).toEqual([]);
    // Lào Cai's targets each get their tornado when it is asked for.
    expect(withIt.report.sensitivity.length).toBe(withIt.report.risk.targets.length);
    expect(without.report.risk.targets.map((t) => t.probability)).toEqual(withIt.report.risk.targets.map((t) => t.probability));
  });

  it("runs only the newest of a burst in a lane; the older ones are rejected as stale and never computed", async () => {
    const { worker, posted, sent } = fakeWorker();
    const client = new RiskClient(worker);
    const lane = client.lane();
    const runs = [0.08, 0.09, 0.1, 0.11, 0.12].map((g) => client.run(lane, region, scenario(g), { paths: 20_000, sensitivity: false }));
    const settled = await Promise.allSettled(runs);
    expect(settled.slice(0, 4).every((r) => r.status === "rejected" && r.reason instanceof StaleRunError)).toBe(true);
    expect(settled[4]!.status).toBe("fulfilled");
    expect(posted.map((m) => m.id)).toEqual([5]);
    // The region crossed the boundary once; later runs name it by key.
    expect(sent.filter((m) => m.type === "run" && m.region !== undefined)).toHaveLength(1);
  });

  it("keeps lanes apart: two views get a result each", async () => {
    const { worker } = fakeWorker();
    const client = new RiskClient(worker);
    const [a, b] = await Promise.all([
      client.run(client.lane(), region, scenario(0.08), { paths: 5000, sensitivity: false }),
      client.run(client.lane(), region, scenario(0.14), { paths: 5000, sensitivity: false }),
    ]);
    const p = (r: typeof a) => r.report.risk.targets.find((t) => t.id === "grdp-per-capita-2025")!.probability!;
    expect(p(b)).toBeGreaterThan(p(a));
  });

  it("stops a cancelled run between steps: nothing is posted for it", async () => {
    const { worker, posted } = fakeWorker();
    const client = new RiskClient(worker);
    const lane = client.lane();
    const run = client.run(lane, region, scenario(0.1), { paths: 400_000, sensitivity: false });
    await tick();
    await tick();
    client.cancel(lane);
    await expect(run).rejects.toBeInstanceOf(StaleRunError);
    for (let i = 0; i < 30; i++) await tick();
    expect(posted).toEqual([]);
  });

  it("names a bad scenario in the error", async () => {
    const { worker } = fakeWorker();
    const client = new RiskClient(worker);
    const bad = { ...scenario(0.1), region: "sa-pa" };
    await expect(client.run(client.lane(), region, bad, { paths: 100, sensitivity: false })).rejects.toThrow(/for 'sa-pa', not 'lao-cai'/);
  });

  it("lists one buffer per target, series and running fan for transfer", () => {
    const input = resolveModel(region);
    if (!input.ok) throw new Error(input.error);
    const risk = runRisk(input.value, targetSpecs(region), { paths: 10 });
    const buffers = transferList({ risk, sensitivity: [] });
    expect(buffers).toHaveLength(risk.targets.length + risk.fans.length + risk.running.length);
    expect(new Set(buffers).size).toBe(buffers.length);
  });
});

describe("RiskScheduler (what useRisk runs)", () => {
  /** Manual timers: the test decides when the quiet time has passed. */
  function manualTimers() {
    let next: (() => void) | undefined;
    const timers: Timers = { set: (cb) => (next = cb), clear: () => (next = undefined) };
    return { timers, fire: () => next?.() };
  }

  function countingRunner() {
    const runs: Scenario[] = [];
    const client = new RiskClient(fakeWorker().worker);
    const runner: RiskRunner = {
      lane: () => client.lane(),
      cancel: (lane) => client.cancel(lane),
      run: (lane, r, s, o) => {
        runs.push(s);
        return client.run(lane, r, s, o);
      },
    };
    return { runs, runner };
  }

  it("waits for quiet, runs once for the last input, and publishes a fresh report of at least 20,000 paths", async () => {
    const { timers, fire } = manualTimers();
    const { runs, runner } = countingRunner();
    const scheduler = new RiskScheduler(async () => runner, timers);
    const states: string[] = [];
    scheduler.subscribe(() => states.push(scheduler.getState().status));
    const last = scenario(0.12);
    for (const g of [0.1, 0.11]) scheduler.request(region, scenario(g));
    scheduler.request(region, last);
    expect(runs).toEqual([]);
    fire();
    while (scheduler.getState().status !== "ready") await tick();
    expect(runs).toEqual([last]);
    expect(scheduler.getState().scenario).toBe(last);
    expect(scheduler.getState().report!.risk.settings.paths).toBe(20_000);
    expect(states.at(-1)).toBe("ready");
  });

  it("asks the worker for the tornado only when the request says so (the compare view and report do; the editor does not)", async () => {
    const { timers, fire } = manualTimers();
    const asked: (boolean | undefined)[] = [];
    const { runner } = countingRunner();
    const recording: RiskRunner = { ...runner, run: (lane, r, sc, o) => (asked.push(o.sensitivity), runner.run(lane, r, sc, o)) };
    const scheduler = new RiskScheduler(async () => recording, timers);
    scheduler.request(region, scenario(0.1));
    fire();
    while (scheduler.getState().status !== "ready") await tick();
    scheduler.request(region, scenario(0.11), { sensitivity: true });
    fire();
    while (scheduler.getState().status !== "ready") await tick();
    expect(asked).toEqual([false, true]);
    expect(scheduler.getState().report!.sensitivity.length).toBeGreaterThan(0);
  });

  it("a newer input stops the run under way at once, not when its own run starts, and only then", async () => {
    const { timers, fire } = manualTimers();
    const cancels: number[] = [];
    let finish: (() => void) | undefined;
    const runner: RiskRunner = {
      lane: () => 1,
      cancel: (lane) => void cancels.push(lane),
      run: () => new Promise((_, reject) => (finish = () => reject(Object.assign(new Error("stale"), { stale: true })))),
    };
    const scheduler = new RiskScheduler(async () => runner, timers);
    // Inputs while nothing runs: nothing to stop.
    scheduler.request(region, scenario(0.1));
    scheduler.request(region, scenario(0.11));
    expect(cancels).toEqual([]);
    fire();
    await tick();
    // A run is in the worker: the next input stops it, once, before its own quiet time has passed.
    scheduler.request(region, scenario(0.12));
    scheduler.request(region, scenario(0.13));
    await tick();
    expect(cancels).toEqual([1]);
    finish!();
    await tick();
  });

  it("drops the answer of a run overtaken by a newer input and keeps the last report while running", async () => {
    const { timers, fire } = manualTimers();
    const { runner } = countingRunner();
    const scheduler = new RiskScheduler(async () => runner, timers);
    const first = scenario(0.1);
    scheduler.request(region, first, { paths: 2000 });
    fire();
    while (scheduler.getState().status !== "ready") await tick();
    const second = scenario(0.13);
    scheduler.request(region, second, { paths: 200_000 });
    fire();
    await tick();
    const third = scenario(0.07);
    scheduler.request(region, third, { paths: 2000 });
    expect(scheduler.getState()).toMatchObject({ status: "running", scenario: first });
    fire();
    while (scheduler.getState().status !== "ready") await tick();
    expect(scheduler.getState().scenario).toBe(third);
  });
});
