// Median CPU time of repeated runs of the bench's full model, for A/B comparisons of two builds
// run one after the other: node bench/run.mjs bench/risk.cpu.ts [paths] [runs]
import { fullModel } from "./risk.bench.js";
import { runRisk } from "../src/risk/index.js";

const paths = Number(process.argv[3] ?? 100_000);
const runs = Number(process.argv[4] ?? 21);
const full = fullModel();
runRisk(full.input, full.targets, { paths });
const cpu: number[] = [];
for (let i = 0; i < runs; i++) {
  const c0 = process.cpuUsage();
  runRisk(full.input, full.targets, { paths, seed: i });
  const c = process.cpuUsage(c0);
  cpu.push((c.user + c.system) / 1000);
}
cpu.sort((a, b) => a - b);
console.log(`${paths} paths: median cpu ${cpu[runs >> 1]!.toFixed(1)} ms, min ${cpu[0]!.toFixed(1)} ms`);
