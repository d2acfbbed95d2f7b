import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { hasBrowser, settledUrl, targetRow, verdictOf, withPage } from "./app";

const TERM_AVERAGE = "Tăng trưởng bình quân nhiệm kỳ 14,5%/năm";
const PER_CAPITA_2025 = "GRDP bình quân đầu người 126 triệu đồng năm 2025";

/** Enters an outcome in a rate row: the kind first, then the figure in the same field. */
async function rateOutcome(page: Page, field: string, kind: "actual" | "estimate", percent: string) {
  await page.getByRole("combobox", { name: `Loại số liệu: ${field}` }).selectOption(kind);
  const box = page.getByRole("textbox", { name: `${field} (%)` });
  await box.fill(percent);
  await box.press("Enter");
}

/** Opens the fold of one indicator's level rows (and the section's fold around them). */
async function openLevels(page: Page, name: string) {
  const section = page.locator(".level-outcomes-fold");
  if (!(await section.getAttribute("open").then((v) => v !== null))) await section.locator("> summary").click();
  await page.locator(".level-outcomes summary", { hasText: name }).click();
}

/** Enters an outcome in a level row (the indicator's fold opened first). */
async function levelOutcome(page: Page, field: string, value: string) {
  await page.getByRole("combobox", { name: `Loại số liệu: ${field}` }).selectOption("actual");
  const box = page.getByRole("textbox", { name: `Giá trị ${field}` });
  await box.fill(value);
  await box.press("Enter");
}

const basisOf = (page: Page, label: string) => targetRow(page, label).locator(".basis").innerText();

describe.skipIf(!hasBrowser)("outcomes", () => {
  it("Sa Pa: the term average rests on an assumption read from itself until the five outcomes come in", async () => {
    await withPage(async (page, open) => {
      await open("#v1&r=sa-pa");
      expect(await verdictOf(page, TERM_AVERAGE)).toBe("đạt");
      await expect(basisOf(page, TERM_AVERAGE)).resolves.toBe("theo giả định lấy từ chính chỉ tiêu");
      // The headline count keeps the circular verdicts apart.
      await expect(page.locator(".targets-panel .summary").innerText()).resolves.toMatch(/chưa kể \d+ chỉ tiêu đánh giá theo giả định lấy từ chính chỉ tiêu/);
      // 5 %, 13,8 %, 15 %, 16 %, 15 %: (1,05 × 1,138 × 1,15 × 1,16 × 1,15)^(1/5) − 1 = 12,89 % < 14,5 %.
      const outcomes: [number, string][] = [[2021, "5"], [2022, "13,8"], [2023, "15"], [2024, "16"], [2025, "15"]];
      for (const [year, pct] of outcomes) await rateOutcome(page, `Tăng trưởng GRDP ${year}`, "actual", pct);
      expect(await verdictOf(page, TERM_AVERAGE)).toBe("không đạt");
      await expect(basisOf(page, TERM_AVERAGE)).resolves.toBe("theo số thực hiện");
      await expect(targetRow(page, TERM_AVERAGE).innerText()).resolves.toContain("12,89 %");
      await expect(targetRow(page, TERM_AVERAGE).locator(".basis-years").innerText()).resolves.toBe("5/5 năm đã có số thực hiện");
      // An outcome's slider rests: it is typed, not dragged.
      await expect(page.getByRole("slider", { name: "Tăng trưởng GRDP 2021", exact: true }).isDisabled()).resolves.toBe(true);
    });
  });

  it("Lào Cai: per capita outcomes of 90 and 97,5 displace the 2023 plan anchor; the verdict turns to không đạt; the link keeps them", async () => {
    let link = "";
    await withPage(async (page, open) => {
      await open("#v1&r=lao-cai");
      expect(await verdictOf(page, PER_CAPITA_2025)).toBe("vượt");
      await openLevels(page, "GRDP bình quân đầu người");
      await expect(page.getByRole("combobox", { name: "Loại số liệu: GRDP bình quân đầu người 2023" }).locator("option:checked").innerText()).resolves.toBe("kế hoạch [1]");
      await levelOutcome(page, "GRDP bình quân đầu người 2022", "90");
      await levelOutcome(page, "GRDP bình quân đầu người 2024", "97,5");
      // 97,5 × 1,10 × 1,02 / 1,013 = 107,99 < 126.
      expect(await verdictOf(page, PER_CAPITA_2025)).toBe("không đạt");
      await expect(basisOf(page, PER_CAPITA_2025)).resolves.toBe("theo dự báo");
      await expect(targetRow(page, PER_CAPITA_2025).innerText()).resolves.toMatch(/108 triệu đồng\/người/);
      // The 2023 value is no longer the plan's 103: it is back-cast between the outcomes.
      const y2023 = page.getByRole("textbox", { name: "Giá trị GRDP bình quân đầu người 2023" });
      await expect(y2023.inputValue()).resolves.not.toBe("103");
      // A source note for the 2024 outcome.
      const source = page.getByRole("textbox", { name: "Nguồn số liệu: GRDP bình quân đầu người 2024" });
      await source.fill("Báo cáo KT-XH 2024");
      await source.press("Enter");
      // The link carries the source too (its scenario diff, base64url JSON).
      await page.waitForFunction(() => {
        const s = new URLSearchParams(location.hash.slice(1)).get("s") ?? "";
        return atob(s.replace(/-/g, "+").replace(/_/g, "/")).includes("KT-XH 2024");
      });
      link = await settledUrl(page, /&s=[A-Za-z0-9_-]+/);
    });
    await withPage(async (page) => {
      await page.goto(link);
      await page.locator(".chart-box svg").first().waitFor();
      expect(await verdictOf(page, PER_CAPITA_2025)).toBe("không đạt");
      await openLevels(page, "GRDP bình quân đầu người");
      await expect(page.getByRole("combobox", { name: "Loại số liệu: GRDP bình quân đầu người 2024" }).inputValue()).resolves.toBe("actual");
      await expect(page.getByRole("textbox", { name: "Nguồn số liệu: GRDP bình quân đầu người 2024" }).inputValue()).resolves.toBe("Báo cáo KT-XH 2024");
    });
  });

  it("the tooltip of a sum names its back-cast years", async () => {
    await withPage(async (page, open) => {
      await open("#v1&r=lao-cai");
      const basis = targetRow(page, "Tổng vốn đầu tư toàn xã hội 2021–2025: 260.000 tỷ đồng").locator(".basis");
      // Investment is fixed from its 2023 figure on: 2021 and 2022 are worked backward from it.
      await expect(basis.getAttribute("title")).resolves.toMatch(/Tính ngược từ mức cố định đầu tiên \(phụ thuộc tốc độ giả định\): 2021, 2022/);
      await expect(basis.locator(".visually-hidden").textContent()).resolves.toContain("2021, 2022");
    });
  });

  it("Kế hoạch và thực hiện: an estimate of 14,92 % against the 2023 plan of 14,5 % reads 'đạt 102,9 % kế hoạch', and downloads as CSV", async () => {
    await withPage(async (page, open) => {
      await open("#v1&r=sa-pa");
      await rateOutcome(page, "Tăng trưởng GRDP 2023", "estimate", "14,92");
      const panel = page.locator(".plan-outcome");
      const row = panel.locator("tbody tr").filter({ hasText: "2023" }).first();
      // 14,92 ÷ 14,5 = 1,02897 → 102,9 %; 14,92 − 14,5 = +0,42 điểm %.
      // The panel follows inputs once they pause (200 ms): poll until it has.
      await expect.poll(() => row.innerText()).toMatch(/14,5 %[\s\S]*14,92 %[\s\S]*ước thực hiện[\s\S]*\+0,42 điểm %[\s\S]*đạt 102,9 % kế hoạch/);
      const [download] = await Promise.all([page.waitForEvent("download"), panel.getByRole("button", { name: "Tải CSV" }).click()]);
      const csv = await readFile((await download.path())!, "utf8");
      expect(download.suggestedFilename()).toBe("sa-pa-ke-hoach-va-thuc-hien.csv");
      expect(csv.startsWith("\uFEFFChỉ tiêu,Năm,Loại kế hoạch,Kế hoạch,Thực hiện")).toBe(true);
      // A cell with a comma is quoted (RFC 4180); the plain numbers follow for sums in a spreadsheet.
      expect(csv).toContain(`"đạt 102,9 % kế hoạch",0.145,0.1492,`);
    });
  });

  it("Kiểm tra tính nhất quán: Sa Pa's per-capita plan implies a deflator of −2,02 %", async () => {
    await withPage(async (page, open) => {
      await open("#v1&r=sa-pa");
      const check = page.locator(".checks-panel .check", { hasText: "Giảm phát ngầm định" });
      // (145/118)^(1/2) × 1,012/1,145 − 1 = −2,02 %: a falling price level.
      await expect(check.innerText()).resolves.toMatch(/−2,02 %[\s\S]*đáng xem lại|đáng xem lại[\s\S]*−2,02 %/);
    });
  });
});
