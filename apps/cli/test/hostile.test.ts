import { spawn } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { spawnSync } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";
import { appliesTo, caseText, loadCorpus, type HostileCase } from "../../../packages/core/test/fixtures/hostile/corpus.js";
import { terminalText } from "../src/terminal-text.js";
import { tempDir } from "./lotrinh.js";

/**
 * The hostile corpus (packages/core/test/fixtures/hostile) through the built CLI:
 * `lotrinh targets --scenario FILE` exits 1 with one line naming the field, or 0 with
 * valid JSON; never "internal error", never more than 5 s. Names with control
 * characters also render to SVG without XML-invalid characters.
 */

const BIN = fileURLToPath(new URL("../bin/lotrinh.mjs", import.meta.url));
const corpus = loadCorpus();
const cases = corpus.cases.filter((c) => appliesTo(c, "cli"));
const dir = join(tempDir, "hostile");
mkdirSync(dir, { recursive: true });

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs the CLI with a 10 s guard, so that a hang fails the test instead of stalling it. */
function lotrinhTimed(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, [BIN, ...args]);
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    const guard = setTimeout(() => child.kill("SIGKILL"), 10_000);
    child.on("close", (code) => {
      clearTimeout(guard);
      resolve({ code, stdout, stderr, ms: performance.now() - started });
    });
  });
}

/** The path --scenario gets for a case: its text written to a file, or a special path. */
function pathFor(c: HostileCase): string {
  switch (c.special) {
    case "devZero":
      return "/dev/zero";
    case "directory": {
      const d = join(dir, `${c.id}.json`);
      mkdirSync(d, { recursive: true });
      return d;
    }
    case "fifo": {
      const fifo = join(dir, `${c.id}.json`);
      spawnSync("mkfifo", [fifo]);
      return fifo;
    }
    case "missing":
      return join(dir, "no-such-file.json");
    default: {
      const file = join(dir, `${c.id}.json`);
      writeFileSync(file, caseText(c)!);
      return file;
    }
  }
}

/** What must not reach a terminal raw: C0 and C1 controls (ESC sequences), but tab and line feed. */
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

/** Characters XML 1.0 does not allow, and lone surrogates. */
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const timings: [string, number][] = [];

describe("the hostile corpus through the CLI", () => {
  afterAll(() => {
    const slowest = [...timings].sort((a, b) => b[1] - a[1])[0];
    if (slowest)
      console.log(`hostile corpus through the CLI: ${timings.length} cases, slowest ${slowest[1].toFixed(0)} ms (${slowest[0]}), median ${[...timings].map((t) => t[1]).sort((a, b) => a - b)[timings.length >> 1]!.toFixed(0)} ms`);
  });

  it("applies to at least 150 cases", () => {
    expect(cases.length).toBeGreaterThanOrEqual(150);
  });

  it.each(cases.map((c) => [c.id, c] as [string, HostileCase]))("%s", async (_, c) => {
    const file = pathFor(c);
    const r = await lotrinhTimed(["targets", "--region", corpus.region, "--scenario", file, "--json", "--lang", "en"]);
    timings.push([c.id, r.ms]);
    expect(r.ms, "took too long").toBeLessThan(5000);
    expect(r.stderr).not.toContain("internal error");
    if (c.expect === "accepted") {
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toBe("");
      const out = JSON.parse(r.stdout) as { scenario: { name?: string } | null; targets: unknown[] };
      expect(out.targets.length).toBeGreaterThan(0);
      if (c.defaultName) expect(JSON.stringify(out.scenario)).toContain(`"${c.id}"`);
      return;
    }
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe("");
    const lines = r.stderr.trimEnd().split("\n");
    expect(lines, r.stderr).toHaveLength(1);
    const line = lines[0]!;
    expect(line).not.toMatch(/\bat .+:\d+:\d+/);
    if (c.expect === "formulaError") {
      expect(line).toContain(`lotrinh: scenario ${c.field}: `);
      expect(line).toContain(`(evaluated in ${c.year})`);
    } else if (c.field === "") expect(line).toMatch(/^lotrinh: (--scenario|scenario): /);
    // Control characters in a field's name print as visible escapes ("\u001b"), on one line.
    else expect(line).toContain(`lotrinh: scenario ${terminalText(c.field!, false)}: `);
    if (c.message) expect(line).toContain(c.message);
    expect(CONTROL.test(line)).toBe(false);
  });

  it.each(cases.filter((c) => c.issue === "C3").map((c) => [c.id, c] as [string, HostileCase]))(
    "%s renders an SVG with no XML-invalid character",
    async (_, c) => {
      const out = join(dir, `${c.id}.svg`);
      const r = await lotrinhTimed(["render", "--region", corpus.region, "--scenario", pathFor(c), "--chart", "grdpGrowth", "--format", "svg", "--out", out]);
      expect(r.code, r.stderr).toBe(0);
      const svg = readFileSync(out, "utf8");
      expect(svg).toMatch(/<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      expect(XML_INVALID.test(svg)).toBe(false);
    },
  );

  it.each(cases.filter((c) => c.issue === "C3").map((c) => [c.id, c] as [string, HostileCase]))(
    "%s prints tables without raw control characters",
    async (_, c) => {
      const r = await lotrinhTimed(["targets", "--region", corpus.region, "--scenario", pathFor(c)]);
      expect(r.code, r.stderr).toBe(0);
      expect(CONTROL.test(r.stdout)).toBe(false);
    },
  );

  it.each(["c3-name-nul", "c3-name-esc", "c3-name-uffff", "c3-name-lone-surrogate"])("%s renders a PNG", async (id) => {
    const c = cases.find((x) => x.id === id)!;
    const out = join(dir, `${id}.png`);
    const r = await lotrinhTimed(["render", "--region", corpus.region, "--scenario", pathFor(c), "--chart", "grdpPerCapita", "--format", "png", "--out", out]);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(out).subarray(1, 4).toString("ascii")).toBe("PNG");
  });
});
