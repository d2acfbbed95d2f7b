// Build the app, serve dist/ with `vite preview` on a free port, and launch Debian's Chromium.
// Shared by the end-to-end tests, the benchmark and the screenshot script.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build, preview } from "vite";

export const appRoot = fileURLToPath(new URL("..", import.meta.url));
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** The app, then the chart embed into the same dist/ (see vite.config.ts). */
export async function buildApp() {
  await build({ root: appRoot, logLevel: "warn" });
  await build({ root: appRoot, logLevel: "warn", mode: "embed" });
}

/** Serves the built app; returns its base URL and a close function. */
export async function serveDist() {
  const server = await preview({ root: appRoot, logLevel: "warn", preview: { host: "127.0.0.1", port: 0, strictPort: false } });
  const address = server.httpServer.address();
  if (!address || typeof address === "string") throw new Error("vite preview did not report a port");
  return { url: `http://127.0.0.1:${address.port}/`, close: () => server.close() };
}

export function hasChromium() {
  return existsSync(CHROMIUM);
}

/**
 * Chromium with a fresh profile (a new --user-data-dir each time, removed on close), so that no
 * saved scenario leaks from one run into another.
 */
export async function launchChromium(options = {}) {
  const { chromium } = await import("playwright-core");
  const userDataDir = mkdtempSync(join(tmpdir(), "lotrinh-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1440, height: 900 },
    locale: "vi-VN",
    ...options,
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
