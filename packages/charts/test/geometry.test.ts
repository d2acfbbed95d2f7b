import { describe, expect, it } from "vitest";
import type { ChartData } from "../src/chartData.js";
import { chartLayout } from "../src/chartLayout.js";
import { yearAfterKey, yearAt } from "../src/activeYear.js";
import { seriesRuns } from "../src/seriesPaths.js";
import type { ChartPoint } from "../src/chartPoints.js";

const point = (year: number, value: number, status: ChartPoint["status"] = "actual"): ChartPoint => ({
  year,
  value,
  status,
  anchor: false,
  edited: false,
  sources: [],
});

/** A hand-made chart: one series 0 → 100 over 2020–2025, unit "count" (no unit caption), no targets, no sources. */
function data(points: ChartPoint[]): ChartData {
  return {
    indicator: "x",
    view: "level",
    lang: "en",
    name: "X",
    unit: "count",
    rateIndicator: false,
    base: 2020,
    end: 2025,
    from: 2020,
    series: [{ key: "a", label: "A", color: "#000", reference: true, points, evaluations: [] }],
    targets: [],
    sources: [],
    region: "R",
    scenarios: ["A"],
  };
}

describe("chart geometry", () => {
  const pts = [point(2020, 0), point(2023, 50), point(2025, 100)];
  const layout = chartLayout(data(pts), 500, 234, false);

  it("stacks legend, plot and axis from the given height", () => {
    // top: pad 10 + one legend row 18 + 6 (no unit caption) = 34.
    // below the plot: x axis 22 + pad 10 = 32 (no source line), so the plot ends at 234 − 32 = 202.
    expect(layout.plot.top).toBe(34);
    expect(layout.plot.bottom).toBe(202);
    expect(layout.height).toBe(234);
  });

  it("maps values to pixels on a nice zero-based domain", () => {
    // Extent [0, 100] + 6 % headroom = [0, 106]; 168 px of plot → round(168 / 45) = 4 ticks wanted;
    // d3 picks a step of 20 (106 / 4 = 26.5 → 2 × 10), so nice() widens the domain to [0, 120].
    expect(layout.yScale.domain()).toEqual([0, 120]);
    // Range: bottom 202 up to top 34 + 12 inset = 46, i.e. 156 px for 120 units = 1.3 px per unit.
    // y(100) = 202 − 100 × 1.3 = 72; y(50) = 202 − 65 = 137.
    expect(layout.yScale(100)).toBeCloseTo(72, 9);
    expect(layout.yScale(50)).toBeCloseTo(137, 9);
    expect(layout.yTicks.map((t) => t.label)).toEqual(["0", "20", "40", "60", "80", "100", "120"]);
  });

  it("places years between insets after the widest tick label", () => {
    // "120" at 11 px ≈ 3 × 0.64 × 11 = 21.1 px → left = 10 + 22 + 6 = 38; right = 500 − 10 = 490.
    // Years run from 38 + 18 = 56 to 490 − 18 = 472: 416 px / 5 years = 83.2 px a year.
    expect(layout.plot.left).toBe(38);
    expect(layout.xScale(2020)).toBe(56);
    expect(layout.xScale(2023)).toBeCloseTo(56 + 3 * 83.2, 9);
    expect(layout.xTicks.map((t) => t.label)).toEqual(["2020", "2021", "2022", "2023", "2024", "2025"]);
  });

  it("finds the nearest year from a pointer's offsetX by inverting the x scale", () => {
    // 300 px → 2020 + (300 − 56) / 83.2 = 2022.93 → 2023; outside the plot it clamps to the term.
    expect(yearAt(layout, 300, 2020, 2025)).toBe(2023);
    expect(yearAt(layout, 0, 2020, 2025)).toBe(2020);
    expect(yearAt(layout, 1000, 2020, 2025)).toBe(2025);
  });

  it("thins year labels on a narrow chart and derives a height from the width", () => {
    const narrow = chartLayout(data(pts), 200, undefined, false);
    // 200 px leaves (190 − 38 − 36) / 5 ≈ 23 px a year, less than a "2025" label (≈ 38 px): every second year, ending at 2025.
    expect(narrow.xTicks.map((t) => t.label)).toEqual(["2021", "2023", "2025"]);
    expect(narrow.compact).toBe(true);
    // Plot height clamps to at least 140 px.
    expect(narrow.plot.bottom - narrow.plot.top).toBe(140);
  });

  it("draws firm segments solid and breaks the line at a missing year", () => {
    const runs = seriesRuns([point(2020, 0), point(2021, 10), point(2022, 20, "projected"), point(2024, 30, "projected"), point(2025, 40, "projected")], layout);
    // 2020–2021 solid (both actual), 2021–2022 dashed, no segment across the missing 2023, 2024–2025 dashed.
    expect(runs.map((r) => r.style)).toEqual(["firm", "projected", "projected"]);
    expect(runs[0]!.d).toBe("M56,202L139.2,189");
  });

  it("draws back-cast segments dotted and estimates as firm", () => {
    const runs = seriesRuns([point(2020, 0, "backcast"), point(2021, 10, "backcast"), point(2022, 20, "plan"), point(2023, 30, "estimate"), point(2024, 40, "projected")], layout);
    // 2020–2022 dotted (a back-cast end), 2022–2023 solid (plan to estimate), 2023–2024 dashed.
    expect(runs.map((r) => r.style)).toEqual(["backcast", "firm", "projected"]);
  });

  it("moves the active year with the keyboard", () => {
    expect(yearAfterKey("ArrowRight", 2023, 2020, 2025)).toBe(2024);
    expect(yearAfterKey("ArrowRight", 2025, 2020, 2025)).toBe(2025);
    expect(yearAfterKey("ArrowLeft", undefined, 2020, 2025)).toBe(2025);
    expect(yearAfterKey("Home", 2023, 2020, 2025)).toBe(2020);
    expect(yearAfterKey("Escape", 2023, 2020, 2025)).toBeUndefined();
    expect(yearAfterKey("a", 2023, 2020, 2025)).toBeNull();
  });
});
