import { describe, expect, it } from "vitest";
import { hasBrowser, settledUrl, targetRow, verdictOf, withPage } from "./app";

const TERM_AVERAGE = "Tăng trưởng bình quân nhiệm kỳ 14,5%/năm";

describe.skipIf(!hasBrowser)("editor", () => {
  it("opens in Vietnamese with Vietnamese number formats", async () => {
    await withPage(async (page, open) => {
      await open();
      expect(await page.getAttribute("html", "lang")).toBe("vi");
      await expect(page.locator("h1").innerText()).resolves.toContain("Thị xã Sa Pa");
      await expect(page.getByRole("heading", { name: "Chỉ tiêu", exact: true }).count()).resolves.toBe(1);
      await expect(page.getByRole("slider", { name: "Tăng trưởng GRDP 2024", exact: true }).count()).resolves.toBe(1);
      await expect(page.getByRole("textbox", { name: "Tăng trưởng GRDP 2024 (%)" }).inputValue()).resolves.toBe("14,5");
      const row = targetRow(page, "Doanh thu du lịch 12.085 tỷ đồng năm 2023");
      await expect(row.innerText()).resolves.toContain("12.085 tỷ đồng");
      expect(await verdictOf(page, TERM_AVERAGE)).toBe("đạt");
      // Each year's kind of figure, as its toggle shows it (the toggle also makes it an outcome).
      await expect(page.locator("select.status-plan option:checked").first().innerText()).resolves.toBe("kế hoạch [1]");
      await expect(page.locator("select.status-assumption option:checked").first().innerText()).resolves.toBe("giả định");
    });
  });

  it("lowering a rate from the keyboard flips the term target; Apply restores it; Ctrl+Z undoes", async () => {
    await withPage(async (page, open) => {
      await open();
      const slider = page.getByRole("slider", { name: "Tăng trưởng GRDP 2024", exact: true });
      await slider.focus();
      for (let i = 0; i < 5; i++) await page.keyboard.press("ArrowLeft");
      await expect(slider.inputValue()).resolves.toBe("0.14");
      expect(await verdictOf(page, TERM_AVERAGE)).toBe("không đạt");
      // The edit opened an edited copy, marked as an edit with a reset button.
      await expect(page.getByLabel("Kịch bản", { exact: true }).locator("option:checked").innerText()).resolves.toBe("Kế hoạch (bản sửa)");
      await expect(page.getByRole("button", { name: "Đặt lại về mặc định: Tăng trưởng GRDP 2024" }).count()).resolves.toBe(1);
      // The live region tells screen-reader users, politely.
      await expect
        .poll(() => page.locator("[aria-live=polite]").innerText(), { timeout: 3000 })
        .toContain(`${TERM_AVERAGE}: không đạt`);

      const apply = page.getByRole("button", { name: `Áp dụng tốc độ cần cho: ${TERM_AVERAGE}` });
      await apply.focus();
      await page.keyboard.press("Enter");
      expect(await verdictOf(page, TERM_AVERAGE)).toBe("đạt");
      // No year is actual, so the whole 2021–2025 window is free: every year gets the constant 14,5 %.
      for (const year of [2021, 2024, 2025])
        await expect(page.getByRole("textbox", { name: `Tăng trưởng GRDP ${year} (%)` }).inputValue()).resolves.toBe("14,5");

      await page.locator("body").click({ position: { x: 5, y: 5 } });
      await page.keyboard.press("Control+z");
      expect(await verdictOf(page, TERM_AVERAGE)).toBe("không đạt");
      await page.keyboard.press("Control+Shift+z");
      expect(await verdictOf(page, TERM_AVERAGE)).toBe("đạt");
    });
  });

  it("a number typed with a decimal comma is applied; invalid text names the field and changes nothing", async () => {
    await withPage(async (page, open) => {
      await open();
      const field = page.getByRole("textbox", { name: "Tăng trưởng GRDP 2024 (%)" });
      await field.fill("12,5");
      await field.press("Enter");
      await expect(page.getByRole("slider", { name: "Tăng trưởng GRDP 2024", exact: true }).inputValue()).resolves.toBe("0.125");
      const url = await settledUrl(page, /&s=/);
      await field.fill("12,5abc");
      await field.press("Enter");
      await expect(page.getByRole("alert").filter({ hasText: "Tăng trưởng GRDP 2024" }).innerText()).resolves.toContain("không phải là số");
      await expect(page.getByRole("slider", { name: "Tăng trưởng GRDP 2024", exact: true }).inputValue()).resolves.toBe("0.125");
      await page.waitForTimeout(400); // longer than the address write delay
      expect(page.url()).toBe(url);
      await field.fill("-100");
      await field.press("Enter");
      await expect(page.getByRole("alert").filter({ hasText: "−100 %" }).count()).resolves.toBe(1);
    });
  });

  it("marking a year actual locks its editor", async () => {
    await withPage(async (page, open) => {
      await open();
      await page.getByRole("combobox", { name: "Loại số liệu: Tăng trưởng GRDP 2021" }).selectOption("actual");
      await expect(page.getByRole("slider", { name: "Tăng trưởng GRDP 2021", exact: true }).isDisabled()).resolves.toBe(true);
      // With 2021 fixed, the term average's required rate covers only 2022–2025.
      await expect(targetRow(page, TERM_AVERAGE).innerText()).resolves.toContain("(2022–2025)");
    });
  });

  it("reloading restores the edited scenario exactly, and the link opens it on another computer", async () => {
    let link = "";
    await withPage(async (page, open) => {
      await open();
      await page.getByRole("textbox", { name: "Tổng vốn đầu tư huy động 2025 (%)" }).fill("30");
      await page.keyboard.press("Enter");
      await page.getByRole("radio", { name: "5,8 triệu lượt khách cộng dồn 2021–2025" }).check();
      await page.getByRole("button", { name: "English" }).click();
      link = await settledUrl(page, /lang=en$/);
      expect(link).toMatch(/#v1&r=sa-pa&b=plan&id=u-[a-z0-9]+&s=[A-Za-z0-9_-]+&lang=en$/);
      await page.reload();
      await page.locator(".chart-box svg").first().waitFor();
      expect(page.url()).toBe(link);
      await expect(page.getByRole("textbox", { name: "Total investment mobilised 2025 (%)" }).inputValue()).resolves.toBe("30");
      await expect(page.getByRole("radio", { name: "5.8 million visits summed over 2021–2025" }).isChecked()).resolves.toBe(true);
      expect(await page.getByLabel("Scenario", { exact: true }).locator("option").count()).toBe(4);
    });
    // A fresh profile: nothing saved, everything comes from the link.
    await withPage(async (page) => {
      await page.goto(link);
      await page.locator(".chart-box svg").first().waitFor();
      await expect(page.getByRole("textbox", { name: "Total investment mobilised 2025 (%)" }).inputValue()).resolves.toBe("30");
      await expect(page.getByRole("status").filter({ hasText: "from the link" }).count()).resolves.toBe(1);
    });
  });

  it("a broken link shows a message and falls back to the plan", async () => {
    await withPage(async (page, open) => {
      await open("#v1&r=sa-pa&b=plan&id=u-abcd1234&s=eyJyIjp7ImdyZHBHcm93dGgiOnsiMjAyNCI6LTJ9fX0");
      await expect(page.getByRole("alert").innerText()).resolves.toContain("rates.grdpGrowth.2024");
      await expect(page.getByLabel("Kịch bản", { exact: true }).locator("option:checked").innerText()).resolves.toBe("Kế hoạch");
      await open("#v9&r=sa-pa");
      await expect(page.getByRole("alert").first().innerText()).resolves.toContain("Liên kết không hợp lệ");
    });
  });
});
