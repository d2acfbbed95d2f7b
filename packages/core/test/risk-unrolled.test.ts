import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { exp } from "../src/risk/libm.js";
import { loops, unrollsByHand } from "../src/risk/loops.js";
import { fillNormals, normal, Sfc32, underCurve, wedgeLayer } from "../src/risk/prng.js";
import { levelBlock, type LevelPlan } from "../src/risk/block.js";
import { QuantileSketch } from "../src/risk/quantiles.js";
import { deflatorShocks, firstShocks, keepDraws, nextShocks, normalRates } from "../src/risk/shocks.js";

/** The hot loops' two forms (loops.ts): the engine picks one, the tests run both. */
const forms = [
  { unroll: true, name: "four paths a turn" },
  { unroll: false, name: "one path a turn" },
];

function useForm(unroll: boolean): void {
  const engine = loops.unroll;
  beforeEach(() => {
    loops.unroll = unroll;
  });
  afterEach(() => {
    loops.unroll = engine;
  });
}

describe("the loops' form", () => {
  it("is four paths a turn under V8 11 (Node 20) only: not under V8 12 and up, nor in a browser (no process.versions)", () => {
    expect(unrollsByHand("11.3.244.8-node.33")).toBe(true);
    expect(unrollsByHand("12.4.254.21-node.24")).toBe(false);
    expect(unrollsByHand("13.6.233.10-node.18")).toBe(false);
    expect(unrollsByHand(undefined)).toBe(false);
  });
});

/** Bit-for-bit equality, −0 and NaN included (toEqual would take −0 for 0). */
const same = (a: Float64Array, b: Float64Array) => a.length === b.length && a.every((v, i) => Object.is(v, b[i]));

describe("the ziggurat's wedge test by lines", () => {
  it("decides as y < exp(t) does, near the curve and across each layer", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 127 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.oneof(fc.double({ min: -1e-9, max: 1e-9, noNaN: true }), fc.double({ min: -0.2, max: 0.2, noNaN: true })),
        (i, s, rel) => {
          const { tLo, tHi } = wedgeLayer(i);
          const t = tLo + s * (tHi - tLo);
          const y = exp(t) * (1 + rel);
          expect(underCurve(y, t, i)).toBe(y < exp(t));
        },
      ),
      { numRuns: 20_000 },
    );
  });

  it("is given the heights of the layer's wedge: FN[i] < FN[i − 1], both within e^t's range there", () => {
    for (let i = 1; i < 128; i++) {
      const { tLo, tHi, yLo, yHi } = wedgeLayer(i);
      expect(tLo).toBeLessThan(tHi);
      expect(yLo).toBeLessThan(yHi);
      // The wedge lies between the curve's values at the layer's two ends (within rounding).
      expect(yLo).toBeLessThanOrEqual(exp(tHi) * (1 + 1e-12));
    }
  });

  it("ends fillNormals where count normal() calls end, whatever the count (eight draws a turn) and the stream", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 0xffffffff }), fc.integer({ min: 0, max: 300 }), (count, seed, skip) => {
        const a = new Sfc32(seed);
        const b = new Sfc32(seed);
        // Start anywhere in the stream: near a wedge or a tail as often as not.
        for (let s = 0; s < skip; s++) a.next(), b.next();
        const bulk = new Float64Array(count + 1).fill(9);
        fillNormals(a, bulk, count);
        const one = Float64Array.from({ length: count + 1 }, (_, k) => (k < count ? normal(b) : 9));
        expect(same(bulk, one)).toBe(true);
        expect(a.next()).toBe(b.next());
      }),
      { numRuns: 3000 },
    );
  });

  it("keeps fillNormals on normal()'s stream over 2,000,000 draws (about 54,000 wedge tests)", () => {
    const a = new Sfc32(2026);
    const b = new Sfc32(2026);
    const bulk = new Float64Array(2_000_000);
    fillNormals(a, bulk, bulk.length);
    let equal = true;
    for (let k = 0; k < bulk.length && equal; k++) equal = Object.is(bulk[k], normal(b));
    expect(equal).toBe(true);
    expect(a.next()).toBe(b.next());
  });
});

/** The passes one path at a time, as draws.ts wrote them before they were unrolled. */
const reference = {
  first: (cur: Float64Array, n: Float64Array, from: number, per: number, count: number) => {
    for (let p = 0; p < count; p++) cur[p] = n[from + p * per]!;
  },
  next: (cur: Float64Array, prev: Float64Array, n: Float64Array, from: number, per: number, count: number, rho: number, inn: number) => {
    for (let p = 0; p < count; p++) cur[p] = rho * prev[p]! + inn * n[from + p * per]!;
  },
};

describe.each(forms)("the draws' passes, $name", ({ unroll }) => {
  useForm(unroll);
  const values = fc.oneof(fc.double({ min: -6, max: 6, noNaN: true }), fc.constantFrom(0, -0, NaN, Infinity));
  const setup = fc.record({
    count: fc.integer({ min: 0, max: 67 }),
    per: fc.integer({ min: 1, max: 9 }),
    from: fc.integer({ min: 0, max: 8 }),
    rho: fc.double({ min: -1, max: 1, noNaN: true }),
    corr: fc.double({ min: -1, max: 1, noNaN: true }),
    centre: fc.double({ min: -1.5, max: 0.5, noNaN: true }),
    sigma: fc.double({ min: 0, max: 2, noNaN: true }),
    data: fc.array(values, { minLength: 700, maxLength: 700 }),
  });

  it("give each path the bits of one path at a time, whatever the count (a block's last paths included)", () => {
    fc.assert(
      fc.property(setup, ({ count, per, from, rho, corr, centre, sigma, data }) => {
        const normals = Float64Array.from(data);
        const prev = Float64Array.from(data.slice(600, 668));
        const zGrowth = Float64Array.from(data.slice(500, 600));
        const inn = Math.sqrt(1 - rho * rho);
        const rest = Math.sqrt(1 - corr * corr);
        const a = new Float64Array(68).fill(5);
        const b = new Float64Array(68).fill(5);
        firstShocks(a, normals, from, per, count);
        reference.first(b, normals, from, per, count);
        expect(same(a, b)).toBe(true);
        nextShocks(a, prev, normals, from, per, count, rho, inn);
        reference.next(b, prev, normals, from, per, count, rho, inn);
        expect(same(a, b)).toBe(true);
        // The deflator's rows, with real growth's draws kept at an offset of 30.
        const kept = new Float64Array(100).fill(5);
        keepDraws(kept, 30, normals, from, per, count);
        for (let p = 0; p < 100; p++) expect(Object.is(kept[p], p >= 30 && p < 30 + count ? normals[from + (p - 30) * per] : 5)).toBe(true);
        for (const first of [true, false]) {
          deflatorShocks(a, prev, zGrowth, 30, normals, from, per, count, first, rho, inn, corr, rest);
          for (let p = 0; p < count; p++) {
            const z = corr * zGrowth[30 + p]! + rest * normals[from + p * per]!;
            b[p] = first ? z : rho * prev[p]! + inn * z;
          }
          expect(same(a, b)).toBe(true);
        }
        // Rates: written where above −100 %, counted (and left alone) where not.
        const out = new Float64Array(80).fill(7);
        const expected = new Float64Array(80).fill(7);
        let low = 0;
        for (let p = 0; p < count; p++) {
          const rate = centre + sigma * a[p]!;
          if (rate > -1) expected[10 + p] = rate;
          else low++;
        }
        expect(normalRates(out, 10, a, count, centre, sigma)).toBe(low);
        expect(same(out, expected)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe.each(forms)("the sketch's binning, $name", ({ unroll }) => {
  useForm(unroll);
  it("gives the histograms of one value at a time: addColumns in uneven blocks equals add() path by path", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1025, max: 3000 }),
        fc.array(fc.integer({ min: 1, max: 300 }), { minLength: 1, maxLength: 20 }),
        fc.integer(),
        (paths, blocks, seed) => {
          let x = seed >>> 0;
          const next = () => (x = (Math.imul(x, 1664525) + 1013904223) >>> 0) / 4294967296;
          // Three columns: a spread one with NaN and far outliers (end bins), a constant one, one of NaN only.
          const columns = [new Float64Array(paths), new Float64Array(paths).fill(3), new Float64Array(paths).fill(NaN)];
          for (let p = 0; p < paths; p++) {
            const u = next();
            columns[0]![p] = u < 0.01 ? NaN : u < 0.02 ? (next() - 0.5) * 1e6 : next() * next();
          }
          const byColumns = new QuantileSketch(3, paths);
          const byPath = new QuantileSketch(3, paths);
          const offsets = new Int32Array(3);
          const cell = new Float64Array(3);
          for (let done = 0, b = 0; done < paths; b++) {
            const count = Math.min(blocks[b % blocks.length]!, paths - done);
            offsets.fill(done);
            byColumns.addColumns(columns, offsets, count);
            done += count;
          }
          for (let p = 0; p < paths; p++) {
            for (let c = 0; c < 3; c++) cell[c] = columns[c]![p]!;
            byPath.add(cell);
          }
          const levels = [0, 0.01, 0.05, 0.3, 0.5, 0.7, 0.95, 0.99, 1];
          for (let c = 0; c < 3; c++) {
            const a = new Float64Array(levels.length);
            const b = new Float64Array(levels.length);
            byColumns.quantiles(c, levels, a, 0);
            byPath.quantiles(c, levels, b, 0);
            expect(same(a, b)).toBe(true);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("a long run's pilot handed on", () => {
  it("gives a sketch on a used pilot (another run's values in it) the quantiles of one on a new array", () => {
    const fill = (sketch: QuantileSketch, paths: number, seed: number, from = 0, to = paths) => {
      const cell = new Float64Array(4);
      let x = seed;
      for (let p = 0; p < to; p++) {
        for (let c = 0; c < 4; c++) {
          x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
          cell[c] = c === 3 ? 1 : (x / 4294967296) * (c + 1) + (c === 2 && p % 7 === 0 ? NaN : 0);
        }
        if (p >= from) sketch.add(cell);
      }
    };
    const levels = [0.05, 0.5, 0.95];
    const quantiles = (sketch: QuantileSketch) =>
      Float64Array.from({ length: 12 }, (_, k) => {
        const out = new Float64Array(3);
        sketch.quantiles(Math.floor(k / 3), levels, out, 0);
        return out[k % 3]!;
      });
    // References on new arrays: an unfed sketch first takes whatever pilot was left over.
    new QuantileSketch(4, 2500);
    const refB = new QuantileSketch(4, 2500);
    const refC = new QuantileSketch(4, 2500);
    fill(refB, 2500, 2);
    fill(refC, 2500, 3);
    // A starts its histograms and gives its pilot away; B takes it (full of A's values), C, built
    // while B is still in its pilot, must get a new array: the two are fed by turns.
    const a = new QuantileSketch(4, 3000);
    fill(a, 3000, 1);
    const b = new QuantileSketch(4, 2500);
    fill(b, 2500, 2, 0, 100);
    const c = new QuantileSketch(4, 2500);
    fill(c, 2500, 3, 0, 100);
    fill(b, 2500, 2, 100);
    fill(c, 2500, 3, 100);
    expect(same(quantiles(b), quantiles(refB))).toBe(true);
    expect(same(quantiles(c), quantiles(refC))).toBe(true);
    // Column 2 has NaN on every seventh path, column 3 is constant: 5 %, 50 %, 95 % of 1.
    expect([...quantiles(b).subarray(9)]).toEqual([1, 1, 1]);
  });
});

/** A level path computed alone, year by year, with levelBlock's operations for path q. */
function levelPath(l: LevelPlan, n: number, W: number, q: number, g: Float64Array, d: Float64Array, p: Float64Array, buoyancy: Float64Array) {
  const growthOf = (i: number) => {
    if (l.link === "own") {
      const e = l.explicit[i * W + q]!;
      return e === e ? e : 0;
    }
    const e = l.explicit[i * W]!;
    if (e === e) return e;
    const at = i * W + q;
    if (l.link === "grdp") return g[at]!;
    if (l.link === "grdpPerCapita") return ((1 + g[at]!) * (1 + d[at]!)) / (1 + p[at]!) - 1;
    return buoyancy[q]! * ((1 + g[at]!) * (1 + d[at]!) - 1);
  };
  const v = new Float64Array(n);
  const start = Math.max(0, l.first);
  v[start] = l.first < 0 ? 100 : l.fixed[start]!;
  for (let i = start - 1; i >= 0; i--) v[i] = v[i + 1]! / (1 + growthOf(i + 1));
  for (let i = start + 1; i < n; i++) v[i] = l.fixed[i]! === l.fixed[i]! ? l.fixed[i]! : v[i - 1]! * (1 + growthOf(i));
  const growth = Float64Array.from(v, (x, i) => (i === 0 ? NaN : x / v[i - 1]! - 1));
  return { v, growth };
}

describe.each(forms)("levelBlock, $name", ({ unroll }) => {
  useForm(unroll);
  it("gives each path the level and growth of its path computed alone, for every link and count", () => {
    const W = 16;
    const rate = fc.oneof(fc.double({ min: -0.5, max: 0.5, noNaN: true }), fc.constant(NaN));
    fc.assert(
      fc.property(
        fc.constantFrom("own", "grdp", "grdpPerCapita", "budgetRevenue" as const),
        fc.integer({ min: 2, max: 7 }),
        fc.integer({ min: 0, max: W }),
        fc.integer({ min: -1, max: 6 }),
        fc.array(fc.oneof(fc.constant(NaN), fc.double({ min: 1, max: 1000, noNaN: true })), { minLength: 7, maxLength: 7 }),
        fc.array(rate, { minLength: 7 * W, maxLength: 7 * W }),
        fc.array(fc.double({ min: -0.2, max: 0.3, noNaN: true }), { minLength: 3 * 7 * W + W, maxLength: 3 * 7 * W + W }),
        fc.boolean(),
        (link, n, count, firstAt, fixedYears, explicitRates, draws, needsGrowth) => {
          const fixed = Float64Array.from(fixedYears.slice(0, n));
          const first = firstAt < 0 || firstAt >= n ? -1 : firstAt;
          if (first >= 0 && !(fixed[first]! > 0)) fixed[first] = 50;
          if (first < 0) fixed.fill(NaN);
          // A linked indicator's explicit rate is the same on every path (never drawn).
          const explicit = Float64Array.from({ length: n * W }, (_, k) => explicitRates[link === "own" ? k : k - (k % W)]!);
          const g = Float64Array.from(draws.slice(0, n * W));
          const d = Float64Array.from(draws.slice(7 * W, 7 * W + n * W));
          const p = Float64Array.from(draws.slice(14 * W, 14 * W + n * W), (x) => x / 10);
          const buoyancy = Float64Array.from(draws.slice(21 * W, 22 * W), (x) => 1 + x);
          const l: LevelPlan = { link, explicit, fixed, first, needsGrowth, growth: new Float64Array(n * W), values: new Float64Array(n * W) };
          levelBlock(l, n, W, count, g, d, p, buoyancy);
          for (let q = 0; q < count; q++) {
            const alone = levelPath(l, n, W, q, g, d, p, buoyancy);
            for (let i = 0; i < n; i++) {
              expect(Object.is(l.values[i * W + q], alone.v[i])).toBe(true);
              if (needsGrowth) expect(Object.is(l.growth[i * W + q], alone.growth[i])).toBe(true);
            }
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
