import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { chartCsv, chartCsvExcelVi, chartTable, displayedRound } from "../src/index.js";
import { saPaChart } from "./fixture.js";

describe("chartTable", () => {
  it("lists every displayed year with status and source, then the target with its verdict", () => {
    const { columns, rows } = chartTable(saPaChart("grdpPerCapita", "vi"));
    expect(columns).toEqual(["Kịch bản", "Năm", "Giá trị", "Đơn vị", "Trạng thái", "Nguồn", "Đánh giá"]);
    expect(rows).toHaveLength(7);
    expect(rows[3]).toEqual(["Kế hoạch", 2023, 118, "triệu đồng/người", "kế hoạch (mốc neo)", "[1]", null]);
    expect(rows[5]![4]).toBe("dự báo");
    expect(rows[5]![2]).toBeCloseTo(157.156, 3);
    expect(rows[6]).toEqual(["Kế hoạch", 2025, 145, "triệu đồng/người", "mục tiêu (đạt/trên)", "[1]", "vượt"]);
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
    expect(rows[5]!.slice(2, 7)).toEqual([65000, "billion VND", "target (at least)", "[1]", "not met"]);
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
    // The citation is written out in full, so a row stands alone; no internal document id.
    expect(lines[4]).toBe(
      `"Plan, ""A""",2023,118,million VND/person,plan (anchor),"[1] Sa Pa party secretary's speech at the conference assigning the 2023 plan targets (Văn phòng Thị uỷ Sa Pa, 2022-12-15)",`,
    );
    expect(lines[6]).toMatch(/^"Plan, ""A""",2025,157\.156482\d*,/);
    // One table, nothing after it.
    expect(lines[8]).toBe("");
    expect(lines).toHaveLength(9);
    expect(chartCsv(input)).not.toMatch(/\d{3}_[0-9a-f]{16}/);
  });
});

describe("CSV cho Excel tiếng Việt", () => {
  const csv = chartCsvExcelVi(saPaChart("grdpPerCapita", "vi"));
  const lines = csv.slice(1).split("\r\n");

  it("starts with a UTF-8 BOM and a title block naming region and scenario", () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(lines[0]).toBe("GRDP bình quân đầu người (triệu đồng/người)");
    expect(lines[1]).toBe("Thị xã Sa Pa, Lào Cai · Kịch bản: Kế hoạch");
    expect(lines[2]).toBe("");
    expect(lines[3]).toBe("Kịch bản;Năm;Giá trị;Đơn vị;Trạng thái;Nguồn;Đánh giá");
  });

  it("writes values rounded as displayed with a decimal comma, separated by semicolons", () => {
    // 2023 anchor 118; 2025 = 118 × 1.15404² = 157.156… shown with 1 decimal (≥ 100): 157,2.
    expect(lines[7]).toBe("Kế hoạch;2023;118;triệu đồng/người;kế hoạch (mốc neo);[1];");
    expect(lines[9]).toBe("Kế hoạch;2025;157,2;triệu đồng/người;dự báo;;");
    // 2020 is back-cast from the 2023 anchor: 118 / 1.15404³ ≈ 76.95 (2 decimals below 100).
    expect(lines[4]).toBe("Kế hoạch;2020;76,95;triệu đồng/người;tính ngược;;");
    expect(lines[10]).toBe("Kế hoạch;2025;145;triệu đồng/người;mục tiêu (đạt/trên);[1];vượt");
  });

  it("ends with the sources the citations refer to", () => {
    expect(lines.slice(11)).toEqual(["", "Nguồn", "[1] Bí thư Thị uỷ Sa Pa phát biểu tại Hội nghị giao chỉ tiêu kế hoạch năm 2023 (Văn phòng Thị uỷ Sa Pa, 15/12/2022)", ""]);
  });

  it("writes rates in percent to two decimals", () => {
    const g = chartCsvExcelVi(saPaChart("grdpGrowth", "vi")).split("\r\n");
    // Default 2021 growth 14.5 % (an assumption read from the term target).
    expect(g[4]).toMatch(/^Kế hoạch;2021;14,5;%\/năm;giả định/);
  });

  it("rounds like the display: never more digits than the formatter shows", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.boolean(), (v, percent) => {
        const r = displayedRound(v, percent);
        const decimals = (String(r).split(".")[1] ?? "").length;
        const allowed = percent || Math.abs(v) < 100 ? 2 : Math.abs(v) < 1000 ? 1 : 0;
        return decimals <= allowed && Math.abs(r - v) <= 0.5 * 10 ** -allowed + 1e-9 * Math.abs(v);
      }),
    );
  });
});
