import { describe, expect, it } from "vitest";
import { loadRegion, simulate, unitLabel, formatValue, REGION_IDS, EXAMPLE_REGION_IDS } from "../src/index.js";

// The worked example of the 2025–2030 term (seeds/vi-du-2030.json): per capita 100 million VND and
// revenue 5,000 billion VND in 2025, g 10 %, π 3 %, n 1 % every year 2026–2030, buoyancy 1.
const region = loadRegion("vi-du-2030");
const run = simulate(region);
if (!run.ok) throw new Error(run.error);
const { projection, evaluations } = run.value;
const byId = (id: string) => evaluations.find((e) => e.target.id === id)!;

describe("a 2025–2030 region", () => {
  it("is a seeded example listed apart from the real regions", () => {
    expect(REGION_IDS).toContain("vi-du-2030");
    expect(EXAMPLE_REGION_IDS).toEqual(["vi-du-2030"]);
    expect(region.example).toBe(true);
    expect(region.term).toEqual({ base: 2025, end: 2030 });
  });

  it("marks every figure an assumption with a note saying it is an example", () => {
    for (const ind of Object.values(region.indicators))
      for (const table of [ind.levels ?? {}, ind.rates ?? {}])
        for (const v of Object.values(table)) {
          expect(v.status).toBe("assumption");
          expect(v.note?.vi).toMatch(/ví dụ/);
          expect(v.note?.en).toMatch(/example/);
        }
  });

  it("projects the years of its own term", () => {
    expect([...projection.years]).toEqual([2025, 2026, 2027, 2028, 2029, 2030]);
    // per capita 2030 = 100 × (1.10 × 1.03 / 1.01)^5 = 100 × 1.121782…^5 = 177.64
    expect(projection.series.grdpPerCapita!.values[5]).toBeCloseTo(177.64, 2);
    // revenue 2030 = 5,000 × (1.10 × 1.03)^5 = 5,000 × 1.133^5 = 9,335.1
    expect(projection.series.budgetRevenue!.values[5]).toBeCloseTo(9335.1, 1);
  });

  it("evaluates its targets and solves the required rates over 2026–2030", () => {
    const perCapita = byId("grdp-per-capita-2030");
    expect(perCapita.verdict).toBe("exceeded");
    expect(perCapita.met).toBe(true);
    // required per-capita growth: 1.7^(1/5) − 1 = 0.111962; real growth with π, n held:
    // 1.111962 × 1.01 / 1.03 − 1 = 0.090370
    const own = perCapita.required.own;
    expect(own.status).toBe("solved");
    if (own.status === "solved") {
      expect(own.rate).toBeCloseTo(0.111962, 5);
      expect([own.from, own.to]).toEqual([2026, 2030]);
    }
    const real = perCapita.required.grdpGrowth;
    expect(real?.status).toBe("solved");
    if (real?.status === "solved") expect(real.rate).toBeCloseTo(0.09037, 5);

    const revenue = byId("budget-revenue-2030");
    expect(revenue.met).toBe(true);
    expect(revenue.projected).toBeCloseTo(9335.1, 1);

    // average growth 2026–2030 = 10 % against ≥ 11 %: missed; required 11 % over 2026–2030
    const average = byId("grdp-growth-term-average");
    expect(average.verdict).toBe("missed");
    expect(average.projected).toBeCloseTo(0.1, 10);
    const need = average.required.own;
    expect(need.status).toBe("solved");
    if (need.status === "solved") {
      expect(need.rate).toBeCloseTo(0.11, 10);
      expect([need.from, need.to]).toEqual([2026, 2030]);
    }
  });

  it("names the region's own base year in an index unit", () => {
    expect(unitLabel("index", "vi", 2025)).toBe("chỉ số (2025 = 100)");
    expect(unitLabel("index", "en", 2025)).toBe("index (2025 = 100)");
    // Without a region, no year is assumed.
    expect(unitLabel("index", "vi")).toBe("chỉ số (năm gốc = 100)");
    expect(formatValue(105, "index", "en", 0, 2025)).toBe("105 index (2025 = 100)");
  });
});
