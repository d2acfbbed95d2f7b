import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { emptyScenario, isRateInput, loadRegion, project, regionIndicators, resolveModel, targetSpecs, type RegionId, type Scenario } from "../src/index.js";
import { FAN_QUANTILES, runRisk, TARGET_QUANTILES } from "../src/risk/index.js";

const YEARS = ["2021", "2022", "2023", "2024", "2025"] as const;
const K = FAN_QUANTILES.length;

function model(region: RegionId, scenario: Scenario) {
  const r = loadRegion(region);
  const input = resolveModel(r, scenario);
  if (!input.ok) throw new Error(input.error);
  return { input: input.value, targets: targetSpecs(r, scenario) };
}

function withSigma(region: RegionId, sigma: number, rates: Scenario["rates"] = {}): Scenario {
  const ids = regionIndicators(loadRegion(region)).filter((d) => isRateInput(d) && d.kind !== "tracked").map((d) => d.id);
  return { ...emptyScenario(region, "running"), rates, uncertainty: Object.fromEntries(ids.map((id) => [id, sigma])) };
}

describe("running fans (the cumulative and average-growth views)", () => {
  it("one for each level indicator and first year a cumulative target sums; none for a rate input's average", () => {
    const { input, targets } = model("sa-pa", withSigma("sa-pa", 0.01));
    const running = runRisk(input, targets, { paths: 500 }).running;
    // Sa Pa's term sums: investment, tourist visits and tourism revenue over 2021–2025. Its average
    // growth target is of GRDP growth, a rate input, whose chart draws the yearly rates.
    expect(running.map((r) => `${r.id}:${r.kind}:${r.from}`)).toEqual([
      "investment:cumulative:2021",
      "touristVisits:cumulative:2021",
      "tourismRevenue:cumulative:2021",
    ]);
    // Years before the sum starts have no quantiles; 2020 is the base year.
    for (const r of running) expect([...r.quantiles.subarray(0, K)].every(Number.isNaN)).toBe(true);
  });

  it("with σ = 0, every quantile is the projection's running sum, by hand for Lào Cai's investment", () => {
    const { input, targets } = model("lao-cai", withSigma("lao-cai", 0));
    const projection = project(input);
    const fan = runRisk(input, targets, { paths: 20 }).running.find((r) => r.id === "investment")!;
    const values = projection.series.investment!.values;
    let sum = 0;
    for (let i = 1; i < values.length; i++) {
      sum += values[i]!; // 2021 …: the sum from the term's first year to year i
      for (let k = 0; k < K; k++) expect(fan.quantiles[i * K + k]).toBeCloseTo(sum, 6);
    }
  });

  it("an average growth of a level is the geometric mean from its first year, as the chart's view draws it", () => {
    // A target of average revenue growth 2022–2025 on Lào Cai: revenue is a level linked to GRDP.
    const { input, targets } = model("lao-cai", withSigma("lao-cai", 0));
    const target = { ...targets.find((t) => t.kind === "averageGrowth")!, id: "revenue-average", indicator: "budgetRevenue", fromYear: 2022 };
    const fan = runRisk(input, [target], { paths: 10 }).running[0]!;
    expect([fan.id, fan.kind, fan.from]).toEqual(["budgetRevenue", "averageGrowth", 2022]);
    const g = project(input).series.budgetRevenue!.growth;
    let product = 1;
    for (let i = 2; i < g.length; i++) {
      product *= 1 + g[i]!;
      const average = Math.pow(product, 1 / (i - 1)) - 1; // i = 2 (2022): g itself; i = 5: the 4-year mean
      for (let k = 0; k < K; k++) expect(fan.quantiles[i * K + k]).toBeCloseTo(average, 9);
    }
    expect([...fan.quantiles.subarray(0, 2 * K)].every(Number.isNaN)).toBe(true);
  });

  it("property: in the target's year, the running fan's 5, 50 and 95 % are the target's own quantiles", () => {
    fc.assert(
      fc.property(
        fc.constantFrom<RegionId>("sa-pa", "lao-cai"),
        fc.double({ min: 0.001, max: 0.05, noNaN: true }),
        fc.array(fc.double({ min: -0.02, max: 0.25, noNaN: true }), { minLength: 5, maxLength: 5 }),
        fc.integer({ min: 0, max: 2 ** 31 }),
        (region, sigma, g, seed) => {
          const scenario = withSigma(region, sigma, { grdpGrowth: Object.fromEntries(YEARS.map((y, i) => [y, g[i]!])) });
          const { input, targets } = model(region, scenario);
          const risk = runRisk(input, targets, { paths: 2000, seed });
          targets.forEach((t, k) => {
            const fan = risk.running.find((r) => r.id === t.indicator && r.kind === t.kind && r.from === (t.fromYear ?? t.year));
            if (!fan) return;
            const i = t.year - input.base;
            const q = risk.targets[k]!.quantiles;
            // TARGET_QUANTILES 5, 50, 95 % are FAN_QUANTILES 0, 3 and 6.
            expect([TARGET_QUANTILES[0], TARGET_QUANTILES[2], TARGET_QUANTILES[4]]).toEqual([FAN_QUANTILES[0], FAN_QUANTILES[3], FAN_QUANTILES[6]]);
            expect([fan.quantiles[i * K], fan.quantiles[i * K + 3], fan.quantiles[i * K + 6]]).toEqual([q[0], q[2], q[4]]);
          });
        },
      ),
      { numRuns: 25 },
    );
  });
});
