import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { hasBrowser, withPage } from "./app";
import { rangeNeighbours } from "../src/state/stepAhead";

const SLIDER = 'input[type=range][aria-label="Tăng trưởng GRDP 2024"]';

/** The slider's attributes as the browser reads them, and rangeNeighbours' prediction from them. */
async function predicted(page: Page): Promise<{ value: number; neighbours: number[]; data: string }> {
  const a = await page.locator(SLIDER).evaluate((el: HTMLInputElement) => ({ value: el.value, min: el.min, max: el.max, step: el.step, data: `${el.dataset.indicator} ${el.dataset.year}` }));
  return { value: Number(a.value), neighbours: rangeNeighbours(a.value, a.min, a.max, a.step), data: a.data };
}
const valueOf = (page: Page) => page.locator(SLIDER).evaluate((el: HTMLInputElement) => Number(el.value));

describe.skipIf(!hasBrowser)("stepping a slider ahead", () => {
  // The values simulated ahead are the ones the browser's arrow keys give: else the key press
  // would find no simulation ready.
  it("predicts exactly the value each arrow key gives, up to the top of the range", async () => {
    await withPage(async (page, open) => {
      await open("#v1&r=sa-pa");
      await page.locator(SLIDER).focus();
      const first = await predicted(page);
      expect(first.data).toBe("grdpGrowth 2024");
      for (const key of ["ArrowRight", "ArrowRight", "ArrowLeft", "ArrowUp", "ArrowDown", "ArrowDown"]) {
        const before = await predicted(page);
        expect(before.neighbours).toHaveLength(2);
        await page.keyboard.press(key);
        const want = key === "ArrowRight" || key === "ArrowUp" ? before.neighbours[1] : before.neighbours[0];
        await expect.poll(() => valueOf(page)).toBe(want);
      }
      // At the top of the range only a step down is predicted, and ArrowRight changes nothing.
      await page.keyboard.press("End");
      const top = await predicted(page);
      expect(top.neighbours).toHaveLength(1);
      await page.keyboard.press("ArrowLeft");
      await expect.poll(() => valueOf(page)).toBe(top.neighbours[0]);
    });
  });
});
