import { describe, expect, it } from "vitest";
import { evaluateTargets, project, resolveModel, targetSpecs, type Scenario } from "../src/index.js";
import { fixtureRegion } from "./fixture.js";

function evaluate(scenario?: Partial<Scenario>, fromYear?: number) {
  const region = fixtureRegion();
  const s = scenario ? ({ schema: "lotrinh/scenario/1", name: "t", region: region.id, ...scenario } as Scenario) : undefined;
  const r = resolveModel(region, s);
  if (!r.ok) throw new Error(r.error);
  const evals = evaluateTargets(project(r.value), targetSpecs(region, s), fromYear);
  return Object.fromEntries(evals.map((e) => [e.target.id, e]));
}

describe("target evaluation", () => {
  it("averageGrowth: geometric mean of 10 % a year is 10 %, met (atLeast 10 %)", () => {
    const e = evaluate().avg!;
    expect(e.projected).toBeCloseTo(0.1, 12);
    expect(e.met).toBe(true);
  });

  it("averageGrowth: one year at 5 % gives (1.1⁴ × 1.05)^(1/5) − 1 = 1.537305^0.2 − 1 = 8.9813 %, not met", () => {
    const e = evaluate({ rates: { grdpGrowth: { "2024": 0.05 } } }).avg!;
    expect(e.projected).toBeCloseTo(0.089813, 5);
    expect(e.met).toBe(false);
    // Required constant rate over 2021–2025 is the target itself: 10 %.
    expect(e.required.own).toMatchObject({ status: "solved", from: 2021, to: 2025 });
    if (e.required.own.status === "solved") expect(e.required.own.rate).toBeCloseTo(0.1, 12);
  });

  it("annualRate: 10 % in 2023 against above 12 % is not met, gap −2 points", () => {
    const e = evaluate().g2023!;
    expect(e.met).toBe(false);
    expect(e.gap).toBeCloseTo(-0.02, 12);
    expect(e.required.own).toMatchObject({ status: "solved", rate: 0.12, from: 2023, to: 2023 });
  });

  it("level: per capita 123.41 in 2025 against 130 misses by 6.59 (−5.07 %)", () => {
    const e = evaluate().pc2025!;
    expect(e.projected).toBeCloseTo(123.40790, 4);
    expect(e.gap).toBeCloseTo(-6.59210, 4);
    expect(e.relativeGap).toBeCloseTo(-0.050708, 5);
    // Own growth needed from 2024: (130/100)^(1/2) − 1 = 14.0175 %
    expect(e.required.own.status).toBe("solved");
    if (e.required.own.status === "solved") expect(e.required.own.rate).toBeCloseTo(0.140175, 5);
    // Real GRDP growth needed: 1.140175 × 1.01 / 1.02 − 1 = 12.8997 %
    expect(e.required.grdpGrowth?.status).toBe("solved");
    if (e.required.grdpGrowth?.status === "solved") expect(e.required.grdpGrowth.rate).toBeCloseTo(0.128997, 5);
  });

  it("cumulative: investment 2021–2025 sums 826.446 + 909.091 + 1000 + 1100 + 1210 = 5045.537, met", () => {
    const e = evaluate()["inv-sum"]!;
    expect(e.projected).toBeCloseTo(5045.5372, 3);
    expect(e.met).toBe(true);
    // Required rate from 2024: 2735.5372 + 1000(q + q²) = 5000 → q² + q − 2.264463 = 0 → q = (−1 + √10.05785)/2 = 1.085706, g = 8.5706 %
    expect(e.required.own.status).toBe("solved");
    if (e.required.own.status === "solved") expect(e.required.own.rate).toBeCloseTo(0.085706, 5);
  });

  it("about: revenue 500 × 1.122² = 629.44 in 2024 is beyond about 600 (±2 %) on the better side: exceeded", () => {
    const e = evaluate()["rev-about"]!;
    expect(e.projected).toBeCloseTo(629.442, 3);
    expect(e.verdict).toBe("exceeded");
    expect(e.met).toBe(true);
    // Buoyancy 0.9: 500 × 1.1098² = 615.83, |615.83 − 600| = 15.8 > 12, above: still exceeded
    expect(evaluate({ params: { revenueBuoyancy: 0.9 } })["rev-about"]!.verdict).toBe("exceeded");
    // Buoyancy 0.8: 500 × 1.0976² = 602.36, within 12 of 600: met
    expect(evaluate({ params: { revenueBuoyancy: 0.8 } })["rev-about"]!.verdict).toBe("met");
    // Buoyancy 0: 500 flat, 100 below 600 − 12: missed
    expect(evaluate({ params: { revenueBuoyancy: 0 } })["rev-about"]!.verdict).toBe("missed");
  });

  it("atMost: revenue 500 × 1.122³ = 706.23 in 2025 exceeds a 700 cap", () => {
    const e = evaluate()["rev-cap"]!;
    expect(e.projected).toBeCloseTo(706.2339, 3);
    expect(e.met).toBe(false);
    // Required own growth from 2023 (after the 2022 actual): (700/500)^(1/3) − 1 = 11.8689 %
    if (e.required.own.status === "solved") expect(e.required.own.rate).toBeCloseTo(0.118689, 5);
    else throw new Error("expected a solved rate");
  });

  it("a required rate over fixed years only is an answer, not an error", () => {
    const e = evaluate({ actual: { grdpGrowth: [2023] } }).g2023!;
    expect(e.required.own.status).toBe("unreachable");
    const met = evaluate({ rates: { grdpGrowth: { "2023": 0.13 } }, actual: { grdpGrowth: [2023] } }).g2023!;
    expect(met.required.own.status).toBe("alreadyMet");
  });
});
