import { evaluateTargets, loadRegion, project, REGION_IDS, resolveModel, simulate, targetSpecs } from "../src/index.js";
import { measure, row } from "./measure.js";
import { runRiskBench } from "./risk.bench.js";

console.log("Model: projection + every target evaluation + every required rate, one region");
for (const id of REGION_IDS) {
  const region = loadRegion(id);
  const input = resolveModel(region);
  if (!input.ok) throw new Error(input.error);
  const targets = targetSpecs(region);
  const hot = measure(() => evaluateTargets(project(input.value), targets));
  const projectionOnly = measure(() => project(input.value));
  const full = measure(() => simulate(region));
  console.log(row(`${id} (${targets.length} targets): project + evaluate + solve`, hot, "goal < 20 µs"));
  console.log(row(`${id}: project only (peer)`, projectionOnly));
  console.log(row(`${id}: resolve scenario + project + evaluate (peer)`, full));
}

runRiskBench();
