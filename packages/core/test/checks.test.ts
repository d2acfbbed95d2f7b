import { describe, expect, it } from "vitest";
import { emptyScenario, loadRegion, planChecks, simulate, type PlanCheck, type RegionId, type Scenario } from "../src/index.js";

function checks(id: RegionId, changes?: Partial<Scenario>): Record<string, PlanCheck> {
  const r = simulate(loadRegion(id), changes ? { ...emptyScenario(id, "test"), ...changes } : undefined);
  if (!r.ok) throw new Error(r.error);
  return Object.fromEntries(planChecks(r.value.projection).map((c) => [c.id === "impliedGrowth" ? c.key : c.id, c]));
}

describe("plan-consistency checks", () => {
  it("Sa Pa: per capita 118 (2023) → 145 (2025) with g 14.5 %, n 1.2 % implies a deflator of −2.02 %: implausible", () => {
    // √(145/118) = 1.108520; × 1.012 / 1.145 = 0.979756 → −2.024 %
    const c = checks("sa-pa").impliedDeflator!;
    expect(c.implied).toBeCloseTo(-0.020244, 5);
    expect(c.verdict).toBe("implausible");
    expect(c.figures.map((f) => [f.value, f.status, f.source])).toContainEqual([118, "plan", "000_9e44bb76478aa60b"]);
    expect(c.text.vi).toContain("−2,02 %");
    expect(c.text.en).toContain("a falling price level is implausible");
  });

  it("Lào Cai: revenue 12,000 → 15,500 and per capita 103 → 126 (2023 → 2025), n 1.3 %: b = 13.65 % / 12.04 % = 1.134", () => {
    // (15500/12000)^0.5 − 1 = 13.6515 %; (126/103)^0.5 × 1.013 − 1 = 1.106029 × 1.013 − 1 = 12.0408 %
    const c = checks("lao-cai").impliedBuoyancy!;
    expect(c.implied).toBeCloseTo(1.1338, 4);
    expect(c.verdict).toBe("plausible");
    // The default buoyancy 1.0 is what makes the 2025 revenue target missed.
    expect(c.text.vi).toContain('Hệ số 1,0 của kịch bản (giả định) là điều làm thu ngân sách 2025 "không đạt"');
    // With the implied buoyancy the sentence goes: the target is then met.
    expect(checks("lao-cai", { params: { revenueBuoyancy: 1.14 } }).impliedBuoyancy!.text.en).not.toContain("missed");
  });

  it("a check that lacks data names the missing figure", () => {
    const sapa = checks("sa-pa");
    expect(sapa.impliedBuoyancy!.verdict).toBe("missingData");
    expect(sapa.impliedBuoyancy!.missing[0]!.vi).toContain("hai số kế hoạch thu ngân sách");
    expect(sapa.impliedIcor!.verdict).toBe("missingData");
    expect(sapa.impliedIcor!.missing.map((m) => m.en).join(" ")).toContain("GRDP in 2020 (billion VND, current prices)");
  });

  it("ICOR from a base-year GRDP: 53,000 / (60,000 × 1.122² × (1.1322 − 1)) = 5.3077, plausible", () => {
    // GRDP 2022 = 60,000 × 1.122² = 75,533.04; added in 2023 = 75,533.04 × (1.11 × 1.02 − 1) = 9,985.47
    const c = checks("lao-cai", { baseLevels: { grdpCurrentPrices: 60000 } }).impliedIcor!;
    expect(c.implied).toBeCloseTo(53000 / (60000 * 1.122 ** 2 * 0.1322), 9);
    expect(c.implied).toBeCloseTo(5.3077, 4);
    expect(c.verdict).toBe("plausible");
    expect(c.figures[1]).toMatchObject({ value: 60000, source: "scenario" });
  });

  it("ICOR from a base-year population and the per-capita path: 1,000 thousand people", () => {
    // Lào Cai per capita 2022 = 103 / (1.11 × 1.02 / 1.013) = 92.1553, 2023 = 103;
    // population 2022 = 1,000 × 1.013² = 1,026.169, 2023 = 1,039.509;
    // GRDP 2023 − 2022 = 107,069.4 − 94,566.9 = 12,502.5 → ICOR = 53,000 / 12,502.5 = 4.2392
    const c = checks("lao-cai", { baseLevels: { population: 1000 } }).impliedIcor!;
    const pc22 = 103 / ((1.11 * 1.02) / 1.013);
    expect(c.implied).toBeCloseTo(53000 / (103 * 1000 * 1.013 ** 3 - pc22 * 1000 * 1.013 ** 2), 9);
    expect(c.implied).toBeCloseTo(4.2392, 3);
  });

  it("flags implied growth more than 2 points away from the scenario's: Lai Châu per capita 3.09 % against 9.2 %", () => {
    const lai = checks("lai-chau");
    // (51.5 / 47)^(1/3) − 1 = 3.0947 %
    const pc = lai["impliedGrowth:grdpPerCapita:2021-2024"]!;
    expect(pc.implied).toBeCloseTo(0.030947, 5);
    expect(pc.verdict).toBe("implausible");
    // (225,500 / 222,000)^(1/3) − 1 = 0.5228 %, the default own rate 0.53 %: within 2 points
    expect(lai["impliedGrowth:grainOutput:2021-2024"]!.verdict).toBe("plausible");
  });
});
