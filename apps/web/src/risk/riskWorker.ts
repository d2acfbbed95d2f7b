/// <reference lib="webworker" />
import { createRiskHandler } from "./riskRunner";
import type { ToWorker } from "./messages";

/**
 * The risk worker: the Monte Carlo engine runs here, never on the page's thread. A
 * MessageChannel turn (not setTimeout, which browsers clamp) lets new messages in between steps.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const channel = new MessageChannel();
const waiting: (() => void)[] = [];
channel.port1.onmessage = () => waiting.shift()?.();
const yieldToQueue = () =>
  new Promise<void>((resolve) => {
    waiting.push(resolve);
    channel.port2.postMessage(0);
  });

const handle = createRiskHandler((message, transfer) => scope.postMessage(message, transfer), yieldToQueue);
scope.onmessage = (event: MessageEvent<ToWorker>) => void handle(event.data);
