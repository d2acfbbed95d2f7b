import { describe, expect, it } from "vitest";
import { readXlsx, sheetName, tableXlsx } from "../src/workbook/index.js";

describe("a displayed table as XLSX", () => {
  it("keeps numbers as numeric cells at full precision, with title, header and sources around them", async () => {
    const bytes = await tableXlsx(
      {
        title: "GRDP bình quân đầu người",
        subtitle: "Thị xã Sa Pa, Lào Cai · Kịch bản: Kế hoạch",
        columns: ["Năm", "Giá trị", "Đơn vị"],
        rows: [
          [2024, 136.2345678, "triệu đồng/người"],
          [2025, 157.16, "triệu đồng/người"],
          [2026, null, ""],
        ],
        sources: ["[1] Văn bản (Nhà xuất bản, 15/12/2022)"],
      },
      "GRDP/người: 2020–2025",
    );
    const [sheet] = await readXlsx(bytes);
    // ':' and '/' are not allowed in a sheet name.
    expect(sheet!.name).toBe("GRDP người  2020–2025");
    const values = sheet!.rows.map((r) => r.map((c) => c.value));
    expect(values[0]![0]).toBe("GRDP bình quân đầu người");
    expect(values[3]).toEqual(["Năm", "Giá trị", "Đơn vị"]);
    // Real numbers, not text: 136.2345678 comes back exactly.
    expect(values[4]).toEqual([2024, 136.2345678, "triệu đồng/người"]);
    expect(typeof values[5]![1]).toBe("number");
    expect(values.at(-1)![0]).toBe("[1] Văn bản (Nhà xuất bản, 15/12/2022)");
  });

  it("shortens a long sheet name to Excel's 31 characters", () => {
    expect(sheetName("Tổng vốn đầu tư toàn xã hội huy động trên địa bàn")).toHaveLength(31);
    expect(sheetName("[]")).toBe("Sheet1");
  });
});
