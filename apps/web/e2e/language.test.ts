import { describe, expect, it } from "vitest";
import { hasBrowser, settledUrl, verdictOf, withPage } from "./app";

describe.skipIf(!hasBrowser)("language", () => {
  it("switches to English and back", async () => {
    await withPage(async (page, open) => {
      await open();
      await page.getByRole("button", { name: "English", exact: true }).click();
      await page.waitForFunction(() => document.documentElement.lang === "en");
      await expect(page.locator("h1").innerText()).resolves.toContain("Sa Pa town");
      await expect(page.getByRole("slider", { name: "GRDP growth 2024", exact: true }).count()).resolves.toBe(1);
      await expect(page.getByRole("textbox", { name: "GRDP growth 2024 (%)" }).inputValue()).resolves.toBe("14.5");
      expect(await verdictOf(page, "Term average growth 14.5 %/yr")).toBe("met");
      await expect(page.locator(".targets-panel").innerText()).resolves.toContain("12,085 billion VND");
      await settledUrl(page, /lang=en/);

      await page.getByRole("button", { name: "Tiếng Việt", exact: true }).click();
      expect(await page.getAttribute("html", "lang")).toBe("vi");
      expect(await verdictOf(page, "Tăng trưởng bình quân nhiệm kỳ 14,5%/năm")).toBe("đạt");
      await settledUrl(page, /#v1&r=sa-pa&b=plan$/);
    });
  });
});
