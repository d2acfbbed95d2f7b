import { describe, expect, it } from "vitest";
import { lotrinh, lotrinhJson, saPaScenario, scenarioFile } from "./lotrinh.js";

interface TargetRow {
  id: string;
  indicator: string;
  kind: string;
  value: number;
  year: number;
  projected: number | null;
  met: boolean | null;
  active: boolean;
  requiredRate: { status: string; rate: number | null; from: number | null; to: number | null; reason: string | null };
  requiredGrdpGrowth: { status: string; rate: number | null; from: number | null; to: number | null } | null;
}

const SA_PA_TARGET_COUNT = lotrinhJson<{ targets: TargetRow[] }>("targets", "--region", "sa-pa").targets.length;

describe("lotrinh targets --region sa-pa (acceptance)", () => {
  const { code, stdout, stderr } = lotrinh("targets", "--region", "sa-pa");
  const json = lotrinhJson<{ region: { id: string }; targets: TargetRow[] }>("targets", "--region", "sa-pa");

  it("succeeds with a Vietnamese table listing every target with a verdict", () => {
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toContain("Thị xã Sa Pa");
    for (const header of ["Mã", "Chỉ tiêu", "Loại", "So sánh", "Mục tiêu", "Dự báo", "Kết quả", "Chênh lệch", "Tốc độ cần"])
      expect(stdout).toContain(header);
    for (const t of json.targets) {
      const row = stdout.split("\n").find((line) => line.startsWith(`${t.id} `));
      expect(row, t.id).toBeDefined();
      expect(row).toMatch(/đạt|không đạt|chưa có số liệu/);
    }
    expect(json.targets.length).toBeGreaterThanOrEqual(20);
  });

  it("projects the 2025 per-capita target at 118 × (1.145 × 1.02 / 1.012)² ≈ 157.16, met", () => {
    // Anchor: the 2023 plan figure 118 million VND/person. 2024 and 2025 grow by real growth
    // 14.5 %, deflator 2 %, population 1.2 %: 118 × (1.145 × 1.02 / 1.012)² = 118 × 1.15405² = 157.156.
    const perCapita = json.targets.find((t) => t.indicator === "grdpPerCapita" && t.year === 2025 && t.value === 145);
    expect(perCapita).toBeDefined();
    expect(perCapita!.projected).toBeCloseTo(157.156, 2);
    expect(perCapita!.met).toBe(true);
    expect(perCapita!.requiredGrdpGrowth?.status).toBe("solved");
  });

  it("marks the alternative readings the scenario did not choose, and counts them apart", () => {
    const alternatives = json.targets.filter((t) => !t.active);
    expect(alternatives.map((t) => t.id).sort()).toEqual(["tourism-revenue-term-sum", "tourist-visits-term-sum"]);
    for (const t of alternatives) expect(stdout.split("\n").find((l) => l.startsWith(`${t.id} `))).toContain("cách hiểu khác");
    expect(stdout).toMatch(/2 cách hiểu khác/);
  });

  it("says 'chưa có số liệu' and gives null, not NaN, for a target without a projected value", () => {
    const doctors = json.targets.find((t) => t.id === "doctors-2023")!;
    expect(doctors.projected).toBeNull();
    expect(doctors.met).toBeNull();
    expect(doctors.requiredRate.status).toBe("notApplicable");
    expect(stdout.split("\n").find((l) => l.startsWith("doctors-2023 "))).toContain("chưa có số liệu");
  });

  it("keeps rates as fractions in JSON and as percent in the table", () => {
    const growth = json.targets.find((t) => t.id === "grdp-growth-2023")!;
    expect(growth.value).toBe(0.145);
    expect(stdout.split("\n").find((l) => l.startsWith("grdp-growth-2023 "))).toContain("14,5 %");
  });
});

describe("lotrinh targets with a scenario", () => {
  it("applies the scenario's rates: more growth in 2024–2025 raises the per-capita projection", () => {
    const file = scenarioFile("high.json", saPaScenario({ name: "Tăng trưởng cao", rates: { grdpGrowth: { "2024": 0.16, "2025": 0.16 } } }));
    const { targets } = lotrinhJson<{ targets: TargetRow[] }>("targets", "--region", "sa-pa", "--scenario", file);
    // 118 × (1.16 × 1.02 / 1.012)² = 118 × 1.169170² = 161.30
    expect(targets.find((t) => t.id === "grdp-per-capita-2025")!.projected).toBeCloseTo(161.3, 1);
    expect(lotrinh("targets", "--region", "sa-pa", "--scenario", file).stdout).toContain("kịch bản: Tăng trưởng cao");
  });

  it("switches readings: choosing the term-sum reading makes it the active target", () => {
    const file = scenarioFile("readings.json", saPaScenario({ readings: { "tourism-visits-term": "term-sum" } }));
    const { targets } = lotrinhJson<{ targets: TargetRow[] }>("targets", "--region", "sa-pa", "--scenario", file);
    expect(targets.find((t) => t.id === "tourist-visits-term-sum")!.active).toBe(true);
    expect(targets.find((t) => t.id === "tourist-visits-2025-level")!.active).toBe(false);
    expect(targets).toHaveLength(SA_PA_TARGET_COUNT);
  });

  it("evaluates the target of a scenario's formula indicator", () => {
    const file = scenarioFile(
      "formula.json",
      saPaScenario({
        formulas: {
          revenuePerVisit: {
            expr: "tourismRevenue / touristVisits",
            name: { vi: "Doanh thu mỗi lượt khách", en: "Revenue per visit" },
            unit: "thousand VND",
            targets: [
              { id: "revenue-per-visit-2025", indicator: "revenuePerVisit", kind: "level", comparator: "atLeast", value: 4000, year: 2025 },
            ],
          },
        },
      }),
    );
    const { targets } = lotrinhJson<{ targets: TargetRow[] }>("targets", "--region", "sa-pa", "--scenario", file);
    const perVisit = targets.find((t) => t.id === "revenue-per-visit-2025")!;
    // 27,004 billion VND / 5.8009 million visits = 4,655 thousand VND a visit.
    expect(perVisit.projected).toBeCloseTo(27004.0004 / 5.8008957, 0);
    expect(perVisit.met).toBe(true);
  });
});

interface VerdictRow extends TargetRow {
  verdict: string;
  basis: string;
  measuredYears: number;
  outcomeYears: number;
  backcastYears: number[];
  notes: { code: string; years: number[]; text: { vi: string; en: string } }[];
}

describe("lotrinh targets: verdicts, what they rest on, outcomes", () => {
  it("Sa Pa as shipped: the term average is 'đạt' only by an assumption taken from the target itself, counted apart", () => {
    const { targets } = lotrinhJson<{ targets: VerdictRow[] }>("targets", "--region", "sa-pa");
    const avg = targets.find((t) => t.id === "grdp-growth-term-average")!;
    expect(avg).toMatchObject({ verdict: "met", basis: "circular", measuredYears: 5, outcomeYears: 0 });
    expect((avg as VerdictRow & { basisText: { vi: string } }).basisText.vi).toBe("theo giả định lấy từ chính chỉ tiêu");
    const { stdout } = lotrinh("targets", "--region", "sa-pa");
    expect(stdout.split("\n").find((l) => l.startsWith("grdp-growth-term-average "))).toContain("theo giả định lấy từ chính chỉ tiêu");
    // 8 targets met or exceeded, 7 of them restate an assumption or the plan figure itself.
    expect(stdout).toContain("vượt hoặc đạt 8, trong đó 7 theo giả định lấy từ chính chỉ tiêu");
  });

  it("names the back-cast years of a cumulative target", () => {
    const { targets } = lotrinhJson<{ targets: VerdictRow[] }>("targets", "--region", "sa-pa");
    const inv = targets.find((t) => t.id === "investment-term-sum")!;
    expect(inv.backcastYears).toEqual([2021, 2022]);
    expect(inv.notes[0]).toMatchObject({ code: "backcast", years: [2021, 2022] });
    expect(inv.notes[0]!.text.vi).toContain("tính ngược");
  });

  it("Lào Cai with outcomes: per capita 2025 = 97.5 × 1.1 × 1.02 / 1.013 = 107.99, không đạt, on a projection", () => {
    const file = scenarioFile("lao-cai-pc.json", {
      schema: "lotrinh/scenario/1",
      region: "lao-cai",
      actuals: { grdpPerCapita: { "2022": 90, "2024": 97.5 } },
      rates: { grdpGrowth: { "2025": 0.1 }, deflator: { "2025": 0.02 }, populationGrowth: { "2025": 0.013 } },
    });
    const { targets } = lotrinhJson<{ targets: VerdictRow[] }>("targets", "--region", "lao-cai", "--scenario", file);
    const pc = targets.find((t) => t.id === "grdp-per-capita-2025")!;
    expect(pc.projected).toBeCloseTo(107.9911, 3);
    expect(pc).toMatchObject({ verdict: "missed", basis: "projection", met: false });
    expect(pc.requiredGrdpGrowth).toMatchObject({ status: "solved", from: 2025, to: 2025 });
    expect(pc.requiredGrdpGrowth!.rate).toBeCloseTo(0.283439, 5);
  });

  it("Lai Châu 2024 growth 'khoảng 9 %' entered as an outcome: 9.5 % vượt, 8.9 % đạt, 8.0 % không đạt", () => {
    for (const [rate, verdict, word] of [
      [0.095, "exceeded", "vượt"],
      [0.089, "met", "đạt"],
      [0.08, "missed", "không đạt"],
    ] as const) {
      const file = scenarioFile(`lai-chau-${rate}.json`, { schema: "lotrinh/scenario/1", region: "lai-chau", actuals: { grdpGrowth: { "2024": rate } } });
      const { targets } = lotrinhJson<{ targets: VerdictRow[] }>("targets", "--region", "lai-chau", "--scenario", file);
      expect(targets.find((t) => t.id === "grdp-growth-2024")).toMatchObject({ verdict, basis: "actual", outcomeYears: 1 });
      const row = lotrinh("targets", "--region", "lai-chau", "--scenario", file).stdout.split("\n").find((l) => l.startsWith("grdp-growth-2024 "))!;
      expect(row).toMatch(new RegExp(`\\s${word}\\s+theo số thực hiện\\s+1/1`));
    }
  });
});
