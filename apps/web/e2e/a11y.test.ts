import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { baseURL, hasBrowser, withPage } from "./app";

const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run(document)).violations;
  });
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
}

describe.skipIf(!hasBrowser)("accessibility (axe-core)", () => {
  it("has no serious or critical violations in the editor, the compare view and in English", async () => {
    await withPage(async (page, open) => {
      await open();
      await page.locator(".chart-table summary").first().click(); // a data table open too
      expect(await seriousViolations(page)).toEqual([]);
      await open("#v1&r=sa-pa&view=compare&c=plan,high-growth,cautious");
      await page.locator(".compare-table").waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await open("#v1&r=lai-chau&lang=en");
      expect(await seriousViolations(page)).toEqual([]);
    });
  });

  it("has none in the open export menu, the report view and the embed", async () => {
    await withPage(async (page, open) => {
      await open();
      await page.locator(".export-menu summary").first().click();
      expect(await seriousViolations(page)).toEqual([]);
      await page.goto(baseURL + "#v1&r=sa-pa&view=report");
      await page.locator("figure.report-chart svg").first().waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.goto(baseURL + "embed.html?region=sa-pa&chart=investment&view=level#v1&r=sa-pa&b=high-growth&view=compare&c=high-growth,plan");
      await page.locator(".embed-chart svg").waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.goto(baseURL + "embed.html?region=sa-pa&chart=nope");
      await page.locator(".embed-error").waitFor();
      expect(await seriousViolations(page)).toEqual([]);
    });
  });

  it("every slider is named '<indicator> <year>' and reachable from the keyboard", async () => {
    await withPage(async (page, open) => {
      await open();
      const names = await page.getByRole("slider").evaluateAll((els) => els.map((e) => e.getAttribute("aria-label")));
      expect(names.length).toBeGreaterThanOrEqual(46);
      for (const n of names) expect(n).toMatch(/^(.+ (2021|2022|2023|2024|2025)|Hệ số co giãn thu ngân sách)$/);
      // Tab from the top reaches the first slider through the header and scenario controls.
      await page.keyboard.press("Tab");
      let reached = false;
      for (let i = 0; i < 40 && !reached; i++) {
        await page.keyboard.press("Tab");
        reached = await page.evaluate(() => document.activeElement?.getAttribute("aria-label") === "Tăng trưởng GRDP 2021");
      }
      expect(reached).toBe(true);
      const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
      expect(outline).not.toBe("none");
    });
  });
});
