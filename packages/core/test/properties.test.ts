import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  emptyScenario,
  fillLevelPath,
  loadRegion,
  simulate,
  type RegionId,
  type Scenario,
} from "../src/index.js";

const YEARS = ["2021", "2022", "2023", "2024", "2025"] as const;
const rate = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
const yearRates = (min: number, max: number) =>
  fc.tuple(...YEARS.map(() => rate(min, max))).map((rs) => Object.fromEntries(YEARS.map((y, i) => [y, rs[i]!])));

/** Random scenarios over the model's rate inputs and buoyancy. */
const scenarioArb = (region: RegionId) =>
  fc.record({
    grdpGrowth: yearRates(-0.1, 0.3),
    deflator: yearRates(-0.02, 0.1),
    populationGrowth: yearRates(0, 0.03),
    buoyancy: rate(0.5, 1.5),
  }).map(
    (r): Scenario => ({
      ...emptyScenario(region, "random"),
      rates: { grdpGrowth: r.grdpGrowth, deflator: r.deflator, populationGrowth: r.populationGrowth },
      params: { revenueBuoyancy: r.buoyancy },
    }),
  );

const regionArb = fc.constantFrom<RegionId>("sa-pa", "lao-cai", "lai-chau");

function run(region: RegionId, s: Scenario) {
  const r = simulate(loadRegion(region), s);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

describe("model invariants", () => {
  it("raising any year's GRDP growth never lowers a level target at or after its anchor", () => {
    fc.assert(
      fc.property(regionArb.chain((id) => fc.tuple(fc.constant(id), scenarioArb(id), fc.constantFrom(...YEARS), rate(0.001, 0.2))), ([id, s, year, bump]) => {
        const before = run(id, s);
        const raised = { ...s, rates: { ...s.rates, grdpGrowth: { ...s.rates!.grdpGrowth, [year]: s.rates!.grdpGrowth![year]! + bump } } };
        const after = run(id, raised);
        before.evaluations.forEach((e, i) => {
          const series = before.projection.series[e.target.indicator];
          if (e.target.kind !== "level" || !series || series.kind !== "level") return;
          // Before the anchor, levels are discounted backward: faster growth means a lower past.
          if (e.target.year - before.projection.input.base < series.lastFixed) return;
          expect(after.evaluations[i]!.projected).toBeGreaterThanOrEqual(e.projected * (1 - 1e-12));
        });
      }),
      { numRuns: 150 },
    );
  });

  it("forward propagation followed by backward propagation returns the starting values", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 1e6, noNaN: true }),
        fc.array(rate(-0.5, 1), { minLength: 6, maxLength: 6 }),
        (start, g) => {
          const growth = Float64Array.from([NaN, ...g.slice(1)]);
          const fixedFirst = new Float64Array(6).fill(NaN);
          fixedFirst[0] = start;
          const forward = new Float64Array(6);
          fillLevelPath(growth, fixedFirst, forward);
          const fixedLast = new Float64Array(6).fill(NaN);
          fixedLast[5] = forward[5]!;
          const backward = new Float64Array(6);
          fillLevelPath(growth, fixedLast, backward);
          for (let i = 0; i < 6; i++) expect(Math.abs(backward[i]! - forward[i]!)).toBeLessThanOrEqual(1e-9 * forward[i]!);
        },
      ),
    );
  });
});
