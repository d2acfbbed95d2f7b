import { exp, log } from "./libm.js";

/**
 * The two-piece normal of the Bank of England's fan charts (Britton, Fisher & Whitley 1998),
 * with mode μ, uncertainty σ and skew γ ∈ (−1, 1): below the mode the density is a normal of
 * σ₁ = σ/√(1−γ), above it one of σ₂ = σ/√(1+γ), joined at the mode. γ > 0 widens the lower side
 * (downside risk), γ < 0 the upper side, γ = 0 is a normal.
 * A standard normal draw e maps to it through its quantile function, u = Φ(e) → F⁻¹(u), so that
 * persistence and correlation, applied to e, keep their meaning.
 */
export interface TwoPiece {
  /** σ₁ (below the mode) and σ₂ (above it). */
  lower: number;
  upper: number;
  /** P(X < mode) = σ₁ / (σ₁ + σ₂). */
  belowMode: number;
}

export function twoPiece(sigma: number, skew: number): TwoPiece {
  const lower = sigma / Math.sqrt(1 - skew);
  const upper = sigma / Math.sqrt(1 + skew);
  return { lower, upper, belowMode: lower / (lower + upper) };
}

/** The deviation from the mode of the two-piece normal at the standard normal quantile e. */
export function twoPieceDeviation(tp: TwoPiece, e: number): number {
  const sum = tp.lower + tp.upper;
  if (e <= 0) {
    const u = normalCdf(e);
    if (u < tp.belowMode) return tp.lower * normalQuantile((u * sum) / (2 * tp.lower));
    return tp.upper * normalQuantile(1 - ((1 - u) * sum) / (2 * tp.upper));
  }
  // Upper half: work with the upper tail 1 − u, which keeps its precision for large e.
  const v = normalCdf(-e);
  if (1 - v < tp.belowMode) return tp.lower * normalQuantile(((1 - v) * sum) / (2 * tp.lower));
  return -tp.upper * normalQuantile((v * sum) / (2 * tp.upper));
}

const TABLE_MIN = -8;
const TABLE_STEP = 1 / 256;
const TABLE_SIZE = 16 * 256 + 1;

/**
 * The deviation tabulated on e ∈ [−8, 8] in steps of 1/256, for the simulation loop: linear
 * interpolation of a monotone, continuously differentiable function stays monotone and within
 * about 1e-6 σ of it.
 */
const tables = new Map<string, Float64Array>();

export function twoPieceTable(tp: TwoPiece): Float64Array {
  // Built once per (σ₁, σ₂): a worker reruns the same inputs on every edit.
  const key = `${tp.lower} ${tp.upper}`;
  const hit = tables.get(key);
  if (hit) return hit;
  if (tables.size > 64) tables.clear();
  const table = new Float64Array(TABLE_SIZE);
  for (let i = 0; i < TABLE_SIZE; i++) table[i] = twoPieceDeviation(tp, TABLE_MIN + i * TABLE_STEP);
  tables.set(key, table);
  return table;
}

/** The deviation at e from a table of `twoPieceTable` (computed exactly beyond ±8). */
export function tabulatedDeviation(table: Float64Array, tp: TwoPiece, e: number): number {
  const f = (e - TABLE_MIN) / TABLE_STEP;
  if (!(f >= 0 && f < TABLE_SIZE - 1)) return twoPieceDeviation(tp, e);
  const i = f | 0;
  const lo = table[i]!;
  return lo + (f - i) * (table[i + 1]! - lo);
}

/**
 * erfc(z) for z ≥ 0, to about 1e-13: below 3 from the series erf(z) = (2/√π) e^(−z²) Σ 2ⁿ z^(2n+1) / (1·3·…·(2n+1))
 * (positive terms, no cancellation), above it from Laplace's continued fraction.
 */
function erfc(z: number): number {
  if (z < 3) {
    let term = z;
    let sum = z;
    for (let n = 1; term > 1e-17 * sum; n++) {
      term *= (2 * z * z) / (2 * n + 1);
      sum += term;
    }
    return 1 - (2 / Math.sqrt(Math.PI)) * exp(-z * z) * sum;
  }
  let f = z;
  for (let k = 60; k >= 1; k--) f = z + k / 2 / f;
  return exp(-z * z) / (Math.sqrt(Math.PI) * f);
}

/** Φ(x), the standard normal distribution function, exactly ½ at 0 and symmetric: Φ(−x) = 1 − Φ(x). */
export function normalCdf(x: number): number {
  const half = 0.5 * erfc(Math.abs(x) / Math.SQRT2);
  return x < 0 ? half : 1 - half;
}

const A = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
const B = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
const C = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
const D = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];

/** Φ⁻¹(p) for p in (0, 1): Acklam's rational approximation (relative error 1.2e-9), then one Halley step on Φ. */
export function normalQuantile(p: number): number {
  const x = acklam(p);
  if (!Number.isFinite(x)) return x;
  const e = normalCdf(x) - p;
  const u = e * Math.sqrt(2 * Math.PI) * exp((x * x) / 2);
  return x - u / (1 + (x * u) / 2);
}

function acklam(p: number): number {
  if (p <= 0) return -Infinity;
  if (p >= 1) return Infinity;
  const low = 0.02425;
  if (p < low || p > 1 - low) {
    const q = Math.sqrt(-2 * log(p < low ? p : 1 - p));
    const x = (((((C[0]! * q + C[1]!) * q + C[2]!) * q + C[3]!) * q + C[4]!) * q + C[5]!) / ((((D[0]! * q + D[1]!) * q + D[2]!) * q + D[3]!) * q + 1);
    return p < low ? x : -x;
  }
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((A[0]! * r + A[1]!) * r + A[2]!) * r + A[3]!) * r + A[4]!) * r + A[5]!) * q) /
    (((((B[0]! * r + B[1]!) * r + B[2]!) * r + B[3]!) * r + B[4]!) * r + 1)
  );
}
