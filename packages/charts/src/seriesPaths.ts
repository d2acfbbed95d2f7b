import { line } from "d3-shape";
import type { ChartPoint } from "./chartPoints.js";
import type { ChartLayout } from "./chartLayout.js";

/**
 * How a stretch of line is drawn: `firm` (solid) between two reported, estimated or planned
 * values; `backcast` (dotted) where a value before the path's first fixed level is discounted
 * backward from it; `projected` (dashed) wherever the model or an assumption fills in.
 */
export type RunStyle = "firm" | "projected" | "backcast";

export interface SeriesRun {
  style: RunStyle;
  d: string;
}

function isFirm(p: ChartPoint): boolean {
  return p.status === "actual" || p.status === "estimate" || p.status === "plan";
}

function styleOf(a: ChartPoint, b: ChartPoint): RunStyle {
  if (a.status === "backcast" || b.status === "backcast") return "backcast";
  return isFirm(a) && isFirm(b) ? "firm" : "projected";
}

/** Stroke dash of each style: none, dashes, dots (round caps turn 0.1-long dashes into dots). */
export const RUN_DASH: Record<RunStyle, string | undefined> = { firm: undefined, projected: "6 4", backcast: "0.1 4.5" };

const path = line<[number, number]>().digits(2);

/**
 * Splits a series' line into runs of solid, dashed and dotted segments. A segment is solid
 * only when both its ends are firm, dotted when either end is back-cast; a missing year breaks the line.
 */
export function seriesRuns(points: readonly ChartPoint[], layout: ChartLayout): SeriesRun[] {
  const runs: SeriesRun[] = [];
  let current: { style: RunStyle; pts: [number, number][] } | undefined;
  const flush = () => {
    if (current && current.pts.length > 1) runs.push({ style: current.style, d: path(current.pts) ?? "" });
    current = undefined;
  };
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    if (b.year !== a.year + 1) {
      flush();
      continue;
    }
    const style = styleOf(a, b);
    const pa: [number, number] = [layout.xScale(a.year), layout.yScale(a.value)];
    const pb: [number, number] = [layout.xScale(b.year), layout.yScale(b.value)];
    if (current && current.style === style) current.pts.push(pb);
    else {
      flush();
      current = { style, pts: [pa, pb] };
    }
  }
  flush();
  return runs;
}
