import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { hasBrowser, withPage } from "./app";

/** Pages of a PDF: its page objects (not the /Pages tree). */
function pageCount(pdf: Buffer): number {
  return (pdf.toString("latin1").match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

async function openCompare(page: Page, open: (hash?: string) => Promise<void>, hash: string) {
  await open(hash);
  await page.locator(".scorecard .probability[data-probability]").first().waitFor();
  // Every column's run is back.
  await page.waitForFunction(() => !document.querySelector(".scorecard .probability-pending"));
}

describe.skipIf(!hasBrowser)("leadership scorecard", () => {
  it("opens the compare view: headline in words, priority targets × scenarios, the widest difference in probability first", async () => {
    await withPage(async (page, open) => {
      await openCompare(page, open, "#v1&r=sa-pa&view=compare&c=plan,high-growth,cautious");
      // The first thing in the view.
      await expect(page.locator(".compare-view > *").first().getAttribute("class")).resolves.toContain("scorecard");
      const headlines = await page.locator(".scorecard-headlines li").allInnerTexts();
      expect(headlines).toHaveLength(3);
      expect(headlines[1]).toMatch(/^Kịch bản Tăng trưởng cao: \d+\/\d+ chỉ tiêu trọng tâm đạt/);
      // Cells: the verdict with its basis, the probability, the gap.
      const cell = page.locator(".scorecard-table tbody tr").first().locator("td").nth(1);
      await expect(cell.locator(".verdict").count()).resolves.toBe(1);
      await expect(cell.locator(".basis").count()).resolves.toBe(1);
      await expect(cell.locator(".probability-value").innerText()).resolves.toMatch(/^\d{1,3} %$/);
      await expect(cell.locator(".scorecard-gap").innerText()).resolves.toMatch(/^chênh lệch: /);
      // Sorted by the spread of probability between the scenarios, widest first.
      const spreads = (await page.locator(".scorecard-table tbody tr").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-spread")))).map(Number);
      expect(spreads.length).toBeGreaterThanOrEqual(5);
      for (let i = 1; i < spreads.length; i++) expect(spreads[i]!).toBeLessThanOrEqual(spreads[i - 1]!);
      // The spread is the largest minus the smallest probability of the row.
      const first = await page.locator(".scorecard-table tbody tr").first().locator(".probability[data-probability]").evaluateAll((els) => els.map((e) => Number(e.getAttribute("data-probability"))));
      expect(spreads[0]).toBeCloseTo(Math.max(...first) - Math.min(...first), 12);
    });
  });

  it("prints alone on one A4 page, for every shipped region", async () => {
    for (const hash of ["#v1&r=sa-pa&view=compare&c=plan,high-growth,cautious", "#v1&r=lao-cai&view=compare", "#v1&r=lai-chau&view=compare"]) {
      await withPage(async (page, open) => {
        await openCompare(page, open, hash);
        await page.emulateMedia({ media: "print" });
        for (const other of [".app-header", ".compare-table", ".charts-panel", ".scenario-bar", ".scorecard-print"])
          expect(await page.locator(other).first().isVisible(), `${other} hidden in print (${hash})`).toBe(false);
        await expect(page.locator(".scorecard").isVisible()).resolves.toBe(true);
        const pdf = await page.pdf({ format: "A4" });
        expect(pageCount(pdf), hash).toBe(1);
      });
    }
  });

  it("is the first page of the report", async () => {
    await withPage(async (page, open) => {
      await open("#v1&r=sa-pa");
      await page.getByRole("button", { name: "Báo cáo", exact: true }).click();
      const report = page.locator("article.report");
      await report.locator("figure.report-chart svg").first().waitFor();
      const first = report.locator("section").first();
      await expect(first.getAttribute("class")).resolves.toContain("report-scorecard");
      // Its probabilities come from the worker's runs.
      await page.waitForFunction(() => {
        const el = document.querySelector(".report-paper");
        const root = el?.shadowRoot ?? document;
        return /Xác suất đạt: \d+ %/.test(root.querySelector(".report-scorecard")?.textContent ?? "");
      });
    });
  });
});
