// npm run bench: initial JavaScript of the app and of the chart embed against their budgets, the embed's
// JavaScript as loaded in Chromium, and real slider key presses → updated DOM and fresh probabilities in Chromium.
//   node bench/bench.mjs [--no-build] [--events 200]
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build as esbuild } from "esbuild";
import { appRoot, buildApp, hasChromium, launchChromium, serveDist, CHROMIUM } from "../scripts/serve.mjs";
import { gzipSize, initialScripts as initialPageScripts } from "../scripts/bundleSize.mjs";

const BUDGET_KB = 120;
const EMBED_BUDGET_KB = 80;
const SCRIPT_BUDGET_MS = 4;
const FRESH_BUDGET_MS = 100;
const args = process.argv.slice(2);
const EVENTS = Number(args[args.indexOf("--events") + 1]) || 200;
const WARMUP = 30;

const kb = (bytes) => (bytes / 1000).toFixed(1);
const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
};
const ms = (x) => x.toFixed(3).padStart(7);

if (!args.includes("--no-build")) await buildApp();

/** The region and scenario of the worker bench, bundled from TypeScript (bench/workerModel.ts). */
async function workerModel() {
  const dir = mkdtempSync(join(tmpdir(), "lotrinh-bench-"));
  const out = join(dir, "model.mjs");
  try {
    await esbuild({ entryPoints: [join(appRoot, "bench/workerModel.ts")], bundle: true, format: "esm", platform: "node", outfile: out, logLevel: "error" });
    return await import(pathToFileURL(out).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// 1. Initial JavaScript of each page: what its HTML loads before anything else (the entry script and its
//    modulepreloads). The app's lazy chunks (region data, compare and report views, exports, validation,
//    formulas) are not counted. The embed always needs one region's data, and the validation chunk when
//    its link carries an edited scenario: its budget covers the worst of these (formulas aside).
const dist = join(appRoot, "dist");
const gz = (file) => gzipSize(dist, file);
const initialScripts = (page) => initialPageScripts(dist, page);
/** Chunks the initial scripts import on demand (`import("./x.js")`), by file name. */
function lazyChunks(scripts) {
  const names = new Set();
  for (const src of scripts)
    for (const m of readFileSync(join(dist, src.replace(/^\//, "")), "utf8").matchAll(/["'`]\.\/([\w.-]+\.js)["'`]/g)) names.add(`/assets/${m[1]}`);
  return [...names].filter((n) => !scripts.includes(n));
}
const row = (label, size, note = "") => console.log(`  ${label.padEnd(44)} ${kb(size).padStart(7)} kB${note}`);

console.log("App: initial JavaScript of index.html (gzip -9):");
let total = 0;
for (const src of initialScripts("index.html")) {
  total += gz(src);
  row(src, gz(src));
}
const sizeOk = total <= BUDGET_KB * 1000;
row("total", total, `   budget ${BUDGET_KB} kB  ${sizeOk ? "OK" : "OVER BUDGET"}`);

console.log("\nEmbed: JavaScript loaded by embed.html (gzip -9):");
const embedInitial = initialScripts("embed.html");
let embedTotal = 0;
for (const src of embedInitial) {
  embedTotal += gz(src);
  row(src, gz(src));
}
row("initial total", embedTotal);
const embedLazy = lazyChunks(embedInitial);
const regions = embedLazy.filter((n) => /\/(sa-pa|lao-cai|lai-chau)-/.test(n));
const region = regions.reduce((a, b) => (gz(a) >= gz(b) ? a : b));
const validation = embedLazy.find((n) => /\/validation-/.test(n));
row("+ region data (the largest region)", gz(region));
row("+ validation (edited scenario in the link)", gz(validation));
const embedWorst = embedTotal + gz(region) + gz(validation);
const embedOk = embedWorst <= EMBED_BUDGET_KB * 1000;
row("total, worst case", embedWorst, `   budget ${EMBED_BUDGET_KB} kB  ${embedOk ? "OK" : "OVER BUDGET"}`);
// The embed draws with the static renderer: React DOM must not be in it.
const reactDom = [...embedInitial, ...embedLazy].filter((n) => /__reactContainer\$|react-dom/.test(readFileSync(join(dist, n.replace(/^\//, "")), "utf8")));
console.log(`  React DOM in the embed: ${reactDom.length ? `YES (${reactDom.join(", ")})` : "no"}\n`);
const budgetsOk = sizeOk && embedOk && reactDom.length === 0;

// 2. Slider key presses → updated DOM, and the probabilities that follow, in Chromium.
if (!hasChromium()) {
  console.log(`Chromium not found at ${CHROMIUM}: input latency not measured.`);
  process.exit(budgetsOk ? 0 : 1);
}
const server = await serveDist();
const browser = await launchChromium();
let latencyOk = true;
let embedLoadOk = true;
try {
  // The embed's JavaScript as Chromium really loads it: the plan, and an edited scenario in the link.
  const edited = Buffer.from(JSON.stringify({ n: "Bench", r: { grdpGrowth: { 2024: 0.13 } } })).toString("base64url");
  console.log("Embed in Chromium: JavaScript requested by embed.html (gzip -9 of the files):");
  for (const [label, hash] of [
    ["plan", "#v1&r=sa-pa&b=plan"],
    ["edited scenario", `#v1&r=sa-pa&b=plan&id=u-bench0001&s=${edited}`],
  ]) {
    const page = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    const scripts = new Set();
    page.on("request", (r) => r.resourceType() === "script" && scripts.add(new URL(r.url()).pathname));
    await page.goto(`${server.url}embed.html?region=sa-pa&chart=grdpPerCapita${hash}`);
    await page.locator(".embed-chart svg").waitFor();
    const bytes = [...scripts].reduce((sum, src) => sum + gz(src), 0);
    embedLoadOk &&= bytes <= EMBED_BUDGET_KB * 1000;
    row(`${label}: ${scripts.size} files`, bytes, `   budget ${EMBED_BUDGET_KB} kB  ${bytes <= EMBED_BUDGET_KB * 1000 ? "OK" : "OVER BUDGET"}`);
    await page.close();
  }
  console.log("");

  const page = await browser.context.newPage();
  await page.goto(`${server.url}#v1&r=sa-pa`);
  const slider = page.locator('input[type=range][aria-label="Tăng trưởng GRDP 2024"]');
  const cell = '[data-target="grdp-growth-term-average"] .probability';
  await slider.waitFor();
  await page.locator(".chart-box svg").first().waitFor();
  // The worker's first run has landed: the probability column shows a figure, not stale.
  await page.waitForFunction((sel) => document.querySelector(sel)?.hasAttribute("data-probability") && !document.querySelector(sel)?.closest("[aria-busy]"), cell);
  // The peer: a range input whose handler does nothing, pressed with the same keys.
  await page.evaluate(() => {
    const peer = document.createElement("input");
    Object.assign(peer, { type: "range", min: "-0.1", max: "0.3", step: "0.001", value: "0.13", id: "bench-peer" });
    peer.setAttribute("aria-label", "bench peer");
    peer.addEventListener("input", () => {});
    // Its work is done when its input handlers have run: the time of that is its "updated DOM".
    peer.addEventListener("input", () => {
      const press = window.__keyLatency?.presses.at(-1);
      if (press?.input === "peer") press.dom = performance.now();
    });
    document.body.append(peer);
  });
  // In the page: for each key press on an observed input, the key event's time stamp (when the
  // browser took the key), the last DOM mutation of the work it caused (a MutationObserver on the
  // whole document; its callbacks run once the synchronous work and React's commit are done) and
  // the end of that task (a message posted from the keydown, which runs after it). Nothing in the
  // app knows it is measured: the keys go through Chromium's input pipeline like a user's.
  await page.evaluate((cellSelector) => {
    const m = { presses: [], fresh: [] };
    window.__keyLatency = m;
    let open = null;
    const observer = new MutationObserver(() => {
      const now = performance.now();
      if (open && open.input !== "peer" && open.end === undefined) open.dom = now;
      // Probabilities of the newest input: the target's cell stops being stale.
      const c = document.querySelector(cellSelector);
      if (c && !c.closest("[aria-busy]") && m.waitingFresh !== undefined) {
        m.fresh.push(now - m.waitingFresh);
        m.waitingFresh = undefined;
      }
    });
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    addEventListener(
      "keydown",
      (e) => {
        if (!(e.target instanceof HTMLInputElement) || e.target.type !== "range") return;
        const press = { input: e.target.id === "bench-peer" ? "peer" : (window.__benchPhase ?? "app"), stamp: e.timeStamp, start: performance.now(), dom: undefined, end: undefined };
        open = press;
        m.presses.push(press);
        // Each press on the app's slider restarts the wait for fresh probabilities.
        if (press.input === "app") m.waitingFresh = press.start;
        const channel = new MessageChannel();
        channel.port1.onmessage = () => (press.end = performance.now());
        channel.port2.postMessage(0);
      },
      true,
    );
  }, cell);
  const frames = (n) => page.evaluate((k) => new Promise((resolve) => { let i = 0; const f = () => (++i >= k ? resolve() : requestAnimationFrame(f)); requestAnimationFrame(f); }), n);
  // Bursts like a held arrow key (auto-repeat every 33 ms): up 10 steps, then a pause in which the
  // worker's run for the newest value lands, then down 10 steps, and so on. The slider crosses the
  // 14.5 % term target now and then, so verdicts flip while it moves.
  const REPEAT_MS = 33;
  const PAUSE_MS = 250;
  const bursts = Math.ceil((WARMUP + EVENTS) / 10);
  const t0 = Date.now();
  // The peer, then the app's slider as a user reaches it (focus scrolls it into view: the charts are
  // out of sight below the targets and follow right after the key's task), then the same slider with
  // the per-capita chart scrolled into view, which must redraw within the key's own task.
  const sliderSelector = 'input[type=range][aria-label="Tăng trưởng GRDP 2024"]';
  // As many measured presses as the top-of-editor case (the first burst is a warm-up).
  const CHART_BURSTS = Math.ceil(EVENTS / 10) + 1;
  for (const [label, selector, count] of [["peer", "#bench-peer", 4], ["app", sliderSelector, bursts], ["charts", sliderSelector, CHART_BURSTS]]) {
    if (label === "charts") {
      await page.evaluate((sel) => {
        window.__benchPhase = "charts";
        document.querySelector('svg[data-indicator="grdpPerCapita"]').scrollIntoView({ block: "center" });
        document.querySelector(sel).focus({ preventScroll: true });
      }, selector);
      await page.locator('.chart-card[data-in-view="true"] svg[data-indicator="grdpPerCapita"]').waitFor();
    } else await page.locator(selector).focus();
    for (let b = 0; b < count; b++) {
      for (let k = 0; k < 10; k++) {
        await page.keyboard.press(b % 2 === 0 ? "ArrowRight" : "ArrowLeft");
        await page.waitForTimeout(REPEAT_MS);
      }
      await page.waitForTimeout(PAUSE_MS);
      await frames(2);
    }
  }
  const r = await page.evaluate(() => window.__keyLatency);
  const app = r.presses.filter((p) => p.input === "app").slice(WARMUP);
  const peer = r.presses.filter((p) => p.input === "peer");
  const missing = app.filter((p) => p.dom === undefined).length;
  // Key press (the event's time stamp) → last DOM change of the work it caused.
  const latency = app.filter((p) => p.dom !== undefined).map((p) => p.dom - p.stamp);
  const handler = app.filter((p) => p.dom !== undefined).map((p) => p.dom - p.start);
  const peerLatency = peer.filter((p) => p.dom !== undefined).map((p) => p.dom - p.stamp);
  const inView = r.presses.filter((p) => p.input === "charts").slice(10).filter((p) => p.dom !== undefined).map((p) => p.dom - p.stamp);
  const p95 = quantile(latency, 0.95);
  const fresh = r.fresh.slice(WARMUP / 10);
  const freshP95 = quantile(fresh, 0.95);
  const inViewP95 = quantile(inView, 0.95);
  // DESIGN's bar is key press → updated charts: the press with a chart in view counts as much as the one without.
  latencyOk = p95 <= SCRIPT_BUDGET_MS && inViewP95 <= SCRIPT_BUDGET_MS && missing === 0 && fresh.length >= bursts - WARMUP / 10 && freshP95 <= FRESH_BUDGET_MS;
  console.log(`Slider in Chromium, real key presses (${app.length} on "Tăng trưởng GRDP 2024" in bursts of 10 at ${REPEAT_MS} ms, after ${WARMUP} warm-up; the risk worker running; ${((Date.now() - t0) / 1000).toFixed(0)} s):`);
  console.log(`                                            median     p95     max   (ms)`);
  console.log(`  key press → updated DOM                 ${ms(quantile(latency, 0.5))} ${ms(p95)} ${ms(Math.max(...latency))}   budget p95 ≤ ${SCRIPT_BUDGET_MS} ms`);
  console.log(`    of which the page's own work          ${ms(quantile(handler, 0.5))} ${ms(quantile(handler, 0.95))} ${ms(Math.max(...handler))}`);
  console.log(`  ${`the same, a chart in view (${inView.length} presses)`.padEnd(40)}${ms(quantile(inView, 0.5))} ${ms(inViewP95)} ${ms(Math.max(...inView))}   budget p95 ≤ ${SCRIPT_BUDGET_MS} ms`);
  console.log(`  peer: no-op range input, key → handled  ${ms(quantile(peerLatency, 0.5))} ${ms(quantile(peerLatency, 0.95))} ${ms(Math.max(...peerLatency))}`);
  if (missing) console.log(`  ${missing} key presses changed nothing in the DOM`);
  console.log(`  last key press → probabilities of the new value (${fresh.length} bursts; 40–60 ms quiet (1.3 × the key repeat) + a 20,000-path run + render):`);
  console.log(`                                          ${ms(quantile(fresh, 0.5))} ${ms(freshP95)} ${ms(Math.max(...fresh))}   budget p95 ≤ ${FRESH_BUDGET_MS} ms`);
  // Timings depend on the machine: other processes competing for the CPU lengthen the tail.
  console.log(`  machine: ${cpus().length} CPUs, load average ${loadavg().map((l) => l.toFixed(2)).join(" ")} (1/5/15 min)`);
  console.log(latencyOk ? "  OK" : "  OVER BUDGET");

  // 3. Monte Carlo in the app's own Web Worker (the built worker, its typed messages), the full
  //    Lào Cai model of core's bench: the worker's time and the round trip of the editor's run (the
  //    one made after each input: no tornado), then of a compare view's or report's run (with it).
  const model = await workerModel();
  const workerSrc = "/assets/" + readdirSync(join(dist, "assets")).find((f) => /^riskWorker-.*\.js$/.test(f));
  const runs = await page.evaluate(
    async ({ src, region, scenario }) => {
      const worker = new Worker(src, { type: "module" });
      let id = 0;
      const ask = (paths, sensitivity) =>
        new Promise((resolve, reject) => {
          const t0 = performance.now();
          worker.onmessage = (e) => (e.data.type === "result" ? resolve({ paths, sensitivity, ms: e.data.ms, trip: performance.now() - t0 }) : reject(new Error(e.data.message)));
          id++;
          worker.postMessage({ type: "run", id, lane: 1, regionKey: 1, region: id === 1 ? region : undefined, scenario, paths, seed: id, sensitivity });
        });
      // Warmed as the app's worker is after a few inputs (20,000 paths each): two 100,000-path runs,
      // so that the figures are of the compiled engine, not of its first runs.
      for (let i = 0; i < 2; i++) await ask(100_000, false);
      const out = [];
      for (const [paths, sensitivity] of [[10_000, false], [100_000, false], [10_000, true]]) for (let i = 0; i < 13; i++) out.push(await ask(paths, sensitivity));
      worker.terminate();
      return out;
    },
    { src: workerSrc, region: model.region, scenario: model.scenario },
  );
  console.log("\nMonte Carlo in the app's Web Worker (Chromium), the full Lào Cai model (as core's bench), 11 runs after 2 warm-up (after two 100,000-path runs):");
  let workerOk = true;
  for (const [paths, sensitivity, goal] of [[10_000, false, 5], [100_000, false, 50], [10_000, true]]) {
    const timed = runs.filter((r) => r.paths === paths && r.sensitivity === sensitivity).slice(2);
    const median = quantile(timed.map((r) => r.ms), 0.5);
    const label = `${paths.toLocaleString("en-US").padStart(7)} paths${sensitivity ? " + tornado" : ""}`;
    const trip = `worker ${ms(median)} ms median, round trip ${ms(quantile(timed.map((r) => r.trip), 0.5))} ms`;
    if (goal === undefined) {
      console.log(`  ${label.padEnd(24)} ${trip}   (a compare view's or report's run)`);
      continue;
    }
    workerOk &&= median <= goal;
    console.log(`  ${label.padEnd(24)} ${trip}   goal ≤ ${goal} ms  ${median <= goal ? "OK" : "OVER"}`);
  }
  // DESIGN asks the same of the worker as of Node: its figures count toward the bench's verdict.
  latencyOk &&= workerOk;
} finally {
  await browser.close();
  await server.close();
}
process.exit(budgetsOk && embedLoadOk && latencyOk ? 0 : 1);
