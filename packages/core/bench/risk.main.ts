// The Monte Carlo figures alone: node bench/run.mjs bench/risk.main.ts
import { runRiskBench } from "./risk.bench.js";

runRiskBench();
