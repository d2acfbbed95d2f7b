import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { exp, log } from "../src/risk/libm.js";
import { fillNormals, normal, normalCdf, normalQuantile, Sfc32, tabulatedDeviation, twoPiece, twoPieceDeviation, twoPieceTable } from "../src/risk/index.js";

/** Outputs of an independent Python sfc32 (fixtures/risk/sfc32-reference.py). */
const reference = JSON.parse(readFileSync(new URL("./fixtures/risk/sfc32-reference.json", import.meta.url), "utf8")) as Record<string, number[]>;

describe("sfc32", () => {
  it("matches the reference vectors of an independent implementation", () => {
    for (const [seed, expected] of Object.entries(reference)) {
      const rng = new Sfc32(Number(seed));
      expect(expected.map(() => rng.next())).toEqual(expected);
    }
  });

  it("gives uniforms strictly inside (0, 1) with mean 1/2 and variance 1/12", () => {
    const rng = new Sfc32(7);
    let sum = 0;
    let sq = 0;
    let outside = 0;
    const n = 200_000;
    for (let i = 0; i < n; i++) {
      const u = rng.uniform();
      if (!(u > 0 && u < 1)) outside++;
      sum += u;
      sq += u * u;
    }
    expect(outside).toBe(0);
    // Standard errors: mean 0.29/√n ≈ 0.0006, variance ≈ 0.0002.
    expect(sum / n).toBeCloseTo(0.5, 2);
    expect(sq / n - (sum / n) ** 2).toBeCloseTo(1 / 12, 3);
  });
});

describe("ziggurat normal", () => {
  const n = 400_000;
  const rng = new Sfc32(20251);
  const draws = new Float64Array(n);
  for (let i = 0; i < n; i++) draws[i] = normal(rng);
  const sorted = draws.slice().sort();

  it("has mean 0, variance 1, no skew and the normal's kurtosis 3", () => {
    let m1 = 0, m2 = 0, m3 = 0, m4 = 0;
    for (const x of draws) {
      m1 += x;
      m2 += x * x;
      m3 += x * x * x;
      m4 += x * x * x * x;
    }
    // Standard errors with n = 400,000: mean 0.0016, variance 0.0022, skewness 0.004, kurtosis 0.008.
    expect(Math.abs(m1 / n)).toBeLessThan(0.008);
    expect(Math.abs(m2 / n - 1)).toBeLessThan(0.011);
    expect(Math.abs(m3 / n)).toBeLessThan(0.02);
    expect(Math.abs(m4 / n - 3)).toBeLessThan(0.05);
  });

  it("passes a Kolmogorov–Smirnov test against Φ, tails included", () => {
    let d = 0;
    for (let i = 0; i < n; i++) d = Math.max(d, Math.abs(normalCdf(sorted[i]!) - (i + 0.5) / n));
    // 1 % critical value 1.63/√n = 0.0026.
    expect(d).toBeLessThan(0.0026);
    // P(|Z| > 3.4426), the ziggurat's tail beyond its base layer: 2(1 − Φ(3.4426)) = 0.000576, i.e. ~230 draws.
    const tail = draws.filter((x) => Math.abs(x) > 3.442619855899).length;
    expect(tail).toBeGreaterThan(170);
    expect(tail).toBeLessThan(290);
  });
});

describe("fillNormals", () => {
  it("gives the very stream of successive normal() calls, rare cases included", () => {
    const a = new Sfc32(99);
    const b = new Sfc32(99);
    const bulk = new Float64Array(50_000);
    fillNormals(a, bulk, bulk.length);
    const one = Float64Array.from({ length: bulk.length }, () => normal(b));
    expect(bulk).toEqual(one);
    // Both generators end in the same state; ~1.2 % of draws took the slow path (tails, wedges).
    expect(a.next()).toBe(b.next());
    expect(bulk.filter((x) => Math.abs(x) > 3.442619855899).length).toBeGreaterThan(10);
  });
});

describe("Φ and Φ⁻¹", () => {
  it("match known values", () => {
    // Φ(1) = 0.841344746, Φ(−1.96) = 0.024997895, Φ⁻¹(0.975) = 1.959963985.
    expect(normalCdf(1)).toBeCloseTo(0.841344746, 7);
    expect(normalCdf(-1.96)).toBeCloseTo(0.024997895, 8);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963985, 8);
    expect(normalQuantile(0.5)).toBe(0);
  });

  it("invert each other", () => {
    fc.assert(
      fc.property(fc.double({ min: -6, max: 6, noNaN: true }), (x) => {
        expect(normalQuantile(normalCdf(x))).toBeCloseTo(x, 4);
      }),
    );
  });
});

describe("two-piece normal (Bank of England σ, γ)", () => {
  it("is the normal when γ = 0", () => {
    const tp = twoPiece(0.02, 0);
    fc.assert(
      fc.property(fc.double({ min: -5, max: 5, noNaN: true }), (e) => {
        expect(twoPieceDeviation(tp, e)).toBeCloseTo(0.02 * e, 6);
      }),
    );
  });

  it("puts σ₁/(σ₁+σ₂) of the mass below the mode and is increasing", () => {
    // γ = 0.5, σ = 1: σ₁ = 1/√0.5 = 1.41421, σ₂ = 1/√1.5 = 0.81650, P(X < mode) = 1.41421/2.23071 = 0.63397.
    const tp = twoPiece(1, 0.5);
    expect(tp.lower).toBeCloseTo(1.41421, 5);
    expect(tp.upper).toBeCloseTo(0.8165, 5);
    expect(tp.belowMode).toBeCloseTo(0.63397, 5);
    // The mode sits at the standard normal quantile Φ⁻¹(0.63397) = 0.34240.
    expect(twoPieceDeviation(tp, 0.3424)).toBeCloseTo(0, 4);
    // Far tails: the 5 % quantile is σ₁ Φ⁻¹(0.05 · 2.23071 / 2.82843) = 1.41421 · Φ⁻¹(0.039434) = 1.41421 · −1.75730 = −2.48519.
    expect(twoPieceDeviation(tp, normalQuantile(0.05))).toBeCloseTo(-2.48519, 4);
    fc.assert(
      fc.property(fc.double({ min: -6, max: 6, noNaN: true }), fc.double({ min: 0, max: 0.5, noNaN: true }), (e, h) => {
        expect(twoPieceDeviation(tp, e + h)).toBeGreaterThanOrEqual(twoPieceDeviation(tp, e) - 1e-9);
      }),
    );
  });

  it("is tabulated for the simulation loop within 1e-5 σ, tails computed exactly", () => {
    const tp = twoPiece(0.02, -0.6);
    const table = twoPieceTable(tp);
    fc.assert(
      fc.property(fc.double({ min: -10, max: 10, noNaN: true }), (e) => {
        expect(Math.abs(tabulatedDeviation(table, tp, e) - twoPieceDeviation(tp, e))).toBeLessThan(2e-7);
      }),
    );
  });
});

describe("exp and log from exact arithmetic (same bits in every engine)", () => {
  it("agree with Math.exp and Math.log within 3e-16 relative", () => {
    fc.assert(
      fc.property(fc.double({ min: -700, max: 700, noNaN: true }), (x) => {
        expect(Math.abs(exp(x) - Math.exp(x))).toBeLessThanOrEqual(3e-16 * Math.exp(x));
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.double({ min: 5e-324, max: 1e300, noNaN: true }), (x) => {
        expect(Math.abs(log(x) - Math.log(x))).toBeLessThanOrEqual(3e-16 * Math.max(1, Math.abs(Math.log(x))));
      }),
      { numRuns: 2000 },
    );
  });

  it("handle the edges: exp(0) = 1, log(1) = 0, log(e) = 1, log(0) = −∞, subnormals", () => {
    expect(exp(0)).toBe(1);
    expect(log(1)).toBe(0);
    expect(log(Math.E)).toBeCloseTo(1, 15);
    expect(log(0)).toBe(-Infinity);
    expect(Number.isNaN(log(-1))).toBe(true);
    expect(exp(800)).toBe(Infinity);
    expect(exp(-800)).toBe(0);
    expect(log(5e-324)).toBeCloseTo(-744.4400719213812, 12);
    // exp(−744) ≈ 1e-323 is subnormal (a few bits): within one of its units.
    expect(Math.abs(exp(-744) - Math.exp(-744))).toBeLessThanOrEqual(5e-324);
  });
});
