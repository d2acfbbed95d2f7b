import { describe, expect, it } from "vitest";
import { hasBrowser, withPage } from "./app";

describe.skipIf(!hasBrowser)("saved scenarios in the browser", () => {
  it("keep across visits; damaged saved data is set aside with a visible message, never dropped", async () => {
    await withPage(async (page, open) => {
      await open();
      await page.getByRole("button", { name: "Tạo mới" }).click();
      await expect.poll(() => page.evaluate(() => localStorage.getItem("lotrinh.v1.scenarios") ?? "")).toContain("Kịch bản mới");
      await open("#v1&r=sa-pa"); // a bare link: the saved scenario is still in the list
      const options = page.getByLabel("Kịch bản", { exact: true }).locator("option");
      expect(await options.allInnerTexts()).toContain("Kịch bản mới");

      const damaged = '{"version":1,"scenarios":[{"id":"u-abcd1234" <- cut here';
      await page.evaluate((text) => localStorage.setItem("lotrinh.v1.scenarios", text), damaged);
      await page.reload();
      await page.locator(".chart-box svg").first().waitFor();
      const alert = page.getByRole("alert").filter({ hasText: "lotrinh.v1.corrupt." });
      await expect(alert.innerText()).resolves.toContain("Không đọc được 1 kịch bản đã lưu");
      const kept = await page.evaluate(() =>
        Object.keys(localStorage)
          .filter((k) => k.startsWith("lotrinh.v1.corrupt."))
          .map((k) => localStorage.getItem(k)),
      );
      expect(kept).toEqual([damaged]);
    });
  });
});
