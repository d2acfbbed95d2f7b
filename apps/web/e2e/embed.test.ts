import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Frame, Page } from "playwright-core";
import { baseURL, chartCard, hasBrowser, withPage } from "./app";
import { hostArticle, serveHostPages } from "../scripts/hostPage.mjs";

type HostServer = Awaited<ReturnType<typeof serveHostPages>>;
let host: HostServer;
beforeAll(async () => {
  if (hasBrowser) host = await serveHostPages();
});
afterAll(() => host?.close());

/** The embed's frame, once it has drawn (or failed to). */
async function embedFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector("iframe");
  await expect.poll(() => handle.contentFrame(), { message: "the iframe has a frame" }).not.toBeNull();
  const frame = (await handle.contentFrame())!;
  await frame.waitForSelector(".embed-chart svg, .embed-error");
  return frame;
}

/** Waits until the host has sized the iframe to the embed's content, and returns that height. */
async function settledHeight(page: Page, frame: Frame): Promise<number> {
  let content = 0;
  await expect
    .poll(
      async () => {
        content = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
        const box = await page.evaluate(() => document.querySelector("iframe")!.getBoundingClientRect().height);
        return Math.abs(box - content);
      },
      { timeout: 10_000 },
    )
    .toBeLessThanOrEqual(2);
  return content;
}

/** Copies the embed code of a chart card, as a user does, and returns what landed on the clipboard. */
async function copyEmbedCode(page: Page, indicator: string): Promise<string> {
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(baseURL).origin });
  const card = chartCard(page, indicator);
  await card.locator(".export-menu summary").click();
  await card.getByRole("button", { name: "Sao chép mã nhúng" }).click();
  await expect.poll(() => card.getByRole("status").innerText()).toMatch(/^Đã sao chép mã nhúng\./);
  return page.evaluate(() => navigator.clipboard.readText());
}

describe.skipIf(!hasBrowser)("chart embed", () => {
  it("the copied snippet embeds the edited scenario's chart, and the host sizes the iframe to it", async () => {
    await withPage(async (page, open) => {
      await open("#v1&r=sa-pa");
      // An edited scenario: the embed must carry its state, not just the shipped plan.
      const slider = page.getByRole("slider", { name: "Tăng trưởng GRDP 2024", exact: true });
      await slider.focus();
      for (let i = 0; i < 5; i++) await page.keyboard.press("ArrowLeft");
      await chartCard(page, "grdpPerCapita").locator(".fan__band--90").waitFor();
      const snippet = await copyEmbedCode(page, "grdpPerCapita");
      // The card shows its fan bands (the worker's run), so the embed is asked to draw them too.
      expect(snippet).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\.html\?region=sa-pa&amp;chart=grdpPerCapita&amp;fan=1#v1&amp;r=sa-pa&amp;b=plan&amp;id=u-[a-z0-9]+&amp;s=[\w-]+"/);

      host.set("/article.html", hostArticle(snippet));
      await page.goto(host.url + "article.html");
      expect(await page.locator("iframe").getAttribute("height")).toBe("320");
      const frame = await embedFrame(page);
      const height = await settledHeight(page, frame);
      expect(height).toBeGreaterThan(320); // it grew from its small starting height to the content

      await expect(frame.locator("h1").innerText()).resolves.toBe("GRDP bình quân đầu người (triệu đồng/người)");
      await expect(frame.locator(".embed-source").innerText()).resolves.toContain("kịch bản “Kế hoạch (bản sửa)”");
      // The embed draws its fan once its own run is back; the description then names the bands.
      await frame.locator(".fan__band--90").first().waitFor();
      const desc = await frame.locator("svg desc").textContent();
      expect(desc).toMatch(/^GRDP bình quân đầu người/);
      expect(desc).toContain("Khoảng tin cậy 90 %");
      await expect(frame.locator("p.visually-hidden").first().textContent()).resolves.toBe(desc);
      const back = frame.getByRole("link", { name: /Mở kịch bản đầy đủ trong Lộ Trình/ });
      expect(await back.getAttribute("target")).toBe("_blank");
      const href = (await back.getAttribute("href"))!;
      expect(href.startsWith(baseURL + "#v1&r=sa-pa&b=plan&id=u-")).toBe(true);

      // Narrower column: the embed redraws at the new width and the host follows its new height.
      const wide = Number(await frame.locator(".embed-chart svg").getAttribute("width"));
      await page.setViewportSize({ width: 420, height: 900 });
      await expect.poll(async () => Number(await frame.locator(".embed-chart svg").getAttribute("width"))).toBeLessThan(wide);
      const narrow = await settledHeight(page, frame);
      expect(narrow).not.toBe(height);

      // The link back opens the same scenario in the app.
      const [app] = await Promise.all([page.context().waitForEvent("page"), back.click()]);
      await app.locator(".chart-box svg").first().waitFor();
      await expect(app.getByRole("textbox", { name: "Tăng trưởng GRDP 2024 (%)" }).inputValue()).resolves.toBe("14");
    });
  });

  it("a compare chart embeds its scenarios, in English with &lang=en", async () => {
    await withPage(async (page, open) => {
      await open("#v1&r=sa-pa&view=compare&c=plan,high-growth&lang=en");
      await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(baseURL).origin });
      const card = chartCard(page, "investment");
      await card.getByRole("button", { name: "By year" }).click(); // not the chart's natural view (cumulative)
      await card.locator('svg[data-view="level"]').waitFor();
      await card.locator(".fan__band--90").first().waitFor(); // both scenarios' runs are back
      await card.locator(".export-menu summary").click();
      await card.getByRole("button", { name: "Copy embed code" }).click();
      await expect.poll(() => card.getByRole("status").innerText()).toMatch(/^Embed code copied\./);
      const snippet = await page.evaluate(() => navigator.clipboard.readText());
      expect(snippet).toContain("chart=investment&amp;view=level&amp;lang=en&amp;fan=1#v1&amp;r=sa-pa&amp;b=plan&amp;view=compare&amp;c=plan,high-growth");

      host.set("/compare.html", hostArticle(snippet, { lang: "en", title: "An article" }));
      await page.goto(host.url + "compare.html");
      const frame = await embedFrame(page);
      await settledHeight(page, frame);
      await expect(frame.locator("h1").innerText()).resolves.toBe("Total investment mobilised (billion VND)");
      expect(await frame.locator(".embed-chart svg").getAttribute("data-view")).toBe("level");
      await expect(frame.locator(".embed-source").innerText()).resolves.toContain("scenarios “Plan”, “High growth”.");
      expect(await frame.evaluate(() => document.documentElement.lang)).toBe("en");
    });
  });

  it("bad parameters show a message in the frame, escaped, and still size it", async () => {
    await withPage(async (page) => {
      const cases = [
        ["chart=nope", /chart: unknown chart 'nope'/],
        ["chart=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E", /chart: unknown chart '<img src=x onerror=alert\(1\)>'/],
        ["chart=grdpPerCapita#v1&r=sa-pa&b=plan&s=bm90IGpzb24", /s: not JSON/],
      ] as const;
      for (const [query, message] of cases) {
        const src = `${baseURL}embed.html?region=sa-pa&${query}`;
        const html = hostArticle(`<iframe src="${src.replace(/&/g, "&amp;")}" title="t" width="100%" height="320" style="display:block;width:100%;border:0"></iframe>
<script>window.posted=[];addEventListener("message",function(e){posted.push(e.data);document.querySelector("iframe").style.height=e.data.height+"px"})</script>`);
        host.set("/bad.html", html);
        await page.goto(host.url + "bad.html");
        const frame = await embedFrame(page);
        await expect(frame.locator(".embed-error h1").innerText()).resolves.toBe("Không hiển thị được biểu đồ");
        await expect(frame.locator(".embed-error code").innerText()).resolves.toMatch(message);
        expect(await frame.locator(".embed-error img").count()).toBe(0);
        await settledHeight(page, frame);
        await page.waitForFunction(() => (window as unknown as { posted: unknown[] }).posted.length > 0);
        const posted = await page.evaluate(() => (window as unknown as { posted: Array<{ type: string; height: number }> }).posted);
        expect(posted[0]).toMatchObject({ type: "lotrinh:embed-height" });
        expect(posted[0]!.height).toBeGreaterThan(50);
      }
    });
  });
});
