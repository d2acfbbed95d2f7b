import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  applyRequiredRate,
  emptyScenario,
  evaluateTarget,
  loadRegion,
  measure,
  project,
  resolveModel,
  type Comparator,
  type RegionId,
  type Scenario,
  type Solution,
  type TargetKind,
  type TargetSpec,
} from "../src/index.js";

/**
 * Solver and verdict agree (issue 9, M1): over buoyancy 0–10, growth −50…+100 %, every
 * target kind and comparator, on the three shipped regions, with and without outcomes.
 */

const YEARS = [2021, 2022, 2023, 2024, 2025];
const RUNS = 2_000;
const num = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
const perYear = (min: number, max: number) =>
  fc.tuple(...YEARS.map(() => num(min, max))).map((rs) => Object.fromEntries(YEARS.map((y, i) => [String(y), rs[i]!])));

interface Case {
  region: RegionId;
  scenario: Scenario;
  kind: TargetKind;
  comparator: Comparator;
  indicator: string;
  year: number;
  fromYear: number;
  tolerance: number;
  /** The target value relative to the scenario's own measured value (levels) or added to it (rates). */
  factor: number;
  /** A first free year the user names (`solve --from`), or none. */
  from: number | undefined;
}

const caseArb: fc.Arbitrary<Case> = fc
  .record({
    region: fc.constantFrom<RegionId>("sa-pa", "lao-cai", "lai-chau"),
    growth: perYear(-0.5, 1),
    deflator: perYear(-0.05, 0.15),
    population: perYear(-0.01, 0.03),
    buoyancy: fc.oneof(num(0, 10), fc.constant(10)),
    outcomeYear: fc.constantFrom(0, 2021, 2023, 2024, 2025),
    kind: fc.constantFrom<TargetKind>("level", "annualRate", "averageGrowth", "cumulative"),
    comparator: fc.constantFrom<Comparator>("atLeast", "atMost", "about"),
    indicator: fc.constantFrom("grdpGrowth", "grdp", "grdpPerCapita", "budgetRevenue"),
    year: fc.constantFrom(...YEARS),
    span: fc.integer({ min: 0, max: 4 }),
    tolerance: num(0, 0.1),
    factor: fc.oneof(num(-0.6, 0.6), num(-3, 3)),
    from: fc.constantFrom(undefined, undefined, 2022, 2024),
  })
  .map((r) => {
    const rates = { grdpGrowth: { ...r.growth }, deflator: r.deflator, populationGrowth: r.population };
    const actuals = r.outcomeYear ? { grdpGrowth: { [String(r.outcomeYear)]: r.growth[String(r.outcomeYear)]! } } : undefined;
    const scenario: Scenario = { ...emptyScenario(r.region, "property"), rates, params: { revenueBuoyancy: r.buoyancy }, ...(actuals ? { actuals } : {}) };
    const fromYear = Math.max(r.kind === "cumulative" ? 2020 : 2021, r.year - r.span);
    return { ...r, scenario, fromYear, from: r.from !== undefined && r.from <= r.year ? r.from : undefined };
  });

function spec(c: Case, value: number): TargetSpec {
  return {
    id: "property-target",
    indicator: c.indicator,
    kind: c.kind,
    comparator: c.comparator,
    value,
    year: c.year,
    fromYear: c.kind === "averageGrowth" || c.kind === "cumulative" ? c.fromYear : undefined,
    tolerance: c.comparator === "about" ? c.tolerance : undefined,
    category: "economic",
    priority: false,
    scope: "term",
    active: true,
  };
}

function projectionOf(c: Case, scenario: Scenario) {
  const input = resolveModel(loadRegion(c.region), scenario);
  if (!input.ok) throw new Error(input.error);
  return project(input.value);
}

/** The target for a case: near the scenario's own measured value, so that every answer occurs. */
function targetOf(c: Case): TargetSpec {
  const p = projectionOf(c, c.scenario);
  const current = measure(p.series[c.indicator]!, spec(c, 0), p.input.base);
  const growthKind = c.kind === "annualRate" || c.kind === "averageGrowth";
  const value = !Number.isFinite(current) ? 100 : growthKind ? current + c.factor * 4 : current * Math.exp(2 * c.factor);
  return spec(c, value);
}

function evaluate(c: Case, scenario: Scenario, t: TargetSpec, fromYear?: number) {
  return evaluateTarget(projectionOf(c, scenario), t, fromYear);
}

/** Each solution with the indicator its rate applies to. */
function solutions(e: ReturnType<typeof evaluate>): [string, Solution][] {
  const out: [string, Solution][] = [[e.target.indicator, e.required.own]];
  if (e.required.grdpGrowth) out.push(["grdpGrowth", e.required.grdpGrowth]);
  return out;
}

describe("solver and verdict agree (fast-check, 2,000 runs each)", () => {
  it("alreadyMet only when the verdict is met (exceeded or met)", () => {
    const seen: Record<string, number> = {};
    fc.assert(
      fc.property(caseArb, (c) => {
        const e = evaluate(c, c.scenario, targetOf(c), c.from);
        for (const [, s] of solutions(e)) {
          const key = s.status === "solved" ? "solved" : `${s.status}:${s.reason}`;
          seen[key] = (seen[key] ?? 0) + 1;
          if (s.status === "alreadyMet") expect(e.met, JSON.stringify(e.verdict)).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
    // The generators reach every answer the solver gives, so the properties are not vacuous.
    for (const key of ["solved", "alreadyMet:metAtAnyRate", "unreachable:tooFast", "unreachable:noRateReaches", "notApplicable:refusedCombination"])
      expect(seen[key] ?? 0, key).toBeGreaterThan(0);
  });

  it("a solved rate lies in (−100 %, +1000 %] and, applied, meets the target", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const t = targetOf(c);
        const e = evaluate(c, c.scenario, t, c.from);
        for (const [indicator, s] of solutions(e)) {
          if (s.status !== "solved") continue;
          if (c.from !== undefined) expect(s.from).toBeGreaterThanOrEqual(c.from);
          expect(s.rate).toBeGreaterThan(-1);
          expect(s.rate).toBeLessThanOrEqual(10);
          const again = evaluate(c, applyRequiredRate(c.scenario, indicator, s), t);
          expect(again.met, `${c.region} ${t.kind} ${t.comparator} ${indicator}: ${again.projected} vs ${t.value}`).toBe(true);
          if (t.comparator !== "about" && Math.abs(t.value - e.projected) > 1e-6)
            expect(Math.abs(again.projected - t.value)).toBeLessThanOrEqual(1e-8 * Math.max(1, Math.abs(t.value)));
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("unreachable only when no rate in the allowed range meets the target", () => {
    const grid = [-1 + 1e-9, -0.9, -0.5, -0.2, 0, 0.1, 0.3, 0.7, 1.5, 4, 10];
    fc.assert(
      fc.property(caseArb, (c) => {
        const t = targetOf(c);
        const e = evaluate(c, c.scenario, t, c.from);
        const p = projectionOf(c, c.scenario);
        for (const [indicator, s] of solutions(e)) {
          if (s.status !== "unreachable") continue;
          expect(e.met).not.toBe(true);
          if (s.reason === "fixedYearsMiss") continue;
          // The free years: after the indicator's last fixed level and, for GRDP growth, after its last outcome.
          const lastGrowthOutcome = indicator === "grdpGrowth" ? p.input.lastActualRate.grdpGrowth! : -1;
          const from = Math.max(p.input.base + Math.max(1, p.series[t.indicator]!.lastFixed + 1, lastGrowthOutcome + 1), c.from ?? 0);
          for (const rate of grid) {
            const tried = applyRequiredRate(c.scenario, indicator, { status: "solved", rate, from, to: t.year });
            expect(evaluate(c, tried, t).met, `${indicator} at ${rate}`).not.toBe(true);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("the model never produces a negative level; a refused year leaves the value undefined and named", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const p = projectionOf(c, c.scenario);
        for (const id of p.order) {
          const s = p.series[id]!;
          if (s.kind !== "level") continue;
          for (const v of s.values) expect(Number.isNaN(v) || v >= 0).toBe(true);
          if (s.values.some(Number.isNaN)) expect(s.refused?.length, id).toBeGreaterThan(0);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
