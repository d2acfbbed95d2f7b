import { describe, expect, it } from "vitest";
import { lotrinh, lotrinhJson, saPaScenario, scenarioFile } from "./lotrinh.js";

interface Solution {
  status: string;
  rate: number | null;
  from: number | null;
  to: number | null;
  reason: string | null;
}
interface SolveOutput {
  from: number | null;
  target: { id: string; projected: number; met: boolean; requiredRate: Solution; requiredGrdpGrowth: Solution | null; active: boolean };
}

describe("lotrinh solve", () => {
  it("gives the GRDP growth the 2025 per-capita target needs from 2024", () => {
    // The 2023 plan figure 118 is the last fixed level, so 2024–2025 are free.
    // Own growth: (145 / 118)^(1/2) − 1 = 10.853 %. Real GRDP growth g with deflator 2 % and
    // population 1.2 % held: (1 + g) × 1.02 / 1.012 = 1.10853, so g = 1.10853 × 1.012 / 1.02 − 1 = 9.98 %.
    const { target } = lotrinhJson<SolveOutput>("solve", "--region", "sa-pa", "--target", "grdp-per-capita-2025");
    expect(target.requiredRate).toMatchObject({ status: "solved", from: 2024, to: 2025 });
    expect(target.requiredRate.rate).toBeCloseTo(Math.sqrt(145 / 118) - 1, 6);
    expect(target.requiredGrdpGrowth).toMatchObject({ status: "solved", from: 2024, to: 2025 });
    expect(target.requiredGrdpGrowth!.rate).toBeCloseTo(0.0998, 4);
    expect(target.requiredGrdpGrowth!.rate).toBeCloseTo((Math.sqrt(145 / 118) * 1.012) / 1.02 - 1, 6);
  });

  it("prints the required rates as percent with the years they apply to", () => {
    const { code, stdout } = lotrinh("solve", "--region", "sa-pa", "--target", "grdp-per-capita-2025");
    expect(code).toBe(0);
    expect(stdout).toContain("10,85 %/năm, áp dụng 2024–2025");
    expect(stdout).toContain("9,98 %/năm, áp dụng 2024–2025");
  });

  it("accepts --from and says when the data fixes later years than asked", () => {
    const { target, from } = lotrinhJson<SolveOutput>("solve", "--region", "sa-pa", "--target", "investment-term-sum", "--from", "2022");
    expect(from).toBe(2022);
    // Investment is pinned at its 2023 plan figure, so only 2024–2025 can move.
    expect(target.requiredRate).toMatchObject({ status: "solved", from: 2024, to: 2025 });
    expect(lotrinh("solve", "--region", "sa-pa", "--target", "investment-term-sum", "--from", "2022").stdout).toContain(
      "các năm trước 2024 đã cố định",
    );
  });

  it("answers 'already met' with its reason, exit 0, when the scenario fixes a level that meets it", () => {
    const file = scenarioFile("fixed-150.json", saPaScenario({ levels: { grdpPerCapita: { "2025": 150 } } }));
    const args = ["solve", "--region", "sa-pa", "--target", "grdp-per-capita-2025", "--scenario", file];
    const { target } = lotrinhJson<SolveOutput>(...args);
    expect(target.requiredRate.status).toBe("alreadyMet");
    expect(target.requiredRate.reason).toMatch(/2025/);
    const { code, stdout } = lotrinh(...args);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Tốc độ cần:\s+đã đạt \(lý do: .+\)/);
  });

  it("answers 'unreachable' with its reason, exit 0, when every year is reported short of the target", () => {
    const years = { "2021": 0.1, "2022": 0.1, "2023": 0.1, "2024": 0.1, "2025": 0.1 };
    const file = scenarioFile(
      "all-actual.json",
      saPaScenario({ rates: { grdpGrowth: years }, actual: { grdpGrowth: [2021, 2022, 2023, 2024, 2025] } }),
    );
    const args = ["solve", "--region", "sa-pa", "--target", "grdp-growth-term-average", "--scenario", file, "--lang", "en"];
    const { target } = lotrinhJson<SolveOutput>(...args);
    expect(target.met).toBe(false);
    expect(target.requiredRate.status).toBe("unreachable");
    expect(target.requiredRate.reason).toBeTruthy();
    const { code, stdout } = lotrinh(...args);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Required rate:\s+unreachable \(reason: .+\)/);
  });

  it("answers 'not applicable' for an indicator with no growth path, with the reason", () => {
    const { code, stdout } = lotrinh("solve", "--region", "sa-pa", "--target", "doctors-2023");
    expect(code).toBe(0);
    expect(stdout).toContain("chưa có số liệu");
    expect(stdout).toMatch(/không áp dụng \(lý do: .+\)/);
  });
});

describe("lotrinh solve with outcomes", () => {
  const file = scenarioFile("lao-cai-solve.json", {
    schema: "lotrinh/scenario/1",
    region: "lao-cai",
    actuals: { grdpPerCapita: { "2022": 90, "2024": 97.5 } },
    rates: { grdpGrowth: { "2025": 0.1 }, deflator: { "2025": 0.02 }, populationGrowth: { "2025": 0.013 } },
  });

  it("labels the required GRDP growth with the one year it applies to: (126 / 97.5) × 1.013 / 1.02 − 1 = 28,34 %", () => {
    const { code, stdout } = lotrinh("solve", "--region", "lao-cai", "--target", "grdp-per-capita-2025", "--scenario", file);
    expect(code).toBe(0);
    expect(stdout).toContain("28,34 %/năm, áp dụng 2025");
    expect(stdout).toMatch(/Kết quả:\s+không đạt/);
    expect(stdout).toMatch(/Căn cứ:\s+theo dự báo \(0\/1 năm đã có số thực hiện\)/);
  });

  it("says when the verdict rests on an assumption taken from the target itself", () => {
    const { stdout } = lotrinh("solve", "--region", "sa-pa", "--target", "grdp-growth-term-average", "--lang", "en");
    expect(stdout).toMatch(/Basis:\s+by an assumption taken from the target itself \(0\/5 years have outcomes\)/);
    const json = lotrinhJson<{ target: { verdict: string; basis: string } }>("solve", "--region", "sa-pa", "--target", "grdp-growth-term-average");
    expect(json.target).toMatchObject({ verdict: "met", basis: "circular" });
    const outcomes = scenarioFile("three-of-five.json", saPaScenario({ actuals: { grdpGrowth: { "2021": 0.05, "2022": 0.09, "2023": 0.15 } } }));
    const three = lotrinhJson<{ target: { outcomeYearsText: { vi: string } } }>("solve", "--region", "sa-pa", "--target", "grdp-growth-term-average", "--scenario", outcomes);
    expect(three.target.outcomeYearsText.vi).toBe("3/5 năm đã có số thực hiện");
  });
});

describe("lotrinh solve: a refused combination (buoyancy 10, growth −15 %)", () => {
  it("never shows a negative revenue: the verdict is undefined, the combination named, no rate offered", () => {
    // 10 × (0.85 × 1.02 − 1) = −133 %: revenue would turn negative in 2024.
    const file = scenarioFile("m1.json", {
      schema: "lotrinh/scenario/1",
      region: "lao-cai",
      params: { revenueBuoyancy: 10 },
      rates: { grdpGrowth: { "2024": -0.15, "2025": -0.15 } },
    });
    const args = ["solve", "--region", "lao-cai", "--target", "budget-revenue-2025", "--scenario", file];
    const { target } = lotrinhJson<{ target: SolveOutput["target"] & { verdict: string; notes: { code: string; years: number[] }[] } }>(...args);
    expect(target.projected).toBeNull();
    expect(target.verdict).toBe("undefined");
    expect(target.notes).toContainEqual(expect.objectContaining({ code: "refusedCombination", years: [2024, 2025] }));
    expect(target.requiredRate.status).toBe("notApplicable");
    expect(target.requiredGrdpGrowth!.status).toBe("notApplicable");
    const { code, stdout } = lotrinh(...args);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Kết quả:\s+không xác định \(tổ hợp bị từ chối\)/);
    expect(stdout).toContain("tổ hợp bị từ chối: hệ số co giãn thu × tăng GRDP danh nghĩa ≤ −100 %");
  });
});
