import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { readXlsx } from "@lotrinh/core/workbook";
import { chartCard, hasBrowser, withPage } from "./app";

describe.skipIf(!hasBrowser)("chart data as an Excel workbook", () => {
  it("downloads Sa Pa's per-capita data with real numeric cells, its title and its sources", async () => {
    await withPage(async (page, open) => {
      await open("#v1&r=sa-pa");
      const card = chartCard(page, "grdpPerCapita");
      await card.locator(".export-menu summary").click();
      const [file] = await Promise.all([
        page.waitForEvent("download"),
        card.getByRole("button", { name: "Tải bảng tính Excel (.xlsx)", exact: true }).click(),
      ]);
      expect(file.suggestedFilename()).toBe("sa-pa-grdpPerCapita.xlsx");
      const [sheet] = await readXlsx(new Uint8Array(await readFile((await file.path())!)));
      const rows = sheet!.rows.map((r) => r.map((c) => c.value));
      expect(String(rows[1]![0])).toContain("Thị xã Sa Pa");
      const header = rows.findIndex((r) => r[0] === "Kịch bản" && r[1] === "Năm");
      expect(header).toBeGreaterThan(0);
      const plan2025 = rows.find((r) => r[0] === "Kế hoạch" && r[1] === 2025)!;
      // 118 × (1,145 × 1,02 / 1,012)² = 157,16 triệu đồng/người, a number at full precision (not "157,2" as text).
      expect(typeof plan2025[2]).toBe("number");
      expect(plan2025[2] as number).toBeCloseTo(157.16, 2);
      expect(rows.some((r) => typeof r[0] === "string" && r[0].startsWith("[1] "))).toBe(true);
    });
  });
});
