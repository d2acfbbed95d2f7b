import type { Region, Scenario } from "@lotrinh/core";
import type { RiskReport } from "@lotrinh/core/risk";
import { APP_PATHS, type RiskRequest, type RiskResponse } from "./riskProtocol";

type Answer = { ok: true; report: RiskReport; ms: number } | { ok: false; error: string };

/**
 * The one door from the app to the Monte Carlo engine: a single worker, started on first use.
 * Each caller holds a channel (the editor, each column of the compare view); a newer request on
 * a channel supersedes the older one, whose answer is dropped (and, if still queued in the
 * worker, never computed).
 */
export class RiskClient {
  private worker: Worker | undefined;
  private readonly sent = new WeakSet<Region>();
  private seq = 0;
  private readonly waiting = new Map<number, (a: Answer) => void>();

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const w = new Worker(new URL("./riskWorker.ts", import.meta.url), { type: "module" });
    w.onmessage = (e: MessageEvent<RiskResponse>) => {
      const m = e.data;
      const done = this.waiting.get(m.id);
      if (!done) return;
      this.waiting.delete(m.id);
      done(m.type === "done" ? { ok: true, report: m.report, ms: m.ms } : { ok: false, error: m.error });
    };
    w.onerror = (e) => {
      const error = e.message || "the Monte Carlo worker failed";
      for (const [, done] of this.waiting) done({ ok: false, error });
      this.waiting.clear();
    };
    this.worker = w;
    return w;
  }

  /** Starts a run; `onAnswer` is called once, unless a later `run` on the same channel supersedes it. */
  run(channel: Channel, region: Region, scenario: Scenario, onAnswer: (a: Answer) => void, paths = APP_PATHS): void {
    const w = this.ensure();
    if (channel.id === 0) (channel as { id: number }).id = ++channels;
    if (!this.sent.has(region)) {
      w.postMessage({ type: "region", region } satisfies RiskRequest);
      this.sent.add(region);
    }
    if (channel.pending !== undefined) this.waiting.delete(channel.pending);
    const id = ++this.seq;
    channel.pending = id;
    this.waiting.set(id, (a) => {
      if (channel.pending === id) channel.pending = undefined;
      onAnswer(a);
    });
    w.postMessage({ type: "run", id, channel: channel.id, region: region.id, scenario, paths } satisfies RiskRequest);
  }

  cancel(channel: Channel): void {
    if (channel.pending !== undefined) this.waiting.delete(channel.pending);
    channel.pending = undefined;
  }
}

export interface Channel {
  /** 0 until the channel's first run gives it a number. */
  readonly id: number;
  pending?: number;
}

let channels = 0;

/** A new caller's channel. */
export function newChannel(): Channel {
  return { id: ++channels };
}

export const riskClient = new RiskClient();
