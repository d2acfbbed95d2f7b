import type { Region, Scenario } from "@lotrinh/core";
import type { RiskReport } from "@lotrinh/core/risk";
import type { RiskOutcome } from "./riskClient";
import type { RunOptions } from "./messages";
import { InputCadence } from "./cadence";

/** Paths of a run in the app: probabilities within about ±0.007 (95 %), a few ms in the worker. */
export const RISK_PATHS = 20_000;

/** A request's options: paths (default RISK_PATHS), seed (default the scenario's), the tornado too (default not). */
export type RequestOptions = Partial<RunOptions>;

export interface RiskState {
  status: "idle" | "running" | "ready" | "error";
  /** The latest report; kept while a newer run is under way, so that the numbers do not blink. */
  report?: RiskReport;
  /** The scenario the report belongs to (compare with the current one to know whether it is fresh). */
  scenario?: Scenario;
  /** Worker time of the run, ms. */
  ms?: number;
  error?: string;
}

/** The part of RiskClient the scheduler uses. */
export interface RiskRunner {
  lane(): number;
  run(lane: number, region: Region, scenario: Scenario, options: RunOptions): Promise<RiskOutcome>;
  cancel(lane: number): void;
}

export interface Timers {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const realTimers: Timers = { set: (cb, ms) => setTimeout(cb, ms), clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>) };

/**
 * Debounces requests, runs the newest one in the worker, drops stale answers, and publishes a
 * state that React reads with useSyncExternalStore. Free of React, so that Node tests drive it.
 */
export class RiskScheduler {
  private state: RiskState = { status: "idle" };
  private readonly listeners = new Set<() => void>();
  private timer: unknown;
  private lane: number | undefined;
  private generation = 0;
  /** A run of the newest generation is in the worker. */
  private inFlight = false;
  /** The quiet time a run waits for: longer while inputs keep coming (cadence.ts). */
  private readonly cadence = new InputCadence();

  constructor(
    private readonly client: () => Promise<RiskRunner>,
    private readonly timers: Timers = realTimers,
    private readonly now: () => number = () => performance.now(),
  ) {}

  getState = (): RiskState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /**
   * Asks for a run of this scenario; a newer request before it answers replaces it, and a run
   * still under way for an older one is stopped now (the worker drops it between two steps)
   * rather than when the new one starts.
   */
  request(region: Region, scenario: Scenario, options: RequestOptions = {}): void {
    const generation = ++this.generation;
    this.timers.clear(this.timer);
    if (this.inFlight && this.lane !== undefined) {
      this.inFlight = false;
      const lane = this.lane;
      void this.client().then((c) => c.cancel(lane));
    }
    this.set({ ...this.state, status: "running" });
    this.timer = this.timers.set(() => void this.start(generation, region, scenario, options), this.cadence.input(this.now()));
  }

  /** Stops waiting and running; the last report stays. */
  cancel(): void {
    this.generation++;
    this.timers.clear(this.timer);
    if (this.lane !== undefined) void this.client().then((c) => c.cancel(this.lane!));
    if (this.state.status === "running") this.set({ ...this.state, status: this.state.report ? "ready" : "idle" });
  }

  private async start(generation: number, region: Region, scenario: Scenario, options: RequestOptions): Promise<void> {
    try {
      const client = await this.client();
      if (generation !== this.generation) return;
      this.lane ??= client.lane();
      this.inFlight = true;
      const { report, ms } = await client.run(this.lane, region, scenario, { paths: options.paths ?? RISK_PATHS, seed: options.seed, sensitivity: options.sensitivity ?? false });
      if (generation === this.generation) {
        this.inFlight = false;
        this.set({ status: "ready", report, scenario, ms });
      }
    } catch (e) {
      if (generation === this.generation) this.inFlight = false;
      if ((e as { stale?: boolean }).stale || generation !== this.generation) return;
      this.set({ ...this.state, status: "error", error: (e as Error).message });
    }
  }

  private set(state: RiskState): void {
    this.state = state;
    for (const l of this.listeners) l();
  }
}
