import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { loadRegion, regionScenarios } from "@lotrinh/core";
import { simulateRisk } from "@lotrinh/core/risk";
import { baseURL, chartCard, hasBrowser, settledUrl, targetRow, withPage } from "./app";

const PER_CAPITA_2025 = "GRDP bình quân đầu người 126 triệu đồng năm 2025";
const REVENUE_2025 = "Thu ngân sách 15.500 tỷ đồng năm 2025";

/** The probability a row shows, at full precision (data-probability), once the worker has answered. */
async function probabilityOf(page: Page, label: string): Promise<number> {
  const cell = targetRow(page, label).locator(".probability[data-probability]");
  await cell.waitFor();
  return Number(await cell.getAttribute("data-probability"));
}

describe.skipIf(!hasBrowser)("probabilities", () => {
  it("shows Xác suất đạt beside verdict and basis, and follows an input within a moment", async () => {
    await withPage(async (page, open) => {
      await open("#v1&r=lao-cai");
      const before = await probabilityOf(page, PER_CAPITA_2025);
      expect(before).toBeGreaterThan(0);
      expect(before).toBeLessThan(1);
      const row = targetRow(page, PER_CAPITA_2025);
      await expect(row.locator(".probability-value").innerText()).resolves.toMatch(/^\d{1,3} %$/);
      await expect(row.locator(".probability-bar > span").getAttribute("style")).resolves.toMatch(/width: \d+%/);
      await expect(row.locator(".verdict").innerText()).resolves.toBe("vượt");
      await expect(row.locator(".basis").innerText()).resolves.toBe("theo dự báo");
      // Ten key presses take 2025 growth from 10 % to 9 %: the probability falls, a moment after the last.
      const slider = page.getByRole("slider", { name: "Tăng trưởng GRDP 2025", exact: true });
      await slider.focus();
      // Right after each key press's task, how the row's figure looks (the run cannot land before it).
      await page.evaluate((label) => {
        const w = window as unknown as { __afterKey?: [string | null, string] };
        addEventListener("keydown", () => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            const tr = [...document.querySelectorAll(".targets-panel tr")].find((r) => r.querySelector(".target-label")?.textContent === label);
            const cell = tr!.querySelector(".probability")!;
            w.__afterKey = [cell.closest(".target-tables")!.getAttribute("aria-busy"), getComputedStyle(cell).color];
          };
          channel.port2.postMessage(0);
        }, true);
      }, PER_CAPITA_2025);
      for (let i = 0; i < 10; i++) await page.keyboard.press("ArrowLeft");
      const t0 = Date.now();
      // Until the new run lands, the old figures are marked as of an older input (greyed, the tables
      // aria-busy): the page had no way to have it yet, the worker waits for the keys to pause.
      const tables = page.locator(".targets-panel .target-tables");
      await expect(page.evaluate(() => (window as unknown as { __afterKey?: unknown }).__afterKey)).resolves.toEqual(["true", "rgb(89, 101, 116)"]);
      // The run of the last input: on a loaded machine the keys can pause long enough for a run of
      // an earlier value to land first, lower already, with the tables still busy.
      await page.waitForFunction(
        ([label, old]) => {
          const rows = [...document.querySelectorAll(".targets-panel tr")];
          const tr = rows.find((r) => r.querySelector(".target-label")?.textContent === label);
          const p = Number(tr?.querySelector(".probability[data-probability]")?.getAttribute("data-probability"));
          return p < old && !tr?.closest("[aria-busy]");
        },
        [PER_CAPITA_2025, before] as const,
      );
      const lag = Date.now() - t0;
      await expect(tables.getAttribute("aria-busy")).resolves.toBeNull();
      await expect(row.locator(".probability").evaluate((el) => getComputedStyle(el).color)).resolves.not.toBe("rgb(89, 101, 116)");
      console.log(`probability followed the last key press after ${lag} ms (20.000 paths in the worker)`);
      expect(lag).toBeLessThan(1000);
    });
  });

  it("the same seed gives the same numbers in Chromium's worker as core's engine in Node", async () => {
    await withPage(async (page, open) => {
      await open("#v1&r=lao-cai");
      await page.locator(".uncertainty-fold > summary").click();
      const seed = page.getByRole("textbox", { name: "Hạt giống ngẫu nhiên (seed)" });
      await seed.fill("42");
      await seed.press("Enter");
      // The seed rides in the link.
      await settledUrl(page, /&s=[A-Za-z0-9_-]+/);
      await page.waitForFunction(() => document.querySelectorAll(".probability[data-probability]").length >= 5);
      await page.waitForTimeout(300);
      const region = loadRegion("lao-cai");
      const plan = regionScenarios(region)[0]!;
      const node = simulateRisk(region, { ...plan, params: { ...plan.params, seed: 42 } }, { paths: 20_000 });
      if (!node.ok) throw new Error(node.error);
      expect(node.value.risk.settings.seed).toBe(42);
      let compared = 0;
      for (const t of node.value.risk.targets) {
        const tr = page.locator(`.targets-panel tr[data-target="${t.id}"] .probability[data-probability]`);
        if (t.probability === null || (await tr.count()) === 0) continue;
        expect(Number(await tr.getAttribute("data-probability")), t.id).toBe(t.probability);
        compared++;
      }
      expect(compared).toBeGreaterThanOrEqual(5);
      expect(await probabilityOf(page, REVENUE_2025)).toBe(node.value.risk.targets.find((t) => t.id === "budget-revenue-2025")!.probability);
    });
  });

  it("charts draw 30/60/90 % fan bands, with a legend entry and the bands in the data table and the alt text", async () => {
    await withPage(async (page, open) => {
      await open("#v1&r=lao-cai");
      const card = chartCard(page, "grdpPerCapita");
      await card.locator(".fan__band--90").waitFor();
      for (const band of [30, 60, 90]) await expect(card.locator(`.fan__band--${band}`).count()).resolves.toBe(1);
      await expect(card.locator("svg").first().innerHTML()).resolves.toContain("khoảng tin cậy 90 %");
      await expect(card.locator("svg desc").first().textContent()).resolves.toMatch(/[Kk]hoảng tin cậy 90 % năm 2025: [\d.,]+[^;]* đến [\d.,]+[^;]*trung vị/);
      await card.locator(".chart-table summary").click();
      // The table renders on the details' toggle event, a moment after the click.
      await card.locator(".data-table thead th").first().waitFor();
      const head = await card.locator(".data-table thead th").allInnerTexts();
      expect(head).toEqual(expect.arrayContaining(["phân vị 5 %", "phân vị 50 %", "phân vị 95 %"]));

      // A slider moves the line: in the key press's own task the old run's bands fade (they were
      // drawn around the old path), and they come back once the new input's run has landed.
      await expect(card.getAttribute("data-fans-stale")).resolves.toBeNull();
      const fanOpacity = () => card.locator(".fan").evaluate((el) => getComputedStyle(el).opacity);
      await expect(fanOpacity()).resolves.toBe("1");
      await page.getByRole("slider", { name: "Tăng trưởng GRDP 2024", exact: true }).focus();
      await page.evaluate(() => {
        const w = window as unknown as { __fade?: (string | null)[] };
        addEventListener("keydown", () => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            const fig = document.querySelector('svg[data-indicator="grdpPerCapita"]')!.closest(".chart-card")!;
            w.__fade = [fig.getAttribute("data-fans-stale"), getComputedStyle(fig.querySelector(".fan")!).opacity];
          };
          channel.port2.postMessage(0);
        }, { capture: true, once: true });
      });
      await page.keyboard.press("ArrowRight");
      await expect(page.evaluate(() => (window as unknown as { __fade?: unknown }).__fade)).resolves.toEqual(["true", "0.35"]);
      await page.waitForFunction(() => !document.querySelector('svg[data-indicator="grdpPerCapita"]')!.closest(".chart-card")!.hasAttribute("data-fans-stale"));
      await expect(fanOpacity()).resolves.toBe("1");
    });
  });

  it("the cumulative view draws the fan of the running sum; the level view the yearly fan", async () => {
    await withPage(async (page, open) => {
      await open("#v1&r=lao-cai");
      const card = chartCard(page, "investment");
      // Investment's first view is its term sum (Cộng dồn): its band is the sum's, 2021–2025.
      await card.locator(".fan__band--90").waitFor();
      const sum = await card.locator("svg desc").first().textContent();
      expect(sum).toMatch(/cộng dồn 2021–2025[^]*[Kk]hoảng tin cậy 90 % năm 2025: [\d.]+ tỷ đồng đến [\d.]+ tỷ đồng/);
      await card.getByRole("button", { name: "Theo năm", exact: true }).click();
      await expect(card.locator(".fan__band").count()).resolves.toBe(3);
      const yearly = await card.locator("svg desc").first().textContent();
      const upper = (text: string | null) => Number(/năm 2025: [\d.]+ tỷ đồng đến ([\d.]+) tỷ đồng/.exec(text ?? "")![1]!.replace(/\./g, ""));
      expect(upper(sum)).toBeGreaterThan(3 * upper(yearly));
    });
  });

  it("the embed draws the fan with &fan=1, and not without it", async () => {
    await withPage(async (page) => {
      await page.goto(`${baseURL}embed.html?region=lao-cai&chart=grdpPerCapita&fan=1#v1&r=lao-cai`);
      await page.locator(".fan__band--90").waitFor();
      for (const band of [30, 60, 90]) await expect(page.locator(`.fan__band--${band}`).count()).resolves.toBe(1);
      await expect(page.locator("svg desc").first().textContent()).resolves.toMatch(/[Kk]hoảng tin cậy 90 % năm 2025/);
      await page.goto(`${baseURL}embed.html?region=lao-cai&chart=grdpPerCapita#v1&r=lao-cai`);
      await page.locator(".embed-chart svg").waitFor();
      await page.waitForTimeout(300);
      await expect(page.locator(".fan__band").count()).resolves.toBe(0);
    });
  });

  it("Độ nhạy: a target's tornado opens from its row, ranks the inputs and downloads as SVG", async () => {
    await withPage(async (page, open) => {
      await open("#v1&r=lao-cai");
      await targetRow(page, PER_CAPITA_2025).getByRole("button", { name: `Độ nhạy của ${PER_CAPITA_2025}` }).click();
      const dialog = page.getByRole("dialog", { name: `Độ nhạy: ${PER_CAPITA_2025}` });
      await dialog.locator("svg").first().waitFor();
      // Per capita = level × (1+g)(1+π)/(1+n): every one of the three inputs moves it, population the other way.
      await dialog.locator(".chart-table summary").click();
      await dialog.locator(".data-table tbody tr").first().waitFor();
      const names = await dialog.locator(".data-table tbody tr td:nth-child(2)").allInnerTexts();
      expect(names).toHaveLength(3);
      expect(new Set(names)).toEqual(new Set(["Tăng trưởng GRDP", "Chỉ số giảm phát GRDP", "Tăng dân số"]));
      await expect(dialog.locator(".tornado-box").getAttribute("aria-label")).resolves.toMatch(/Nhạy nhất với/);
      const [download] = await Promise.all([page.waitForEvent("download"), dialog.getByRole("button", { name: "Tải SVG" }).click()]);
      expect(download.suggestedFilename()).toBe("lao-cai-grdp-per-capita-2025-do-nhay.svg");
      await page.keyboard.press("Escape");
      await expect(dialog.count()).resolves.toBe(0);
      // Revenue: the buoyancy (moved by 0,1, as its name says) is its widest bar, above the deflator and growth.
      await targetRow(page, REVENUE_2025).getByRole("button", { name: `Độ nhạy của ${REVENUE_2025}` }).click();
      const revenue = page.getByRole("dialog", { name: `Độ nhạy: ${REVENUE_2025}` });
      await revenue.locator(".chart-table summary").click();
      await revenue.locator(".data-table tbody tr").first().waitFor();
      await expect(revenue.locator(".data-table tbody tr td:nth-child(2)").allInnerTexts()).resolves.toEqual([
        "Hệ số đàn hồi thu ngân sách (±0,1)",
        "Chỉ số giảm phát GRDP",
        "Tăng trưởng GRDP",
      ]);
      await expect(revenue.locator(".data-table thead th").nth(2).innerText()).resolves.toBe("Thay đổi khi −1 điểm % (hệ số −0,1)");
    });
  });
});
