import { spawn, type ChildProcess } from "node:child_process";
import { createServer, type Server } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { appRoot, parseStartOptions, portIsFree } from "../scripts/serve.mjs";
import { hasBrowser } from "./app";

// `npm start` on a busy port: the next free port, its address printed, no stack trace.
// The app is built once by globalSetup; the runs here pass --no-build so as not to rebuild
// dist/ under the other test files.

const children: ChildProcess[] = [];
afterEach(() => {
  // npm runs the server as its child: end the whole process group each run started.
  for (const c of children.splice(0))
    if (c.pid !== undefined)
      try {
        process.kill(-c.pid, "SIGTERM");
      } catch {
        // already gone
      }
});

/** Runs a command in apps/web and resolves with what it printed once a line matches `until` (or it exits). */
function run(command: string, args: string[], env: Record<string, string> = {}, until = /Lộ Trình: (\S+)/) {
  return new Promise<{ out: string; err: string; url?: string; code?: number | null }>((resolve) => {
    const child = spawn(command, args, { cwd: appRoot, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"], detached: true });
    children.push(child);
    let out = "";
    let err = "";
    child.stdout.on("data", (d: Buffer) => {
      out += d.toString();
      const m = until.exec(out);
      if (m) resolve({ out, err, url: m[1] });
    });
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    child.on("exit", (code) => resolve({ out, err, code }));
  });
}

function occupy(port: number): Promise<Server | undefined> {
  return new Promise((resolve) => {
    const s = createServer();
    // Already taken by something else is just as busy.
    s.once("error", () => resolve(undefined));
    s.listen({ port, host: "127.0.0.1" }, () => resolve(s));
  });
}

async function freePort(from: number): Promise<number> {
  for (let p = from; ; p++) if (await portIsFree(p)) return p;
}

describe("start options", () => {
  it("takes --port, --port=, PORT and npm's npm_config_port, in that order", () => {
    expect(parseStartOptions(["--port", "5180"], { PORT: "6000" })).toEqual({ ok: true, port: 5180, host: "127.0.0.1", build: true });
    expect(parseStartOptions(["--port=5181"])).toMatchObject({ ok: true, port: 5181 });
    expect(parseStartOptions([], { PORT: "5182" })).toMatchObject({ ok: true, port: 5182 });
    expect(parseStartOptions([], { npm_config_port: "5183" })).toMatchObject({ ok: true, port: 5183 });
    // npm keeps the flag and passes the number alone when `--` is left out.
    expect(parseStartOptions(["5184"], { npm_config_port: "true" })).toMatchObject({ ok: true, port: 5184 });
    expect(parseStartOptions(["--no-build"], {})).toEqual({ ok: true, port: 5173, host: "127.0.0.1", build: false });
  });

  it("refuses a bad port or an unknown argument with a message naming it", () => {
    expect(parseStartOptions(["--port", "abc"])).toEqual({ ok: false, error: expect.stringContaining("--port: “abc”") });
    expect(parseStartOptions([], { PORT: "70000" })).toEqual({ ok: false, error: expect.stringContaining("PORT: “70000”") });
    expect(parseStartOptions(["--port"])).toEqual({ ok: false, error: expect.stringContaining("--port") });
    expect(parseStartOptions(["--bogus"])).toEqual({ ok: false, error: expect.stringContaining("--bogus") });
  });
});

describe.skipIf(!hasBrowser)("npm start", () => {
  it("with 5173 taken, serves on the next free port and prints its address", async () => {
    const blocker = await occupy(5173);
    try {
      expect(await portIsFree(5173)).toBe(false);
      const r = await run("npm", ["start", "--", "--no-build"]);
      expect(r.err).not.toMatch(/\n\s+at /); // no stack trace
      expect(r.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const port = Number(new URL(r.url!).port);
      expect(port).toBeGreaterThan(5173);
      expect(r.out).toContain("cổng 5173 đang bận");
      const page = await (await fetch(r.url!)).text();
      expect(page).toContain('<div id="root">');
    } finally {
      blocker?.close();
    }
  });

  it("takes `--port N` after `--` and PORT=N", async () => {
    const a = await freePort(5290);
    const viaFlag = await run("npm", ["start", "--", "--no-build", "--port", String(a)]);
    expect(viaFlag.url).toBe(`http://127.0.0.1:${a}/`);
    const b = await freePort(a + 1);
    const viaEnv = await run("npm", ["start", "--", "--no-build"], { PORT: String(b) });
    expect(viaEnv.url).toBe(`http://127.0.0.1:${b}/`);
  });

  it("a bad port is one line naming it, exit 2", async () => {
    const r = await run("node", ["scripts/start.mjs", "--no-build", "--port", "http"]);
    expect(r.code).toBe(2);
    expect(r.err.trim()).toBe("lotrinh start: --port: “http” không phải số cổng từ 1 đến 65535 (not a port number)");
  });
});
