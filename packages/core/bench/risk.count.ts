// One Monte Carlo run of the bench's full model, for instruction counts and profiles:
// node bench/run.mjs bench/risk.count.ts [paths] (under valgrind --tool=callgrind or node --cpu-prof).
import { fullModel } from "./risk.bench.js";
import { runRisk } from "../src/risk/index.js";

const paths = Number(process.argv[3] ?? 100_000);
const full = fullModel();
const r = runRisk(full.input, full.targets, { paths, seed: 7 });
console.log(r.targets.map((t) => `${t.id} ${t.probability} ${Array.from(t.quantiles).join(" ")}`).join("\n"));
console.log(r.fans.map((f) => `${f.id} ${Array.from(f.quantiles).join(" ")}`).join("\n"));
