/** Median and p90 of the per-call time in µs, measured in batches so the timer's resolution does not dominate. */
export function measure(fn: () => unknown, { batches = 200, minBatchMs = 2, warmupMs = 200 } = {}): { median: number; p90: number } {
  // Warm up first: the figure is the steady state, not the JIT's first tiers (the first region
  // measured used to read several times slower than the same code measured second).
  for (const t0 = performance.now(); performance.now() - t0 < warmupMs; ) fn();
  let perBatch = 1;
  // Calibrate: grow the batch until one batch takes at least minBatchMs.
  for (;;) {
    const t0 = performance.now();
    for (let i = 0; i < perBatch; i++) fn();
    if (performance.now() - t0 >= minBatchMs) break;
    perBatch *= 2;
  }
  const samples: number[] = [];
  for (let b = 0; b < batches; b++) {
    const t0 = performance.now();
    for (let i = 0; i < perBatch; i++) fn();
    samples.push(((performance.now() - t0) * 1000) / perBatch);
  }
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(samples.length / 2)]!, p90: samples[Math.floor(samples.length * 0.9)]! };
}

export function row(label: string, r: { median: number; p90: number }, goal?: string): string {
  return `${label.padEnd(52)} median ${r.median.toFixed(2).padStart(8)} µs   p90 ${r.p90.toFixed(2).padStart(8)} µs${goal ? `   (${goal})` : ""}`;
}
