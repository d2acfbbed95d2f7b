import { describe, expect, it } from "vitest";
import { lotrinh, lotrinhJson, scenarioFile } from "./lotrinh.js";

interface CheckRow {
  id: string;
  key: string;
  implied: number | null;
  verdict: string;
  unit: string;
  plausible: { min: number; max: number };
  figures: { label: { vi: string; en: string }; value: number; status: string; source: string | null }[];
  missing: { vi: string; en: string }[];
  text: { vi: string; en: string };
}
const checks = (...args: string[]) => lotrinhJson<{ checks: CheckRow[] }>("check", ...args).checks;

describe("lotrinh check", () => {
  it("Sa Pa --json: the implied deflator is −2.02 %, implausible, with the plan figures and their source", () => {
    // √(145/118) × 1.012 / 1.145 − 1 = −2.024 %
    const deflator = checks("--region", "sa-pa").find((c) => c.id === "impliedDeflator")!;
    expect(deflator.implied).toBeCloseTo(-0.020244, 5);
    expect(deflator.verdict).toBe("implausible");
    expect(deflator.plausible).toEqual({ min: 0, max: 0.1 });
    expect(deflator.figures.slice(0, 2).map((f) => [f.value, f.status, f.source])).toEqual([
      [118, "plan", "000_9e44bb76478aa60b"],
      [145, "plan", "000_9e44bb76478aa60b"],
    ]);
  });

  it("Lào Cai --json: the implied revenue buoyancy is 1.134, and b = 1.0 is what makes revenue 2025 missed", () => {
    // (15500/12000)^0.5 − 1 = 13.65 %; (126/103)^0.5 × 1.013 − 1 = 12.04 %; 13.65 / 12.04 = 1.134
    const buoyancy = checks("--region", "lao-cai").find((c) => c.id === "impliedBuoyancy")!;
    expect(buoyancy.implied).toBeCloseTo(1.1338, 4);
    expect(buoyancy.verdict).toBe("plausible");
    expect(buoyancy.text.en).toContain('The scenario\'s buoyancy of 1.0 (an assumption) is what makes revenue 2025 "missed"');
  });

  it("names what the ICOR check lacks, and computes it once a scenario enters the base-year GRDP", () => {
    const icor = checks("--region", "lao-cai").find((c) => c.id === "impliedIcor")!;
    expect(icor.verdict).toBe("missingData");
    expect(icor.implied).toBeNull();
    expect(icor.missing[0]!.vi).toContain("GRDP năm 2020");
    const file = scenarioFile("base-grdp.json", { schema: "lotrinh/scenario/1", region: "lao-cai", baseLevels: { grdpCurrentPrices: 60000 } });
    // 53,000 / (60,000 × 1.122² × 0.1322) = 5.3077
    const withBase = checks("--region", "lao-cai", "--scenario", file).find((c) => c.id === "impliedIcor")!;
    expect(withBase.implied).toBeCloseTo(5.3077, 4);
    expect(withBase.verdict).toBe("plausible");
  });

  it("prints each check with its formula, figures, implied value, range and finding, in Vietnamese and English", () => {
    const { code, stdout } = lotrinh("check", "--region", "sa-pa");
    expect(code).toBe(0);
    expect(stdout).toContain("kiểm tra tính nhất quán của kế hoạch");
    expect(stdout).toContain("π = (X_T/X_0)^(1/k) × (1+n)/(1+g) − 1");
    // Documents are cited by number, never by their internal id (the JSON keeps the id).
    expect(stdout).toContain("GRDP/người 2023 = 118 triệu đồng/người (kế hoạch, [1])");
    expect(stdout).toContain("Nguồn:\n  [1] Bí thư Thị uỷ Sa Pa phát biểu tại Hội nghị giao chỉ tiêu kế hoạch năm 2023 (Văn phòng Thị uỷ Sa Pa, 15/12/2022)");
    expect(stdout).not.toMatch(/\d{3}_[0-9a-f]{16}/);
    expect(stdout).toMatch(/Giá trị ngầm định:\s+−2,02 %\/năm/);
    expect(stdout).toContain("giá giảm là khó tin");
    const en = lotrinh("check", "--region", "lai-chau", "--lang", "en").stdout;
    expect(en).toMatch(/Implied value:\s+−3\.7%\/yr/);
    expect(en).toContain("more than 2 points apart");
  });
});

describe("bad outcomes are refused with exit 1 and the field named", () => {
  const refused = (name: string, actuals: object, field: RegExp) => {
    const file = scenarioFile(name, { schema: "lotrinh/scenario/1", region: "lao-cai", actuals });
    for (const command of ["project", "targets", "check"]) {
      const { code, stdout, stderr } = lotrinh(command, "--region", "lao-cai", "--scenario", file, "--lang", "en");
      expect(code, command).toBe(1);
      expect(stdout).toBe("");
      expect(stderr.trim().split("\n")).toHaveLength(1);
      expect(stderr).toMatch(field);
    }
  };
  it("a negative level", () => refused("neg.json", { investment: { "2022": -5 } }, /actuals\.investment\.2022/));
  it("a year outside the term", () => refused("year.json", { grdpPerCapita: { "2019": 90 } }, /actuals\.grdpPerCapita\.2019.*2020–2025/));
  it("an unknown status", () =>
    refused("status.json", { grdpGrowth: { "2022": { value: 0.09, status: "guess" } } }, /actuals\.grdpGrowth\.2022\.status/));
});
