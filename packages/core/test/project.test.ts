import { describe, expect, it } from "vitest";
import { project, resolveModel, type Scenario } from "../src/index.js";
import { fixtureRegion } from "./fixture.js";

function projectFixture(scenario?: Partial<Scenario>) {
  const region = fixtureRegion();
  const s = scenario ? ({ schema: "lotrinh/scenario/1", name: "t", region: region.id, ...scenario } as Scenario) : undefined;
  const r = resolveModel(region, s);
  if (!r.ok) throw new Error(r.error);
  return project(r.value);
}

describe("projection: linked growth", () => {
  it("real GRDP with no known level is an index: 100 × 1.1^5 = 161.051 in 2025", () => {
    const p = projectFixture();
    expect(p.series.grdp!.isIndex).toBe(true);
    expect(p.series.grdp!.values[5]).toBeCloseTo(161.051, 9);
  });

  it("per capita compounds (1+g)(1+d)/(1+p): 100 × (1.1 × 1.02 / 1.01)² = 123.4079 in 2025", () => {
    // 1.1 × 1.02 / 1.01 = 1.122 / 1.01 = 1.110891089…; squared = 1.234079012…
    const p = projectFixture();
    expect(p.series.grdpPerCapita!.values[5]).toBeCloseTo(123.40790, 4);
    // The later 2025 plan figure (130) is a target, not a pin.
    expect(p.series.grdpPerCapita!.provenance[5]!.status).toBe("projected");
    expect(p.series.grdpPerCapita!.provenance[3]).toMatchObject({ status: "plan", anchor: true });
  });

  it("per capita is discounted backward before its anchor: 100 / 1.110891 = 90.0178 in 2022", () => {
    const p = projectFixture();
    expect(p.series.grdpPerCapita!.values[2]).toBeCloseTo(90.01783, 4);
  });

  it("budget revenue grows with buoyancy × nominal growth: 500 × 1.122 = 561 in 2023", () => {
    // nominal = 1.1 × 1.02 − 1 = 0.122
    const p = projectFixture();
    expect(p.series.budgetRevenue!.values[3]).toBeCloseTo(561, 9);
    const q = projectFixture({ params: { revenueBuoyancy: 1.5 } });
    // 500 × (1 + 1.5 × 0.122) = 591.5
    expect(q.series.budgetRevenue!.values[3]).toBeCloseTo(591.5, 9);
  });

  it("investment follows its own rate: 1000 × 1.1 = 1100 in 2024, 1000 / 1.1 = 909.09 in 2022", () => {
    const p = projectFixture();
    expect(p.series.investment!.values[4]).toBeCloseTo(1100, 9);
    expect(p.series.investment!.values[2]).toBeCloseTo(909.0909, 4);
  });

  it("an explicit rate overrides the link for that year only", () => {
    // 100 × 1.05 (override in 2024) × 1.110891 (linked in 2025) = 116.6436
    const p = projectFixture({ rates: { grdpPerCapita: { "2024": 0.05 } } });
    expect(p.series.grdpPerCapita!.values[5]).toBeCloseTo(116.64356, 4);
    expect(p.series.grdpPerCapita!.growthProvenance[4]!.status).toBe("assumption");
  });

  it("a scenario level pins the path and growth between pins is implied", () => {
    // investment 2021 = 800 fixed; 2022 = 800 × 1.1 = 880 compounds forward; 2023 is pinned at 1000,
    // so 2023's growth is implied: 1000 / 880 − 1 = 13.636 %
    const p = projectFixture({ levels: { investment: { "2021": 800 } } });
    expect(p.series.investment!.values[1]).toBe(800);
    expect(p.series.investment!.values[2]).toBeCloseTo(880, 9);
    expect(p.series.investment!.growth[3]).toBeCloseTo(0.136364, 5);
    expect(p.series.investment!.lastFixed).toBe(3);
  });
});

describe("projection: provenance", () => {
  it("a rate indicator's growth provenance is its rate's provenance, year by year", () => {
    const p = projectFixture();
    const g = p.series.grdpGrowth!;
    expect(g.growthProvenance).toHaveLength(6);
    expect(g.growthProvenance[3]).toMatchObject({ status: "plan", source: "doc" });
    expect(g.growthProvenance[4]).toMatchObject({ status: "assumption" });
  });
});
