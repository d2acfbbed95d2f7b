import { describe, expect, it } from "vitest";
import { hasBrowser, withPage } from "./app";

describe.skipIf(!hasBrowser)("saved scenarios in the browser", () => {
  it("keep across visits (a real reload); damaged saved data is set aside with a visible message, never dropped", async () => {
    await withPage(async (page, open) => {
      await open();
      await page.getByRole("button", { name: "Tạo mới" }).click();
      const key = await page.waitForFunction(() => Object.keys(localStorage).find((k) => k.startsWith("lotrinh.v2.s.")));
      const saved = (await key.jsonValue()) as string;
      await expect.poll(() => page.evaluate((k) => localStorage.getItem(k) ?? "", saved)).toContain("Kịch bản mới");
      await page.reload();
      await page.locator(".chart-box svg").first().waitFor();
      const options = page.getByRole("combobox", { name: "Kịch bản", exact: true }).locator("option");
      expect(await options.allInnerTexts()).toContain("Kịch bản mới");
      await open("#v1&r=sa-pa"); // and from a bare link
      expect(await options.allInnerTexts()).toContain("Kịch bản mới");

      const damaged = '{"id":"u-abcd1234" <- cut here';
      await page.evaluate((text) => localStorage.setItem("lotrinh.v2.s.u-abcd1234", text), damaged);
      await page.reload();
      await page.locator(".chart-box svg").first().waitFor();
      const alert = page.getByRole("alert").filter({ hasText: "lotrinh.corrupt.u-abcd1234." });
      await expect(alert.innerText()).resolves.toContain("Không đọc được 1 kịch bản đã lưu");
      const kept = await page.evaluate(() =>
        Object.keys(localStorage)
          .filter((k) => k.startsWith("lotrinh.corrupt."))
          .map((k) => localStorage.getItem(k)),
      );
      expect(kept).toEqual([damaged]);
      expect(await options.allInnerTexts()).toContain("Kịch bản mới"); // the healthy one stays
    });
  });
});
