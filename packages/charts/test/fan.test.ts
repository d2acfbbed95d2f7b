import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { simulateRisk, type FanSeries } from "@lotrinh/core/risk";
import { loadRegion, regionScenarios } from "@lotrinh/core";
import { chartTable, describeChart, renderChartSvg } from "../src/index.js";
import { chartModel } from "../src/chartModel.js";
import { saPaChart } from "./fixture.js";

/** A hand-made fan for Sa Pa per capita: no band before 2024, then 5/20/35/50/65/80/95 % quantiles. */
function handFan(q2024: number[], q2025: number[]): FanSeries {
  const quantiles = new Float64Array(6 * 7).fill(NaN);
  quantiles.set(q2024, 4 * 7);
  quantiles.set(q2025, 5 * 7);
  return { id: "grdpPerCapita", quantiles };
}

function withFan(fan: FanSeries, lang: "vi" | "en" = "vi") {
  const input = saPaChart("grdpPerCapita", lang);
  input.series[0] = { ...input.series[0]!, fan };
  return input;
}

const FAN = handFan([128, 132, 134.5, 136.2, 138, 140.5, 145], [140, 148, 153, 157.2, 161, 166, 175]);

describe("fan bands", () => {
  it("draws the 90, 60 and 30 % bands behind the line with a legend entry", () => {
    const svg = renderChartSvg(withFan(FAN));
    expect(svg.match(/<path class="fan__band fan__band--(90|60|30)"/g)).toHaveLength(3);
    // Bands come before the series lines, so the line is drawn on top.
    expect(svg.indexOf('class="fan"')).toBeLessThan(svg.indexOf('class="series '));
    expect(svg).toMatch(/legend__item--fan[^]*?>khoảng tin cậy 90 %</);
    expect(renderChartSvg(withFan(FAN, "en"))).toMatch(/legend__item--fan[^]*?>90% band</);
  });

  it("puts the quantiles in the data table and the 90 % band in the alt text", () => {
    const input = withFan(FAN);
    const { columns, rows } = chartTable(input);
    expect(columns.slice(7)).toEqual(["phân vị 5 %", "phân vị 20 %", "phân vị 35 %", "phân vị 50 %", "phân vị 65 %", "phân vị 80 %", "phân vị 95 %"]);
    const y2025 = rows.find((r) => r[1] === 2025 && r[4] === "dự báo")!;
    expect(y2025.slice(7)).toEqual([140, 148, 153, 157.2, 161, 166, 175]);
    // Years without a band carry empty quantile cells.
    expect(rows.find((r) => r[1] === 2021)!.slice(7)).toEqual([null, null, null, null, null, null, null]);
    expect(describeChart(input)).toContain("Khoảng tin cậy 90 % năm 2025: 140 triệu đồng đến 175 triệu đồng (trung vị 157,2 triệu đồng; các dải đậm hơn: 60 % và 30 %).");
  });

  it("widens the y axis to hold the whole band", () => {
    // The path tops out at 157.2; a 95 % quantile of 260 must still lie inside the plot.
    const { layout } = chartModel(withFan(handFan([128, 132, 134.5, 136.2, 138, 140.5, 200], [140, 148, 153, 157.2, 161, 166, 260])), true);
    expect(layout.yScale.domain()[1]).toBeGreaterThanOrEqual(260);
  });

  it("keeps every band inside the plot, for any ordered quantiles", () => {
    const ordered = fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 7, maxLength: 7 }).map((a) => a.sort((x, y) => x - y));
    fc.assert(
      fc.property(ordered, ordered, (a, b) => {
        const input = withFan(handFan(a, b));
        const { layout } = chartModel(input, true);
        const svg = renderChartSvg(input);
        const ds = [...svg.matchAll(/class="fan__band[^"]*" d="([^"]+)"/g)].map((m) => m[1]!);
        const ys = ds.flatMap((d) => [...d.matchAll(/[ML][\d.-]+,([\d.-]+)/g)].map((m) => Number(m[1])));
        return ds.length === 3 && ys.every((y) => y >= layout.plot.top - 0.01 && y <= layout.plot.bottom + 0.01);
      }),
      { numRuns: 60 },
    );
  });

  it("draws the engine's fan for Sa Pa, centred on the projection", () => {
    const region = loadRegion("sa-pa");
    const risk = simulateRisk(region, regionScenarios(region)[0], { paths: 4000, seed: 7 });
    if (!risk.ok) throw new Error(risk.error);
    const fan = risk.value.risk.fans.find((f) => f.id === "grdpPerCapita")!;
    const { rows } = chartTable(withFan(fan));
    const y2025 = rows.find((r) => r[1] === 2025 && r[4] === "dự báo")!;
    const [q05, , , q50, , , q95] = y2025.slice(7) as number[];
    // The deterministic 157.16 lies inside the 90 % band and near the median.
    expect(q05).toBeLessThan(157.16);
    expect(q95).toBeGreaterThan(157.16);
    expect(Math.abs(q50! - 157.16) / 157.16).toBeLessThan(0.03);
  });

  it("the cumulative view draws the running fan of its sum, not the yearly fan; the level view the yearly one", () => {
    const region = loadRegion("sa-pa");
    const risk = simulateRisk(region, regionScenarios(region)[0], { paths: 4000, seed: 7 });
    if (!risk.ok) throw new Error(risk.error);
    const yearly = risk.value.risk.fans.find((f) => f.id === "investment")!;
    const running = risk.value.risk.running.filter((f) => f.id === "investment");
    expect(running.map((f) => `${f.kind} ${f.from}`)).toEqual(["cumulative 2021"]);
    const input = (view: "level" | "cumulative") => {
      const i = saPaChart("investment", "vi", { view });
      i.series[0] = { ...i.series[0]!, fan: yearly, runningFans: running };
      return i;
    };
    const sum = chartTable(input("cumulative")).rows.find((r) => r[1] === 2025 && r[4] === "dự báo")!;
    const level = chartTable(input("level")).rows.find((r) => r[1] === 2025 && r[4] === "dự báo")!;
    // 2025's sum of 2021–2025 lies in its own band (the band of a sum, far above one year's).
    const [s05, , , s50, , , s95] = sum.slice(7) as number[];
    expect(s05).toBeLessThanOrEqual(sum[2] as number);
    expect(s95).toBeGreaterThanOrEqual(sum[2] as number);
    expect(s50).toBeGreaterThan(3 * (level[7 + 3] as number));
    // The quantiles shown are the engine's, rounded as the table shows them.
    expect(Math.abs(s50! - running[0]!.quantiles[5 * 7 + 3]!)).toBeLessThan(1);
    expect(renderChartSvg(input("cumulative")).match(/<path class="fan__band fan__band--(90|60|30)"/g)).toHaveLength(3);
    // A running fan of another first year is not this view's: no band.
    const other = saPaChart("investment", "vi", { view: "cumulative" });
    other.series[0] = { ...other.series[0]!, runningFans: [{ ...running[0]!, from: 2022 }] };
    expect(renderChartSvg(other)).not.toContain("fan__band");
  });
});
