import { describe, expect, it } from "vitest";
import { hasBrowser, withPage } from "./app";

const scenarioFile = (o: Record<string, unknown>) =>
  Buffer.from(JSON.stringify({ schema: "lotrinh/scenario/1", name: "Từ tệp", region: "sa-pa", ...o }));

describe.skipIf(!hasBrowser)("scenario files", () => {
  it("refuses a bad file with a message naming the field, and changes nothing", async () => {
    await withPage(async (page, open) => {
      await open();
      const options = page.getByLabel("Kịch bản", { exact: true }).locator("option");
      const before = await options.allInnerTexts();
      const url = page.url();
      await page.getByLabel("Nhập tệp kịch bản").setInputFiles({
        name: "xau.json",
        mimeType: "application/json",
        buffer: scenarioFile({ rates: { grdpGrowth: { "2024": -1.5 } } }),
      });
      const alert = page.getByRole("alert").filter({ hasText: "xau.json" });
      await alert.waitFor();
      await expect(alert.innerText()).resolves.toMatch(/rates\.grdpGrowth\.2024.*−100 %.*Không có gì thay đổi/s);
      expect(await options.allInnerTexts()).toEqual(before);
      await page.waitForTimeout(400); // longer than the address write delay
      expect(page.url()).toBe(url);
      await expect(page.getByRole("button", { name: "Hoàn tác" }).isDisabled()).resolves.toBe(true);
    });
  });

  it("imports a good file as a new scenario and exports it back under its name", async () => {
    await withPage(async (page, open) => {
      await open();
      await page.getByLabel("Nhập tệp kịch bản").setInputFiles({
        name: "tot.json",
        mimeType: "application/json",
        buffer: scenarioFile({ rates: { grdpGrowth: { "2024": 0.2 } } }),
      });
      await page.getByRole("status").filter({ hasText: "Đã nhập kịch bản “Từ tệp”" }).waitFor();
      await expect(page.getByRole("slider", { name: "Tăng trưởng GRDP 2024", exact: true }).inputValue()).resolves.toBe("0.2");
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Xuất tệp" }).click()]);
      expect(download.suggestedFilename()).toBe("Từ tệp.json");
    });
  });

  it("a scenario with a formula loads the formula engine on demand and judges the formula's target", async () => {
    await withPage(async (page, open) => {
      const scripts: string[] = [];
      page.on("request", (r) => r.resourceType() === "script" && scripts.push(r.url()));
      await open();
      expect(scripts.some((u) => /formulas-/.test(u))).toBe(false); // mathjs is not in the first load
      await page.getByLabel("Nhập tệp kịch bản").setInputFiles({
        name: "cong-thuc.json",
        mimeType: "application/json",
        buffer: scenarioFile({
          formulas: {
            revenuePerVisit: {
              expr: "tourismRevenue / touristVisits",
              name: { vi: "Doanh thu mỗi lượt khách", en: "Revenue per visit" },
              unit: "nghìn đồng",
              targets: [{ id: "revenue-per-visit-2025", indicator: "revenuePerVisit", kind: "level", comparator: "atLeast", value: 4000, year: 2025 }],
            },
          },
        }),
      });
      const row = page.locator('tr[data-target="revenue-per-visit-2025"]');
      await row.waitFor();
      await expect(row.innerText()).resolves.toMatch(/Doanh thu mỗi lượt khách, năm 2025[\s\S]*≥ 4\.000 nghìn đồng[\s\S]*4\.655 nghìn đồng[\s\S]*vượt/); // 4.655 > 4.000: exceeded
      expect(scripts.some((u) => /formulas-/.test(u))).toBe(true);
    });
  });
});
