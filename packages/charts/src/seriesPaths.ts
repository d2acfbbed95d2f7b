import { line } from "d3-shape";
import type { ChartPoint } from "./chartPoints.js";
import type { ChartLayout } from "./chartLayout.js";

export interface SeriesRun {
  /** Solid between two reported or planned values; dashed wherever the model or an assumption fills in. */
  firm: boolean;
  d: string;
}

function isFirm(p: ChartPoint): boolean {
  return p.status === "actual" || p.status === "plan";
}

const path = line<[number, number]>().digits(2);

/**
 * Splits a series' line into runs of solid and dashed segments. A segment is solid
 * only when both its ends are firm; a missing year breaks the line.
 */
export function seriesRuns(points: readonly ChartPoint[], layout: ChartLayout): SeriesRun[] {
  const runs: SeriesRun[] = [];
  let current: { firm: boolean; pts: [number, number][] } | undefined;
  const flush = () => {
    if (current && current.pts.length > 1) runs.push({ firm: current.firm, d: path(current.pts) ?? "" });
    current = undefined;
  };
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    if (b.year !== a.year + 1) {
      flush();
      continue;
    }
    const firm = isFirm(a) && isFirm(b);
    const pa: [number, number] = [layout.xScale(a.year), layout.yScale(a.value)];
    const pb: [number, number] = [layout.xScale(b.year), layout.yScale(b.value)];
    if (current && current.firm === firm) current.pts.push(pb);
    else {
      flush();
      current = { firm, pts: [pa, pb] };
    }
  }
  flush();
  return runs;
}
