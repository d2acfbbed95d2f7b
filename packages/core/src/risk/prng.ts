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

/** The base layer's tail beyond R, by Marsaglia's exponential method (as in `normal`). */
function tail(rng: Sfc32, j: number): number {
  let tx: number;
  let ty: number;
  do {
    tx = -log(rng.uniform()) / R;
    ty = -log(rng.uniform());
  } while (ty + ty < tx * tx);
  return j > 0 ? R + tx : -R - tx;
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

// Layer i's wedge has t = −x²/2 in [T_LO[i], T_HI[i]] (|j| from KI[i] to 2^24). e^t is convex, so on
// that range it lies above its tangent at the middle, E_MID[i] · (1 + t − T_MID[i]), and below its
// chord, E_LO[i] + (t − T_LO[i]) · SLOPE[i]: most wedge points are settled by these two lines,
// without Math.exp (a call that spills the caller's registers, dearer than the rest of a draw).
const T_LO = new Float64Array(128);
const T_HI = new Float64Array(128);
const T_MID = new Float64Array(128);
const E_MID = new Float64Array(128);
const E_LO = new Float64Array(128);
const SLOPE = new Float64Array(128);
for (let i = 1; i < 128; i++) {
  const far = SCALE * WN[i]!;
  const near = KI[i]! * WN[i]!;
  const lo = -0.5 * far * far;
  const hi = -0.5 * near * near;
  T_LO[i] = lo;
  T_HI[i] = hi;
  T_MID[i] = (lo + hi) / 2;
  E_MID[i] = exp(T_MID[i]!);
  E_LO[i] = exp(lo);
  SLOPE[i] = (exp(hi) - E_LO[i]!) / (hi - lo);
}

/**
 * `wedge(y, t)` for t in layer i's range. All values are at most about 7 in size, so the lines are
 * computed within 1e-14; a margin of 1e-12 beyond them leaves `exp`'s answer certain, and the
 * points within the margin (or between the lines) go to `wedge`.
 */
export function underCurve(y: number, t: number, i: number): boolean {
  if (y < E_MID[i]! * (1 + (t - T_MID[i]!)) - 1e-12) return true;
  if (y > E_LO[i]! + (t - T_LO[i]!) * SLOPE[i]! + 1e-12) return false;
  return wedge(y, t);
}

/** Layer i's wedge (1 ≤ i ≤ 127): the range of t and of the height y that `underCurve` is given there. */
export function wedgeLayer(i: number): { tLo: number; tHi: number; yLo: number; yHi: number } {
  return { tLo: T_LO[i]!, tHi: T_HI[i]!, yLo: FN[i]!, yHi: FN[i - 1]! };
}

/**
 * `count` standard normals into out[0…count), the same stream as `count` calls of `normal`, with
 * the generator's state in local variables throughout: a wedge takes its uniform inline (the next
 * output, as `rng.uniform()` would) and is settled by `underCurve`; only the base layer's tail
 * (about 1 draw in 1,800) goes through the generator object.
 */
export function fillNormals(rng: Sfc32, out: Float64Array, count: number): void {
  let a = rng.a;
  let b = rng.b;
  let c = rng.c;
  let d = rng.d;
  const ki = KI;
  const wn = WN;
  const fn = FN;
  let k = 0;
  while (k < count) {
    let t = 0;
    let i = 0;
    let j = 0;
    let x = 0;
    // The ziggurat's rectangles (about 97 % of outputs), eight a turn, written out: V8 does not
    // unroll this loop (it can leave early), and its own steps (the bound, the interrupt check)
    // cost as much as a draw. A 10,000-path run's 317,000 normals, measured: one a turn 1.2 ms in
    // Node, 2.5 ms in a Chromium worker; four 1.0 / 1.2 ms; eight 0.9 / 1.0 ms.
    // A draw outside them leaves the block with its i, j and x, for the cases below.
    rectangles: {
      t = (((a + b) | 0) + d) | 0;
      d = (d + 1) | 0;
      a = b ^ (b >>> 9);
      b = (c + (c << 3)) | 0;
      c = (((c << 21) | (c >>> 11)) + t) | 0;
      i = t & 127;
      j = t >> 7;
      x = j * wn[i]!;
      if (Math.abs(j) >= ki[i]!) break rectangles;
      out[k++] = x;
      if (k === count) continue;
      t = (((a + b) | 0) + d) | 0;
      d = (d + 1) | 0;
      a = b ^ (b >>> 9);
      b = (c + (c << 3)) | 0;
      c = (((c << 21) | (c >>> 11)) + t) | 0;
      i = t & 127;
      j = t >> 7;
      x = j * wn[i]!;
      if (Math.abs(j) >= ki[i]!) break rectangles;
      out[k++] = x;
      if (k === count) continue;
      t = (((a + b) | 0) + d) | 0;
      d = (d + 1) | 0;
      a = b ^ (b >>> 9);
      b = (c + (c << 3)) | 0;
      c = (((c << 21) | (c >>> 11)) + t) | 0;
      i = t & 127;
      j = t >> 7;
      x = j * wn[i]!;
      if (Math.abs(j) >= ki[i]!) break rectangles;
      out[k++] = x;
      if (k === count) continue;
      t = (((a + b) | 0) + d) | 0;
      d = (d + 1) | 0;
      a = b ^ (b >>> 9);
      b = (c + (c << 3)) | 0;
      c = (((c << 21) | (c >>> 11)) + t) | 0;
      i = t & 127;
      j = t >> 7;
      x = j * wn[i]!;
      if (Math.abs(j) >= ki[i]!) break rectangles;
      out[k++] = x;
      if (k === count) continue;
      t = (((a + b) | 0) + d) | 0;
      d = (d + 1) | 0;
      a = b ^ (b >>> 9);
      b = (c + (c << 3)) | 0;
      c = (((c << 21) | (c >>> 11)) + t) | 0;
      i = t & 127;
      j = t >> 7;
      x = j * wn[i]!;
      if (Math.abs(j) >= ki[i]!) break rectangles;
      out[k++] = x;
      if (k === count) continue;
      t = (((a + b) | 0) + d) | 0;
      d = (d + 1) | 0;
      a = b ^ (b >>> 9);
      b = (c + (c << 3)) | 0;
      c = (((c << 21) | (c >>> 11)) + t) | 0;
      i = t & 127;
      j = t >> 7;
      x = j * wn[i]!;
      if (Math.abs(j) >= ki[i]!) break rectangles;
      out[k++] = x;
      if (k === count) continue;
      t = (((a + b) | 0) + d) | 0;
      d = (d + 1) | 0;
      a = b ^ (b >>> 9);
      b = (c + (c << 3)) | 0;
      c = (((c << 21) | (c >>> 11)) + t) | 0;
      i = t & 127;
      j = t >> 7;
      x = j * wn[i]!;
      if (Math.abs(j) >= ki[i]!) break rectangles;
      out[k++] = x;
      if (k === count) continue;
      t = (((a + b) | 0) + d) | 0;
      d = (d + 1) | 0;
      a = b ^ (b >>> 9);
      b = (c + (c << 3)) | 0;
      c = (((c << 21) | (c >>> 11)) + t) | 0;
      i = t & 127;
      j = t >> 7;
      x = j * wn[i]!;
      if (Math.abs(j) >= ki[i]!) break rectangles;
      out[k++] = x;
      continue;
    }
    if (i === 0) {
      rng.a = a;
      rng.b = b;
      rng.c = c;
      rng.d = d;
      out[k++] = tail(rng, j);
      a = rng.a;
      b = rng.b;
      c = rng.c;
      d = rng.d;
      continue;
    }
    const u = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (((c << 21) | (c >>> 11)) + u) | 0;
    // A refused point: the same slot takes the next output.
    if (underCurve(fn[i]! + ((u >>> 0) + 0.5) * 2.3283064365386963e-10 * (fn[i - 1]! - fn[i]!), -0.5 * x * x, i)) out[k++] = x;
  }
  rng.a = a;
  rng.b = b;
  rng.c = c;
  rng.d = d;
}
