import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lotrinh, saPaScenario, scenarioFile, tempDir } from "./lotrinh.js";

/** Bad input: exit 1 and exactly one line on stderr, naming what is wrong, never a stack trace. */
function expectBadInput(args: string[], ...named: (string | RegExp)[]): void {
  const { code, stdout, stderr } = lotrinh(...args);
  expect(code, stderr).toBe(1);
  expect(stdout).toBe("");
  const lines = stderr.trimEnd().split("\n");
  expect(lines, stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^lotrinh: /);
  expect(stderr).not.toMatch(/\bat .+:\d+:\d+/);
  expect(stderr).not.toContain("internal error");
  for (const part of named) typeof part === "string" ? expect(stderr).toContain(part) : expect(stderr).toMatch(part);
}

function targetsWith(scenario: object | string, name: string): string[] {
  return ["targets", "--region", "sa-pa", "--scenario", scenarioFile(name, scenario)];
}

describe("bad input exits 1 with one line naming the field", () => {
  it("an unknown region", () => {
    expectBadInput(["targets", "--region", "sapa"], "--region", "'sapa'", "sa-pa");
  });

  it("a missing scenario file", () => {
    expectBadInput(["project", "--region", "sa-pa", "--scenario", join(tempDir, "nope.json")], "--scenario", "nope.json", "no such file");
  });

  it("an unreadable scenario file (a directory)", () => {
    const dir = join(tempDir, "a-directory.json");
    mkdirSync(dir, { recursive: true });
    expectBadInput(["project", "--region", "sa-pa", "--scenario", dir], "--scenario", "a-directory.json", "directory");
  });

  it("invalid JSON, with the file and the position of the error", () => {
    const text = '{\n  "schema": "lotrinh/scenario/1",\n  "name": }\n';
    expectBadInput(targetsWith(text, "broken.json"), "broken.json", "not valid JSON", "line 3, column 11");
  });

  it("an unknown indicator", () => {
    expectBadInput(targetsWith(saPaScenario({ rates: { steelOutput: { "2024": 0.1 } } }), "indicator.json"), "scenario rates.steelOutput", "steelOutput");
  });

  it("a year outside the term", () => {
    expectBadInput(
      targetsWith(saPaScenario({ rates: { grdpGrowth: { "2019": 0.1 } } }), "year.json"),
      "scenario rates.grdpGrowth.2019",
      "outside the term 2021–2025",
    );
  });

  it("a rate at or below −100 %", () => {
    expectBadInput(targetsWith(saPaScenario({ rates: { grdpGrowth: { "2024": -1 } } }), "minus-100.json"), "scenario rates.grdpGrowth.2024", "−100 %");
    expectBadInput(targetsWith(saPaScenario({ rates: { grdpGrowth: { "2024": -1.5 } } }), "minus-150.json"), "scenario rates.grdpGrowth.2024");
  });

  it("a non-finite number (1e999 parses to Infinity)", () => {
    const text = JSON.stringify(saPaScenario({ rates: { grdpGrowth: { "2024": 0.1 } } })).replace("0.1", "1e999");
    expectBadInput(targetsWith(text, "infinite.json"), "scenario rates.grdpGrowth.2024", "finite");
  });

  it("a newer schema version", () => {
    expectBadInput(targetsWith(saPaScenario({ schema: "lotrinh/scenario/2" }), "newer.json"), "scenario schema", "version 2 is newer");
  });

  it("a scenario for another region", () => {
    expectBadInput(targetsWith(saPaScenario({ region: "lao-cai" }), "lao-cai.json"), "scenario region", "'lao-cai'", "'sa-pa'");
  });

  it("a formula naming an unknown indicator", () => {
    const formulas = { perVisit: { expr: "tourismRevenue / visitors", name: { vi: "Mỗi lượt", en: "Per visit" }, unit: "VND" } };
    expectBadInput(targetsWith(saPaScenario({ formulas }), "formula.json"), "scenario formulas.perVisit.expr", "visitors");
  });

  it("an unknown target id, with a suggestion for a typo", () => {
    expectBadInput(["solve", "--region", "sa-pa", "--target", "grdp-per-capita-2052"], "--target", "'grdp-per-capita-2052'", "did you mean 'grdp-per-capita-2025'");
    expectBadInput(["solve", "--region", "sa-pa", "--target", "steel"], "--target", "'steel'", "lotrinh targets --region sa-pa");
  });

  it("a bad --from year: not a year, before the term, after the target's year", () => {
    const solve = ["solve", "--region", "sa-pa", "--target", "grdp-growth-2023"];
    expectBadInput([...solve, "--from", "abc"], "--from", "'abc'");
    expectBadInput([...solve, "--from", "2019"], "--from", "'2019'", "2021–2023");
    expectBadInput([...solve, "--from", "2024"], "--from", "'2024'", "2021–2023");
  });
});
