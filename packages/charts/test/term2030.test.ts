import { describe, expect, it } from "vitest";
import { loadRegion, regionScenarios, simulate } from "@lotrinh/core";
import { chartTable, chartTitle, renderChartSvg, renderReportHtml, type ChartInput } from "../src/index.js";

// The 2025–2030 example region: per capita 100 in 2025, g 10 %, π 3 %, n 1 %: 177.64 in 2030.
const region = loadRegion("vi-du-2030");
const scenario = regionScenarios(region)[0]!;
const sim = simulate(region, scenario);
if (!sim.ok) throw new Error(sim.error);
const input = (indicator: string): ChartInput => ({
  indicator,
  lang: "vi",
  width: 640,
  series: [{ key: "vi-du", label: scenario.name, projection: sim.value.projection, evaluations: sim.value.evaluations }],
});
const yearTicks = (svg: string) => [...svg.matchAll(/>(20\d\d)</g)].map((m) => Number(m[1]));

describe("charts of a 2025–2030 region", () => {
  it("draw the years of the region's term on the axis, none of another term", () => {
    const svg = renderChartSvg(input("grdpPerCapita"));
    const years = new Set(yearTicks(svg));
    expect([...years].sort()).toEqual([2025, 2026, 2027, 2028, 2029, 2030]);
  });

  it("tabulate the displayed data by the term's years, with the 2030 value and target", () => {
    const table = chartTable(input("grdpPerCapita"));
    // One row per year first, then one per target drawn.
    const values = table.rows.slice(0, 6).map((r) => [r[1], r[2]]);
    expect(values.map(([y]) => y)).toEqual([2025, 2026, 2027, 2028, 2029, 2030]);
    // 100 × 1.1217822^5 = 177.64
    expect(values.at(-1)![1]).toBeCloseTo(177.64, 1);
    expect(table.rows.some((r) => r[1] === 2030 && r[2] === 170)).toBe(true);
  });

  it("title the running average from the term's first growth year", () => {
    expect(chartTitle({ ...input("grdpGrowth"), view: "averageGrowth" })).toBe("Tăng trưởng GRDP, bình quân từ 2026 (%/năm)");
  });

  it("report the term 2025–2030 on the printable report", () => {
    const html = renderReportHtml({
      region,
      scenarios: [{ key: "vi-du", name: scenario.name, illustrative: false, scenario, simulation: sim.value }],
      lang: "vi",
      date: new Date("2026-11-28T00:00:00Z"),
    });
    expect(html).toContain("2025–2030");
    expect(html).not.toMatch(/2020–2025/);
  });
});
