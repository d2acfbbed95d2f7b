import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findPercentSlip, percentSlipMessage, readScenarioDocument, regionPercentSlip, scenarioPercentSlip } from "../src/index.js";

const doc = (rates: Record<string, Record<string, number>>, extra: Record<string, unknown> = {}) => ({
  schema: "lotrinh/scenario/1",
  region: "sa-pa",
  rates,
  ...extra,
});

describe("percent slips", () => {
  it("words the slip in Vietnamese and English: 14.5 → 14,5 % → 0,145", () => {
    expect(percentSlipMessage(14.5)).toEqual({
      vi: "ý bạn là 14,5 %? Tỷ lệ ghi dưới dạng số thập phân: 0,145",
      en: "did you mean 14.5 %? Rates are written as fractions: 0.145",
    });
    // 9.02 → 0.0902: two more digits than typed
    expect(percentSlipMessage(9.02).vi).toBe("ý bạn là 9,02 %? Tỷ lệ ghi dưới dạng số thập phân: 0,0902");
    expect(percentSlipMessage(7).en).toBe("did you mean 7 %? Rates are written as fractions: 0.07");
  });

  it("names the first rate above 1 when every rate ÷ 100 is plausible", () => {
    const slip = scenarioPercentSlip(doc({ grdpGrowth: { "2023": 14.5, "2024": 0.15 }, deflator: { "2024": 3 } }));
    expect(slip?.path).toBe("rates.grdpGrowth.2023");
    expect(scenarioPercentSlip(doc({}, { actuals: { grdpGrowth: { "2022": { value: 9.02, status: "estimate" } } } }))?.path).toBe(
      "actuals.grdpGrowth.2022",
    );
  });

  it("is no slip when a rate is not plausible as a percent (150 → +150 %), or when no rate is above 1", () => {
    expect(scenarioPercentSlip(doc({ grdpGrowth: { "2023": 14.5, "2024": 150 } }))).toBeUndefined();
    expect(scenarioPercentSlip(doc({ grdpGrowth: { "2023": 1, "2024": -0.5 } }))).toBeUndefined();
    // Levels are not rates: 9000 billion VND is no slip.
    expect(scenarioPercentSlip(doc({}, { levels: { investment: { "2022": 9000 } }, actuals: { investment: { "2022": 9000 } } }))).toBeUndefined();
  });

  it("reads a region document's rates (a JSON file, or a workbook read into the same shape)", () => {
    const region = { indicators: { grdpGrowth: { rates: { "2021": { value: 8.5, status: "actual" }, "2022": { value: 9, status: "plan" } } } } };
    expect(regionPercentSlip(region)).toMatchObject({ path: "indicators.grdpGrowth.rates.2021", value: 8.5 });
    expect(regionPercentSlip({ indicators: { grdpGrowth: { rates: { "2021": { value: 0.085 } } } } })).toBeUndefined();
  });

  it("is refused before the schema's domain message, naming the field", () => {
    const r = readScenarioDocument(doc({ grdpGrowth: { "2024": 15 } }));
    expect(r).toEqual({
      ok: false,
      path: "rates.grdpGrowth.2024",
      error: "scenario: rates.grdpGrowth.2024: did you mean 15 %? Rates are written as fractions: 0.15",
    });
  });

  it("property: plausible fractions written as percents are always caught; fractions never are", () => {
    const plausible = fc.double({ min: -0.5, max: 1, noNaN: true });
    fc.assert(
      fc.property(fc.array(plausible, { minLength: 1, maxLength: 12 }), fc.double({ min: 0.0101, max: 1, noNaN: true }), (fractions, big) => {
        const entries = [...fractions, big].map((f, i) => ({ path: `r.${i}`, value: f }));
        // As fractions: nothing above 1, no slip.
        expect(findPercentSlip(entries)).toBeUndefined();
        // As percents (× 100): `big` × 100 > 1, and every value ÷ 100 is the plausible fraction again.
        const slip = findPercentSlip(entries.map((e) => ({ ...e, value: e.value * 100 })));
        expect(slip).toBeDefined();
        expect(slip!.value).toBeGreaterThan(1);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("percent slips in region files", () => {
  it("a JSON region file with 14.5 for 14.5 % is refused naming the rate; the workbook's rate cells are percents already", async () => {
    const { readRegionFile } = await import("../src/workbook/index.js");
    const { loadRegion } = await import("../src/index.js");
    const region = structuredClone(loadRegion("sa-pa")) as unknown as { indicators: Record<string, { rates?: Record<string, { value: number }> }> };
    const rates = region.indicators.grdpGrowth!.rates!;
    for (const year of Object.keys(rates)) rates[year]!.value *= 100;
    const read = await readRegionFile("sa-pa.json", new TextEncoder().encode(JSON.stringify(region)), "vi");
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.errors[0]).toMatch(/^địa bàn: indicators\.grdpGrowth\.rates\.2021: ý bạn là 14,5 %\? Tỷ lệ ghi dưới dạng số thập phân: 0,145$/);
  });
});
