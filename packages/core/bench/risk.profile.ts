// Repeated runs of the bench's full model for a CPU profile:
// node --cpu-prof bench/run.mjs bench/risk.profile.ts [paths] [runs]
import { fullModel } from "./risk.bench.js";
import { runRisk } from "../src/risk/index.js";

const paths = Number(process.argv[3] ?? 100_000);
const runs = Number(process.argv[4] ?? 20);
const full = fullModel();
for (let i = 0; i < runs; i++) runRisk(full.input, full.targets, { paths, seed: i });
