import { describe, expect, it } from "vitest";
import { baseURL, hasBrowser, settledUrl, withPage } from "./app";

/** A4 is 297 mm tall; the report's @page margins take 2 × 18 mm. At 96 CSS px per inch: */
const PRINTABLE_HEIGHT_PX = ((297 - 2 * 18) / 25.4) * 96;

describe.skipIf(!hasBrowser)("report view", () => {
  it("opens from the header with every shipped scenario, and prints to A4 without the app's chrome", async () => {
    await withPage(async (page, open) => {
      await open("#v1&r=sa-pa");
      await page.getByRole("button", { name: "Báo cáo", exact: true }).click();
      const report = page.locator("article.report");
      await report.locator("figure.report-chart svg").first().waitFor();
      await settledUrl(page, /view=report&c=plan,high-growth,cautious$/);
      await expect(report.locator("h1").innerText()).resolves.toBe("Thị xã Sa Pa, Lào Cai");
      await expect(report.locator(".report-scenarios li").allInnerTexts()).resolves.toEqual([
        expect.stringMatching(/^Kế hoạch/),
        expect.stringMatching(/^Tăng trưởng cao \(minh hoạ\)/),
        expect.stringMatching(/^Thận trọng \(minh hoạ\)/),
      ]);
      // Dated today (Vietnam time).
      const today = new Intl.DateTimeFormat("vi-VN", { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "Asia/Ho_Chi_Minh" }).format(new Date());
      await expect(report.locator("header time").innerText()).resolves.toBe(today);

      // The print button prints.
      await page.evaluate(() => {
        window.print = () => void ((window as unknown as { printed: boolean }).printed = true);
      });
      await page.getByRole("button", { name: "In", exact: true }).click();
      expect(await page.evaluate(() => (window as unknown as { printed?: boolean }).printed)).toBe(true);

      // The likelihood section's tornado: the report's runs ask the worker for it (the editor's do not).
      await report.locator('svg[aria-labelledby^="report-tornado-title"]').waitFor();
      await page.emulateMedia({ media: "print" });
      for (const chrome of [".app-header", ".app-footer", "main > h1", ".report-toolbar", ".scenario-bar"])
        expect(await page.locator(chrome).isVisible(), `${chrome} is hidden in print`).toBe(false);
      await expect(report.isVisible()).resolves.toBe(true);
      const figures = await report.locator("figure.report-chart").evaluateAll((els) => els.map((f) => f.getBoundingClientRect().height));
      // Six scenario charts, then the likelihood section's fans and tornado (from the worker's runs).
      expect(figures.length).toBeGreaterThanOrEqual(6);
      for (const h of figures) expect(h).toBeLessThan(PRINTABLE_HEIGHT_PX);

      const pdf = await page.pdf({ format: "A4" });
      expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
      const pages = pdf.toString("latin1").match(/\/Type\s*\/Page\b/g) ?? [];
      expect(pages.length).toBeGreaterThanOrEqual(2);
    });
  });

  it("is addressable: a link opens the report of the chosen scenarios, in English", async () => {
    await withPage(async (page) => {
      await page.goto(baseURL + "#v1&r=lai-chau&view=report&c=plan&lang=en");
      const report = page.locator("article.report");
      await report.locator("figure.report-chart svg").first().waitFor();
      await expect(report.locator(".report-kicker").innerText()).resolves.toMatch(/growth scenario report/i);
      await expect(report.locator(".report-scenarios li").count()).resolves.toBe(1);
      await expect(page.getByRole("button", { name: "Print", exact: true }).isVisible()).resolves.toBe(true);
      await expect(page.getByRole("checkbox", { name: "Plan", exact: true }).isChecked()).resolves.toBe(true);
    });
  });
});
