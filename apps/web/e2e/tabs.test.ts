import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { launchChromium } from "../scripts/serve.mjs";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { baseURL, hasBrowser } from "./app";

const REGION_FILE = readFileSync(fileURLToPath(new URL("../../cli/test/fixtures/regions/tinh-gia-dinh-2030.json", import.meta.url)), "utf8");

/** Two tabs of one browser profile: they share localStorage and hear each other's `storage` events. */
async function withTwoTabs(body: (a: Page, b: Page) => Promise<void>) {
  const browser = await launchChromium();
  const errors: string[] = [];
  try {
    const [a, b] = [await browser.context.newPage(), await browser.context.newPage()];
    for (const p of [a, b]) p.on("pageerror", (e) => errors.push(e.message));
    await body(a, b);
  } finally {
    await browser.close();
  }
  if (errors.length) throw new Error(`uncaught errors in the page: ${errors.join("; ")}`);
}

async function openAt(page: Page, hash: string) {
  await page.goto(baseURL + hash);
  await page.locator(".chart-box svg").first().waitFor();
}

/** Saves wait 300 ms and reach the other tab through the browser: on a loaded CI machine that takes more than a second. */
const POLL = { timeout: 5000 };
const rate = (page: Page, label: string) => page.getByRole("textbox", { name: `${label} (%)` });
async function type(page: Page, label: string, value: string) {
  await rate(page, label).fill(value);
  await rate(page, label).press("Enter");
}
const stored = (page: Page, id: string) => page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? "null"), `lotrinh.v2.s.${id}`);
const options = (page: Page) => page.getByRole("combobox", { name: "Kịch bản", exact: true }).locator("option").allInnerTexts();

describe.skipIf(!hasBrowser)("two tabs on the same saved scenarios", () => {
  it("a region imported in one tab is listed in the other, which opens it", async () => {
    await withTwoTabs(async (a, b) => {
      await openAt(a, "#v1&r=sa-pa");
      await openAt(b, "#v1&r=sa-pa");
      const yours = 'optgroup[label="Địa bàn của bạn"] option';
      await expect(a.locator(yours).count()).resolves.toBe(0);
      // What the regions dialog writes, from tab B.
      await b.evaluate((text) => localStorage.setItem("lotrinh.regions.v1", JSON.stringify({ version: 1, regions: [JSON.parse(text)] })), REGION_FILE);
      await expect.poll(() => a.locator(yours).allInnerTexts(), POLL).toEqual(["Tỉnh giả định"]);
      await a.getByLabel("Địa bàn", { exact: true }).selectOption({ label: "Tỉnh giả định" });
      await expect.poll(() => a.locator("h1").innerText(), POLL).toContain("Tỉnh giả định");
    });
  });

  it("merge edits of different fields; the same field: the later wins and the other tab is told; no save deletes the other tab's scenario", async () => {
    await withTwoTabs(async (a, b) => {
      await openAt(a, "#v1&r=sa-pa");
      await a.getByRole("button", { name: "Tạo mới" }).click();
      const id = (await (await a.waitForFunction(() => Object.keys(localStorage).find((k) => k.startsWith("lotrinh.v2.s.")))).jsonValue() as string).slice("lotrinh.v2.s.".length);
      await openAt(b, `#v1&r=sa-pa&id=${id}`);
      await expect(b.getByRole("combobox", { name: "Kịch bản", exact: true }).locator("option:checked").innerText()).resolves.toBe("Kịch bản mới");

      // Different fields: both kept, in storage and on both screens.
      await type(a, "Tăng trưởng GRDP 2024", "20");
      await type(b, "Tăng trưởng GRDP 2025", "18");
      await expect.poll(async () => (await stored(a, id))?.scenario.rates.grdpGrowth, POLL).toMatchObject({ "2024": 0.2, "2025": 0.18 });
      await expect.poll(() => rate(a, "Tăng trưởng GRDP 2025").inputValue(), POLL).toBe("18");
      await expect.poll(() => rate(b, "Tăng trưởng GRDP 2024").inputValue(), POLL).toBe("20");

      // The same field: B writes later, B's value stands; A is told which scenario and field.
      await type(a, "Tăng trưởng GRDP 2023", "15");
      await expect.poll(() => rate(b, "Tăng trưởng GRDP 2023").inputValue(), POLL).toBe("15");
      await type(b, "Tăng trưởng GRDP 2023", "16");
      await expect.poll(async () => (await stored(a, id))?.scenario.rates.grdpGrowth["2023"], POLL).toBe(0.16);
      await expect.poll(() => rate(a, "Tăng trưởng GRDP 2023").inputValue(), POLL).toBe("16");
      const told = a.getByRole("status").filter({ hasText: "Kịch bản “Kịch bản mới”: rates.grdpGrowth.2023" });
      await expect(told.innerText()).resolves.toContain("vừa được sửa ở một thẻ khác");

      // A duplicates; B edits and saves: the copy survives B's save, and B lists it too.
      await a.getByRole("button", { name: "Nhân bản" }).click();
      await expect.poll(() => a.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("lotrinh.v2.s.")).length), POLL).toBe(2);
      await type(b, "Tăng trưởng GRDP 2022", "9");
      await expect.poll(() => options(b), POLL).toContain("Kịch bản mới (bản sao)");
      await b.waitForTimeout(500); // past B's save delay
      expect(await b.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("lotrinh.v2.s.")).length)).toBe(2);

      // After a reload, both tabs' work is there.
      await a.reload();
      await a.locator(".chart-box svg").first().waitFor();
      expect((await options(a)).filter((o) => o.startsWith("Kịch bản mới"))).toEqual(["Kịch bản mới", "Kịch bản mới (bản sao)"]);
      expect((await stored(a, id)).scenario.rates.grdpGrowth).toMatchObject({ "2022": 0.09, "2023": 0.16, "2024": 0.2, "2025": 0.18 });
    });
  });
});
