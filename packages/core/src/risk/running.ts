import type { TargetSpec } from "../targets/types.js";
import { measureStart } from "./block.js";
import type { LiveTarget } from "./liveTarget.js";

/**
 * The running measures of a Monte Carlo run (RunningFan): for each indicator, kind and first year
 * that a cumulative or average-growth target measures, the running sum (or product of 1 + growth)
 * from that year to every later one, a block column a year in the quantile sketch. A chart's
 * cumulative and average-growth views draw their quantiles; each such target reads its own year's.
 */
export interface RunningPlan {
  id: string;
  kind: "cumulative" | "averageGrowth";
  /** Index of the first year summed (cumulative) or whose growth is multiplied (averageGrowth). */
  start: number;
  series: LiveTarget["series"];
  /** Column of year i (i ≥ start), else undefined; an average growth holds its product of (1 + g). */
  columns: (Float64Array | undefined)[];
  /** The sketch's column index of year i's column, −1 where there is none. */
  sketchColumns: Int32Array;
}

/**
 * One plan per (indicator, kind, first year) the targets name, its columns appended to the
 * sketch's `sources` (at offset 0), W paths a block. A rate input's average growth is drawn on its level view
 * (its yearly rates), and a tracked indicator has no paths: none for them.
 */
export function planRunning(
  targets: readonly TargetSpec[],
  series: Record<string, LiveTarget["series"]>,
  base: number,
  n: number,
  W: number,
  sources: Float64Array[],
  offsets: number[],
): RunningPlan[] {
  const plans: RunningPlan[] = [];
  for (const t of targets) {
    if (t.kind !== "cumulative" && t.kind !== "averageGrowth") continue;
    const s = series[t.indicator];
    if (!s || s.kind === "tracked" || s.kind === "rate") continue;
    const start = measureStart(t, base);
    if (start < 0 || start >= n || plans.some((r) => r.id === t.indicator && r.kind === t.kind && r.start === start)) continue;
    const columns: (Float64Array | undefined)[] = [];
    const sketchColumns = new Int32Array(n).fill(-1);
    for (let i = 0; i < n; i++) {
      if (i < start) {
        columns.push(undefined);
        continue;
      }
      const column = new Float64Array(W).fill(NaN);
      columns.push(column);
      sketchColumns[i] = sources.length;
      sources.push(column);
      offsets.push(0);
    }
    plans.push({ id: t.indicator, kind: t.kind, start, series: s, columns, sketchColumns });
  }
  return plans;
}

/** The running column a cumulative or average-growth target of year index `iy` reads, if there is one. */
export function runningColumn(
  plans: readonly RunningPlan[],
  t: TargetSpec,
  base: number,
  iy: number,
): { column: Float64Array; sketchColumn: number } | undefined {
  if (t.kind !== "cumulative" && t.kind !== "averageGrowth") return undefined;
  const start = measureStart(t, base);
  const r = plans.find((p) => p.id === t.indicator && p.kind === t.kind && p.start === start);
  const column = r?.columns[iy];
  return r && column ? { column, sketchColumn: r.sketchColumns[iy]! } : undefined;
}

/**
 * A block's running measures: the sum of the values from `start` to each year (as measureBlock's
 * cumulative), or the product of (1 + growth) over those years (its averageGrowth, whose root
 * the sketch takes when it reports quantiles).
 */
export function runningBlock(r: RunningPlan, n: number, W: number, count: number): void {
  const first = r.columns[r.start]!;
  const off = r.start * W;
  if (r.kind === "cumulative") {
    const values = r.series.values;
    for (let q = 0; q < count; q++) first[q] = values[off + q]!;
    for (let i = r.start + 1; i < n; i++) {
      const prev = r.columns[i - 1]!;
      const cur = r.columns[i]!;
      const at = i * W;
      for (let q = 0; q < count; q++) cur[q] = prev[q]! + values[at + q]!;
    }
  } else {
    const growth = r.series.growth;
    for (let q = 0; q < count; q++) first[q] = 1 + growth[off + q]!;
    for (let i = r.start + 1; i < n; i++) {
      const prev = r.columns[i - 1]!;
      const cur = r.columns[i]!;
      const at = i * W;
      for (let q = 0; q < count; q++) cur[q] = prev[q]! * (1 + growth[at + q]!);
    }
  }
}
