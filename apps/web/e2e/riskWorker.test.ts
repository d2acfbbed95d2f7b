import { createServer, type Server } from "node:http";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emptyScenario, loadRegion, resolveModel, targetSpecs, type Scenario } from "@lotrinh/core";
import { runRisk } from "@lotrinh/core/risk";
import { hasBrowser } from "./app";
import { launchChromium } from "../scripts/serve.mjs";

/**
 * The risk worker in Chromium, on its own page: the worker module bundled as the app bundles it
 * (an ES module worker with its formula chunk split off), driven with the typed messages.
 * Pins that the same seed gives the same numbers in the browser as in Node, that quantile buffers
 * arrive transferred, and that a burst of requests answers only the newest. Prints the round trip.
 */
const region = loadRegion("lao-cai");
const scenario: Scenario = {
  ...emptyScenario("lao-cai", "worker"),
  rates: { grdpGrowth: { "2024": 0.12, "2025": 0.12 } },
  params: { persistence: 0.5, growthDeflatorCorrelation: 0.3 },
  uncertainty: { grdpGrowth: { sigma: 0.02, skew: 0.3 }, deflator: 0.01, revenueBuoyancy: 0.1 },
};

let dir = "";
let server: Server | undefined;
let url = "";

beforeAll(async () => {
  if (!hasBrowser) return;
  dir = mkdtempSync(join(tmpdir(), "lotrinh-risk-worker-"));
  await build({
    entryPoints: { riskWorker: fileURLToPath(new URL("../src/risk/riskWorker.ts", import.meta.url)) },
    bundle: true,
    splitting: true,
    format: "esm",
    target: "es2022",
    outdir: dir,
    logLevel: "error",
  });
  const types: Record<string, string> = { ".js": "text/javascript", ".html": "text/html" };
  server = createServer((req, res) => {
    const path = req.url === "/" ? "/index.html" : req.url!;
    if (path === "/index.html") return res.writeHead(200, { "content-type": "text/html" }).end("<!doctype html><title>risk</title>");
    let body: Buffer;
    try {
      body = readFileSync(join(dir, path.replace(/^\/+/, "")));
    } catch {
      return res.writeHead(404).end();
    }
    res.writeHead(200, { "content-type": types[extname(path)] ?? "application/octet-stream" }).end(body);
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}/`;
});

afterAll(() => {
  server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface PageAnswer {
  ids: number[];
  probabilities: (number | null)[];
  fan: number[];
  transferred: boolean;
  roundTrips: number[];
}

describe.skipIf(!hasBrowser)("risk worker in Chromium", () => {
  it("gives Node's numbers for the same seed, transfers the buffers, answers only the newest of a burst", async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.context.newPage();
      await page.goto(url);
      const answer = await page.evaluate(
        async ({ region, scenario }): Promise<PageAnswer> => {
          const worker = new Worker("/riskWorker.js", { type: "module" });
          const answers: { id: number; report: any }[] = [];
          let wake: (() => void) | undefined;
          worker.onmessage = (e) => {
            if (e.data.type === "error") throw new Error(e.data.message);
            answers.push(e.data);
            wake?.();
          };
          const next = () => new Promise<void>((resolve) => (wake = resolve));
          // A burst of five runs in one lane: only the newest (id 5) answers.
          for (let id = 1; id <= 5; id++)
            worker.postMessage({ type: "run", id, lane: 1, regionKey: 1, region: id === 1 ? region : undefined, scenario, paths: 20000, seed: 7, sensitivity: true });
          await next();
          const first = answers[0]!;
          // Round trips of 20,000 paths: post to answer, as the app sees them.
          const roundTrips: number[] = [];
          for (let id = 6; id < 16; id++) {
            const t0 = performance.now();
            worker.postMessage({ type: "run", id, lane: 1, regionKey: 1, scenario, paths: 20000, seed: 7, sensitivity: true });
            await next();
            roundTrips.push(performance.now() - t0);
          }
          await new Promise((resolve) => setTimeout(resolve, 50));
          const fan = first.report.risk.fans.find((f: any) => f.id === "grdpPerCapita").quantiles;
          return {
            ids: answers.slice(0, 1).map((a) => a.id),
            probabilities: first.report.risk.targets.map((t: any) => t.probability),
            fan: Array.from(fan as Float64Array),
            transferred: fan instanceof Float64Array && fan.byteOffset === 0 && fan.buffer.byteLength === fan.byteLength,
            roundTrips,
          };
        },
        { region, scenario },
      );
      const input = resolveModel(region, scenario);
      if (!input.ok) throw new Error(input.error);
      const node = runRisk(input.value, targetSpecs(region, scenario), { paths: 20000, seed: 7 });
      expect(answer.ids).toEqual([5]);
      expect(answer.probabilities).toEqual(node.targets.map((t) => t.probability));
      expect(answer.fan).toEqual([...node.fans.find((f) => f.id === "grdpPerCapita")!.quantiles].map((v) => v));
      expect(answer.transferred).toBe(true);
      const sorted = [...answer.roundTrips].sort((a, b) => a - b);
      console.log(`risk worker in Chromium, 20,000 paths of Lào Cai: round trip median ${sorted[5]!.toFixed(1)} ms, max ${sorted[9]!.toFixed(1)} ms`);
    } finally {
      await browser.close();
    }
  });
});
