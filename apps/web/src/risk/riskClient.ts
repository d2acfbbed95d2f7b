import type { Region, Scenario } from "@lotrinh/core";
import type { RiskReport } from "@lotrinh/core/risk";
import type { FromWorker, RunOptions, ToWorker } from "./messages";

/** What the client needs of a worker: a Web Worker, or a stand-in in Node tests. */
export interface WorkerLike {
  postMessage(message: ToWorker, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null;
  terminate(): void;
}

/** A run was superseded by a newer one of its lane, or cancelled: not an error to show. */
export class StaleRunError extends Error {
  /** Checked by the scheduler without importing this module (it stays out of the first load). */
  readonly stale = true;
  constructor() {
    super("superseded by a newer run");
  }
}

export interface RiskOutcome {
  report: RiskReport;
  /** Worker time of the run, ms. */
  ms: number;
}

export function createRiskWorker(): WorkerLike {
  return new Worker(new URL("./riskWorker.ts", import.meta.url), { type: "module", name: "lotrinh-risk" }) as unknown as WorkerLike;
}

interface Pending {
  lane: number;
  resolve(outcome: RiskOutcome): void;
  reject(error: Error): void;
}

/**
 * The page's side of the risk worker: posts runs, resolves each with its report, and rejects an
 * older run of the same lane with StaleRunError as soon as a newer one is posted. Regions are
 * sent once per region object.
 */
export class RiskClient {
  private id = 0;
  private nextLane = 1;
  private nextRegionKey = 1;
  private readonly regionKeys = new WeakMap<Region, number>();
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly worker: WorkerLike = createRiskWorker()) {
    worker.onmessage = (event) => this.receive(event.data);
  }

  /** A lane of its own, for a view whose runs must not supersede another view's. */
  lane(): number {
    return this.nextLane++;
  }

  run(lane: number, region: Region, scenario: Scenario, options: RunOptions): Promise<RiskOutcome> {
    this.supersede(lane);
    const id = ++this.id;
    let regionKey = this.regionKeys.get(region);
    const first = regionKey === undefined;
    if (regionKey === undefined) this.regionKeys.set(region, (regionKey = this.nextRegionKey++));
    return new Promise<RiskOutcome>((resolve, reject) => {
      this.pending.set(id, { lane, resolve, reject });
      this.worker.postMessage({ type: "run", id, lane, regionKey, region: first ? region : undefined, scenario, paths: options.paths, seed: options.seed, sensitivity: options.sensitivity });
    });
  }

  /** Stops the lane's run in progress (between two steps) and rejects it as stale. */
  cancel(lane: number): void {
    if (this.supersede(lane)) this.worker.postMessage({ type: "cancel", lane, id: this.id });
  }

  dispose(): void {
    for (const id of [...this.pending.keys()]) this.settle(id)?.reject(new StaleRunError());
    this.worker.terminate();
  }

  private supersede(lane: number): boolean {
    let any = false;
    for (const [id, p] of this.pending)
      if (p.lane === lane) {
        this.pending.delete(id);
        p.reject(new StaleRunError());
        any = true;
      }
    return any;
  }

  private settle(id: number): Pending | undefined {
    const p = this.pending.get(id);
    this.pending.delete(id);
    return p;
  }

  private receive(message: FromWorker): void {
    const p = this.settle(message.id);
    if (!p) return;
    if (message.type === "result") p.resolve({ report: message.report, ms: message.ms });
    else p.reject(new Error(message.message));
  }
}
