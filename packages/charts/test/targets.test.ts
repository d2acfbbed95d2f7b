import { describe, expect, it } from "vitest";
import { chartTable, describeChart, renderChartSvg } from "../src/index.js";
import { laiChauChart, saPaChart } from "./fixture.js";

describe("targets on the chart", () => {
  it("draws an `about` target with its band and spells the accepted range out", () => {
    // Lai Châu per capita: about 51.5 in 2024 within 2 %: 51.5 × 0.98 = 50.47 to 51.5 × 1.02 = 52.53.
    const svg = renderChartSvg(laiChauChart("grdpPerCapita", "vi"));
    expect(svg).toMatch(/<rect class="target__band"/);
    expect(svg).toContain(">khoảng 51,5 (50,47–52,53)</text>");
    // 61.2 lies above the band on the better (higher) side of per capita: exceeded, drawn with the check.
    expect(svg).toMatch(/target__verdict-icon--met"><title>[^<]*: vượt<\/title>/);
    expect(svg).toMatch(/<text class="target__verdict"[^>]*>vượt<\/text>/);
    expect(svg).toMatch(/legend__item--band/);
  });

  it("says whether a value lies within an `about` target's band", () => {
    // The plan path reaches 61.2 in 2024 (47 in 2021 growing ≈ 9.2–9.5 % a year), 9.7 above 51.5: outside the band on the better side, so exceeded.
    expect(describeChart(laiChauChart("grdpPerCapita", "en"))).toContain(
      "In 2024: 61.2 million VND, 9.7 million above the target of about 51.5 million, outside its 50.47–52.53 band, exceeding the target.",
    );
  });

  it("places a growth target of a level indicator at the level that growth would give", () => {
    // Lai Châu tourist visits are an index (2020 = 100); +23.8 % in 2021 puts the target at 123.8.
    const input = laiChauChart("touristVisits", "en");
    const svg = renderChartSvg(input);
    expect(svg).toContain(">at least +23.8%</text>");
    const { rows } = chartTable(input);
    expect(rows[rows.length - 1]!.slice(1, 5)).toEqual([2021, 23.8, "%/yr", "target (at least)"]);
  });

  it("draws targets of an indicator without figures and says there is no data", () => {
    const input = laiChauChart("forestCover", "vi", 480);
    const svg = renderChartSvg(input);
    expect(svg).not.toContain('class="mark ');
    expect(svg).toMatch(/target__verdict-icon--none"><title>[^<]*: chưa có số liệu<\/title>/);
    expect(svg).toMatch(/<text class="target__verdict"[^>]*>chưa có số liệu<\/text>/);
    expect(describeChart(input)).toBe("Tỷ lệ che phủ rừng: chưa có số liệu; mục tiêu: tối thiểu 51 % (2021), tối thiểu 52,9 % (2024).");
  });

  it("draws an alternative reading dashed and grey with its label", () => {
    const svg = renderChartSvg(saPaChart("touristVisits", "vi", { view: "cumulative" }));
    expect(svg).toMatch(/<g class="target target--cumulative target--alternative"/);
    expect(svg).toContain("(cách đọc khác)");
    expect(svg).toMatch(/target__line--alternative"[^>]*stroke-dasharray="5 4"/);
  });

  it("never shows a verdict that rests on an assumption read from the target itself as a plain 'đạt'", () => {
    // Sa Pa's defaults read the term's 14.5 %/yr into 2021, 2022, 2024, 2025 (derivedFrom the term target): circular.
    const svg = renderChartSvg(saPaChart("grdpGrowth", "vi", { view: "averageGrowth" }));
    expect(svg).toMatch(/<text class="target__verdict"[^>]*>đạt \(theo giả định\)<\/text>/);
    expect(svg).toMatch(/<title>Kế hoạch: đạt \(theo giả định lấy từ chính chỉ tiêu\)<\/title>/);
    expect(chartTable(saPaChart("grdpGrowth", "en", { view: "averageGrowth" })).rows.at(-1)!.at(-1)).toBe("met (by an assumption taken from the target itself)");
  });
});
