import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { loadRegion, targetSpecs, type Scenario } from "../src/index.js";

const region = loadRegion("sa-pa");
const scenario = (extra: Partial<Scenario> = {}): Scenario => ({ version: 1, region: "sa-pa", name: "", ...extra }) as Scenario;
const active = (specs: readonly { id: string; active: boolean }[]) => specs.filter((t) => t.active).map((t) => t.id);

describe("targetSpecs", () => {
  it("applies the chosen reading: Sa Pa's visits are the 2025 level by default, the term sum when chosen", () => {
    expect(active(targetSpecs(region))).toContain("tourist-visits-2025-level");
    expect(active(targetSpecs(region))).not.toContain("tourist-visits-term-sum");
    const sum = targetSpecs(region, scenario({ readings: { "tourism-visits-term": "term-sum" } }));
    expect(active(sum)).toContain("tourist-visits-term-sum");
    expect(active(sum)).not.toContain("tourist-visits-2025-level");
  });

  it("gives the same frozen specs to scenarios that differ only in their rates (a slider's edits)", () => {
    const readings = { "tourism-visits-term": "term-sum" };
    const a = targetSpecs(region, scenario({ readings, rates: { grdpGrowth: { 2024: 0.13 } } }));
    const b = targetSpecs(region, scenario({ readings, rates: { grdpGrowth: { 2024: 0.131 } } }));
    expect(b).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    expect(Object.isFrozen(a[0])).toBe(true);
    // Other readings: built again, not the last ones.
    expect(targetSpecs(region, scenario({ readings: {} }))).not.toBe(a);
  });

  it("property: whatever was asked before, the specs equal a fresh build for the readings asked", () => {
    const options = fc.constantFrom(undefined, "level-2025", "term-sum");
    fc.assert(
      fc.property(fc.array(fc.tuple(options, options), { minLength: 1, maxLength: 8 }), (asks) => {
        for (const [visits, revenue] of asks) {
          const readings: Record<string, string> = {};
          if (visits) readings["tourism-visits-term"] = visits;
          if (revenue) readings["tourism-revenue-term"] = revenue;
          const specs = targetSpecs(region, scenario({ readings }));
          const fresh = targetSpecs(loadRegion("sa-pa"), scenario({ readings }));
          expect(active(specs)).toEqual(active(fresh));
          expect(active(specs).includes("tourist-visits-term-sum")).toBe(visits === "term-sum");
          expect(active(specs).includes("tourism-revenue-term-sum")).toBe(revenue === "term-sum");
        }
      }),
      { numRuns: 50 },
    );
  });
});
