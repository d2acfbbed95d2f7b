import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { lotrinh, lotrinhJson, scenarioFile } from "./lotrinh.js";

interface RiskJson {
  paths: number;
  seed: number;
  persistence: number;
  growthDeflatorCorrelation: number;
  sigma: Record<string, { sigma: number; skew: number }>;
  revenueBuoyancySigma: number;
  probability: Record<string, number | null>;
  targets: { id: string; verdict: string; probability: number | null; quantiles: Record<string, number | null>; sensitivity: { input: string; down: number; up: number }[] }[];
  fans: Record<string, Record<string, Record<string, number | null>>>;
  runningFans: { indicator: string; kind: string; fromYear: number; quantiles: Record<string, Record<string, number | null>> }[];
}

const YEARS = ["2021", "2022", "2023", "2024", "2025"];
const every = (v: number) => Object.fromEntries(YEARS.map((y) => [y, v]));
const CERTAIN = { grdpGrowth: 0, deflator: 0, populationGrowth: 0, investment: 0, retailSales: 0, importExport: 0 };

/** Issue 8's acceptance scenario: g 10 % (11 % in 2023), π 2 %, n 1.3 %; σ 1.5, 1, 0.2 points; ρ 0, no correlation. */
const acceptance = scenarioFile("lao-cai-risk.json", {
  schema: "lotrinh/scenario/1",
  region: "lao-cai",
  rates: { grdpGrowth: { ...every(0.1), "2023": 0.11 }, deflator: every(0.02), populationGrowth: every(0.013) },
  params: { persistence: 0, growthDeflatorCorrelation: 0 },
  uncertainty: { ...CERTAIN, grdpGrowth: 0.015, deflator: 0.01, populationGrowth: 0.002 },
});

describe("lotrinh risk --json", () => {
  const json = lotrinhJson<RiskJson>("risk", "--region", "lao-cai", "--scenario", acceptance, "--paths", "200000");
  // packages/core/test/fixtures/risk/lao-cai-reference.py: the same model in numpy.
  const reference = JSON.parse(
    readFileSync(new URL("../../../packages/core/test/fixtures/risk/lao-cai-reference.json", import.meta.url), "utf8"),
  ).paths200k as Record<string, number>;

  it("gives each acceptance probability within ±0.01 of numpy", () => {
    for (const [id, p] of Object.entries(reference)) expect(Math.abs(json.probability[id]! - p), id).toBeLessThanOrEqual(0.01);
  });

  it("names σ, ρ, the correlation, the seed and the path count it ran with", () => {
    expect(json.sigma).toEqual({ grdpGrowth: { sigma: 0.015, skew: 0 }, deflator: { sigma: 0.01, skew: 0 }, populationGrowth: { sigma: 0.002, skew: 0 } });
    expect([json.persistence, json.growthDeflatorCorrelation, json.seed, json.paths, json.revenueBuoyancySigma]).toEqual([0, 0, 20251, 200_000, 0]);
  });

  it("gives quantiles per target and fan quantiles per indicator and year, null where there is no value", () => {
    const pc = json.targets.find((t) => t.id === "grdp-per-capita-2025")!;
    expect(Object.keys(pc.quantiles)).toEqual(["p5", "p25", "p50", "p75", "p95"]);
    // Deterministic per capita 2025: 103 · (1.1 · 1.02 / 1.013)² = 126.36; the median lies near it.
    expect(pc.quantiles.p50!).toBeGreaterThan(126);
    expect(pc.quantiles.p50!).toBeLessThan(126.7);
    const fan = json.fans.grdpPerCapita!;
    expect(Object.keys(fan)).toEqual(["2020", "2021", "2022", "2023", "2024", "2025"]);
    expect(Object.keys(fan["2025"]!)).toEqual(["p5", "p20", "p35", "p50", "p65", "p80", "p95"]);
    // 2023 is the anchor (plan figure 103): certain.
    expect(new Set(Object.values(fan["2023"]!))).toEqual(new Set([103]));
    expect(json.fans.grdpGrowth!["2020"]!.p50).toBeNull();
    expect(json.probability["doctors-2023"]).toBeNull();
  });

  it("gives the running fan of the term's investment sum, whose 2025 quantiles are the target's", () => {
    expect(json.runningFans.map((f) => `${f.indicator} ${f.kind} ${f.fromYear}`)).toEqual(["investment cumulative 2021"]);
    const sum = json.runningFans[0]!;
    expect(Object.keys(sum.quantiles)).toEqual(["2021", "2022", "2023", "2024", "2025"]);
    const target = json.targets.find((t) => t.id === "investment-term-sum")!.quantiles;
    expect([sum.quantiles["2025"]!.p5, sum.quantiles["2025"]!.p50, sum.quantiles["2025"]!.p95]).toEqual([target.p5, target.p50, target.p95]);
  });

  it("ranks the inputs of each target by their swing: growth ±1 point moves the 2023 growth target by ±1 point", () => {
    const g = json.targets.find((t) => t.id === "grdp-growth-2023")!.sensitivity;
    expect(g.map((b) => b.input)).toEqual(["grdpGrowth"]);
    expect(g[0]!.up).toBeCloseTo(0.01, 12);
  });

  it("reproduces its numbers with the same seed and changes them with another", () => {
    const a = lotrinhJson<RiskJson>("risk", "--region", "lao-cai", "--paths", "3000", "--seed", "5");
    const b = lotrinhJson<RiskJson>("risk", "--region", "lao-cai", "--paths", "3000", "--seed", "5");
    const c = lotrinhJson<RiskJson>("risk", "--region", "lao-cai", "--paths", "3000", "--seed", "6");
    expect(b).toEqual(a);
    expect(c.probability).not.toEqual(a.probability);
    expect(a.seed).toBe(5);
  });

  it("with every σ 0 gives probability 1 or 0 exactly where `targets` says met or not", () => {
    const file = scenarioFile("lao-cai-certain.json", { schema: "lotrinh/scenario/1", region: "lao-cai", uncertainty: CERTAIN });
    const risk = lotrinhJson<RiskJson>("risk", "--region", "lao-cai", "--scenario", file, "--paths", "50");
    const targets = lotrinhJson<{ targets: { id: string; met: boolean | null }[] }>("targets", "--region", "lao-cai", "--scenario", file);
    for (const t of targets.targets) expect(risk.probability[t.id], t.id).toBe(t.met === null ? null : t.met ? 1 : 0);
  });
});

describe("lotrinh risk (table)", () => {
  it("prints the targets with probability, 5–95 % range and median, then the tornado of the priority targets", () => {
    const { code, stdout, stderr } = lotrinh("risk", "--region", "lao-cai", "--scenario", acceptance, "--paths", "20000");
    expect(code).toBe(0);
    expect(stderr).toBe("");
    for (const text of ["Xác suất đạt", "Khoảng 5–95 %", "Trung vị", "Độ nhạy", "hạt giống 20251", "ρ = 0"]) expect(stdout).toContain(text);
    const row = stdout.split("\n").find((l) => l.startsWith("grdp-growth-term-average "))!;
    // About 61 % (numpy: 0.612; ±0.7 points of sampling error at 20,000 paths).
    expect(row).toMatch(/\s6[012] %\s/);
    expect(stdout).toMatch(/Tăng trưởng GRDP\s+1,5 điểm %/);
  });

  it("speaks English with --lang en", () => {
    const { stdout } = lotrinh("risk", "--region", "lao-cai", "--paths", "2000", "--lang", "en");
    for (const text of ["Probability", "5–95 % range", "Median", "Sensitivity of the priority targets"]) expect(stdout).toContain(text);
  });
});

describe("lotrinh risk: bad input", () => {
  it.each([
    [["--paths", "abc"], 1, "--paths: 'abc'"],
    [["--paths", "0"], 1, "--paths: '0'"],
    [["--paths", "2.5"], 1, "--paths: '2.5'"],
    [["--seed", "4294967296"], 1, "--seed: '4294967296'"],
    [["--paths"], 2, "--paths needs a value"],
    [["--sigma", "1"], 2, "unknown flag --sigma"],
  ])("%j exits %i naming it", (args, exit, message) => {
    const { code, stdout, stderr } = lotrinh("risk", "--region", "lao-cai", "--lang", "en", ...(args as string[]));
    expect(code).toBe(exit);
    expect(stdout).toBe("");
    expect(stderr.split("\n")[0]).toContain(message);
  });

  it("refuses an unknown region with exit 1", () => {
    const { code, stderr } = lotrinh("risk", "--region", "ha-noi");
    expect(code).toBe(1);
    expect(stderr).toContain("--region");
  });
});
