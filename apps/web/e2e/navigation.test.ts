import { describe, expect, it } from "vitest";
import { hasBrowser, withPage } from "./app";

const pressed = (page: import("playwright-core").Page) =>
  page.locator(".view-switch button[aria-pressed=true]").innerText();

describe.skipIf(!hasBrowser)("navigation and editing", () => {
  it("Back and Forward move between editor, compare and report", async () => {
    await withPage(async (page, open) => {
      await open("#v1&r=sa-pa");
      await page.getByRole("button", { name: "So sánh kịch bản", exact: true }).click();
      await page.locator(".compare-view").waitFor();
      await page.getByRole("button", { name: "Báo cáo", exact: true }).click();
      await page.locator("figure.report-chart svg").first().waitFor();

      await page.goBack();
      await page.locator(".compare-view").waitFor();
      await expect(pressed(page)).resolves.toBe("So sánh kịch bản");
      await page.goBack();
      await page.locator(".editor-layout").waitFor();
      await expect(pressed(page)).resolves.toBe("Soạn kịch bản");
      expect(page.url()).not.toContain("view=");
      await page.goForward();
      await page.locator(".compare-view").waitFor();
      await expect(pressed(page)).resolves.toBe("So sánh kịch bản");
    });
  });

  it("Ctrl+Z in a rate field undoes the scenario edit, not the text, and saves nothing of its own", async () => {
    await withPage(async (page, open) => {
      await open("#v1&r=sa-pa");
      const field = page.getByRole("textbox", { name: "Tăng trưởng GRDP 2024 (%)", exact: true });
      await field.fill("13");
      await field.press("Enter");
      await expect(field.inputValue()).resolves.toBe("13");
      await page.waitForFunction(() => /s=/.test(location.hash));
      // Undo: the scenario's edit goes (back to the plan: 14,5 %), the field shows it.
      await field.press("Control+z");
      await expect(field.inputValue()).resolves.toBe("14,5");
      await page.waitForFunction(() => !/s=/.test(location.hash));
      // Redo brings the edit back.
      await field.press("Control+Shift+z");
      await expect(field.inputValue()).resolves.toBe("13");
      // Typed, not committed: Ctrl+Z drops the text, the scenario stays at 13 %.
      await field.fill("12");
      await field.press("Control+z");
      await expect(field.inputValue()).resolves.toBe("13");
      await field.blur();
      await expect(field.inputValue()).resolves.toBe("13");
    });
  });

  it("a rate above 50 % asks before it is kept", async () => {
    await withPage(async (page, open) => {
      await open("#v1&r=sa-pa");
      const field = page.getByRole("textbox", { name: "Tăng trưởng GRDP 2024 (%)", exact: true });
      await field.fill("300");
      await field.press("Enter");
      const question = page.locator(".field-confirm");
      await expect(question.innerText()).resolves.toMatch(/^Tăng trưởng GRDP 2024: 300(,0)? % là mức rất cao cho một năm\. Giữ giá trị này\?/);
      // Nothing changed yet.
      expect(page.url()).not.toMatch(/s=/);
      await question.getByRole("button", { name: "Sửa lại" }).click();
      await field.fill("30");
      await field.press("Enter");
      await expect(question.count()).resolves.toBe(0);
      await expect(field.inputValue()).resolves.toBe("30");
      await field.fill("-25");
      await field.press("Enter");
      await expect(question.innerText()).resolves.toContain("rất thấp");
      await question.getByRole("button", { name: /^Giữ/ }).click();
      await expect(field.inputValue()).resolves.toBe("-25");
    });
  });

  it("an exceeded target says 'đã vượt' and offers no Apply; a missed one offers it", async () => {
    await withPage(async (page, open) => {
      await open("#v1&r=sa-pa");
      const exceeded = page.locator(".targets-panel tr", { has: page.locator(".target-label", { hasText: "GRDP bình quân đầu người 145 triệu đồng năm 2025" }) });
      await expect(exceeded.locator(".verdict").innerText()).resolves.toBe("vượt");
      await expect(exceeded.locator(".required").first().innerText()).resolves.toContain("đã vượt");
      await expect(exceeded.getByRole("button", { name: /^Áp dụng/ }).count()).resolves.toBe(0);
      const missed = page.locator(".targets-panel tr", { has: page.locator(".target-label", { hasText: "Tổng vốn đầu tư 2021–2025" }) });
      await expect(missed.locator(".verdict").innerText()).resolves.toBe("không đạt");
      await expect(missed.locator(".required button", { hasText: "Áp dụng" }).count()).resolves.toBeGreaterThan(0);
    });
  });

  it("an edit back to the plan value clears 'đã sửa'", async () => {
    await withPage(async (page, open) => {
      await open("#v1&r=sa-pa");
      const field = page.getByRole("textbox", { name: "Tăng trưởng GRDP 2023 (%)", exact: true });
      const row = page.locator(".rate-row", { has: field });
      await field.fill("13");
      await field.press("Enter");
      await expect(row.getAttribute("data-status")).resolves.toBe("edited");
      await field.fill("14,5");
      await field.press("Enter");
      await expect(row.getAttribute("data-status")).resolves.not.toBe("edited");
    });
  });
});

describe.skipIf(!hasBrowser)("importing a file with percent-typed rates", () => {
  it("is refused with the suggestion; nothing is saved until the user chooses to divide", async () => {
    await withPage(async (page, open) => {
      await open("#v1&r=sa-pa");
      const file = {
        name: "ke-hoach-excel.json",
        mimeType: "application/json",
        buffer: Buffer.from(JSON.stringify({ schema: "lotrinh/scenario/1", name: "Từ Excel", region: "sa-pa", rates: { grdpGrowth: { "2024": 14.5 } } })),
      };
      await page.locator('input[type="file"][accept=".json,application/json"]').setInputFiles(file);
      const offer = page.locator(".percent-slip");
      await expect(offer.innerText()).resolves.toContain("rates.grdpGrowth.2024: ý bạn là 14,5 %? Tỷ lệ ghi dưới dạng số thập phân: 0,145");
      // Not imported: the scenario list has no new entry, the address no user scenario.
      await expect(page.locator("option", { hasText: "Từ Excel" }).count()).resolves.toBe(0);
      expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => localStorage.getItem(k)?.includes("Từ Excel")))).toEqual([]);
      await offer.getByRole("button", { name: "Chia 1 tỷ lệ cho 100 rồi nhập" }).click();
      await page.locator(".notice", { hasText: "Đã nhập kịch bản “Từ Excel”." }).waitFor();
      await expect(page.getByRole("textbox", { name: "Tăng trưởng GRDP 2024 (%)", exact: true }).inputValue()).resolves.toBe("14,5");
      await expect(offer.count()).resolves.toBe(0);
    });
  });

  it("'Không nhập tệp này' leaves everything as it was", async () => {
    await withPage(async (page, open) => {
      await open("#v1&r=sa-pa");
      const buffer = Buffer.from(JSON.stringify({ schema: "lotrinh/scenario/1", name: "Bỏ", region: "sa-pa", rates: { grdpGrowth: { "2024": 14.5 } } }));
      await page.locator('input[type="file"][accept=".json,application/json"]').setInputFiles({ name: "bo.json", mimeType: "application/json", buffer });
      await page.getByRole("button", { name: "Không nhập tệp này" }).click();
      await expect(page.locator(".percent-slip").count()).resolves.toBe(0);
      await expect(page.locator("option", { hasText: "Bỏ" }).count()).resolves.toBe(0);
      expect(page.url()).not.toContain("id=u-");
    });
  });
});
