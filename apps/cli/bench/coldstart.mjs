// Cold start of the command line, the time a planner waits for an answer:
// `node bin/lotrinh.mjs targets --region sa-pa --json` beside a bare `node -e 0`
// measured in the same run (interleaved, so machine load affects both alike).
// Goal (DESIGN section 4 spirit, brief): median under 300 ms.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const RUNS = 30;
const WARM_UPS = 3;
const GOAL_MS = 300;

const bin = fileURLToPath(new URL("../bin/lotrinh.mjs", import.meta.url));
const build = fileURLToPath(new URL("../build.mjs", import.meta.url));
if (!existsSync(new URL("../dist/lotrinh.mjs", import.meta.url))) spawnSync(process.execPath, [build], { stdio: "inherit" });

const subjects = [
  { name: "node -e 0 (bare Node start)", args: ["-e", "0"] },
  { name: "lotrinh targets --region sa-pa --json", args: [bin, "targets", "--region", "sa-pa", "--json"] },
];

function wallMs(args) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { stdio: ["ignore", "ignore", "pipe"] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`node ${args.join(" ")} exited ${result.status}: ${result.stderr}`);
  return ms;
}

function quantile(sorted, q) {
  const i = (sorted.length - 1) * q;
  const lo = Math.floor(i);
  return sorted[lo] + (sorted[Math.ceil(i)] - sorted[lo]) * (i - lo);
}

for (let i = 0; i < WARM_UPS; i++) for (const s of subjects) wallMs(s.args);
const samples = subjects.map(() => []);
for (let i = 0; i < RUNS; i++) subjects.forEach((s, k) => samples[k].push(wallMs(s.args)));

const stats = samples.map((times) => {
  const sorted = [...times].sort((a, b) => a - b);
  return { median: quantile(sorted, 0.5), p90: quantile(sorted, 0.9) };
});
const width = Math.max(...subjects.map((s) => s.name.length));
console.log(`cold start: ${RUNS} runs each after ${WARM_UPS} warm-ups, Node ${process.version}`);
console.log(`${"".padEnd(width)}  ${"median".padStart(9)}  ${"p90".padStart(9)}`);
subjects.forEach((s, k) =>
  console.log(`${s.name.padEnd(width)}  ${stats[k].median.toFixed(1).padStart(6)} ms  ${stats[k].p90.toFixed(1).padStart(6)} ms`),
);
const [peer, lotrinh] = stats;
console.log(
  `ratio lotrinh / bare node: ${(lotrinh.median / peer.median).toFixed(2)}× (median); ` +
    `lotrinh's own work ≈ ${(lotrinh.median - peer.median).toFixed(1)} ms; goal: median < ${GOAL_MS} ms ` +
    (lotrinh.median < GOAL_MS ? "(met)" : "(NOT met)"),
);
