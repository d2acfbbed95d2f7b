import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { hasBrowser, withPage } from "./app";

const SLIDER = 'input[type=range][aria-label="Tăng trưởng GRDP 2024"]';
const LINE = 'svg[data-indicator="grdpPerCapita"] path.series__line--projected';

/**
 * Presses ArrowRight on the slider (focused without scrolling) and reports whether the per-capita
 * chart's line had changed when the key's input event was done (React renders and commits a
 * discrete event's update inside its own listener, before the event reaches window), and its
 * path once all is settled.
 */
async function press(page: Page): Promise<{ inTask: boolean; before: string; after: string }> {
  await page.evaluate(({ slider, line }) => {
    const w = window as unknown as { __press: { before: string; inTask?: boolean } };
    w.__press = { before: document.querySelector(line)!.getAttribute("d")! };
    (document.querySelector(slider) as HTMLInputElement).focus({ preventScroll: true });
    addEventListener("input", () => (w.__press.inTask = document.querySelector(line)!.getAttribute("d") !== w.__press.before), { once: true });
  }, { slider: SLIDER, line: LINE });
  await page.keyboard.press("ArrowRight");
  await page.waitForFunction((line) => {
    const w = window as unknown as { __press: { before: string; inTask?: boolean } };
    return w.__press.inTask !== undefined && document.querySelector(line)!.getAttribute("d") !== w.__press.before;
  }, LINE);
  return page.evaluate((line) => {
    const w = window as unknown as { __press: { before: string; inTask: boolean } };
    return { inTask: w.__press.inTask, before: w.__press.before, after: document.querySelector(line)!.getAttribute("d")! };
  }, LINE);
}

const card = (page: Page) => page.locator(".chart-card", { has: page.locator(LINE) });

describe.skipIf(!hasBrowser)("charts and the viewport", () => {
  it("a chart in view redraws in the key press's own task; one out of sight catches up right after", async () => {
    await withPage(async (page, open) => {
      await open("#v1&r=sa-pa");
      await page.locator(LINE).waitFor({ state: "attached" });
      // Out of sight: the page at its top, the per-capita chart far below the targets table.
      await page.evaluate(() => window.scrollTo(0, 0));
      await card(page).and(page.locator('[data-in-view="false"]')).waitFor(); // the IntersectionObserver has reported
      await expect(page.locator(LINE).evaluate((el) => el.getBoundingClientRect().top > 2 * innerHeight)).resolves.toBe(true);
      const away = await press(page);
      expect(away.inTask).toBe(false);
      expect(away.after).not.toBe(away.before);

      // In view: the same key press redraws the chart before the task ends.
      await page.locator(LINE).scrollIntoViewIfNeeded();
      await card(page).and(page.locator('[data-in-view="true"]')).waitFor();
      const near = await press(page);
      expect(near.inTask).toBe(true);
      expect(near.after).not.toBe(near.before);
    });
  });
});
