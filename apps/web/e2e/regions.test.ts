import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { baseURL, hasBrowser, settledUrl, withPage } from "./app";

/** The made-up province of the acceptance (region/1 JSON): per capita 100 and revenue 5,000 in 2025, g 10 %, π 3 %, n 1 %. */
const REGION_FILE = readFileSync(fileURLToPath(new URL("../../cli/test/fixtures/regions/tinh-gia-dinh-2030.json", import.meta.url)));

async function importRegion(page: Page): Promise<void> {
  await page.getByLabel("Địa bàn", { exact: true }).selectOption({ label: "Thêm địa bàn…" });
  await page.getByLabel("Tệp địa bàn (.xlsx, .csv hoặc .json)").setInputFiles({
    name: "tinh-gia-dinh-2030.json",
    mimeType: "application/json",
    buffer: REGION_FILE,
  });
}

/** What a planner checks: the heading with its term, a slider named by year, and the per-capita row. */
async function expectRegionShown(page: Page): Promise<string> {
  const heading = page.getByRole("heading", { level: 1 });
  await heading.filter({ hasText: "Tỉnh giả định" }).waitFor();
  expect(await heading.innerText()).toMatch(/Tỉnh giả định\s*·\s*2025–2030/);
  expect(await page.locator(".tagline").innerText()).toBe("Mô phỏng kịch bản chỉ tiêu nhiệm kỳ 2025–2030");
  await expect(page.getByRole("slider", { name: "Tăng trưởng GRDP 2030", exact: true }).inputValue()).resolves.toBe("0.1");
  expect(await page.getByRole("slider", { name: "Tăng trưởng GRDP 2025", exact: true }).count()).toBe(0);
  // 100 × (1.10 × 1.03 / 1.01)^5 = 177.64 million VND per person in 2030
  const row = page.locator(".targets-panel tr", { has: page.locator(".target-label", { hasText: "GRDP bình quân đầu người" }) });
  const text = await row.first().innerText();
  const projected = /177,6\d*/.exec(text)?.[0];
  expect(projected).toBeDefined();
  // The numbers a reader compares: the projected value and the verdict.
  return `${projected} · ${(await row.first().locator(".verdict").innerText()).trim()}`;
}

describe.skipIf(!hasBrowser)("regions from files", () => {
  it("imports a region file through the picker, keeps it over a reload, and its link opens elsewhere with the same numbers", async () => {
    let link = "";
    let numbers = "";
    await withPage(async (page, open) => {
      await open();
      await importRegion(page);
      numbers = await expectRegionShown(page);
      // listed apart from the seeded regions
      await expect(page.locator('optgroup[label="Địa bàn của bạn"] option').allInnerTexts()).resolves.toEqual(["Tỉnh giả định"]);
      link = await settledUrl(page, /r=tinh-gia-dinh.*&rd=[A-Za-z0-9_-]+/);
      await page.reload();
      await page.locator(".chart-box svg").first().waitFor();
      expect(await expectRegionShown(page)).toBe(numbers);
    });
    expect(link.length).toBeLessThan(8192 + 100);
    await withPage(async (page, open) => {
      await open(link.slice(link.indexOf("#")));
      expect(await expectRegionShown(page)).toBe(numbers);
    });
    // An embed of the region's chart carries the region too: a fresh browser draws its term.
    await withPage(async (page) => {
      await page.goto(`${baseURL}embed.html?region=tinh-gia-dinh&chart=grdpPerCapita${link.slice(link.indexOf("#"))}`);
      const svg = page.locator(".embed-chart svg");
      await svg.waitFor();
      const markup = await svg.innerHTML();
      expect(markup).toContain(">2030<");
      expect(markup).not.toContain(">2020<");
    });
  });

  it("loads the spreadsheet library only when a workbook is written: the template download", async () => {
    await withPage(async (page, open) => {
      const scripts: string[] = [];
      page.on("request", (r) => r.resourceType() === "script" && scripts.push(r.url()));
      await open();
      expect(scripts.filter((u) => /exceljs|workbook|RegionsDialog/.test(u))).toEqual([]);
      await page.getByLabel("Địa bàn", { exact: true }).selectOption({ label: "Thêm địa bàn…" });
      expect(scripts.some((u) => /exceljs/.test(u))).toBe(false);
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Tải mẫu XLSX" }).click()]);
      expect(download.suggestedFilename()).toBe("mau-dia-ban.xlsx");
      expect(scripts.some((u) => /exceljs/.test(u))).toBe(true);
    });
  });

  it("lists the example region vi-du-2030 under examples", async () => {
    await withPage(async (page, open) => {
      await open();
      await expect(page.locator('optgroup[label="Ví dụ (không phải địa phương thật)"] option').allInnerTexts()).resolves.toEqual([
        "Ví dụ: tỉnh giả định",
      ]);
      await page.getByLabel("Địa bàn", { exact: true }).selectOption("vi-du-2030");
      await page.getByRole("heading", { level: 1 }).filter({ hasText: "2025–2030" }).waitFor();
    });
  });

  it("lists every import error with sheet, row and column, and opens nothing", async () => {
    await withPage(async (page, open) => {
      await open();
      await page.getByLabel("Địa bàn", { exact: true }).selectOption({ label: "Thêm địa bàn…" });
      const csv = ["# Địa bàn", "Mã địa bàn,Tên,Cấp,Năm gốc,Năm cuối", "tinh-x,Tỉnh X,tỉnh,2025,hai nghìn", "# Nguồn", "Mã nguồn,Tên văn bản,Cơ quan ban hành,Ngày (YYYY-MM-DD)", "# Chỉ tiêu", "Chỉ tiêu,Năm,Giá trị,Trạng thái", "grdpGrowth,2026,mười,giả định"].join("\n");
      await page.getByLabel("Tệp địa bàn (.xlsx, .csv hoặc .json)").setInputFiles({ name: "loi.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
      const alert = page.getByRole("alert").filter({ hasText: "chưa nhập" });
      await alert.waitFor();
      const text = await alert.innerText();
      expect(text).toContain("Tệp có 2 lỗi, chưa nhập:");
      expect(text).toContain("Địa bàn, dòng 2, cột Năm cuối: phải là số nguyên (năm)");
      expect(text).toContain("Chỉ tiêu, dòng 2, cột Giá trị: phải là số");
      expect(await page.locator('optgroup[label="Địa bàn của bạn"]').count()).toBe(0);
    });
  });

  it("creates a region by hand, edits its figures in a table, and deletes it after confirmation", async () => {
    await withPage(async (page, open) => {
      await open();
      await page.getByLabel("Địa bàn", { exact: true }).selectOption({ label: "Thêm địa bàn…" });
      await page.getByText("Tạo bằng tay").click();
      await page.getByLabel("Tên địa bàn").fill("Huyện Thử");
      await page.getByLabel("Cấp").selectOption("town");
      await page.getByLabel("Tăng trưởng GRDP (%)").fill("8,5");
      await page.getByLabel("Chỉ số giảm phát GRDP (%)").fill("3");
      await page.getByLabel("Tăng dân số (%)").fill("1");
      await page.getByLabel("GRDP bình quân đầu người (triệu đồng)", { exact: true }).fill("80");
      await page.getByLabel("GRDP bình quân đầu người từ (triệu đồng)").fill("120");
      await page.getByRole("button", { name: "Tạo địa bàn" }).click();
      await page.getByRole("heading", { level: 1 }).filter({ hasText: "Huyện Thử" }).waitFor();
      await expect(page.getByRole("slider", { name: "Tăng trưởng GRDP 2027", exact: true }).inputValue()).resolves.toBe("0.085");
      // Edit its figures in the table: a bad value is named by table, row and column, a good one is saved.
      await page.getByLabel("Địa bàn", { exact: true }).selectOption({ label: "Thêm địa bàn…" });
      await page.locator(".custom-regions li", { hasText: "Huyện Thử" }).getByRole("button", { name: "Sửa" }).click();
      const cell = page.getByLabel("Chỉ tiêu, dòng 3, Giá trị", { exact: true });
      await expect(cell.inputValue()).resolves.toBe("8,5 %");
      await cell.fill("mười hai");
      await page.getByRole("button", { name: "Lưu địa bàn" }).click();
      await page.getByRole("alert").filter({ hasText: "Chỉ tiêu, dòng 3, cột Giá trị: phải là số" }).waitFor();
      await cell.fill("12");
      await page.getByRole("button", { name: "Lưu địa bàn" }).click();
      await expect
        .poll(() => page.getByRole("slider", { name: "Tăng trưởng GRDP 2027", exact: true }).inputValue())
        .toBe("0.12");
      await page.getByLabel("Địa bàn", { exact: true }).selectOption({ label: "Thêm địa bàn…" });
      page.once("dialog", (d) => {
        expect(d.message()).toContain("Xuất XLSX hoặc JSON");
        void d.accept();
      });
      await page.locator(".custom-regions li", { hasText: "Huyện Thử" }).getByRole("button", { name: "Xoá" }).click();
      await page.getByText("Chưa có địa bàn nào.").waitFor();
    });
  });
});
