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

describe.skipIf(!hasBrowser)("Vietnamese through and through", () => {
  it("the editor and the report show none of the region's English notes and no internal source ids", async () => {
    const { readFileSync } = await import("node:fs");
    const english: string[] = [];
    for (const id of ["sa-pa", "lai-chau"]) {
      const walk = (o: unknown): void => {
        if (Array.isArray(o)) o.forEach(walk);
        else if (o && typeof o === "object") {
          const r = o as Record<string, unknown>;
          if (typeof r.vi === "string" && typeof r.en === "string" && r.en.length > 30 && r.en !== r.vi) english.push(r.en.slice(0, 40));
          Object.values(r).forEach(walk);
        }
      };
      walk(JSON.parse(readFileSync(new URL(`../../../seeds/${id}.json`, import.meta.url), "utf8")));
    }
    expect(english.length).toBeGreaterThan(10);
    await withPage(async (page) => {
      for (const [hash, ready] of [
        ["#v1&r=sa-pa", ".chart-box svg"],
        ["#v1&r=sa-pa&view=report", "figure.report-chart svg"],
        ["#v1&r=lai-chau", ".chart-box svg"],
        ["#v1&r=lai-chau&view=report", "figure.report-chart svg"],
      ] as const) {
        await openView(page, hash, ready);
        // Text, tooltips and labels, the report's shadow root included.
        const all = await page.evaluate(() => {
          const out = [document.body.innerText];
          for (const el of document.querySelectorAll("*")) {
            for (const a of ["title", "aria-label"]) out.push(el.getAttribute(a) ?? "");
            if (el.shadowRoot) out.push(el.shadowRoot.textContent ?? "");
          }
          for (const t of document.querySelectorAll("svg title, svg desc")) out.push(t.textContent ?? "");
          return out.join("\n");
        });
        expect(english.filter((e) => all.includes(e)), hash).toEqual([]);
        expect(all.match(/\b\d{3}_[0-9a-f]{16}\b/g), hash).toBeNull();
      }
    });
  });

  it("a bad link and a newer link version are explained in Vietnamese", async () => {
    await withPage(async (page) => {
      await openView(page, "#v9&r=sa-pa", ".chart-box svg");
      await expect(page.locator(".notice-error").first().innerText()).resolves.toContain(
        "Liên kết không hợp lệ (liên kết phiên bản 9 chưa được hỗ trợ (cần phiên bản 1)). Đang hiển thị kịch bản kế hoạch.",
      );
      await openView(page, "#v1&r=sa-pa&b=plan&id=u-abc", ".chart-box svg");
      await expect(page.locator(".notice-error").first().innerText()).resolves.toContain("id: không có kịch bản “u-abc” trên máy này");
    });
  });
});

describe.skipIf(!hasBrowser)("layout on a wide screen", () => {
  it("the inputs panel stays beside the charts: scrolled down to them, the sliders are still on screen", async () => {
    await withPage(async (page) => {
      await page.setViewportSize({ width: 1366, height: 900 });
      await openView(page, "#v1&r=lao-cai", ".chart-box svg");
      await page.evaluate(() => document.querySelector(".charts-panel")!.scrollIntoView({ block: "start" }));
      await page.waitForTimeout(200);
      const panel = await page.locator(".inputs-panel").boundingBox();
      const slider = await page.getByRole("slider", { name: "Tăng trưởng GRDP 2024", exact: true }).boundingBox();
      const chart = await page.locator('svg[data-indicator="grdpPerCapita"]').boundingBox();
      // The panel sticks 12 px below the top; its first sliders and the per-capita chart share the screen.
      expect(panel!.y).toBeGreaterThanOrEqual(0);
      expect(panel!.y).toBeLessThanOrEqual(16);
      for (const box of [slider!, chart!]) {
        expect(box.y).toBeGreaterThanOrEqual(0);
        expect(box.y + box.height).toBeLessThanOrEqual(900);
      }
    });
  });
});
