import { spawnSync } from "node:child_process";
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

function targetsWith(scenario: object | string, name: string, lang = "en"): string[] {
  return ["targets", "--region", "sa-pa", "--scenario", scenarioFile(name, scenario), "--lang", lang];
}

describe("bad input exits 1 with one line naming the field", () => {
  it("an unknown region", () => {
    expectBadInput(["targets", "--region", "sapa", "--lang", "en"], "--region: unknown region 'sapa'", "sa-pa");
    expectBadInput(["targets", "--region", "sapa"], "--region: không có địa bàn 'sapa'", "sa-pa");
  });

  it("a missing scenario file", () => {
    expectBadInput(["project", "--region", "sa-pa", "--scenario", join(tempDir, "nope.json"), "--lang", "en"], "--scenario", "nope.json", "no such file");
    expectBadInput(["project", "--region", "sa-pa", "--scenario", join(tempDir, "nope.json")], "--scenario: không đọc được", "nope.json", "không có tệp này");
  });

  it("an unreadable scenario file (a directory)", () => {
    const dir = join(tempDir, "a-directory.json");
    mkdirSync(dir, { recursive: true });
    expectBadInput(["project", "--region", "sa-pa", "--scenario", dir, "--lang", "en"], "--scenario", "a-directory.json", "directory");
    expectBadInput(["project", "--region", "sa-pa", "--scenario", dir], "a-directory.json", "đây là một thư mục");
  });

  it("invalid JSON, with the file and the position of the error", () => {
    const text = '{\n  "schema": "lotrinh/scenario/1",\n  "name": }\n';
    expectBadInput(targetsWith(text, "broken.json"), "broken.json", "not valid JSON", "line 3, column 11");
    expectBadInput(targetsWith(text, "broken.json", "vi"), "broken.json", "không phải JSON hợp lệ", "dòng 3, cột 11: gặp ký tự không mong đợi '}'");
    // V8's own excerpt of the text ('..."name": }" is not valid JSON') is dropped: the line and column say where.
    const { stderr } = lotrinh(...targetsWith(text, "broken.json"));
    expect(stderr.trim()).toMatch(/at line 3, column 11: Unexpected token '\}'$/);
  });

  it("an unknown indicator", () => {
    expectBadInput(targetsWith(saPaScenario({ rates: { steelOutput: { "2024": 0.1 } } }), "indicator.json"), "scenario rates.steelOutput", "steelOutput");
  });

  it("a year outside the term, in Vietnamese by default (issue 11) and in English with --lang en", () => {
    expectBadInput(
      targetsWith(saPaScenario({ rates: { grdpGrowth: { "2019": 0.1 } } }), "year.json", "vi"),
      "lotrinh: kịch bản rates.grdpGrowth.2019: năm 2019 nằm ngoài nhiệm kỳ 2021–2025 (trong tệp ",
    );
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
    expectBadInput(targetsWith(saPaScenario({ schema: "lotrinh/scenario/2" }), "newer.json", "vi"), "kịch bản schema", "phiên bản 2 mới hơn");
  });

  it("a scenario for another region", () => {
    expectBadInput(targetsWith(saPaScenario({ region: "lao-cai" }), "lao-cai.json"), "scenario region", "'lao-cai'", "'sa-pa'");
  });

  it("a formula naming an unknown indicator", () => {
    const formulas = { perVisit: { expr: "tourismRevenue / visitors", name: { vi: "Mỗi lượt", en: "Per visit" }, unit: "VND" } };
    expectBadInput(targetsWith(saPaScenario({ formulas }), "formula.json"), "scenario formulas.perVisit.expr", "visitors");
  });

  it("an unknown target id, with a suggestion for a typo", () => {
    expectBadInput(["solve", "--region", "sa-pa", "--target", "grdp-per-capita-2052", "--lang", "en"], "--target", "'grdp-per-capita-2052'", "did you mean 'grdp-per-capita-2025'");
    expectBadInput(["solve", "--region", "sa-pa", "--target", "grdp-per-capita-2052"], "--target", "'grdp-per-capita-2052'", "ý bạn là 'grdp-per-capita-2025'");
    expectBadInput(["solve", "--region", "sa-pa", "--target", "steel"], "--target", "'steel'", "lotrinh targets --region sa-pa");
  });

  it("a bad --from year: not a year, before the term, after the target's year", () => {
    const solve = ["solve", "--region", "sa-pa", "--target", "grdp-growth-2023"];
    expectBadInput([...solve, "--from", "abc"], "--from", "'abc'", "không phải năm tăng trưởng");
    expectBadInput([...solve, "--from", "abc", "--lang", "en"], "--from", "'abc'", "is not a growth year");
    expectBadInput([...solve, "--from", "2019"], "--from", "'2019'", "2021–2023");
    expectBadInput([...solve, "--from", "2024"], "--from", "'2024'", "2021–2023");
  });
});

describe("scenario files (issue 9): limits, names, keys and percent slips", () => {
  it("a file without a name takes the file's name without its extension", () => {
    const file = scenarioFile("tang-truong-cao.json", { schema: "lotrinh/scenario/1", region: "sa-pa" });
    const { code, stdout } = lotrinh("targets", "--region", "sa-pa", "--scenario", file);
    expect(code).toBe(0);
    expect(stdout).toContain("kịch bản: tang-truong-cao");
  });

  it("a mistyped key at the top level or in params is refused, naming it and the likely key", () => {
    expectBadInput(targetsWith(saPaScenario({ Rates: { grdpGrowth: { "2024": 0.1 } } }), "rates-typo.json"), "scenario Rates: unknown key 'Rates' (did you mean 'rates'?)");
    expectBadInput(targetsWith(saPaScenario({ Rates: {} }), "rates-typo.json", "vi"), "kịch bản Rates: khoá lạ 'Rates' (ý bạn là 'rates'?)");
    expectBadInput(targetsWith(saPaScenario({ params: { revenueBouyancy: 1 } }), "params-typo.json"), "scenario params.revenueBouyancy: unknown key 'revenueBouyancy'");
  });

  it("a negative level is refused", () => {
    expectBadInput(targetsWith(saPaScenario({ levels: { investment: { "2022": -5 } } }), "negative.json"), "scenario levels.investment.2022: a level must be ≥ 0");
  });

  it("rates written as percents are refused with the fraction they probably mean", () => {
    const slip = saPaScenario({ rates: { grdpGrowth: { "2023": 14.5, "2024": 0.15 } } });
    expectBadInput(targetsWith(slip, "percent.json", "vi"), "kịch bản rates.grdpGrowth.2023: ý bạn là 14,5 %? Tỷ lệ ghi dưới dạng số thập phân: 0,145");
    expectBadInput(targetsWith(slip, "percent.json"), "scenario rates.grdpGrowth.2023: did you mean 14.5 %? Rates are written as fractions: 0.145");
  });

  it("a file over 5 MB is refused before it is read", () => {
    const big = scenarioFile("big.json", `${" ".repeat(5 * 1024 * 1024)}{}`);
    expectBadInput(["targets", "--region", "sa-pa", "--scenario", big, "--lang", "en"], "--scenario: cannot read", "the file is too large (5.0 MB; at most 5 MB)");
  });

  it("/dev/zero and a FIFO are refused at once, without reading or waiting", () => {
    expectBadInput(["targets", "--region", "sa-pa", "--scenario", "/dev/zero", "--lang", "en"], "'/dev/zero': it is a device, not a file");
    const fifo = join(tempDir, "pipe.json");
    spawnSync("mkfifo", [fifo]);
    const started = Date.now();
    expectBadInput(["targets", "--region", "sa-pa", "--scenario", fifo], "pipe.json", "đường ống (FIFO)");
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it("a formula failing at evaluation names the formula and the year", () => {
    const formulas = { f: { expr: "round(grdp, grdpGrowth > 0.2 ? 99 : 2)", name: { vi: "F", en: "F" }, unit: "x" } };
    expectBadInput(
      targetsWith(saPaScenario({ rates: { grdpGrowth: { "2024": 0.25 } }, formulas }), "w3.json"),
      "scenario formulas.f: round: the number of decimals must be a whole number from 0 to 15 (evaluated in 2024)",
    );
    expectBadInput(targetsWith(saPaScenario({ formulas: { f: { ...formulas.f, expr: "pow(2)" } } }), "c2.json", "vi"), "kịch bản formulas.f.expr: pow cần 2 đối số (đang có 1)");
  });
});
