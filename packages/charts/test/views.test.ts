import { describe, expect, it } from "vitest";
import { chartTitle, chartViews } from "../src/index.js";
import { chartModel } from "../src/chartModel.js";
import { textWidth, wrapText } from "../src/textWidth.js";
import { saPaChart, saPaSeries } from "./fixture.js";

describe("chartViews", () => {
  const evaluations = saPaSeries().evaluations;

  it("puts the natural view of the indicator's targets first", () => {
    expect(chartViews("grdpPerCapita", evaluations)).toEqual(["level"]);
    // A rate's average-growth target is a line over its yearly rates, and also has its running-average view.
    expect(chartViews("grdpGrowth", evaluations)).toEqual(["level", "averageGrowth"]);
    expect(chartViews("investment", evaluations)).toEqual(["cumulative", "level"]);
    // Tourist visits: the active reading is a 2025 level; the term-sum reading still gets its view.
    expect(chartViews("touristVisits", evaluations)).toEqual(["level", "cumulative"]);
    expect(chartViews("retailSales", evaluations)).toEqual(["level"]);
  });
});

describe("chartTitle", () => {
  it("names the indicator, the view and the unit", () => {
    expect(chartTitle(saPaChart("grdpPerCapita", "vi"))).toBe("GRDP bình quân đầu người (triệu đồng/người)");
    expect(chartTitle(saPaChart("investment", "vi"))).toBe("Tổng vốn đầu tư huy động, cộng dồn 2021–2025 (tỷ đồng)");
    expect(chartTitle(saPaChart("grdpGrowth", "en", { view: "averageGrowth" }))).toBe("GRDP growth, average since 2021 (%/yr)");
  });

  it("is the drawn chart's title, read without computing the chart's data, in every view and language", () => {
    const plan = saPaChart("grdpPerCapita", "vi").series;
    const ids = Object.keys(plan[0]!.projection.series);
    let checked = 0;
    for (const indicator of ids)
      for (const lang of ["vi", "en"] as const)
        for (const view of chartViews(indicator, plan[0]!.evaluations)) {
          const input = { indicator, lang, width: 640, series: plan, view };
          expect(chartTitle(input)).toBe(chartModel(input, false).title);
          checked++;
        }
    // Every indicator in both languages, and the extra views of the targets' kinds.
    expect(checked).toBeGreaterThan(2 * ids.length);
  });
});

describe("text width estimate", () => {
  it("counts Vietnamese letters as their base letters", () => {
    // "Thực hiện" and "Thuc hien" have the same advance in a font with precomposed Vietnamese glyphs.
    expect(textWidth("Thực hiện", 12)).toBe(textWidth("Thuc hien", 12));
    // Digits are 0.64 em: "2025" at 11 px = 4 × 0.64 × 11 = 28.16 px.
    expect(textWidth("2025", 11)).toBeCloseTo(28.16, 9);
  });

  it("wraps words and cuts the last line with an ellipsis", () => {
    const lines = wrapText("một hai ba bốn năm sáu bảy tám chín mười", 60, 10, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith("…")).toBe(true);
    for (const l of lines) expect(textWidth(l, 10)).toBeLessThanOrEqual(60);
  });
});
