import { describe, expect, it } from "vitest";
import { lotrinh, lotrinhJson, saPaScenario, scenarioFile } from "./lotrinh.js";

interface SeriesRow {
  id: string;
  unit: string;
  isIndex: boolean;
  values: { year: number; value: number | null; status: string | null; anchor: boolean; edited: boolean }[];
}

describe("lotrinh regions", () => {
  it("lists sa-pa, lao-cai and lai-chau in --json", () => {
    const { regions } = lotrinhJson<{ regions: { id: string; term: { base: number; end: number } }[] }>("regions");
    expect(regions.map((r) => r.id)).toEqual(["sa-pa", "lao-cai", "lai-chau"]);
    for (const r of regions) expect(r.term).toEqual({ base: 2020, end: 2025 });
  });

  it("prints a table with the names", () => {
    const { code, stdout } = lotrinh("regions");
    expect(code).toBe(0);
    for (const name of ["Thị xã Sa Pa", "Tỉnh Lào Cai", "Tỉnh Lai Châu"]) expect(stdout).toContain(name);
  });
});

describe("lotrinh project", () => {
  const { projection } = { projection: lotrinhJson<{ years: number[]; indicators: SeriesRow[] }>("project", "--region", "sa-pa") };
  const series = (id: string) => projection.indicators.find((s) => s.id === id)!;

  it("gives every indicator for every year of the term with its status", () => {
    expect(projection.years).toEqual([2020, 2021, 2022, 2023, 2024, 2025]);
    for (const s of projection.indicators) expect(s.values.map((v) => v.year)).toEqual(projection.years);
    // 2023's 14.5 % is the source's plan rate; 2022 population growth is reported.
    expect(series("grdpGrowth").values[3]).toMatchObject({ value: 0.145, status: "plan" });
    expect(series("populationGrowth").values[2]).toMatchObject({ status: "actual" });
    // Per capita is anchored at its 2023 plan figure, projected after it.
    expect(series("grdpPerCapita").values[3]).toMatchObject({ value: 118, status: "plan", anchor: true });
    expect(series("grdpPerCapita").values[5]!.status).toBe("projected");
  });

  it("writes missing values as null and says when a series is an index", () => {
    expect(series("doctorsPer10k").values.every((v) => v.value === null)).toBe(true);
    expect(series("grdpGrowth").values[0]!.value).toBeNull();
    expect(series("grdp")).toMatchObject({ isIndex: true, unit: "index" });
    expect(series("grdp").values[0]!.value).toBe(100);
  });

  it("prints rates as percent, levels with units, statuses and a note for the index series", () => {
    const { code, stdout } = lotrinh("project", "--region", "sa-pa");
    expect(code).toBe(0);
    const line = (start: string) => stdout.split("\n").find((l) => l.startsWith(start)) ?? "";
    expect(line("Tăng trưởng GRDP")).toContain("14,5 % KH");
    expect(line("GRDP bình quân đầu người")).toMatch(/triệu đồng\/người.*118 KH\*/);
    expect(line("Tổng vốn đầu tư")).toContain("11.000 KH*");
    expect(stdout).toContain("TH = thực hiện · ƯTH = ước thực hiện · KH = kế hoạch · GĐ = giả định · DB = dự báo · TN = tính ngược");
    expect(stdout).toContain("chuỗi chỉ số (2020 = 100)");
  });

  it("marks the values a scenario set as edited assumptions", () => {
    const file = scenarioFile("edit.json", saPaScenario({ rates: { grdpGrowth: { "2024": 0.16 } } }));
    const edited = lotrinhJson<{ indicators: SeriesRow[] }>("project", "--region", "sa-pa", "--scenario", file);
    expect(edited.indicators.find((s) => s.id === "grdpGrowth")!.values[4]).toMatchObject({ value: 0.16, status: "assumption", edited: true });
  });
});

describe("lotrinh project with outcomes", () => {
  const file = scenarioFile(
    "lao-cai-outcomes.json",
    {
      schema: "lotrinh/scenario/1",
      region: "lao-cai",
      actuals: { grdpPerCapita: { "2022": 90, "2024": { value: 97.5, status: "estimate", source: "Báo cáo 2024" } } },
    },
  );

  it("fixes the outcomes, drops the plan anchor, and marks back-cast and estimate values", () => {
    const { indicators } = lotrinhJson<{ indicators: SeriesRow[] }>("project", "--region", "lao-cai", "--scenario", file);
    const pc = indicators.find((s) => s.id === "grdpPerCapita")!.values;
    expect(pc[2]).toMatchObject({ value: 90, status: "actual", edited: true });
    expect(pc[4]).toMatchObject({ value: 97.5, status: "estimate" });
    // 2023 grows from the 2022 outcome: 90 × 1.11 × 1.02 / 1.013 = 100.59, no longer the plan's 103.
    expect(pc[3]!.value).toBeCloseTo(100.5903, 3);
    expect(pc[3]!.status).toBe("projected");
    // 2021 is worked backward from 2022: 90 / (1.1 × 1.02 / 1.013) = 81.2567
    expect(pc[1]).toMatchObject({ status: "backcast" });
    expect(pc[1]!.value).toBeCloseTo(81.2567, 3);
  });

  it("prints the status codes ƯTH and TN in the table", () => {
    const line = lotrinh("project", "--region", "lao-cai", "--scenario", file).stdout.split("\n").find((l) => l.startsWith("GRDP bình quân"))!;
    expect(line).toContain("97,5 ƯTH");
    expect(line).toContain("81,26 TN");
    expect(line).toContain("90 TH");
  });
});

describe("--lang en", () => {
  it("uses English words in every command", () => {
    const targets = lotrinh("targets", "--region", "sa-pa", "--lang", "en").stdout;
    expect(targets).toContain("Sa Pa town");
    expect(targets).toMatch(/\bnot met\b/);
    expect(targets).toMatch(/\bno data\b/);
    expect(targets).toContain("alternative reading");
    expect(targets).not.toContain("không đạt");
    const project = lotrinh("project", "--region", "lao-cai", "--lang", "en").stdout;
    expect(project).toContain("GRDP per capita");
    expect(project).toContain("act = actual · est = estimate · plan = plan · asm = assumption · proj = projected · back = back-cast");
    expect(lotrinh("--lang", "en", "regions").stdout).toContain("Lào Cai province");
  });

  it("formats numbers the English way: 14.5%, 65,000", () => {
    const targets = lotrinh("targets", "--region", "sa-pa", "--lang", "en").stdout;
    expect(targets).toContain("14.5%");
    expect(targets).toContain("65,000");
  });
});
