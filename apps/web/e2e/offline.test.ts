import { describe, expect, it } from "vitest";
import { appRoot, launchChromium } from "../scripts/serve.mjs";
import { hasBrowser } from "./app";

// After one visit, the app, the compare view, the report and the embed work with the network off:
// the service worker precached every file. The server is shut down as well as the context set
// offline, so that nothing can come from the network (offline emulation does not cover every
// request a service worker makes).

/**
 * A private copy of dist/, served on its own port. dist/ is written by two builds in turn (the app's
 * sw.js first, whose precache lacks embed.html; then the embed build's final sw.js): a build started
 * meanwhile by anything else (bench, screenshots, `npm start`) would let the worker install the app
 * build's precache, and the embed then fails offline with ERR_INTERNET_DISCONNECTED.
 */
async function serveCopy() {
  const { cpSync, mkdtempSync, readFileSync, rmSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  const { preview } = await import("vite");
  const dir = mkdtempSync(join(tmpdir(), "lotrinh-dist-"));
  cpSync(join(appRoot, "dist"), dir, { recursive: true });
  // The copy is of the finished two-step build: the worker precaches the embed page.
  expect(readFileSync(join(dir, "sw.js"), "utf8")).toContain('"embed.html"');
  const server = await preview({ root: appRoot, logLevel: "warn", build: { outDir: dir }, preview: { host: "127.0.0.1", port: 0 } });
  const address = server.httpServer.address();
  const url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}/`;
  let open = true;
  return {
    dir,
    url,
    async close() {
      // Preview's own close ends open connections too (the browser keeps them alive).
      if (open) await server.close();
      open = false;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

describe.skipIf(!hasBrowser)("offline", () => {
  it("after one visit: reload, compare, report and embed render with the server gone", async () => {
    // Its own server (this test stops it), on its own copy of dist/.
    const server = await serveCopy();
    const browser = await launchChromium();
    let serverOpen = true;
    try {
      const page = await browser.context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      await page.goto(server.url + "#v1&r=sa-pa");
      await page.locator(".chart-box svg").first().waitFor();

      // Installable: a manifest with a Vietnamese name and icons.
      const manifest = (await (await fetch(server.url + "manifest.webmanifest")).json()) as {
        name: string;
        short_name: string;
        lang: string;
        icons: Array<{ src: string; sizes: string }>;
      };
      expect(manifest).toMatchObject({ short_name: "Lộ Trình", lang: "vi" });
      expect(manifest.name).toContain("chỉ tiêu nhiệm kỳ");
      expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(["192x192", "512x512"]));
      for (const icon of manifest.icons) expect((await fetch(server.url + icon.src)).status).toBe(200);

      // The worker is active once every precached file is stored.
      await page.waitForFunction(async () => (await navigator.serviceWorker.ready).active?.state === "activated");
      const cached = await page.evaluate(async () => {
        const names = await caches.keys();
        let n = 0;
        for (const name of names) n += (await (await caches.open(name)).keys()).length;
        return n;
      });
      expect(cached).toBeGreaterThan(20);

      await server.close();
      serverOpen = false;
      await browser.context.setOffline(true);

      await page.reload();
      await page.locator(".chart-box svg").first().waitFor();
      await expect(page.locator("h1").first().innerText()).resolves.toContain("Sa Pa");

      await page.getByRole("button", { name: "So sánh kịch bản", exact: true }).click();
      await page.locator(".compare-view .chart-box svg").first().waitFor();
      expect(await page.locator(".compare-table, .compare-cards").count()).toBeGreaterThan(0);

      await page.getByRole("button", { name: "Báo cáo", exact: true }).click();
      await page.locator("figure.report-chart svg").first().waitFor();

      // English is a lazy chunk too.
      await page.getByRole("button", { name: "English" }).click();
      await page.getByRole("button", { name: "Print", exact: true }).waitFor();

      // The embed page, with its query, from the cache.
      const embed = await browser.context.newPage();
      await embed.goto(server.url + "embed.html?region=sa-pa&chart=grdpPerCapita");
      await embed.locator(".embed-chart svg").waitFor();

      expect(errors).toEqual([]);
    } finally {
      if (serverOpen) await server.close();
      await browser.close();
      server.remove();
    }
  });
});

describe.skipIf(!hasBrowser)("a new version", () => {
  it("shows 'Có phiên bản mới — tải lại', and reloading brings it in", async () => {
    const { readFileSync, writeFileSync } = await import("node:fs");
    const { join } = await import("node:path");
    // A copy of dist/ of its own, so that the "new version" does not reach the other tests.
    const server = await serveCopy();
    const { dir, url } = server;
    const browser = await launchChromium();
    try {
      const page = await browser.context.newPage();
      await page.goto(url + "#v1&r=sa-pa");
      await page.locator(".chart-box svg").first().waitFor();
      await page.waitForFunction(async () => (await navigator.serviceWorker.ready).active?.state === "activated");
      expect(await page.locator(".update-banner").count()).toBe(0);
      // The second visit is the worker's.
      await page.reload();
      await page.locator(".chart-box svg").first().waitFor();
      expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);

      // A new build: the service worker's file changes (here by a byte; a real build changes its revisions).
      const sw = join(dir, "sw.js");
      writeFileSync(sw, readFileSync(sw, "utf8") + "\n// next version\n");
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
      const banner = page.locator(".update-banner");
      await banner.waitFor();
      expect((await banner.textContent())!.replace(/\s+/g, " ").trim()).toBe("Có phiên bản mới — tải lại");
      await Promise.all([page.waitForEvent("load"), banner.getByRole("button", { name: "tải lại" }).click()]);
      await page.locator(".chart-box svg").first().waitFor();
      expect(await page.locator(".update-banner").count()).toBe(0);
    } finally {
      await browser.close();
      await server.close();
      server.remove();
    }
  });
});
