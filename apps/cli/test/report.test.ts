import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { chromiumAvailable, launchChromium } from "./chromium.js";
import { lotrinh, saPaScenario, scenarioFile, tempDir } from "./lotrinh.js";

describe("lotrinh report", () => {
  const out = join(tempDir, "report.html");

  it("writes a report with every section, for the three shipped scenarios by default", () => {
    const r = lotrinh("report", "--region", "sa-pa", "--out", out, "--date", "2026-11-22");
    expect(r.code).toBe(0);
    const html = readFileSync(out, "utf8");
    expect(html).toMatch(/^<!doctype html>\s*<html lang="vi">/);
    for (const heading of ["Giả định của các kịch bản", "Chỉ tiêu theo kịch bản", "Biểu đồ chính", "Tài liệu nguồn", "Ghi chú về các giả định"])
      expect(html).toContain(heading);
    for (const name of ["Kế hoạch", "Tăng trưởng cao", "Thận trọng"]) expect(html).toContain(name);
    expect(html).toContain("22/11/2026");
    expect(html).toContain("000_9e44bb76478aa60b.txt");
    // The font is inlined, so the report prints the same everywhere, offline.
    expect(html).toContain("data:font/woff2;base64,");
    // Four key charts of Sa Pa at least, each with its description as caption.
    expect((html.match(/<figure class="report-chart"/g) ?? []).length).toBeGreaterThanOrEqual(4);
  });

  it("compares scenario files and writes English", () => {
    const a = scenarioFile("a.json", saPaScenario({ name: "A", rates: { grdpGrowth: { "2024": 0.1 } } }));
    const b = scenarioFile("b.json", saPaScenario({ name: "B", rates: { grdpGrowth: { "2024": 0.2 } } }));
    const en = join(tempDir, "report-en.html");
    expect(lotrinh("report", "--region", "sa-pa", "--scenario", a, "--scenario", b, "--lang", "en", "--out", en).code).toBe(0);
    const html = readFileSync(en, "utf8");
    expect(html).toContain("Targets by scenario");
    expect(html).toMatch(/<th scope="col">A<\/th>/);
    expect(html).toMatch(/<th scope="col">B<\/th>/);
  });

  it.each([
    [["--out", "r.pdf"], 1, /--out: 'r.pdf' must end in .html or .htm/],
    [["--out", "r.html", "--date", "2026-13-01"], 1, /--date: '2026-13-01' is not a date/],
    [["--out", "r.html", "--scenario", "/no/file.json", "--lang", "en"], 1, /--scenario: cannot read '\/no\/file.json': no such file/],
    [["--out", "r.html", "--scenario", "a", "--scenario", "b", "--scenario", "c", "--scenario", "d", "--scenario", "e"], 1, /--scenario: at most 4 scenarios/],
    [[], 2, /'report' needs --out FILE/],
  ])("refuses %j", (args, code, message) => {
    const r = lotrinh("report", "--region", "sa-pa", ...(args as string[]));
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(message as RegExp);
  });

  describe("printing in Chromium", () => {
    const available = chromiumAvailable();
    let browser: Browser | undefined;
    beforeAll(async () => {
      if (available) browser = await launchChromium();
    }, 60_000);
    afterAll(async () => browser?.close());

    it.skipIf(!available)("prints to A4 pages with no chart cut by a page break", async () => {
      const page = await browser!.newPage();
      await page.goto(`file://${out}`);
      await page.emulateMedia({ media: "print" });
      const pdf = await page.pdf({ format: "A4", printBackground: true, preferCSSPageSize: true });
      // A4 is 210 × 297 mm = 595 × 842 pt (Chromium writes 594.96 × 841.92): every page has that media box.
      const boxes = pdf.toString("latin1").match(/\/MediaBox\s*\[[^\]]*\]/g) ?? [];
      expect(boxes.length).toBeGreaterThanOrEqual(3);
      for (const box of boxes) {
        const [, , w, h] = box.replace(/[^\d. ]/g, " ").trim().split(/\s+/).map(Number);
        expect(Math.round(w!)).toBe(595);
        expect(Math.round(h!)).toBe(842);
      }
      // Each chart fits on one printed page: its height is less than the A4 content height (842 pt − 2 × 18 mm ≈ 740 pt ≈ 986 px).
      const heights = await page.$$eval("figure.report-chart", (figs) => figs.map((f) => f.getBoundingClientRect().height));
      expect(heights.length).toBeGreaterThanOrEqual(4);
      for (const h of heights) expect(h).toBeLessThan(986);
      // And the print style keeps every chart whole.
      const breaks = await page.$$eval("figure.report-chart", (figs) => figs.map((f) => getComputedStyle(f).breakInside));
      expect(new Set(breaks)).toEqual(new Set(["avoid"]));
      await page.close();
    }, 60_000);
  });
});
