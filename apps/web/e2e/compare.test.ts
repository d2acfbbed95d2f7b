import { describe, expect, it } from "vitest";
import { hasBrowser, settledUrl, withPage } from "./app";

describe.skipIf(!hasBrowser)("compare view", () => {
  it("opens with the three shipped scenarios: table of targets × scenarios and overlaid charts", async () => {
    await withPage(async (page, open) => {
      await open();
      await page.getByRole("button", { name: "So sánh kịch bản" }).click();
      const table = page.locator(".compare-table");
      await table.waitFor();
      const headers = await table.locator("thead th").allInnerTexts();
      expect(headers.map((h) => h.replace(/\s+/g, " ").trim())).toEqual(["Chỉ tiêu", "Mục tiêu", "Kế hoạch mốc so sánh", "Tăng trưởng cao", "Thận trọng"]);
      const termRow = table.locator("tr", { hasText: "Tăng trưởng bình quân nhiệm kỳ" });
      await expect(termRow.innerText()).resolves.toMatch(/14,5 %[\s\S]*đạt[\s\S]*15,5 %[\s\S]*vượt[\s\S]*\+1 điểm % so với mốc/);
      // The cautious scenario misses it: the rate still needed, per scenario.
      await expect(termRow.innerText()).resolves.toMatch(/10,45 %[\s\S]*không đạt[\s\S]*Tốc độ cần: 14,5 %\/năm \(2021–2025\)/);
      // Per capita before its 2023 anchor is back-cast with each scenario's rates: said in words.
      await expect(page.locator(".backcast-note").innerText()).resolves.toMatch(/^Lưu ý: các kịch bản khác nhau cả ở quá khứ: GRDP bình quân đầu người \(2020, 2021\)/);
      await expect(page.locator(".compare-view .chart-card").count()).resolves.toBe(6);
      const legend = await page.locator(".compare-view .chart-card").first().locator("svg").innerHTML();
      expect(legend).toContain("Tăng trưởng cao");

      // The third is already chosen: make it the reference.
      expect(await page.getByRole("checkbox", { name: "Thận trọng (minh hoạ)" }).isChecked()).toBe(true);
      await page.getByRole("button", { name: "Đặt “Thận trọng” làm mốc so sánh" }).click();
      const after = await table.locator("thead th").allInnerTexts();
      expect(after[2]).toContain("Thận trọng");
      await settledUrl(page, /view=compare&c=cautious,plan,high-growth$/);

      // Colours belong to scenarios: made the reference, or with another unticked, Thận trọng keeps its own.
      const strokeOf = (id: string) =>
        page.locator(`.compare-view svg[data-indicator="grdpGrowth"] .series[data-series="${id}"] path`).first().getAttribute("stroke");
      const cautious = await strokeOf("cautious");
      const plan = await strokeOf("plan");
      // Third in the region's list, so the third colour (Okabe–Ito green), even as the reference.
      expect(cautious?.toUpperCase()).toBe("#009E73");
      expect(plan?.toUpperCase()).toBe("#0072B2");
      await page.getByRole("checkbox", { name: "Tăng trưởng cao (minh hoạ)" }).uncheck();
      await settledUrl(page, /c=cautious,plan$/);
      await expect(strokeOf("cautious")).resolves.toBe(cautious);
      await expect(strokeOf("plan")).resolves.toBe(plan);
    });
  });
});
