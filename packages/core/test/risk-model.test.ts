import { describe, expect, it } from "vitest";
import { emptyScenario, evaluateTargets, project, resolveModel, targetSpecs, type Scenario, type TargetSpec } from "../src/index.js";
import { compileFormulas } from "../src/formulas/index.js";
import { fanBand, fanMedian, runRisk, Sfc32 } from "../src/risk/index.js";
import { RateDraws } from "../src/risk/draws.js";
import { fixtureRegion } from "./fixture.js";

// The fixture region: growth 10 %, deflator 2 %, population 1 % every year 2021–2025; per capita
// anchored at 100 in 2023; revenue actual 500 in 2022; investment anchored at 1,000 in 2023, 10 %/yr.
const region = fixtureRegion();
const YEARS = ["2021", "2022", "2023", "2024", "2025"];
const every = (v: number) => Object.fromEntries(YEARS.map((y) => [y, v]));
const CERTAIN = { grdpGrowth: 0, deflator: 0, populationGrowth: 0, investment: 0 };

function input(scenario: Partial<Scenario>) {
  const s: Scenario = { ...emptyScenario("test-town", "t"), ...scenario };
  const r = resolveModel(region, s);
  if (!r.ok) throw new Error(r.error);
  return { input: r.value, targets: targetSpecs(region, s) };
}

const target = (t: Partial<TargetSpec>): TargetSpec => ({
  id: "t",
  indicator: "grdpGrowth",
  kind: "annualRate",
  comparator: "atLeast",
  value: 0.1,
  year: 2023,
  category: "economic",
  priority: true,
  scope: "year",
  active: true,
  ...t,
});

const probability = (scenario: Partial<Scenario>, t: TargetSpec, paths = 40_000) =>
  runRisk(input(scenario).input, [t], { paths }).targets[0]!.probability!;

describe("probabilities computed by hand", () => {
  it("normal: P(g₂₀₂₃ ≥ 12 %) with g = 10 %, σ = 2 points is 1 − Φ(1) = 0.1587", () => {
    // Standard error with 40,000 paths: √(0.1587 · 0.8413 / 40000) = 0.0018.
    const p = probability({ uncertainty: { ...CERTAIN, grdpGrowth: 0.02 }, params: { persistence: 0 } }, target({ value: 0.12 }));
    expect(Math.abs(p - 0.1587)).toBeLessThan(0.008);
  });

  it("two-piece normal γ = 0.5: P(g ≥ mode) = σ₂/(σ₁+σ₂) = 0.8165/2.2307 = 0.3660", () => {
    const p = probability({ uncertainty: { ...CERTAIN, grdpGrowth: { sigma: 0.02, skew: 0.5 } } }, target({ value: 0.1 }));
    expect(Math.abs(p - 0.366)).toBeLessThan(0.008);
  });

  it("redraws rates at or below −100 %: g mode −50 %, σ 60 points has median −34.8 % (truncated normal)", () => {
    // Untruncated P(g ≤ −1) = Φ(−0.5/0.6) = 0.2023; the truncated median solves Φ(z) = 0.2023 + 0.7977/2 = 0.6011,
    // z = 0.2561, g = −0.5 + 0.6 · 0.2561 = −0.3463 (quantiles of a histogram: within 0.006).
    const { input: m } = input({ rates: { grdpGrowth: every(-0.5) }, uncertainty: { ...CERTAIN, grdpGrowth: 0.6 }, params: { persistence: 0 } });
    const risk = runRisk(m, [], { paths: 40_000 });
    const fan = risk.fans.find((f) => f.id === "grdpGrowth")!;
    expect(fanBand(fan, 3, 0.9)[0]).toBeGreaterThan(-1);
    expect(Math.abs(fanMedian(fan, 3) - -0.3463)).toBeLessThan(0.008);
  });

  it("draws the buoyancy once per path: revenue 2025 = 500 (1 + 0.122 b)³, b ~ N(1, 0.2)", () => {
    // Nominal growth 1.1 · 1.02 − 1 = 0.122. b at its 5 % quantile 1 − 1.645 · 0.2 = 0.671: 500 · 1.08186³ = 633.1;
    // median 500 · 1.122³ = 706.2; 95 %: b = 1.329, 500 · 1.16214³ = 784.8.
    const { input: m } = input({ uncertainty: { ...CERTAIN, revenueBuoyancy: 0.2 } });
    const fan = runRisk(m, [], { paths: 40_000 }).fans.find((f) => f.id === "budgetRevenue")!;
    const [lo, hi] = fanBand(fan, 5, 0.9);
    expect(lo).toBeCloseTo(633.1, 0);
    expect(fanMedian(fan, 5)).toBeCloseTo(706.2, 0);
    expect(hi).toBeCloseTo(784.8, 0);
    // The actual of 2022 stays fixed.
    expect(fanBand(fan, 2, 0.9)).toEqual([500, 500]);
  });

  it("keeps outcomes certain: an actual growth of 13 % in 2023 is 13 % on every path", () => {
    const { input: m } = input({ actuals: { grdpGrowth: { "2023": 0.13 } }, uncertainty: { ...CERTAIN, grdpGrowth: 0.03 } });
    const risk = runRisk(m, [target({ value: 0.12 })], { paths: 5000 });
    expect(risk.targets[0]!.probability).toBe(1);
    const fan = risk.fans.find((f) => f.id === "grdpGrowth")!;
    expect(fanBand(fan, 3, 0.9)).toEqual([0.13, 0.13]);
    expect(fanBand(fan, 4, 0.9)[1]).toBeGreaterThan(0.14);
  });

  it("persistence widens the fan of a level: ρ = 0.8 makes the 2025 band of real GRDP 1.90× as wide as ρ = 0", () => {
    // sd of Σ shocks over 5 years: σ √(5 + 2(4ρ + 3ρ² + 2ρ³ + ρ⁴)) = 4.2553 σ at ρ = 0.8, √5 σ = 2.2361 σ at 0: ratio 1.903.
    const width = (rho: number) => {
      const { input: m } = input({ uncertainty: { ...CERTAIN, grdpGrowth: 0.01 }, params: { persistence: rho } });
      const [lo, hi] = fanBand(runRisk(m, [], { paths: 40_000 }).fans.find((f) => f.id === "grdp")!, 5, 0.9);
      return hi - lo;
    };
    expect(width(0.8) / width(0)).toBeCloseTo(1.903, 1);
  });
});

describe("verdicts per path", () => {
  it("agree with evaluateTargets for every comparator (atLeast, atMost, about) when nothing is uncertain", () => {
    // The fixture's targets: rev-about (about 600 ± 2 % in 2024), rev-cap (at most 700 in 2025), and atLeast ones;
    // scaling the 2024 revenue target moves it from missed to met to exceeded.
    // Revenue 2024 = 500 (1 + nominal)²: g 5 % → 573.5 (missed), 7 % → 595.6 (met), 10 % → 629.4 (exceeded).
    const verdicts = new Set<string>();
    for (const g of [0.05, 0.07, 0.1, 0.2]) {
      const { input: m, targets } = input({ rates: { grdpGrowth: every(g) }, uncertainty: CERTAIN });
      const evaluations = evaluateTargets(project(m), targets);
      const about = evaluations.find((e) => e.target.id === "rev-about")!;
      verdicts.add(about.verdict);
      const risk = runRisk(m, targets, { paths: 10 });
      expect(risk.targets.map((t) => t.probability)).toEqual(evaluations.map((e) => (e.met === null ? null : e.met ? 1 : 0)));
    }
    expect([...verdicts].sort()).toEqual(["exceeded", "met", "missed"]);
  });
});

describe("shock process", () => {
  it("correlates growth and deflator shocks by c and carries each over a year by ρ", () => {
    const { input: m } = input({
      uncertainty: { ...CERTAIN, grdpGrowth: 0.01, deflator: 0.01 },
      params: { persistence: 0.5, growthDeflatorCorrelation: -0.6 },
    });
    const g = new Float64Array(6);
    const d = new Float64Array(6);
    const draws = new RateDraws(m, { grdpGrowth: g, deflator: d });
    const rng = new Sfc32(1);
    const n = 50_000;
    const buoyancy = new Float64Array(1);
    let gd = 0, gg = 0, lag = 0;
    for (let p = 0; p < n; p++) {
      // One path at a time (a block of width 1: year i at index i).
      draws.drawBlock(rng, 6, 1, buoyancy);
      // Standardised shocks of 2024 and 2025.
      const g4 = (g[4]! - 0.1) / 0.01, g5 = (g[5]! - 0.1) / 0.01, d4 = (d[4]! - 0.02) / 0.01;
      gd += g4 * d4;
      gg += g4 * g4;
      lag += g4 * g5;
    }
    // Standard errors about 0.004–0.006 with 50,000 paths.
    expect(gd / n).toBeCloseTo(-0.6, 1);
    expect(gg / n).toBeCloseTo(1, 1);
    expect(lag / n).toBeCloseTo(0.5, 1);
  });
});

describe("formulas per path", () => {
  it("evaluates a formula on every path: 2 × per capita ≥ 2 T has exactly the paths of per capita ≥ T", () => {
    const scenario: Partial<Scenario> = {
      uncertainty: { ...CERTAIN, grdpGrowth: 0.02 },
      formulas: {
        twice: {
          expr: "grdpPerCapita * 2",
          name: { vi: "Gấp đôi", en: "Twice" },
          unit: "million VND",
          targets: [{ id: "twice-2025", indicator: "twice", kind: "level", comparator: "atLeast", value: 250, year: 2025 }],
        },
      },
    };
    const { input: m, targets } = input(scenario);
    const compiled = compileFormulas(scenario.formulas, new Set(m.indicators.map((d) => d.id)));
    if (!compiled.ok) throw new Error(compiled.error);
    const pc = target({ id: "pc", indicator: "grdpPerCapita", kind: "level", value: 125, year: 2025 });
    const risk = runRisk(m, [pc, targets.find((t) => t.id === "twice-2025")!], { paths: 3000 }, compiled.value);
    expect(risk.targets[0]!.probability).toBeGreaterThan(0.2);
    expect(risk.targets[1]!.probability).toBe(risk.targets[0]!.probability);
    expect(risk.targets[1]!.quantiles[2]).toBeCloseTo(2 * risk.targets[0]!.quantiles[2]!, 9);
  });
});
