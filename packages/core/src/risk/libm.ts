/**
 * exp and log from + − × ÷ alone, which IEEE 754 rounds exactly in every engine. Math.exp and
 * Math.log are not specified to the last bit and do differ (Node 20's V8 and Chromium 156 disagree
 * on about 1 logarithm in 20,000): the Monte Carlo must give the same numbers in Node and in the
 * browser, so its random draws use these. Relative error about 2e-16.
 */
const view = new DataView(new ArrayBuffer(8));
// fdlibm's split of ln 2: k · LN2_HI is exact for |k| < 2¹¹.
const LN2_HI = 6.93147180369123816490e-1;
const LN2_LO = 1.90821492927058770002e-10;
const INV_FACTORIALS = Float64Array.from({ length: 15 }, (_, n) => {
  let f = 1;
  for (let i = 2; i <= n; i++) f *= i;
  return 1 / f;
});

/** 2^k for an integer k in [−1022, 1023], from its bits. */
function pow2(k: number): number {
  view.setUint32(0, (k + 1023) << 20);
  view.setUint32(4, 0);
  return view.getFloat64(0);
}

/** POW2[k + 1022] = 2^k, k in [−1022, 1023]: exp's scaling without going through memory bits on each call. */
const POW2 = Float64Array.from({ length: 2046 }, (_, k) => pow2(k - 1022));

export function exp(x: number): number {
  if (x !== x) return NaN;
  if (x > 709.782712893384) return Infinity;
  if (x < -745.1332191019412) return 0;
  const k = Math.round(x / 0.6931471805599453);
  const r = x - k * LN2_HI - k * LN2_LO;
  // |r| ≤ 0.3466: the Taylor series to r¹⁴/14! leaves less than 1e-17 (Horner's rule, written out).
  const c = INV_FACTORIALS;
  let sum = c[14]! * r + c[13]!;
  sum = sum * r + c[12]!;
  sum = sum * r + c[11]!;
  sum = sum * r + c[10]!;
  sum = sum * r + c[9]!;
  sum = sum * r + c[8]!;
  sum = sum * r + c[7]!;
  sum = sum * r + c[6]!;
  sum = sum * r + c[5]!;
  sum = sum * r + c[4]!;
  sum = sum * r + c[3]!;
  sum = sum * r + c[2]!;
  sum = sum * r + c[1]!;
  sum = sum * r + c[0]!;
  if (k < -1021) return sum * POW2[k + 1122]! * POW2[922]!;
  if (k > 1023) return sum * POW2[k + 1021]! * 2;
  return sum * POW2[k + 1022]!;
}

export function log(x: number): number {
  if (!(x > 0)) return x === 0 ? -Infinity : NaN;
  if (x === Infinity) return Infinity;
  let e = 0;
  if (x < 2.2250738585072014e-308) {
    x *= 18014398509481984; // 2^54: subnormals become normal
    e = -54;
  }
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  e += ((hi >>> 20) & 0x7ff) - 1023;
  view.setUint32(0, (hi & 0x800fffff) | 0x3ff00000);
  let m = view.getFloat64(0);
  if (m > Math.SQRT2) {
    m /= 2;
    e += 1;
  }
  // log m = 2 atanh s with s = (m − 1)/(m + 1), |s| ≤ 0.1716: terms to s²⁵ leave less than 1e-19.
  const s = (m - 1) / (m + 1);
  const s2 = s * s;
  let sum = 1 / 25;
  for (let n = 23; n >= 1; n -= 2) sum = sum * s2 + 1 / n;
  return e * LN2_HI + (2 * s * sum + e * LN2_LO);
}
