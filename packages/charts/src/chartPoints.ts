import type { ProjectedSeries, Provenance, ValueStatus } from "@lotrinh/core";
import type { ChartView } from "./types.js";

/** One displayed value: a year's level or rate, or a running sum or average up to that year. */
export interface ChartPoint {
  year: number;
  value: number;
  status: ValueStatus;
  /** A plan figure used as the level anchor. */
  anchor: boolean;
  /** Set by the scenario rather than the region data. */
  edited: boolean;
  /** Source document ids behind the value (several for a running sum). */
  sources: string[];
  /** Level points: growth from the previous year and the status of that rate. */
  growth?: { value: number; status: ValueStatus };
}

/** Whether a series is drawn as percent per year. */
export function isRateSeries(s: ProjectedSeries): boolean {
  return s.kind === "rate" || s.unit === "rate";
}

// A running measure is only as firm as its weakest part: one projected year makes the sum projected;
// a sum of back-cast and firmer years only is back-cast.
const FIRMNESS: Record<ValueStatus, number> = { projected: 0, backcast: 0.5, assumption: 1, plan: 2, estimate: 3, actual: 4 };

function weakest(infos: readonly (Provenance | undefined)[]): { status: ValueStatus; sources: string[]; edited: boolean } {
  let status: ValueStatus = "actual";
  const sources: string[] = [];
  let edited = false;
  for (const p of infos) {
    const s = p?.status ?? "projected";
    if (FIRMNESS[s] < FIRMNESS[status]) status = s;
    if (p?.source && !sources.includes(p.source)) sources.push(p.source);
    edited ||= p?.edited === true;
  }
  return { status, sources, edited };
}

function yearPoint(s: ProjectedSeries, i: number, year: number, rate: boolean): ChartPoint {
  const p = s.provenance[i];
  const point: ChartPoint = {
    year,
    value: s.values[i]!,
    status: p?.status ?? "projected",
    anchor: p?.anchor === true,
    edited: p?.edited === true,
    sources: p?.source ? [p.source] : [],
  };
  const g = s.growth[i]!;
  if (!rate && i > 0 && Number.isFinite(g)) point.growth = { value: g, status: s.growthProvenance[i]?.status ?? "projected" };
  return point;
}

/**
 * The points a view displays for one series. `from` is the first year of a running
 * sum or average (ignored by the level view). Years without a value are left out.
 */
export function chartPoints(s: ProjectedSeries, base: number, view: ChartView, from: number): ChartPoint[] {
  const n = s.values.length;
  const rate = isRateSeries(s);
  const points: ChartPoint[] = [];
  if (view === "level") {
    for (let i = 0; i < n; i++) if (Number.isFinite(s.values[i]!)) points.push(yearPoint(s, i, base + i, rate));
    return points;
  }
  const start = from - base;
  // A rate's growth is its value; its own provenance is the one to read (growthProvenance mirrors it).
  const growthInfo = rate ? s.provenance : s.growthProvenance;
  let sum = 0;
  let product = 1;
  for (let i = Math.max(0, start); i < n; i++) {
    if (view === "cumulative") {
      const v = s.values[i]!;
      if (!Number.isFinite(v)) break;
      sum += v;
      const w = weakest(s.provenance.slice(start, i + 1));
      points.push({ year: base + i, value: sum, status: w.status, anchor: false, edited: w.edited, sources: w.sources });
    } else {
      // Geometric mean of (1 + g) over from..year, the same measure as core's averageGrowth target.
      const g = s.growth[i]!;
      if (i === 0 || !Number.isFinite(g)) break;
      product *= 1 + g;
      const w = weakest(growthInfo.slice(start, i + 1));
      const value = Math.pow(product, 1 / (i - start + 1)) - 1;
      points.push({ year: base + i, value, status: w.status, anchor: false, edited: w.edited, sources: w.sources });
    }
  }
  return points;
}
