import { describe, expect, it } from "vitest";
import { applyRequiredRate, emptyScenario, loadRegion, regionScenarios, simulate } from "../src/index.js";

describe("Sa Pa acceptance case", () => {
  const region = loadRegion("sa-pa");
  const sim = simulate(region);
  if (!sim.ok) throw new Error(sim.error);
  const pc = sim.value.evaluations.find((e) => e.target.indicator === "grdpPerCapita" && e.target.year === 2025)!;

  it("per capita reaches 118 × (1.145 × 1.02 / 1.012)² = 157.16 million VND in 2025 and meets 145", () => {
    // 1.145 × 1.02 = 1.1679; / 1.012 = 1.154051; squared = 1.331834; × 118 = 157.1564
    expect(pc.projected).toBeCloseTo(157.1564, 3);
    expect(pc.met).toBe(true);
  });

  it("needs real growth of 9.98 % from 2024", () => {
    // (1 + g) × 1.02 / 1.012 = √(145 / 118) = 1.108520 → 1 + g = 1.108520 × 1.012 / 1.02 = 1.099826
    expect(pc.required.grdpGrowth).toMatchObject({ status: "solved", from: 2024, to: 2025 });
    if (pc.required.grdpGrowth?.status !== "solved") throw new Error("unsolved");
    expect(pc.required.grdpGrowth.rate).toBeCloseTo(0.099826, 5);
    // Own growth: √(145 / 118) − 1 = 10.852 %
    if (pc.required.own.status !== "solved") throw new Error("unsolved");
    expect(pc.required.own.rate).toBeCloseTo(0.108520, 5);
  });

  it("lowering 2024 growth breaks the term average; applying the required rate restores it", () => {
    const lowered = { ...emptyScenario("sa-pa", "test"), rates: { grdpGrowth: { "2024": 0.12 } } };
    const s1 = simulate(region, lowered);
    if (!s1.ok) throw new Error(s1.error);
    const avg = s1.value.evaluations.find((e) => e.target.kind === "averageGrowth" && e.target.indicator === "grdpGrowth")!;
    expect(avg.met).toBe(false);
    const fixed = applyRequiredRate(lowered, "grdpGrowth", avg.required.own);
    const s2 = simulate(region, fixed);
    if (!s2.ok) throw new Error(s2.error);
    expect(s2.value.evaluations.find((e) => e.target.id === avg.target.id)!.met).toBe(true);
  });

  it("every shipped scenario of every region simulates", () => {
    for (const id of ["sa-pa", "lao-cai", "lai-chau"] as const) {
      const r = loadRegion(id);
      const scenarios = regionScenarios(r);
      expect(scenarios.length).toBe(3);
      for (const s of scenarios) expect(simulate(r, s).ok).toBe(true);
    }
  });
});
