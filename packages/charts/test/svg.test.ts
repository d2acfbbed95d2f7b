import { describe, expect, it } from "vitest";
import { renderChartSvg } from "../src/index.js";
import { saPaChart } from "./fixture.js";

const cases = [
  ["per-capita", "grdpPerCapita", undefined, 1],
  ["growth-average", "grdpGrowth", "averageGrowth", 1],
  ["investment-cumulative", "investment", "cumulative", 1],
] as const;

describe("renderChartSvg snapshots", () => {
  for (const [name, indicator, view, count] of cases)
    for (const lang of ["vi", "en"] as const)
      it(`renders Sa Pa ${indicator} (${view ?? "default view"}) in ${lang}`, async () => {
        const svg = renderChartSvg(saPaChart(indicator, lang, { ...(view ? { view } : {}), count }));
        await expect(svg).toMatchFileSnapshot(`./__snapshots__/${name}-${lang}.svg`);
      });

  it("renders a three-scenario compare view", async () => {
    const svg = renderChartSvg(saPaChart("grdpPerCapita", "vi", { count: 3, width: 900 }));
    await expect(svg).toMatchFileSnapshot("./__snapshots__/compare-per-capita-vi.svg");
  });

  it("renders a phone-width chart", async () => {
    const svg = renderChartSvg(saPaChart("grdpGrowth", "vi", { width: 320 }));
    await expect(svg).toMatchFileSnapshot("./__snapshots__/growth-phone-vi.svg");
  });
});

describe("standalone SVG document", () => {
  const svg = renderChartSvg(saPaChart("grdpPerCapita", "vi"));

  it("is a self-contained SVG with title, desc and a Vietnamese-capable font stack", () => {
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('<title id="chart-grdpPerCapita-title">GRDP bình quân đầu người (triệu đồng/người)</title>');
    expect(svg).toMatch(/<desc id="chart-grdpPerCapita-desc">GRDP bình quân đầu người tăng từ 118 triệu đồng/);
    expect(svg).toContain('<style>svg{font-family:"Be Vietnam Pro", "Noto Sans", "DejaVu Sans", Arial, sans-serif}</style>');
  });

  it("has no external references and no React-only attributes", () => {
    expect(svg).not.toMatch(/href=|url\(|<image|<foreignObject/);
    expect(svg).not.toMatch(/className|htmlFor|onPointer|onKey|onFocus|strokeWidth|fontSize|textAnchor/);
  });

  it("keeps text as text and names its source document", () => {
    expect(svg).toMatch(/<text[^>]*class="chart__source"[^>]*>Nguồn: \[1\] Bí thư Thị uỷ Sa Pa/);
    // Cited by number; the internal document id stays inside the data.
    expect(svg).not.toMatch(/\d{3}_[0-9a-f]{16}/);
  });

  it("rounds every coordinate to at most two decimals", () => {
    const numbers = svg.match(/(?<=[\s",LMZ=(])-?\d+\.\d+/g) ?? [];
    expect(numbers.length).toBeGreaterThan(20);
    for (const n of numbers) expect(n).toMatch(/^-?\d+\.\d{1,2}$/);
  });

  it("labels the target with its comparator and verdict in words, and a check icon, not colour alone", () => {
    expect(svg).toMatch(/<text class="target__label"[^>]*>tối thiểu 145<\/text>/);
    expect(svg).toMatch(/<g class="target__verdict-icon target__verdict-icon--met"><title>Kế hoạch: vượt<\/title><path d="M[^"]+"/);
    // 157.2 against at least 145: exceeded (vượt), drawn with the check like "đạt".
    expect(svg).toMatch(/<text class="target__verdict"[^>]*fill="#1A7F37"[^>]*>vượt<\/text>/);
  });
});
