import { describe, expect, it } from "vitest";
import { emptyScenario, evaluationNoteText, loadRegion, simulate, type RegionId, type Scenario } from "../src/index.js";

function run(id: RegionId, changes: Partial<Scenario> = {}) {
  const r = simulate(loadRegion(id), { ...emptyScenario(id, "test"), ...changes });
  if (!r.ok) throw new Error(r.error);
  return r.value;
}
const evaluation = (sim: ReturnType<typeof run>, id: string) => sim.evaluations.find((e) => e.target.id === id)!;

describe("Lào Cai with outcomes (issue acceptance)", () => {
  const sim = run("lao-cai", {
    actuals: { grdpPerCapita: { "2022": 90, "2024": 97.5 } },
    rates: { grdpGrowth: { "2025": 0.1 }, deflator: { "2025": 0.02 }, populationGrowth: { "2025": 0.013 } },
  });
  const pc = evaluation(sim, "grdp-per-capita-2025");

  it("per capita 2025 = 97.5 × 1.10 × 1.02 / 1.013 = 107.99, missed, on a projection", () => {
    // 97.5 × 1.122 = 109.395; / 1.013 = 107.9911
    expect(pc.projected).toBeCloseTo(107.9911, 4);
    expect(pc.verdict).toBe("missed");
    expect(pc.basis).toBe("projection");
  });

  it("the 2023 plan figure no longer pins the path: 90 × 1.11 × 1.02 / 1.013 = 100.59, projected", () => {
    // The outcomes displace the plan anchor (103); 2023 grows from the 2022 outcome.
    const series = sim.projection.series.grdpPerCapita!;
    expect(series.values[3]).toBeCloseTo(100.5903, 4);
    expect(series.values[3]).not.toBe(103);
    expect(series.provenance[3]!.status).toBe("projected");
    expect(series.provenance[2]).toMatchObject({ status: "actual", edited: true });
  });

  it("real growth needed in 2025 alone = (126 / 97.5) × 1.013 / 1.02 − 1 = 28.34 %, labelled 2025", () => {
    // 126 / 97.5 = 1.292308; × 1.013 = 1.309108; / 1.02 = 1.283439
    expect(pc.required.grdpGrowth).toMatchObject({ status: "solved", from: 2025, to: 2025 });
    if (pc.required.grdpGrowth?.status !== "solved") throw new Error("unsolved");
    expect(pc.required.grdpGrowth.rate).toBeCloseTo(0.283439, 5);
  });
});

describe("what a verdict rests on", () => {
  it("Sa Pa as shipped: the term average rests on rates read from that target (circular)", () => {
    const avg = evaluation(run("sa-pa"), "grdp-growth-term-average");
    expect(avg.verdict).toBe("met");
    expect(avg.basis).toBe("circular");
    expect(avg.outcomeYears).toBe(0);
    expect(avg.measuredYears).toBe(5);
  });

  it("Sa Pa as shipped: 7 of the 8 met verdicts restate an assumption or the plan figure itself", () => {
    const met = run("sa-pa").evaluations.filter((e) => e.target.active && e.met);
    expect(met).toHaveLength(8);
    expect(met.filter((e) => e.basis === "circular")).toHaveLength(7);
    expect(met.find((e) => e.basis !== "circular")!.target.id).toBe("grdp-per-capita-2025");
  });

  it("Sa Pa with growth outcomes 5, 13.8, 15, 16, 15 %: term average 12.89 %, missed, on actuals", () => {
    // (1.05 × 1.138 × 1.15 × 1.16 × 1.15)^(1/5) − 1 = 1.83315^(0.2) − 1 = 12.885 %
    const sim = run("sa-pa", { actuals: { grdpGrowth: { "2021": 0.05, "2022": 0.138, "2023": 0.15, "2024": 0.16, "2025": 0.15 } } });
    const avg = evaluation(sim, "grdp-growth-term-average");
    expect(avg.projected).toBeCloseTo(0.128852, 5);
    expect(avg.verdict).toBe("missed");
    expect(avg.basis).toBe("actual");
    expect(avg.outcomeYears).toBe(5);
  });

  it("counts outcome years: three of five growth years entered gives 3/5 and a projection", () => {
    const sim = run("sa-pa", { actuals: { grdpGrowth: { "2021": 0.05, "2022": { value: 0.09, status: "estimate", source: "Báo cáo 2022" }, "2023": 0.15 } } });
    const avg = evaluation(sim, "grdp-growth-term-average");
    expect([avg.outcomeYears, avg.measuredYears]).toEqual([3, 5]);
    // 2024–2025 still rest on the term target's own rate.
    expect(avg.basis).toBe("circular");
    expect(sim.projection.series.grdpGrowth!.provenance[2]).toMatchObject({ status: "estimate", source: "Báo cáo 2022" });
  });
});

describe("three-way verdicts: Lai Châu 2024 growth 'khoảng 9 %' (±2 % relative: 8.82–9.18 %)", () => {
  for (const [rate, verdict] of [
    [0.095, "exceeded"],
    [0.089, "met"],
    [0.08, "missed"],
  ] as const)
    it(`${rate * 100} % → ${verdict}`, () => {
      const e = evaluation(run("lai-chau", { actuals: { grdpGrowth: { "2024": rate } } }), "grdp-growth-2024");
      expect(e.verdict).toBe(verdict);
      expect(e.basis).toBe("actual");
      expect(e.met).toBe(verdict !== "missed");
    });

  it("as shipped, the 2024 default rate is the plan figure of the target's own document: circular", () => {
    expect(evaluation(run("lai-chau"), "grdp-growth-2024").basis).toBe("circular");
  });
});

describe("solver edges", () => {
  it("with 2024 growth entered as an outcome, the required GRDP growth applies to 2025 only", () => {
    // Sa Pa per capita is anchored at 118 in 2023: 2024 is free for its own rate but not for GRDP growth.
    const sim = run("sa-pa", { actuals: { grdpGrowth: { "2024": 0.1 } } });
    const pc = evaluation(sim, "grdp-per-capita-2025");
    expect(pc.required.own).toMatchObject({ status: "solved", from: 2024, to: 2025 });
    expect(pc.required.grdpGrowth).toMatchObject({ status: "solved", from: 2025, to: 2025 });
    // 118 × 1.1 × 1.02 / 1.012 = 130.826; 2025 needs (145 / 130.826) × 1.012 / 1.02 − 1 = 9.966 %
    if (pc.required.grdpGrowth?.status !== "solved") throw new Error("unsolved");
    expect(pc.required.grdpGrowth.rate).toBeCloseTo((145 / ((118 * 1.1 * 1.02) / 1.012)) * (1.012 / 1.02) - 1, 9);
  });

  it("cumulative targets name the back-cast years in the evaluation and its note", () => {
    // Sa Pa investment is anchored in 2023: 2021 and 2022 are worked backward with the rates.
    const inv = evaluation(run("sa-pa"), "investment-term-sum");
    expect(inv.backcastYears).toEqual([2021, 2022]);
    expect(inv.notes).toContainEqual({ code: "backcast", years: [2021, 2022] });
    expect(evaluationNoteText(inv.notes[0]!, "vi")).toContain("năm 2021, 2022 tính ngược");
    expect(inv.basis).toBe("projection");
  });

  it("M1: buoyancy 10 with growth −15 % is a refused combination, never a negative revenue", () => {
    // 10 × (0.85 × 1.02 − 1) = −1.33: revenue growth below −100 % from 2024.
    const sim = run("lao-cai", { params: { revenueBuoyancy: 10 }, rates: { grdpGrowth: { "2024": -0.15, "2025": -0.15 } } });
    const revenue = sim.projection.series.budgetRevenue!;
    expect(revenue.refused).toEqual([2024, 2025]);
    for (const v of revenue.values) expect(Number.isNaN(v) || v >= 0).toBe(true);
    const e = evaluation(sim, "budget-revenue-2025");
    expect(e.verdict).toBe("undefined");
    expect(e.met).toBeNull();
    expect(e.notes).toContainEqual({ code: "refusedCombination", indicator: "budgetRevenue", years: [2024, 2025] });
    expect(e.required.own).toEqual({ status: "notApplicable", reason: "refusedCombination" });
    expect(e.required.grdpGrowth).toEqual({ status: "notApplicable", reason: "refusedCombination" });
  });

  it("M1: with buoyancy 10 the required growth is searched only where revenue growth stays above −100 %", () => {
    // Lower bound: (1 − 1/10) / 1.02 − 1 = −11.76 %; the target is met at 10 % and missed near the bound.
    const e = evaluation(run("lao-cai", { params: { revenueBuoyancy: 10 } }), "budget-revenue-2025");
    expect(e.verdict).toBe("exceeded");
    expect(e.required.grdpGrowth?.status).toBe("solved");
    if (e.required.grdpGrowth?.status !== "solved") throw new Error("unsolved");
    expect(e.required.grdpGrowth.rate).toBeGreaterThan((1 - 1 / 10) / 1.02 - 1);
  });
});
