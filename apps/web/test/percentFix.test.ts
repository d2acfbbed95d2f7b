import { describe, expect, it } from "vitest";
import { percentSlipOffer } from "../src/state/percentFix";

describe("percent slips in an imported file", () => {
  it("finds 14.5 typed for 14,5 % and offers the file with every rate divided by 100", () => {
    const file = JSON.stringify({
      schema: "lotrinh/scenario/1",
      region: "sa-pa",
      rates: { grdpGrowth: { "2024": 14.5, "2025": 16 }, deflator: { "2024": 3.2 } },
      actuals: { grdpGrowth: { "2022": { value: 9.02, status: "estimate" } }, grdpPerCapita: { "2024": 97.5 } },
      levels: { investment: { "2024": 12000 } },
    });
    const offer = percentSlipOffer(file)!;
    expect(offer.slip.path).toBe("rates.grdpGrowth.2024");
    expect(offer.slip.message.vi).toBe("ý bạn là 14,5 %? Tỷ lệ ghi dưới dạng số thập phân: 0,145");
    // grdpGrowth 2024, 2025, deflator 2024, the 2022 growth estimate: 4 rates; levels untouched.
    expect(offer.count).toBe(4);
    const fixed = JSON.parse(offer.fixedText);
    expect(fixed.rates).toEqual({ grdpGrowth: { "2024": 0.145, "2025": 0.16 }, deflator: { "2024": 0.032 } });
    expect(fixed.actuals.grdpGrowth["2022"]).toEqual({ value: 0.0902, status: "estimate" });
    expect(fixed.actuals.grdpPerCapita["2024"]).toBe(97.5);
    expect(fixed.levels.investment["2024"]).toBe(12000);
    // The corrected file has no slip left.
    expect(percentSlipOffer(offer.fixedText)).toBeUndefined();
  });

  it("leaves a file of fractions, or one where dividing would not make every rate plausible, alone", () => {
    expect(percentSlipOffer(JSON.stringify({ rates: { grdpGrowth: { "2024": 0.145 } } }))).toBeUndefined();
    // 300 % and 2 %: 300/100 = 3 is no plausible rate either, so it is not a percent slip.
    expect(percentSlipOffer(JSON.stringify({ rates: { grdpGrowth: { "2024": 300, "2025": 2 } } }))).toBeUndefined();
    expect(percentSlipOffer("not json")).toBeUndefined();
  });
});
