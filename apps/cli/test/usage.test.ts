import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { lotrinh } from "./lotrinh.js";

/** Bad usage: exit 2, one line naming the problem, then a hint to run --help. */
function expectBadUsage(args: string[], named: string, help = "lotrinh --help"): void {
  const { code, stdout, stderr } = lotrinh(...args);
  expect(code, stderr).toBe(2);
  expect(stdout).toBe("");
  const lines = stderr.trimEnd().split("\n");
  expect(lines, stderr).toHaveLength(2);
  expect(lines[0]).toContain(named);
  expect(lines[1]).toContain(help);
}

describe("bad usage exits 2 with a hint to run --help", () => {
  it("an unknown command, in Vietnamese by default", () => {
    expectBadUsage(["target", "--region", "sa-pa", "--lang", "en"], "unknown command 'target'; did you mean 'targets'?");
    expectBadUsage(["target", "--region", "sa-pa"], "không có lệnh 'target'; ý bạn là 'targets'?");
  });
  it("an unknown flag, in Vietnamese by default", () => {
    expectBadUsage(["targets", "--region", "sa-pa", "--colour"], "không có tuỳ chọn --colour cho lệnh 'targets'", "lotrinh targets --help");
    expectBadUsage(["targets", "--region", "sa-pa", "--colour", "--lang", "en"], "unknown flag --colour for 'targets'", "Run 'lotrinh targets --help' for usage.");
  });
  it("a missing required flag", () => expectBadUsage(["targets"], "--region", "lotrinh targets --help"));
  it("a flag without its value", () => {
    expectBadUsage(["targets", "--region"], "tuỳ chọn --region cần một giá trị (R)", "Chạy 'lotrinh targets --help' để xem cách dùng.");
    expectBadUsage(["targets", "--lang", "en", "--region", "--json"], "flag --region needs a value (R)", "lotrinh targets --help");
  });
  it("a missing --target for solve", () => expectBadUsage(["solve", "--region", "sa-pa"], "--target", "lotrinh solve --help"));
  it("a stray argument", () => expectBadUsage(["targets", "sa-pa"], "đối số thừa 'sa-pa' cho lệnh 'targets'", "lotrinh targets --help"));
  it("a value given to a switch", () => {
    expectBadUsage(["regions", "--json=yes"], "tuỳ chọn --json không nhận giá trị", "lotrinh regions --help");
    expectBadUsage(["regions", "--json=yes", "--lang=en"], "flag --json takes no value", "lotrinh regions --help");
  });
  it("an unknown language", () => expectBadUsage(["regions", "--lang", "fr"], "--lang phải là vi hoặc en, không phải 'fr'", "lotrinh regions --help"));
});

describe("help and version", () => {
  it("lists the commands, in Vietnamese by default", () => {
    const { code, stdout } = lotrinh("--help");
    expect(code).toBe(0);
    for (const name of ["regions", "project", "targets", "solve", "render", "report"]) expect(stdout).toContain(`  ${name} `);
    expect(stdout).toContain("Cách dùng");
    expect(lotrinh("-h").stdout).toBe(stdout);
    expect(lotrinh().stdout).toBe(stdout);
  });

  it("explains a command's flags, in English with --lang en", () => {
    const { code, stdout } = lotrinh("solve", "--help", "--lang", "en");
    expect(code).toBe(0);
    expect(stdout).toContain("Usage: lotrinh solve --region R --target ID [--from YEAR] [--scenario FILE] [--json]");
    expect(stdout).toContain("--from YEAR");
  });

  it("prints the version", () => {
    const { code, stdout } = lotrinh("--version");
    expect(code).toBe(0);
    expect(stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe("bin/lotrinh.mjs before the build", () => {
  it("says to run npm install, in one line, exit 1", () => {
    // A copy of the launcher with no dist/ beside it, as in a fresh clone before `npm install`.
    const root = mkdtempSync(join(tmpdir(), "lotrinh-unbuilt-"));
    mkdirSync(join(root, "bin"));
    copyFileSync(fileURLToPath(new URL("../bin/lotrinh.mjs", import.meta.url)), join(root, "bin", "lotrinh.mjs"));
    const result = spawnSync(process.execPath, [join(root, "bin", "lotrinh.mjs"), "regions"], { encoding: "utf8" });
    expect(result.status).toBe(1);
    expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(result.stderr).toContain("npm install");
  });
});
