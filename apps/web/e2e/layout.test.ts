import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { baseURL, hasBrowser, withPage } from "./app";

/** How far the page reaches past the window's right edge (0: no horizontal overflow). */
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

async function openView(page: Page, hash: string, ready: string) {
  await page.goto("about:blank");
  await page.goto(baseURL + hash);
  await page.locator(ready).first().waitFor();
  await page.waitForTimeout(300);
}

describe.skipIf(!hasBrowser)("layout on a phone", () => {
  it("at 390 px the summary strip's first verdict is on the first screen, before the targets and charts", async () => {
    await withPage(async (page) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await openView(page, "#v1&r=sa-pa", ".chart-box svg");
      const verdict = await page.locator(".summary-strip .verdict").first().boundingBox();
      expect(verdict).not.toBeNull();
      expect(verdict!.y + verdict!.height).toBeLessThanOrEqual(844);
      // Reading order: summary, targets, charts, then the inputs, folded.
      const order = await page.evaluate(() =>
        [".summary-strip", ".targets-panel", ".charts-panel", ".inputs-area"].map((s) => document.querySelector(s)!.getBoundingClientRect().top),
      );
      expect([...order].sort((a, b) => a - b)).toEqual(order);
      expect(await page.locator(".inputs-fold").getAttribute("open")).toBeNull();
      expect(await page.getByRole("slider", { name: "Tăng trưởng GRDP 2024", exact: true }).count()).toBe(0);
      await page.locator(".inputs-fold > summary").click();
      await page.getByRole("slider", { name: "Tăng trưởng GRDP 2024", exact: true }).waitFor();
      // Target rows are cards: each verdict lies inside the window.
      for (const box of await page.locator(".targets-table .verdict").evaluateAll((els) => els.map((e) => e.getBoundingClientRect().right)))
        expect(box).toBeLessThanOrEqual(390);
    });
  });

  it("no horizontal overflow at 360 px on the editor, compare and report", async () => {
    await withPage(async (page) => {
      await page.setViewportSize({ width: 360, height: 740 });
      await openView(page, "#v1&r=sa-pa", ".chart-box svg");
      expect(await overflow(page)).toBe(0);
      await openView(page, "#v1&r=sa-pa&view=compare&c=plan,high-growth,cautious", ".compare-table");
      expect(await overflow(page)).toBe(0);
      for (const box of await page.locator(".compare-table .verdict").evaluateAll((els) => els.map((e) => e.getBoundingClientRect().right)))
        expect(box).toBeLessThanOrEqual(360);
      await openView(page, "#v1&r=sa-pa&view=report", "figure.report-chart svg");
      expect(await overflow(page)).toBe(0);
      // English too: longer words must wrap as well.
      await openView(page, "#v1&r=lai-chau&lang=en", ".chart-box svg");
      expect(await overflow(page)).toBe(0);
    });
  });

  it("on a wide screen the inputs stay beside the results, open", async () => {
    await withPage(async (page) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await openView(page, "#v1&r=sa-pa", ".chart-box svg");
      expect(await page.locator(".inputs-fold").count()).toBe(0);
      const inputs = await page.locator(".inputs-panel").boundingBox();
      const results = await page.locator(".results").boundingBox();
      expect(inputs!.x + inputs!.width).toBeLessThanOrEqual(results!.x);
      expect(await overflow(page)).toBe(0);
    });
  });
});
