import { describe, expect, it } from "vitest";
import { describeChart } from "../src/index.js";
import { saPaChart } from "./fixture.js";

describe("describeChart", () => {
  // Sa Pa's default plan: per capita anchored at 118 in 2023, growing (1.145 × 1.02 / 1.012) a year:
  // 118 × (1.145 × 1.02 / 1.012)² = 118 × 1.15404² = 157.16 million in 2025, 12.16 above the 145 target.
  it("tells the per-capita trajectory from its 2023 anchor against the 145 target in Vietnamese", () => {
    expect(describeChart(saPaChart("grdpPerCapita", "vi"))).toBe(
      "GRDP bình quân đầu người tăng từ 118 triệu đồng năm 2023 lên 157,2 triệu đồng năm 2025, " +
        "vượt mục tiêu 145 triệu đồng 12,2 triệu đồng. Các năm 2020–2022 tính ngược từ mốc năm 2023.",
    );
  });

  it("tells the same in English", () => {
    expect(describeChart(saPaChart("grdpPerCapita", "en"))).toBe(
      "GRDP per capita rises from 118 million VND in 2023 to 157.2 million VND in 2025, 12.2 million above the 145 million target. " +
        "2020–2022 are back-cast from the 2023 level.",
    );
  });

  // Every yearly rate is 14.5 %, so the geometric average over 2021–2025 is 14.5 % and both targets are met exactly.
  it("averages a rate indicator over the term and covers the annual target in its own sentence", () => {
    expect(describeChart(saPaChart("grdpGrowth", "vi"))).toBe(
      "Tăng trưởng GRDP bình quân 14,5 %/năm giai đoạn 2021–2025, đạt mục tiêu 14,5 %/năm. " +
        "Năm 2023: 14,5 %, đạt mục tiêu 14,5 %.",
    );
    expect(describeChart(saPaChart("grdpGrowth", "en", { view: "averageGrowth" }))).toBe(
      "GRDP growth averages 14.5%/yr over 2021–2025, meeting the 14.5%/yr target.",
    );
  });

  // Investment: 11,000 in 2023 at 16.8 %/yr both ways: 8,063.2 + 9,417.8 + 11,000 + 12,848 + 15,006.5 = 56,335.5,
  // 8,664.5 short of the 65,000 target.
  it("sums a cumulative view and says by how much it falls short", () => {
    expect(describeChart(saPaChart("investment", "vi"))).toBe(
      "Tổng vốn đầu tư huy động cộng dồn 2021–2025 là 56.335 tỷ đồng, còn thiếu 8.665 tỷ đồng so với mục tiêu 65.000 tỷ đồng.",
    );
    expect(describeChart(saPaChart("investment", "en"))).toBe(
      "Total investment mobilised sums to 56,335 billion VND over 2021–2025, 8,665 billion short of the 65,000 billion target.",
    );
  });

  it("starts a level from its first actual year and covers several targets", () => {
    expect(describeChart(saPaChart("touristVisits", "en"))).toBe(
      "Tourist visits rise from 2.5 million visits in 2022 to 5.8 million visits in 2025, meeting the 5.8 million target. " +
        "In 2023: 3.5 million visits, meeting the 3.5 million target. 2020–2021 are back-cast from the 2022 level.",
    );
  });

  it("gives one sentence per scenario in a compare view", () => {
    const text = describeChart(saPaChart("grdpPerCapita", "vi", { count: 3 }));
    const sentences = text.split(/(?<=\.) /);
    expect(sentences).toHaveLength(3);
    expect(sentences[0]).toMatch(/^Kế hoạch: GRDP bình quân đầu người tăng từ 118 triệu đồng năm 2023 lên 157,2/);
    expect(sentences[1]).toMatch(/^Tăng trưởng cao: /);
    expect(sentences[2]).toMatch(/^Thận trọng: .*vượt mục tiêu 145 triệu đồng/);
  });

  it("says when a path falls and when a target is missed", () => {
    const input = saPaChart("investment", "en", { view: "level" });
    const s = input.series[0]!;
    const falling = { ...s.projection.series.investment!, values: Float64Array.from([200, 180, 160, 150, 140, 120]) };
    const projection = { ...s.projection, series: { ...s.projection.series, investment: falling } };
    const text = describeChart({ ...input, series: [{ ...s, projection }] });
    expect(text).toBe("Total investment mobilised falls from 150 billion VND in 2023 to 120 billion VND in 2025. 2020–2022 are back-cast from the 2023 level.");
  });
});
