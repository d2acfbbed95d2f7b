import { describe, expect, it } from "vitest";
import { formatGap, formatNumber, formatPercent, formatValue, solutionLabel, solutionReason, verdictLabel } from "../src/index.js";

describe("formatting", () => {
  it("writes percent the Vietnamese way: 14,5 % (en 14.5%)", () => {
    expect(formatPercent(0.145, "vi")).toBe("14,5 %");
    expect(formatPercent(0.145, "en")).toBe("14.5%");
    expect(formatPercent(0.09982, "vi")).toBe("9,98 %");
  });
  it("groups thousands with dots in Vietnamese: 12.085 tỷ đồng (en 12,085 billion VND)", () => {
    expect(formatValue(12085, "billionVnd", "vi")).toBe("12.085 tỷ đồng");
    expect(formatValue(12085, "billionVnd", "en")).toBe("12,085 billion VND");
    expect(formatValue(570.3, "billionVnd", "vi")).toBe("570,3 tỷ đồng");
    expect(formatValue(157.1564, "millionVndPerPerson", "vi")).toBe("157,2 triệu đồng/người");
    expect(formatValue(7.36, "per10kPeople", "vi")).toBe("7,36/1 vạn dân");
  });
  it("signs gaps and uses a true minus", () => {
    expect(formatGap(12.1564, "millionVndPerPerson", "vi")).toBe("+12,16 triệu đồng/người");
    expect(formatGap(-0.005, "rate", "vi")).toBe("−0,5 điểm %");
    expect(formatNumber(-1234.5, "en")).toBe("−1,235");
  });
  it("shows unknown numbers as a dash", () => {
    expect(formatValue(NaN, "billionVnd", "vi")).toBe("–");
  });
  it("names verdicts and solver answers", () => {
    expect(verdictLabel(true, "vi")).toBe("đạt");
    expect(verdictLabel(false, "vi")).toBe("không đạt");
    expect(verdictLabel(null, "en")).toBe("no data");
    expect(solutionLabel({ status: "solved", rate: 0.0998, from: 2024, to: 2025 }, "vi")).toBe("9,98 %/năm (2024–2025)");
    expect(solutionLabel({ status: "unreachable", reason: "noRateReaches" }, "en")).toBe("unreachable");
    expect(solutionLabel({ status: "solved", rate: 0.145, from: 2023, to: 2023 }, "vi")).toBe("14,5 %/năm (2023)");
    expect(solutionReason({ status: "alreadyMet", reason: "fixedYearsMeet", year: 2025 }, "vi")).toBe("các năm đã cố định đến 2025 đủ đạt");
    expect(formatGap(2.8e-17, "rate", "vi")).toBe("0 điểm %");
    expect(formatGap(-1e-12, "billionVnd", "vi")).toBe("0 tỷ đồng");
  });
});

import { loadRegion, targetLabel, targetSpecs, targetValueLabel } from "../src/index.js";

describe("target labels", () => {
  const region = loadRegion("sa-pa");
  const byId = Object.fromEntries(targetSpecs(region).map((t) => [t.id, t]));
  it("names the kind and years", () => {
    const avg = byId["grdp-growth-term-average"]!;
    expect(targetLabel({ ...avg, label: undefined }, { vi: "Tăng trưởng GRDP", en: "GRDP growth" }, "vi")).toBe("Tăng trưởng GRDP bình quân 2021–2025");
    expect(targetValueLabel(avg, "rate", "vi")).toBe("≥ 14,5 %");
    const pc = byId["grdp-per-capita-2025"]!;
    expect(targetValueLabel(pc, "millionVndPerPerson", "en")).toBe("≥ 145 million VND/person");
  });
});
