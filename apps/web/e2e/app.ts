import { inject } from "vitest";
import type { Page } from "playwright-core";
import { launchChromium } from "../scripts/serve.mjs";

export const baseURL = inject("baseURL");
/** False when Chromium is missing (the suite is skipped; globalSetup said why, or failed on CI). */
export const hasBrowser = inject("chromium");

/** Runs `body` with a page in a fresh Chromium profile (no saved scenarios), and closes it. */
export async function withPage(body: (page: Page, open: (hash?: string) => Promise<void>) => Promise<void>): Promise<void> {
  const browser = await launchChromium();
  try {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    const open = async (hash = "") => {
      await page.goto(baseURL + hash);
      await page.locator(".chart-box svg").first().waitFor();
    };
    await body(page, open);
    if (errors.length) throw new Error(`uncaught errors in the page: ${errors.join("; ")}`);
  } finally {
    await browser.close();
  }
}

/** The address once it has settled (the app writes it shortly after edits pause). */
export async function settledUrl(page: Page, pattern: RegExp): Promise<string> {
  await page.waitForFunction((source) => new RegExp(source).test(location.href), pattern.source);
  return page.url();
}

/** The row of a target in the targets panel, found by its label. */
export function targetRow(page: Page, label: string) {
  return page.locator(".targets-panel tr", { has: page.locator(".target-label", { hasText: label }) });
}

/** The chart card that draws `indicator`. */
export function chartCard(page: Page, indicator: string) {
  return page.locator(".chart-card", { has: page.locator(`svg[data-indicator="${indicator}"]`) });
}

/** The verdict word shown in a row. */
export async function verdictOf(page: Page, label: string): Promise<string> {
  return (await targetRow(page, label).locator(".verdict").innerText()).trim();
}
