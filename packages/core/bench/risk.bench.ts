import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { dirname, join, resolve } from "node:path";
import { emptyScenario, isRateInput, loadRegion, resolveModel, targetSpecs, type Scenario } from "../src/index.js";
import { runRisk } from "../src/risk/index.js";

const YEARS = ["2021", "2022", "2023", "2024", "2025"];
const every = (v: number) => Object.fromEntries(YEARS.map((y) => [y, v]));

interface Timing {
  median: number;
  p90: number;
  /** Median CPU time of this process per call: less sensitive than wall time to other processes on a shared machine. */
  cpu: number;
}

/** Median and p90 wall time and median CPU time of `runs` calls, in ms (after one warm-up call). */
function time(fn: () => unknown, runs: number): Timing {
  fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const p90 = wall.slice().sort((a, b) => a - b)[Math.min(runs - 1, Math.floor(runs * 0.9))]!;
  return { median: median(wall), p90, cpu: median(cpu) };
}

const row = (label: string, r: { median: number; p90: number; cpu?: number }, goal?: string) =>
  `${label.padEnd(58)} median ${r.median.toFixed(1).padStart(7)} ms   p90 ${r.p90.toFixed(1).padStart(7)} ms` +
  (r.cpu !== undefined ? `   cpu ${r.cpu.toFixed(1).padStart(7)} ms` : "") +
  (goal ? `   (${goal})` : "");

function model(scenario: Scenario) {
  const region = loadRegion("lao-cai");
  const input = resolveModel(region, scenario);
  if (!input.ok) throw new Error(input.error);
  return { input: input.value, targets: targetSpecs(region, scenario) };
}

/** The whole Lào Cai model with every rate input uncertain (30 draws a path), persistence and correlation on. */
export function fullModel() {
  const resolved = resolveModel(loadRegion("lao-cai"));
  if (!resolved.ok) throw new Error(resolved.error);
  const inputs = resolved.value.indicators.filter((d) => isRateInput(d)).map((d) => d.id);
  const sigma: Record<string, number> = { grdpGrowth: 0.015, deflator: 0.01, populationGrowth: 0.002 };
  return model({
    ...emptyScenario("lao-cai", "bench"),
    uncertainty: { ...Object.fromEntries(inputs.map((id) => [id, sigma[id] ?? 0.05])), revenueBuoyancy: 0.1 },
    params: { persistence: 0.5, growthDeflatorCorrelation: 0.3 },
  });
}

/** The numpy peer's own scenario (peer-mc.py): g 10 %, π 3 %, n 1.2 %, investment 12 %; σ 1.5, 1, 0.2, 5 points; independent draws. */
function peerModel() {
  return model({
    ...emptyScenario("lao-cai", "peer"),
    rates: { grdpGrowth: every(0.1), deflator: every(0.03), populationGrowth: every(0.012), investment: every(0.12) },
    params: { persistence: 0, growthDeflatorCorrelation: 0 },
    uncertainty: { grdpGrowth: 0.015, deflator: 0.01, populationGrowth: 0.002, investment: 0.05, retailSales: 0, importExport: 0 },
  });
}

function repoRoot(): string {
  let dir = process.cwd();
  while (!existsSync(join(dir, "turbo.json")) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

/**
 * Runs the numpy peer as it is, inside a wrapper that also reads the process's CPU time: the peer
 * runs its model ten times (one warm-up, nine timed) after numpy is imported, so a tenth of that
 * CPU time is one run's, comparable with ours on a machine other processes share.
 */
const WRAPPER = `
import resource, runpy, sys
import numpy
def cpu():
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime
sys.argv = sys.argv[1:]
c0 = cpu()
runpy.run_path(sys.argv[0], run_name="__main__")
print(f"cpu per run {1000 * (cpu() - c0) / 10:.1f} ms")
`;

function numpyPeer(paths: number): { ms: number; cpu: number; line: string } | string {
  const script = process.env.LOTRINH_PEER_MC ?? resolve(repoRoot(), "../shared/peers/peer-mc.py");
  if (!existsSync(script)) return `numpy peer skipped: ${script} not found`;
  const probe = spawnSync("/usr/bin/python3", ["-c", "import numpy"], { encoding: "utf8" });
  if (probe.status !== 0) return "numpy peer skipped: numpy is missing (apt-get install -y python3-numpy)";
  const run = spawnSync("/usr/bin/python3", ["-c", WRAPPER, script, String(paths)], { encoding: "utf8", maxBuffer: 1 << 20 });
  const m = /median ([\d.]+) ms/.exec(run.stdout);
  const c = /cpu per run ([\d.]+) ms/.exec(run.stdout);
  if (run.status !== 0 || !m || !c) return `numpy peer failed: ${run.stderr.trim().split("\n").pop()}`;
  return { ms: Number(m[1]), cpu: Number(c[1]), line: run.stdout.trim().split("\n")[0]! };
}

/** The machine is shared: wall times mean little without the load beside them. */
function loadAverage(): string {
  return ` (load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores)`;
}

export function runRiskBench(): void {
  console.log(`\nMonte Carlo (one core): paths × the Lào Cai model, probabilities + target and fan quantiles${loadAverage()}`);
  const full = fullModel();
  const draws = Object.keys(runRisk(full.input, full.targets, { paths: 1 }).settings.inputs).length * 5;
  const label = `full model (${draws} draws a path, ρ 0.5, c 0.3, buoyancy σ)`;
  console.log(row(`${label}, 10,000 paths`, time(() => runRisk(full.input, full.targets, { paths: 10_000 }), 41), "goal ≤ 5 ms"));
  console.log(row(`${label}, 100,000 paths`, time(() => runRisk(full.input, full.targets, { paths: 100_000 }), 21), "goal ≤ 50 ms"));
  const peer = peerModel();
  const ours = time(() => runRisk(peer.input, peer.targets, { paths: 1_000_000 }), 9);
  console.log(row("peer's scenario (20 draws a path), 1,000,000 paths", ours));
  const r = runRisk(peer.input, peer.targets, { paths: 1_000_000, seed: 42 });
  const p = (id: string) => r.targets.find((t) => t.id === id)!.probability!.toFixed(4);
  console.log(
    `  Lộ Trình probabilities: growth ${p("grdp-growth-term-average")}, per capita ${p("grdp-per-capita-2025")}, revenue ${p("budget-revenue-2025")}, investment ${p("investment-term-sum")}`,
  );
  const np = numpyPeer(1_000_000);
  if (typeof np === "string") {
    console.log(`  ${np}`);
    return;
  }
  console.log(`  numpy peer: ${np.line}`);
  console.log(`${"numpy peer (peer-mc.py), 1,000,000 paths (peer)".padEnd(58)} median ${np.ms.toFixed(1).padStart(7)} ms (its own timing)   cpu ${np.cpu.toFixed(1).padStart(7)} ms`);
  const wall = np.ms / ours.median;
  const cpu = np.cpu / ours.cpu;
  const word = (r: number) => `${r.toFixed(1)}× ${r >= 1 ? "faster than" : "SLOWER than"}`;
  console.log(`  Lộ Trình is ${word(wall)} the numpy peer at 1,000,000 paths by wall time, ${word(cpu)} by CPU time (goal: faster)`);
}
