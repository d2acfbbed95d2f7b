/**
 * Which form the Monte Carlo's hot loops take over a block of paths (shocks.ts, block.ts'
 * levels, QuantileSketch's binning): four paths a turn by hand, or one path a turn. Both give
 * the same bits on every path (the tests run both); only their speed depends on the engine.
 * V8 11 (Node 20) compiles a loop as it is written, and a loop's own steps (its bound, the
 * interrupt check) weigh as much as these few operations a path: four paths a turn, the binning
 * takes half the time. Chromium 156's V8 unrolls small loops itself, and there a loop unrolled
 * by hand is slower than the plain one (binning 0.96 → 1.13 ms, rates 0.32 → 0.42 ms a
 * 10,000-path run); later V8 (12 and up, as in Node 22) is taken to do as Chromium's.
 * An object, not a constant, so that the tests can run both forms.
 */
export const loops = { unroll: unrollsByHand((globalThis as { process?: { versions?: { v8?: string } } }).process?.versions?.v8) };

/** Whether loops are unrolled by hand under V8 of this version (Node's process.versions.v8; none in a browser). */
export function unrollsByHand(v8: string | undefined): boolean {
  return v8 !== undefined && Number.parseInt(v8, 10) < 12;
}
