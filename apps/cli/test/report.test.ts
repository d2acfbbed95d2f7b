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
    const headings = [
      "Tóm tắt cho lãnh đạo: chỉ tiêu trọng tâm",
      "Các kịch bản",
      "Giả định của các kịch bản",
      "Chỉ tiêu theo kịch bản",
      "Kiểm tra tính nhất quán của kế hoạch",
      "Khả năng đạt chỉ tiêu",
      "Biểu đồ chính",
      "Tài liệu nguồn",
      "Ghi chú về các giả định",
    ];
    // Every section, in this order: the scorecard is the first page.
    const at = headings.map((h) => html.indexOf(`<h2>${h}</h2>`));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    for (const name of ["Kế hoạch", "Tăng trưởng cao", "Thận trọng"]) expect(html).toContain(name);
    expect(html).toContain("22/11/2026");
    // Sources are numbered references; no internal document id anywhere.
    expect(html).toContain("[1] Bí thư Thị uỷ Sa Pa phát biểu");
    expect(html).not.toMatch(/\d{3}_[0-9a-f]{16}/);
    // The scorecard heads each scenario with a sentence and gives every verdict its basis and probability.
    expect(html).toMatch(/<li>Kịch bản Tăng trưởng cao: \d\/\d chỉ tiêu trọng tâm đạt/);
    expect(html).toContain("theo giả định lấy từ chính chỉ tiêu");
    expect(html).toMatch(/Xác suất đạt<!-- -->: <!-- -->\d+ %|Xác suất đạt: \d+ %/);
    // The likelihood section: three fans of the key indicators and a tornado of the term's growth target.
    expect((html.match(/class="report-chart report-fan"/g) ?? []).length).toBe(3);
    expect(html).toMatch(/class="lotrinh-tornado"[^>]*data-target="grdp-growth-term-average"/);
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
    [["--out", "r.html", "--paths", "many"], 1, /--paths: 'many' must be a whole number from 1 to 1000000/],
    [["--out", "r.html", "--date", "2026-13-01"], 1, /--date: '2026-13-01' is not a date/],
    [["--out", "r.html", "--scenario", "/no/file.json"], 1, /--scenario: cannot read '\/no\/file.json': no such file/],
    [["--out", "r.html", "--scenario", "a", "--scenario", "b", "--scenario", "c", "--scenario", "d", "--scenario", "e"], 1, /--scenario: at most 4 scenarios/],
    [[], 2, /'report' needs --out FILE/],
  ])("refuses %j", (args, code, message) => {
    const r = lotrinh("report", "--region", "sa-pa", "--lang", "en", ...(args as string[]));
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
      // The scorecard page fits one A4 page and a page break follows it.
      const first = await page.$eval(".report-first-page", (el) => ({ height: el.getBoundingClientRect().height, after: getComputedStyle(el).breakAfter }));
      expect(first.height).toBeLessThan(986);
      expect(first.after).toBe("page");
      // And the print style keeps every chart whole.
      const breaks = await page.$$eval("figure.report-chart", (figs) => figs.map((f) => getComputedStyle(f).breakInside));
      expect(new Set(breaks)).toEqual(new Set(["avoid"]));
      await page.close();
    }, 60_000);

    it.skipIf(!available)("fits the scorecard on the first A4 page for every shipped region", async () => {
      for (const region of ["sa-pa", "lao-cai", "lai-chau"]) {
        const file = join(tempDir, `scorecard-${region}.html`);
        expect(lotrinh("report", "--region", region, "--out", file, "--paths", "2000").code).toBe(0);
        const page = await browser!.newPage();
        await page.goto(`file://${file}`);
        await page.emulateMedia({ media: "print" });
        // A4 content height: 297 mm − 2 × 18 mm = 261 mm ≈ 986 px at 96 px per inch.
        const first = await page.$eval(".report-first-page", (el) => ({ height: el.getBoundingClientRect().height, rows: el.querySelectorAll(".scorecard-table tbody tr").length }));
        expect(first.rows, region).toBeGreaterThan(2);
        expect(first.height, region).toBeLessThan(986);
        await page.close();
      }
    }, 60_000);
  });
});
