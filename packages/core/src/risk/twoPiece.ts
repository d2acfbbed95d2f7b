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

/** Φ(x), the standard normal distribution function: relative error below 1.2e-7 (Numerical Recipes' erfcc). */
export function normalCdf(x: number): number {
  const z = Math.abs(x) / Math.SQRT2;
  const t = 1 / (1 + 0.5 * z);
  const erfc =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? 1 - 0.5 * erfc : 0.5 * erfc;
}

const A = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
const B = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
const C = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
const D = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];

/** Φ⁻¹(p) for p in (0, 1), by Acklam's rational approximation (relative error below 1.2e-9). */
export function normalQuantile(p: number): number {
  if (p <= 0) return -Infinity;
  if (p >= 1) return Infinity;
  const low = 0.02425;
  if (p < low || p > 1 - low) {
    const q = Math.sqrt(-2 * Math.log(p < low ? p : 1 - p));
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
