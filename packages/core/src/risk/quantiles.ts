import { averageOf } from "./block.js";
import { loops } from "./loops.js";

/** Runs of this many paths or fewer keep every value and get exact quantiles. */
export const PILOT_PATHS = 1024;
/**
 * Paths kept whole to set the histograms' ranges in a longer run. 256 normal draws span about
 * ±2.7σ; widened by a quarter of the span on each side that is about ±4σ, so that all but a few
 * in 10,000 values fall inside and the 5–95 % quantiles never touch the end bins. Fewer kept values: less to allocate
 * and to scan when the histograms start (a tenth of a 10,000-path run's time with 1,024).
 */
export const RANGE_PILOT_PATHS = 256;
/** Bins per histogram over 1.5 times the pilot's range (about 1/680 of that range each; quantiles interpolate within a bin). */
export const BINS = 1024;

/** Paths buffered before their values are binned. */
const BLOCK = 256;

/**
 * A long run's pilot, dead once its histograms start, handed to the next sketch built: a fresh
 * 200 KB array comes from the system as new pages, which cost about 40 µs to fault in (a tenth
 * of a 10,000-path run's fixed cost). Taken at construction, given back by startHistograms, so
 * that only one sketch ever holds it.
 */
let sparePilot: Float64Array | undefined;

const NAN = 0;
const CONSTANT = 1;
const HISTOGRAM = 2;

/**
 * Quantiles of many columns (one per indicator and year, one per target) in one pass over the
 * paths, with no allocation per path. Runs of up to PILOT_PATHS paths keep every value. In a
 * longer run the first RANGE_PILOT_PATHS values of each column are kept; after them, a column that
 * varied gets a histogram of BINS bins spanning its pilot range widened by a quarter of it on each
 * side (values beyond fall in the end bins), and every later value is binned.
 * Quantiles interpolate within the bin; with PILOT_PATHS paths or fewer they are exact (type 7, as numpy).
 * The pilot is kept column by column (column c's values at c · its size …), and only the
 * columns that varied get a histogram.
 */
export class QuantileSketch {
  private pilot: Float64Array;
  private readonly pilotSize: number;
  private seen = 0;
  private mode: Uint8Array;
  private lo: Float64Array;
  private scale: Float64Array;
  private hist: Int32Array | undefined;
  /** Where column c's histogram starts in `hist` (−1: none). */
  private histAt = new Int32Array(0);
  private active = new Int32Array(0);
  // Per active column (dense, for the loop): histogram offset, lower edge, bins per unit.
  private offsets = new Int32Array(0);
  private activeLo = new Float64Array(0);
  private activeScale = new Float64Array(0);
  private block = new Float64Array(0);
  private inBlock = 0;
  /** Per column: 0, or 1/m for a column of products whose quantiles are reported as averages (averageOf). */
  private readonly powers: Float64Array;

  constructor(
    readonly columns: number,
    paths: number,
  ) {
    this.pilotSize = paths <= PILOT_PATHS ? paths : RANGE_PILOT_PATHS;
    const size = columns * this.pilotSize;
    // Every pilot value is written before it is read: a used array serves as well as a new one.
    if (paths > PILOT_PATHS && sparePilot && sparePilot.length >= size) {
      this.pilot = sparePilot;
      sparePilot = undefined;
    } else this.pilot = new Float64Array(size);
    this.mode = new Uint8Array(columns);
    this.lo = new Float64Array(columns);
    this.scale = new Float64Array(columns);
    this.powers = new Float64Array(columns);
  }

  /**
   * Column c holds products of m years' (1 + growth): its quantiles are reported as the average
   * growth, averageOf(quantile, 1/m), which keeps their order, so binning the products is enough.
   */
  reportAsAverage(c: number, power: number): void {
    this.powers[c] = power;
  }

  private reported(c: number, v: number): number {
    const power = this.powers[c]!;
    return power > 0 ? averageOf(v, power) : v;
  }

  /** Records one path: `cells[c]` is column c's value (NaN = no value, left out). */
  add(cells: Float64Array): void {
    if (this.seen < this.pilotSize) {
      const size = this.pilotSize;
      for (let c = 0; c < this.columns; c++) this.pilot[c * size + this.seen] = cells[c]!;
      this.seen++;
      return;
    }
    if (!this.hist) this.startHistograms();
    if (this.block.length === 0) this.block = new Float64Array(this.columns * BLOCK);
    this.seen++;
    // Paths wait in a block (one contiguous copy each); binning a whole column at a time keeps its histogram in cache.
    this.block.set(cells, this.inBlock++ * this.columns);
    if (this.inBlock === BLOCK) this.flush();
  }

  /**
   * Records `count` paths at once: column c's values are sources[c][offsets[c] + j], j < count
   * (the Monte Carlo's block layout, one contiguous run per indicator and year).
   */
  addColumns(sources: readonly Float64Array[], offsets: Int32Array, count: number): void {
    let j = 0;
    if (this.seen < this.pilotSize) {
      const take = Math.min(count, this.pilotSize - this.seen);
      const cols = this.columns;
      const pilot = this.pilot;
      for (let c = 0; c < cols; c++) {
        const src = sources[c]!;
        const from = offsets[c]! - (c * this.pilotSize + this.seen);
        const to = c * this.pilotSize + this.seen + take;
        for (let q = c * this.pilotSize + this.seen; q < to; q++) pilot[q] = src[from + q]!;
      }
      this.seen += take;
      j = take;
      if (j === count) return;
    }
    if (!this.hist) this.startHistograms();
    if (this.inBlock > 0) this.flush();
    this.seen += count - j;
    const hist = this.hist!;
    for (let k = 0; k < this.active.length; k++) {
      const c = this.active[k]!;
      const src = sources[c]!;
      const off = this.offsets[k]!;
      const lo = this.activeLo[k]!;
      const scale = this.activeScale[k]!;
      const end = offsets[c]! + count;
      // Values inside the range (nearly all) take the short branch; the rest go to an end bin, NaN past
      // it. Four values a turn where the engine does not unroll loops itself (loops.ts; Node 20,
      // 10,000 paths: the binning 15 % faster; the same branch as a function was slower).
      let q = offsets[c]! + j;
      if (loops.unroll)
        for (; q + 3 < end; q += 4) {
          const f0 = (src[q]! - lo) * scale;
          const f1 = (src[q + 1]! - lo) * scale;
          const f2 = (src[q + 2]! - lo) * scale;
          const f3 = (src[q + 3]! - lo) * scale;
          if (f0 >= 0 && f0 < BINS) hist[off + (f0 | 0)]!++;
          else hist[off + (f0 >= BINS ? BINS - 1 : f0 < 0 ? 0 : BINS)]!++;
          if (f1 >= 0 && f1 < BINS) hist[off + (f1 | 0)]!++;
          else hist[off + (f1 >= BINS ? BINS - 1 : f1 < 0 ? 0 : BINS)]!++;
          if (f2 >= 0 && f2 < BINS) hist[off + (f2 | 0)]!++;
          else hist[off + (f2 >= BINS ? BINS - 1 : f2 < 0 ? 0 : BINS)]!++;
          if (f3 >= 0 && f3 < BINS) hist[off + (f3 | 0)]!++;
          else hist[off + (f3 >= BINS ? BINS - 1 : f3 < 0 ? 0 : BINS)]!++;
        }
      for (; q < end; q++) {
        const f = (src[q]! - lo) * scale;
        if (f >= 0 && f < BINS) hist[off + (f | 0)]!++;
        else hist[off + (f >= BINS ? BINS - 1 : f < 0 ? 0 : BINS)]!++;
      }
    }
  }

  private flush(): void {
    const n = this.inBlock;
    const hist = this.hist!;
    const block = this.block;
    const stride = this.columns;
    for (let k = 0; k < this.active.length; k++) {
      const off = this.offsets[k]!;
      const lo = this.activeLo[k]!;
      const scale = this.activeScale[k]!;
      const end = this.active[k]! + n * stride;
      for (let p = this.active[k]!; p < end; p += stride) {
        const f = (block[p]! - lo) * scale;
        // NaN (no value) goes to a bin of its own, past the last.
        hist[off + (f >= 0 ? (f < BINS ? f | 0 : BINS - 1) : f < 0 ? 0 : BINS)]!++;
      }
    }
    this.inBlock = 0;
  }

  private startHistograms(): void {
    const size = this.pilotSize;
    // Locals, not fields, in the loops: the compiler keeps them in registers.
    const pilot = this.pilot;
    const mode = this.mode;
    const lo = this.lo;
    const scale = this.scale;
    const active: number[] = [];
    for (let c = 0; c < this.columns; c++) {
      let min = Infinity;
      let max = -Infinity;
      const end = (c + 1) * size;
      for (let p = c * size; p < end; p++) {
        const v = pilot[p]!;
        if (v < min) min = v;
        if (v > max) max = v;
      }
      if (min > max) mode[c] = NAN;
      else if (min === max) {
        mode[c] = CONSTANT;
        lo[c] = min;
      } else {
        mode[c] = HISTOGRAM;
        const span = max - min;
        lo[c] = min - span / 4;
        scale[c] = BINS / (1.5 * span);
        active.push(c);
      }
    }
    this.active = Int32Array.from(active);
    this.offsets = Int32Array.from(active, (_, k) => k * (BINS + 1));
    const histAt = new Int32Array(this.columns).fill(-1);
    active.forEach((c, k) => (histAt[c] = k * (BINS + 1)));
    this.histAt = histAt;
    this.activeLo = Float64Array.from(active, (c) => lo[c]!);
    this.activeScale = Float64Array.from(active, (c) => scale[c]!);
    const hist = new Int32Array(active.length * (BINS + 1));
    this.hist = hist;
    // The pilot's values go into the histograms too.
    for (const c of active) {
      const off = histAt[c]!;
      const from = lo[c]!;
      const by = scale[c]!;
      const end = (c + 1) * size;
      for (let p = c * size; p < end; p++) {
        const f = (pilot[p]! - from) * by;
        hist[off + (f >= 0 ? (f < BINS ? f | 0 : BINS - 1) : f < 0 ? 0 : BINS)]!++;
      }
    }
    // The pilot is not read again (quantiles come from the histograms now): the next sketch may have it.
    if (!sparePilot || sparePilot.length < pilot.length) sparePilot = pilot;
    this.pilot = new Float64Array(0);
  }

  /** Writes column c's quantiles at `levels` into out[offset…]. */
  quantiles(c: number, levels: readonly number[], out: Float64Array, offset: number): void {
    if (!this.hist) return this.exact(c, levels, out, offset);
    if (this.inBlock > 0) this.flush();
    if (this.mode[c] !== HISTOGRAM) {
      const v = this.mode[c] === CONSTANT ? this.reported(c, this.lo[c]!) : NaN;
      for (let k = 0; k < levels.length; k++) out[offset + k] = v;
      return;
    }
    const hist = this.hist;
    const off = this.histAt[c]!;
    // Every path was binned: those with a value are all but the NaN bin's.
    const n = this.seen - hist[off + BINS]!;
    const width = 1 / this.scale[c]!;
    const from = this.lo[c]!;
    let bin = 0;
    let below = 0;
    for (let k = 0; k < levels.length; k++) {
      const rank = levels[k]! * (n - 1);
      let count = hist[off + bin]!;
      while (bin < BINS - 1 && below + count <= rank) {
        below += count;
        count = hist[off + ++bin]!;
      }
      const within = count > 0 ? (rank - below + 0.5) / count : 0.5;
      out[offset + k] = this.reported(c, from + (bin + Math.min(1, within)) * width);
    }
  }

  private exact(c: number, levels: readonly number[], out: Float64Array, offset: number): void {
    const all = new Float64Array(this.seen);
    let n = 0;
    for (let p = c * this.pilotSize; p < c * this.pilotSize + this.seen; p++) {
      const v = this.reported(c, this.pilot[p]!);
      if (v === v) all[n++] = v;
    }
    const values = all.subarray(0, n).sort();
    for (let k = 0; k < levels.length; k++) {
      if (n === 0) {
        out[offset + k] = NaN;
        continue;
      }
      const h = levels[k]! * (n - 1);
      const i = Math.floor(h);
      out[offset + k] = i + 1 < n ? values[i]! + (h - i) * (values[i + 1]! - values[i]!) : values[n - 1]!;
    }
  }
}
