// Build the app, serve dist/ with `vite preview` on a free port, and launch Debian's Chromium.
// Shared by the end-to-end tests, the benchmark and the screenshot script.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
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
export async function buildApp({ logLevel = "warn" } = {}) {
  // Under vitest NODE_ENV is "test", and Vite would then build React's development bundle and
  // leave import.meta.env.PROD false (no service worker): build what users get.
  const before = process.env.NODE_ENV;
  process.env.NODE_ENV = "production";
  try {
    await build({ root: appRoot, logLevel });
    await build({ root: appRoot, logLevel, mode: "embed" });
  } finally {
    if (before === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = before;
  }
}

/** Serves the built app; returns its base URL and a close function. */
export async function serveDist() {
  const server = await preview({ root: appRoot, logLevel: "warn", preview: { host: "127.0.0.1", port: 0, strictPort: false } });
  const address = server.httpServer.address();
  if (!address || typeof address === "string") throw new Error("vite preview did not report a port");
  return { url: `http://127.0.0.1:${address.port}/`, close: () => server.close() };
}

export const DEFAULT_PORT = 5173;
export const DEFAULT_HOST = "127.0.0.1";

/**
 * `npm start` options: `--no-build` (serve dist/ as it is), and the port: `--port N` / `--port=N` / `-p N`, then `PORT`, then npm's own
 * `npm_config_port` (what `npm start --port N` without `--` turns the flag into), then 5173.
 */
export function parseStartOptions(argv, env = {}) {
  let port;
  let host = DEFAULT_HOST;
  let build = true;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const eq = /^--(port|host)=(.*)$/.exec(arg);
    if (arg === "--no-build") build = false;
    else if (eq) {
      if (eq[1] === "port") port = eq[2];
      else host = eq[2];
    } else if (arg === "--port" || arg === "-p" || arg === "--host") {
      const value = argv[i + 1];
      if (value === undefined) return { ok: false, error: `${arg} cần một giá trị / needs a value` };
      if (arg === "--host") host = value;
      else port = value;
      i++;
    } else if (/^\d+$/.test(arg) && port === undefined) {
      // `npm start --port 5180` without `--`: npm takes the flag and passes the number alone.
      port = arg;
    } else return { ok: false, error: `không hiểu tham số “${arg}” (unknown argument); dùng --port N hoặc PORT=N` };
  }
  // npm sets npm_config_port to "true" when the flag's value went elsewhere.
  const npmPort = env.npm_config_port && env.npm_config_port !== "true" ? env.npm_config_port : undefined;
  const source = port !== undefined ? "--port" : env.PORT ? "PORT" : npmPort ? "npm_config_port" : undefined;
  const raw = port ?? env.PORT ?? npmPort;
  if (raw === undefined || raw === "") return { ok: true, port: DEFAULT_PORT, host, build };
  if (!/^\d{1,5}$/.test(String(raw).trim()) || Number(raw) < 1 || Number(raw) > 65535)
    return { ok: false, error: `${source}: “${raw}” không phải số cổng từ 1 đến 65535 (not a port number)` };
  return { ok: true, port: Number(raw), host, build };
}

/** Whether `port` can be bound on `host` right now. */
export function portIsFree(port, host = DEFAULT_HOST) {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once("error", () => resolve(false));
    probe.listen({ port, host, exclusive: true }, () => probe.close(() => resolve(true)));
  });
}

/** Serves dist/ on the first free port from `port` on (up to 100 tries); returns the address. */
export async function listenOnFreePort(port, host = DEFAULT_HOST) {
  for (let p = port; p < Math.min(port + 100, 65536); p++) {
    if (!(await portIsFree(p, host))) continue;
    try {
      const server = await preview({ root: appRoot, logLevel: "warn", preview: { host, port: p, strictPort: true } });
      const shown = host.includes(":") ? `[${host}]` : host;
      return { url: `http://${shown}:${p}/`, port: p, close: () => server.close() };
    } catch (error) {
      // Taken between the probe and the listen: try the next one.
      if (!/in use|EADDRINUSE/i.test(String(error?.message ?? error))) throw error;
    }
  }
  throw new Error(`không có cổng trống từ ${port} đến ${Math.min(port + 99, 65535)} (no free port)`);
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
