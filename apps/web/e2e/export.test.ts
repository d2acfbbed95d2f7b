import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import { chartCard, hasBrowser, withPage } from "./app";

/** Chooses `item` in the card's export menu and returns the file the browser downloads. */
async function download(page: Page, card: Locator, item: string) {
  await card.locator(".export-menu summary").click();
  const [file] = await Promise.all([page.waitForEvent("download"), card.getByRole("button", { name: item, exact: true }).click()]);
  return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
}

/** RFC 4180 fields of one line: quoted fields may hold commas and doubled quotes. */
function csvFields(line: string): string[] {
  return [...line.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map((m) => m[1]!.replace(/^"|"$/g, "").replace(/""/g, '"'));
}

describe.skipIf(!hasBrowser)("chart export", () => {
  it("'CSV cho Excel tiếng Việt': BOM, ';', decimal comma, values rounded as displayed", async () => {
    await withPage(async (page, open) => {
      await open("#v1&r=sa-pa");
      const card = chartCard(page, "grdpPerCapita");
      const csv = await download(page, card, "Tải CSV cho Excel tiếng Việt");
      expect(csv.name).toBe("sa-pa-grdpPerCapita-excel.csv");
      expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const lines = csv.bytes.toString("utf8").slice(1).split("\r\n");
      const header = lines.findIndex((l) => l.startsWith("Kịch bản;Năm;Giá trị"));
      expect(header).toBeGreaterThan(0);
      const plan2025 = lines.find((l) => l.startsWith("Kế hoạch;2025;"))!.split(";");
      // 157,2 triệu đồng/người as the chart shows it: a decimal comma, not 157.19…
      expect(plan2025[2]).toMatch(/^\d+,\d$/);
      expect(lines.slice(header + 1).join("\n")).not.toMatch(/;\d+\.\d/);
    });
  });

  it("downloads Sa Pa's per-capita chart as a standalone SVG and as a PNG at 2× print width", async () => {
    await withPage(async (page, open) => {
      await open("#v1&r=sa-pa");
      const card = chartCard(page, "grdpPerCapita");
      // Exported as shown: with the fan bands, once the worker's run is back.
      await card.locator(".fan__band--90").waitFor();

      const svg = await download(page, card, "Tải SVG");
      expect(svg.name).toBe("sa-pa-grdpPerCapita.svg");
      const text = svg.bytes.toString("utf8");
      expect(text).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      expect(text).toContain("<title id=");
      expect(text).toMatch(/<desc id="[^"]+">GRDP bình quân đầu người[^<]*mục tiêu 145 triệu đồng/);
      expect(text).toContain("Be Vietnam Pro");
      expect(text).toContain(">tối thiểu 145<"); // the 2025 target, drawn as text
      await expect(card.getByRole("status").innerText()).resolves.toBe("Đã tạo tệp sa-pa-grdpPerCapita.svg.");

      const png = await download(page, card, "Tải PNG 2×");
      expect(png.name).toBe("sa-pa-grdpPerCapita@2x.png");
      expect(png.bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      expect(png.bytes.subarray(12, 16).toString("latin1")).toBe("IHDR");
      const width = png.bytes.readUInt32BE(16);
      const height = png.bytes.readUInt32BE(20);
      expect(width).toBeGreaterThanOrEqual(1200);
      expect(width).toBe(2 * 660); // twice the print width
      expect(text).toContain("khoảng tin cậy 90 %"); // the fan's legend entry
      const [, w, h] = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(text)!;
      expect(Number(w)).toBe(660);
      expect(height / width).toBeCloseTo(Number(h) / Number(w), 2); // the SVG's proportions
    });
  });

  it("downloads the CSV of exactly what a compare chart shows, with a BOM for Excel", async () => {
    await withPage(async (page, open) => {
      await open("#v1&r=sa-pa&view=compare&c=plan,high-growth,cautious");
      const card = chartCard(page, "grdpPerCapita");
      // Every scenario's fan is drawn (the worker's runs are back): the file holds what is shown.
      await page.waitForFunction(() => document.querySelectorAll('svg[data-indicator="grdpPerCapita"] .fan').length === 3);
      const csv = await download(page, card, "Tải CSV");
      expect(csv.name).toBe("sa-pa-grdpPerCapita.csv");
      expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const lines = csv.bytes.toString("utf8").slice(1).trimEnd().split("\r\n");
      // The columns of the chart's table, then the fan's quantiles of each year (5, 20, 35, 50, 65, 80, 95 %).
      expect(lines[0]).toBe(
        "Kịch bản,Năm,Giá trị,Đơn vị,Trạng thái,Nguồn,Đánh giá," + [5, 20, 35, 50, 65, 80, 95].map((p) => `phân vị ${p} %`).join(","),
      );
      const rows = lines.slice(1).map(csvFields);
      const points = rows.filter((r) => !r[4]!.startsWith("mục tiêu"));
      // One row per year (2020–2025) and scenario displayed, in the legend's order.
      expect(points).toHaveLength(6 * 3);
      expect([...new Set(points.map((r) => r[0]))]).toEqual(["Kế hoạch", "Tăng trưởng cao", "Thận trọng"]);
      expect(points.filter((r) => r[0] === "Kế hoạch").map((r) => r[1])).toEqual(["2020", "2021", "2022", "2023", "2024", "2025"]);
      // Then the 2025 target of 145 with each scenario's verdict.
      const targets = rows.filter((r) => r[4]!.startsWith("mục tiêu"));
      expect(targets.map((r) => [r[0], r[1], r[2]])).toEqual([
        ["Kế hoạch", "2025", "145"],
        ["Tăng trưởng cao", "2025", "145"],
        ["Thận trọng", "2025", "145"],
      ]);
    });
  });
});
