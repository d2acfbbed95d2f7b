import { exp, log } from "./libm.js";

/**
 * sfc32 (Chris Doty-Humphrey's Small Fast Chaotic generator, 32-bit, from PractRand):
 * 128 bits of state, passes PractRand and BigCrush, and needs only 32-bit integer
 * arithmetic, so that Node and every browser produce the same stream from a seed.
 * Seeded as PractRand seeds it: a = 0, b = seed, c = 0, counter = 1, then 12 outputs discarded.
 */
export class Sfc32 {
  // State words; read into locals by fillNormals.
  a = 0;
  b = 0;
  c = 0;
  d = 1;

  constructor(seed: number) {
    this.b = seed >>> 0;
    for (let i = 0; i < 12; i++) this.next();
  }

  /** The next output as an unsigned 32-bit integer. */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (((this.c << 21) | (this.c >>> 11)) + t) | 0;
    return t >>> 0;
  }

  /** A uniform number in the open interval (0, 1): never 0, so that its logarithm is finite. */
  uniform(): number {
    return (this.next() + 0.5) * 2.3283064365386963e-10;
  }
}

// Ziggurat tables (Marsaglia & Tsang 2000, 128 layers) scaled to 24-bit magnitudes: one
// 32-bit output gives the layer (low 7 bits) and a signed 25-bit abscissa (the rest), so the
// layer and the value never share bits (the flaw Doornik 2005 found in the original RNOR).
const R = 3.442619855899;
const AREA = 9.91256303526217e-3;
const SCALE = 16777216; // 2^24
const KN = new Float64Array(128);
const WN = new Float64Array(128);
const FN = new Float64Array(128);
{
  let dn = R;
  let tn = dn;
  const q = AREA / exp(-0.5 * dn * dn);
  KN[0] = (dn / q) * SCALE;
  KN[1] = 0;
  WN[0] = q / SCALE;
  WN[127] = dn / SCALE;
  FN[0] = 1;
  FN[127] = exp(-0.5 * dn * dn);
  for (let i = 126; i >= 1; i--) {
    dn = Math.sqrt(-2 * log(AREA / dn + exp(-0.5 * dn * dn)));
    KN[i + 1] = (dn / tn) * SCALE;
    tn = dn;
    FN[i] = exp(-0.5 * dn * dn);
    WN[i] = dn / SCALE;
  }
}

/**
 * KN as whole numbers for fillNormals' test: for an integer j, |j| < KN[i] exactly when
 * |j| < ⌈KN[i]⌉, a comparison of two int32 values.
 */
const KI = Int32Array.from(KN, (k) => Math.ceil(k));

/** A standard normal draw by the ziggurat method: one 32-bit output in about 98.8 % of draws. */
export function normal(rng: Sfc32): number {
  for (;;) {
    const u = rng.next() | 0;
    const i = u & 127;
    const j = u >> 7;
    const x = j * WN[i]!;
    if (Math.abs(j) < KN[i]!) return x;
    if (i === 0) {
      // The tail beyond R, by Marsaglia's exponential method.
      let tx: number;
      let ty: number;
      do {
        tx = -log(rng.uniform()) / R;
        ty = -log(rng.uniform());
      } while (ty + ty < tx * tx);
      return j > 0 ? R + tx : -R - tx;
    }
    if (FN[i]! + rng.uniform() * (FN[i - 1]! - FN[i]!) < exp(-0.5 * x * x)) return x;
  }
}

/** The ziggurat's rare cases (base layer's tail, wedges) for fillNormals: the value, or NaN to draw again. */
function slowNormal(rng: Sfc32, i: number, j: number, x: number): number {
  if (i === 0) {
    let tx: number;
    let ty: number;
    do {
      tx = -log(rng.uniform()) / R;
      ty = -log(rng.uniform());
    } while (ty + ty < tx * tx);
    return j > 0 ? R + tx : -R - tx;
  }
  return wedge(FN[i]! + rng.uniform() * (FN[i - 1]! - FN[i]!), -0.5 * x * x) ? x : NaN;
}

/**
 * y < exp(t), decided as the deterministic `exp` decides it. Math.exp is within an ulp or two of
 * e^t in every engine and `exp` within 2e-16 of it, so when y is further than a relative 1e-12 from
 * Math.exp(t) both give the same answer, and Math.exp (much cheaper) decides; only the rest (about
 * one wedge test in 10^11) needs `exp`. The outcome never depends on the engine's last bits.
 */
function wedge(y: number, t: number): boolean {
  const e = Math.exp(t);
  if (y < e * (1 - 1e-12)) return true;
  if (y > e * (1 + 1e-12)) return false;
  return y < exp(t);
}

/**
 * `count` standard normals into out[0…count), the same stream as `count` calls of `normal`,
 * with the generator's state in local variables for the common case.
 */
export function fillNormals(rng: Sfc32, out: Float64Array, count: number): void {
  let a = rng.a;
  let b = rng.b;
  let c = rng.c;
  let d = rng.d;
  let k = 0;
  // The fast loop takes the ziggurat's rectangles (98.8 % of outputs) and stops at the first
  // other case, which is settled outside it, so that the loop holds no call.
  for (;;) {
    let i = 0;
    let j = 0;
    for (; k < count; k++) {
      const t = (((a + b) | 0) + d) | 0;
      d = (d + 1) | 0;
      a = b ^ (b >>> 9);
      b = (c + (c << 3)) | 0;
      c = (((c << 21) | (c >>> 11)) + t) | 0;
      i = t & 127;
      j = t >> 7;
      if (Math.abs(j) >= KI[i]!) break;
      out[k] = j * WN[i]!;
    }
    if (k === count) break;
    rng.a = a;
    rng.b = b;
    rng.c = c;
    rng.d = d;
    const v = slowNormal(rng, i, j, j * WN[i]!);
    a = rng.a;
    b = rng.b;
    c = rng.c;
    d = rng.d;
    // NaN: the wedge refused the point; the same slot takes the next output.
    if (v === v) out[k++] = v;
  }
  rng.a = a;
  rng.b = b;
  rng.c = c;
  rng.d = d;
}
