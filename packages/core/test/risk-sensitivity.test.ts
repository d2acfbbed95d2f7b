import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { emptyScenario, loadRegion, resolveModel, targetSpecs, type Scenario } from "../src/index.js";
import { BUOYANCY_INPUT, sensitivity } from "../src/risk/index.js";
import { QuantileSketch } from "../src/risk/quantiles.js";
import { fixtureRegion } from "./fixture.js";

const region = fixtureRegion();

function tornado(scenario?: Partial<Scenario>) {
  const s: Scenario = { ...emptyScenario("test-town", "t"), ...scenario };
  const r = resolveModel(region, s);
  if (!r.ok) throw new Error(r.error);
  return sensitivity(r.value, targetSpecs(region, s));
}

describe("sensitivity (tornado)", () => {
  it("moves a year's growth target by exactly ±1 point of growth and nothing else", () => {
    const g = tornado().find((t) => t.id === "g2023")!;
    expect(g.bars.map((b) => b.input)).toEqual(["grdpGrowth"]);
    expect(g.bars[0]!.up).toBeCloseTo(0.01, 12);
    expect(g.bars[0]!.down).toBeCloseTo(-0.01, 12);
  });

  it("per capita 2025 (anchored at 100 in 2023) moves by +2.254 / −2.234 for ±1 point of growth", () => {
    // 100 · (1.10 · 1.02 / 1.01)² = 123.4079; with 11 %: 100 · (1.11 · 1.02 / 1.01)² = 125.6619 (+2.2540);
    // with 9 %: 100 · (1.09 · 1.02 / 1.01)² = 121.1743 (−2.2336).
    const pc = tornado().find((t) => t.id === "pc2025")!;
    expect(pc.projected).toBeCloseTo(123.4079, 4);
    const g = pc.bars.find((b) => b.input === "grdpGrowth")!;
    expect(g.up).toBeCloseTo(2.254, 3);
    expect(g.down).toBeCloseTo(-2.2336, 3);
    // Growth, deflator and population move it; investment does not.
    expect(pc.bars.map((b) => b.input).sort()).toEqual(["deflator", "grdpGrowth", "populationGrowth"]);
  });

  it("moves revenue by the buoyancy ±0.1 as well, labelled with its own step (Lào Cai 2025: +330.31 / −326.74)", () => {
    // Lào Cai: revenue fixed at 12,000 in 2023, buoyancy 1, nominal growth (1.10 · 1.02 − 1) = 12.2 % in 2024 and 2025:
    // 12,000 · 1.122² = 15,106.608. Buoyancy 1.1: 12,000 · (1 + 1.1 · 0.122)² = 12,000 · 1.1342² = 15,436.916 (+330.308);
    // 0.9: 12,000 · 1.1098² = 14,779.872 (−326.736).
    const laoCai = loadRegion("lao-cai");
    const m = resolveModel(laoCai);
    if (!m.ok) throw new Error(m.error);
    const rev = sensitivity(m.value, targetSpecs(laoCai)).find((t) => t.id === "budget-revenue-2025")!;
    expect(rev.projected).toBeCloseTo(15106.608, 6);
    const b = rev.bars.find((x) => x.input === BUOYANCY_INPUT)!;
    expect(b.step).toBe(0.1);
    expect(b.up).toBeCloseTo(330.30768, 5);
    expect(b.down).toBeCloseTo(-326.73552, 5);
    // It moves only what depends on revenue; the rate inputs keep their one-point step.
    const pc = sensitivity(m.value, targetSpecs(laoCai)).find((t) => t.id === "grdp-per-capita-2025")!;
    expect(pc.bars.some((x) => x.input === BUOYANCY_INPUT)).toBe(false);
    expect(pc.bars.every((x) => x.step === 0.01)).toBe(true);
  });

  it("ranks the widest swing first", () => {
    for (const t of tornado())
      for (let k = 1; k < t.bars.length; k++)
        expect(Math.abs(t.bars[k - 1]!.up - t.bars[k - 1]!.down)).toBeGreaterThanOrEqual(Math.abs(t.bars[k]!.up - t.bars[k]!.down));
  });

  it("leaves outcome years alone: with every growth year actual, growth moves no target", () => {
    const actual = Object.fromEntries(["2021", "2022", "2023", "2024", "2025"].map((y) => [y, 0.1]));
    const g = tornado({ actuals: { grdpGrowth: actual } }).find((t) => t.id === "avg")!;
    expect(g.bars).toEqual([]);
  });
});

describe("one-pass quantiles", () => {
  it("are exact (numpy's linear rule) up to the pilot's size", () => {
    // Values 1..11: the 25 % quantile is at rank 0.25 · 10 = 2.5, between 3 and 4: 3.5.
    const sketch = new QuantileSketch(1, 11);
    for (let v = 11; v >= 1; v--) sketch.add(Float64Array.of(v));
    const out = new Float64Array(3);
    sketch.quantiles(0, [0.05, 0.25, 0.5], out, 0);
    expect([...out]).toEqual([1.5, 3.5, 6]);
  });

  it("agree with a sort within 1/500 of the range (or the sample's spacing) beyond the pilot, whatever the distribution", () => {
    fc.assert(
      fc.property(fc.integer({ min: 3000, max: 20_000 }), fc.double({ min: 0.1, max: 3, noNaN: true }), fc.integer(), (n, power, seed) => {
        let x = seed >>> 0;
        const values = new Float64Array(n);
        const sketch = new QuantileSketch(1, n);
        const cell = new Float64Array(1);
        for (let i = 0; i < n; i++) {
          x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
          values[i] = cell[0] = ((x + 0.5) / 4294967296) ** power * 100;
          sketch.add(cell);
        }
        const levels = [0.05, 0.2, 0.5, 0.8, 0.95];
        const out = new Float64Array(levels.length);
        sketch.quantiles(0, levels, out, 0);
        const sorted = values.sort();
        levels.forEach((q, k) => {
          const h = q * (n - 1);
          const exact = sorted[Math.floor(h)]! + (h - Math.floor(h)) * (sorted[Math.ceil(h)]! - sorted[Math.floor(h)]!);
          // Within 1/500 of the range, or of the sample's own spacing there: in a sparse tail
          // (u^0.1 with 3,000 paths) two neighbouring values can lie further apart than that.
          const spacing = sorted[Math.min(n - 1, Math.ceil(h) + 1)]! - sorted[Math.max(0, Math.floor(h) - 1)]!;
          expect(Math.abs(out[k]! - exact)).toBeLessThan((sorted[n - 1]! - sorted[0]!) / 500 + spacing);
        });
      }),
      { numRuns: 30 },
    );
  });

  it("leave out NaN (no value) and report NaN for a column without values", () => {
    const sketch = new QuantileSketch(2, 5000);
    for (let i = 0; i < 5000; i++) sketch.add(Float64Array.of(NaN, i % 2 ? NaN : 7));
    const out = new Float64Array(2);
    sketch.quantiles(0, [0.5], out, 0);
    sketch.quantiles(1, [0.5], out, 1);
    expect(Number.isNaN(out[0])).toBe(true);
    expect(out[1]).toBe(7);
  });
});
