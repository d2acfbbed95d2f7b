import { describe, expect, it } from "vitest";
import { chartCsv, chartTable } from "../src/index.js";
import { saPaChart } from "./fixture.js";

describe("chartTable", () => {
  it("lists every displayed year with status and source, then the target with its verdict", () => {
    const { columns, rows } = chartTable(saPaChart("grdpPerCapita", "vi"));
    expect(columns).toEqual(["Kịch bản", "Năm", "Giá trị", "Đơn vị", "Trạng thái", "Nguồn", "Đánh giá"]);
    expect(rows).toHaveLength(7);
    expect(rows[3]).toEqual(["Kế hoạch", 2023, 118, "triệu đồng/người", "kế hoạch (mốc neo)", "000_9e44bb76478aa60b", null]);
    expect(rows[5]![4]).toBe("dự báo");
    expect(rows[5]![2]).toBeCloseTo(157.156, 3);
    expect(rows[6]).toEqual(["Kế hoạch", 2025, 145, "triệu đồng/người", "mục tiêu (đạt/trên)", "000_9e44bb76478aa60b", "vượt"]);
  });

  it("shows rates in percent, as displayed", () => {
    const { rows } = chartTable(saPaChart("grdpGrowth", "en"));
    expect(rows[0]).toEqual(["Kế hoạch", 2021, 14.5, "%/yr", "assumption", null, null]);
    // Two targets drawn in the level view of a rate: the 2023 rate and the term average.
    expect(rows.filter((r) => String(r[4]).startsWith("target"))).toHaveLength(2);
  });

  it("holds the running sums of the cumulative view", () => {
    const { rows } = chartTable(saPaChart("investment", "en"));
    expect(rows.map((r) => r[1])).toEqual([2021, 2022, 2023, 2024, 2025, 2025]);
    expect(rows[4]![2]).toBeCloseTo(56335.46, 2);
    expect(rows[5]!.slice(2, 7)).toEqual([65000, "billion VND", "target (at least)", "000_9e44bb76478aa60b", "not met"]);
  });

  it("marks an alternative reading of an ambiguous target", () => {
    const { rows } = chartTable(saPaChart("touristVisits", "en", { view: "cumulative" }));
    expect(rows[rows.length - 1]![4]).toBe("target (at least), alternative reading");
  });
});

describe("chartCsv", () => {
  it("writes RFC 4180 CSV with CRLF, dot decimals and quoted fields", () => {
    const input = saPaChart("grdpPerCapita", "en");
    input.series[0] = { ...input.series[0]!, label: 'Plan, "A"' };
    const lines = chartCsv(input).split("\r\n");
    expect(lines[0]).toBe("Scenario,Year,Value,Unit,Status,Source,Verdict");
    expect(lines[4]).toBe('"Plan, ""A""",2023,118,million VND/person,plan (anchor),000_9e44bb76478aa60b,');
    expect(lines[6]).toMatch(/^"Plan, ""A""",2025,157\.156482\d*,/);
    expect(lines[8]).toBe("");
  });
});
