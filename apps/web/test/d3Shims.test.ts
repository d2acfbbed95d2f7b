import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { area as d3Area, line as d3Line } from "d3-shape";
import { precisionFixed as d3PrecisionFixed } from "d3-format";
// @ts-expect-error d3-interpolate ships no types and none are installed: only its numbers are compared here.
import { interpolate as d3Interpolate, interpolateRound as d3InterpolateRound } from "d3-interpolate";
import { area, line } from "../vite/d3ShapeLinear";
import { precisionFixed } from "../vite/d3FormatPrecision";
import { interpolate, interpolateRound } from "../vite/d3InterpolateNumbers";

// The browser builds replace three d3 modules with the few functions the charts use
// (vite.config.ts): they must give the very strings and numbers d3 gives (the CLI uses d3 itself).
const coord = fc.double({ min: -1e4, max: 1e4, noNaN: true, noDefaultInfinity: true });
const points = fc.array(fc.tuple(coord, coord), { maxLength: 8 });

describe("d3 subsets of the browser builds", () => {
  it("line(): the same path as d3-shape, with and without digits", () => {
    fc.assert(
      fc.property(points, (pts) => {
        expect(line()(pts)).toBe(d3Line<[number, number]>()(pts));
        expect(line().digits(2)(pts)).toBe(d3Line<[number, number]>().digits(2)(pts));
      }),
    );
    // By hand: three points at 2 digits; one point is closed; none is no path.
    expect(line().digits(2)([[0, 1.005], [10.333, 2], [20, 3]])).toBe("M0,1L10.33,2L20,3");
    expect(line()([[1, 2]])).toBe("M1,2Z");
    expect(line()([])).toBeNull();
  });

  it("area(): the same band as d3-shape (upper edge forward, lower edge back, closed)", () => {
    const band = fc.array(fc.record({ x: coord, lo: coord, hi: coord }), { maxLength: 8 });
    fc.assert(
      fc.property(band, (b) => {
        type B = (typeof b)[number];
        const ours = area<B>().digits(2).x((f) => f.x).y0((f) => f.lo).y1((f) => f.hi)(b);
        const theirs = d3Area<B>().digits(2).x((f) => f.x).y0((f) => f.lo).y1((f) => f.hi)(b);
        expect(ours).toBe(theirs);
      }),
    );
    expect(area<{ x: number; lo: number; hi: number }>().x((f) => f.x).y0((f) => f.lo).y1((f) => f.hi)([{ x: 0, lo: 1, hi: 2 }, { x: 5, lo: 1, hi: 3 }])).toBe(
      "M0,2L5,3L5,1L0,1Z",
    );
  });

  it("precisionFixed and numeric interpolation: d3's numbers", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-9, max: 1e9, noNaN: true }), (step) => {
        expect(precisionFixed(step)).toBe(d3PrecisionFixed(step));
      }),
    );
    // 0.05 → 2 digits; 20 → 0.
    expect(precisionFixed(0.05)).toBe(2);
    expect(precisionFixed(20)).toBe(0);
    fc.assert(
      fc.property(coord, coord, fc.double({ min: 0, max: 1, noNaN: true }), (a, b, t) => {
        expect(interpolate(a, b)(t)).toBe((d3Interpolate(a, b) as (t: number) => number)(t));
        expect(interpolateRound(a, b)(t)).toBe(d3InterpolateRound(a, b)(t));
      }),
    );
    expect(() => interpolate("red", "blue")).toThrow(/numbers only/);
  });
});
