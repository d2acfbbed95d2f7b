import { describe, expect, it } from "vitest";
import { renderChartSvg } from "../src/index.js";
import { saPaChart, saPaSeries } from "./fixture.js";

/** The opening tags of the marks of one year, e.g. `<g class="mark mark--actual" … data-year="2022">`. */
function marks(svg: string, year: number): string[] {
  return [...svg.matchAll(new RegExp(`<g class="(mark [^"]*)" tabindex="0" data-year="${year}">(<title>[^<]*</title>)?(.*?)</g>`, "g"))].map(
    (m) => `${m[1]} ${m[2] ?? ""} ${m[3]}`,
  );
}

describe("provenance marks", () => {
  const visits = renderChartSvg(saPaChart("touristVisits", "vi"));

  it("draws Sa Pa's reported 2022 tourist visits as a filled actual marker", () => {
    const [mark] = marks(visits, 2022);
    expect(mark).toMatch(/^mark mark--actual /);
    expect(mark).toContain("<title>2022: 2,5 triệu lượt — thực hiện; nguồn: [1]</title>");
    expect(mark).toMatch(/<circle class="mark__shape"[^>]*r="4.5" fill="#0072B2"/);
  });

  it("draws the model's years as projected, with the assumed rate behind them", () => {
    const [mark] = marks(visits, 2024);
    expect(mark).toMatch(/^mark mark--projected /);
    expect(mark).toContain("tăng 28,74 % so với năm trước (giả định)");
  });

  it("draws a level the scenario sets as a hollow assumption marker", () => {
    const svg = renderChartSvg({ ...saPaChart("touristVisits", "vi"), series: [saPaSeries(0, { levels: { touristVisits: { "2024": 4.2 } } })] });
    const [mark] = marks(svg, 2024);
    expect(mark).toMatch(/^mark mark--assumption /);
    expect(mark).toMatch(/<circle class="mark__shape"[^>]*fill="#FFFFFF" stroke="#0072B2"/);
    expect(mark).toContain("giả định (đặt trong kịch bản)");
    expect(svg).toMatch(/legend__item--assumption[^]*?>giả định</);
  });

  it("marks assumed rates hollow and the source's plan rate as an outlined diamond", () => {
    const svg = renderChartSvg(saPaChart("grdpGrowth", "en"));
    for (const year of [2021, 2022, 2024, 2025]) expect(marks(svg, year)[0]).toMatch(/^mark mark--assumption /);
    const [plan] = marks(svg, 2023);
    expect(plan).toMatch(/^mark mark--plan /);
    expect(plan).toMatch(/<path class="mark__shape" d="M[^"]+Z" fill="#0072B2" stroke="#1F2328"/);
    expect(plan).toContain("14.5% — plan; source: [1]");
  });

  it("marks the per-capita anchor as a plan figure used as anchor", () => {
    const svg = renderChartSvg(saPaChart("grdpPerCapita", "en"));
    expect(marks(svg, 2023)[0]).toMatch(/^mark mark--plan mark--anchor .*118 million VND\/person — plan \(anchor\)/);
  });
});
