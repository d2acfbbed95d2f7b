import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { scaleLinear } from "d3-scale";
import { cached, niceDomain } from "../src/layoutCache.js";
import { chartLayout } from "../src/chartLayout.js";
import { chartData } from "../src/chartData.js";
import { saPaChart } from "./fixture.js";

describe("niceDomain", () => {
  it("rounds a domain out as d3's linear.nice does", () => {
    // [0, 0.163] with 6 ticks: 0.163 / 6 ≈ 0.027 = 2.7 × 0.01, past √2 and short of √10 → step 0.02 → [0, 0.18].
    // [3.2, 97] with 5: 93.8 / 5 = 18.76 = 1.876 × 10, past √2 → step 20 → [0, 100].
    expect(niceDomain(0, 0.163, 6)).toEqual([0, 0.18]);
    expect(niceDomain(3.2, 97, 5)).toEqual([0, 100]);
  });

  it("gives exactly the domain of a scale built and niced by d3", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.integer({ min: 2, max: 8 }),
        (lo, span, count) => {
          const hi = lo + span;
          const d3 = scaleLinear().domain([lo, hi]).range([300, 10]).nice(count).domain();
          expect(niceDomain(lo, hi, count)).toEqual(d3);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe("cached layout pieces", () => {
  it("makes a value once per key", () => {
    const cache = new Map<string, number[]>();
    let made = 0;
    const a = cached(cache, "k", () => [++made]);
    const b = cached(cache, "k", () => [++made]);
    expect(b).toBe(a);
    expect(made).toBe(1);
  });

  it("shares the axes of two layouts with the same niced domain, and not of different ones", () => {
    const input = saPaChart("grdpPerCapita", "vi");
    const a = chartLayout(chartData(input), 640, undefined, false);
    const b = chartLayout(chartData(input), 640, undefined, false);
    expect(b.yScale).toBe(a.yScale);
    expect(b.yTicks).toBe(a.yTicks);
    expect(b.xScale).toBe(a.xScale);
    const narrow = chartLayout(chartData(input), 360, undefined, false);
    expect(narrow.xScale).not.toBe(a.xScale);
    expect(narrow.xScale.range()[1]).toBe(360 - 10 - 18);
  });
});
