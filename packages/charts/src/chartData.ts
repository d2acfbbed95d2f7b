import type { Lang, ProjectedSeries, Projection, TargetEvaluation } from "@lotrinh/core";
import { seriesColor } from "./colors.js";
import { chartPoints, isRateSeries, type ChartPoint } from "./chartPoints.js";
import { chartTargets, spanStart, type ChartTarget } from "./chartTargets.js";
import { chartViews } from "./chartViews.js";
import { xmlSafe } from "./xmlText.js";
import { fanYears, type FanYear } from "./fanData.js";
import type { ChartInput, ChartView } from "./types.js";

export interface ChartSeriesData {
  key: string;
  label: string;
  color: string;
  /** The first series: the one the others are compared with. */
  reference: boolean;
  points: ChartPoint[];
  evaluations: TargetEvaluation[];
  /** Fan bands by year (level view only), in model units. */
  fan?: FanYear[];
}

/** A document behind the displayed figures, cited in the chart as "[ref]"; its id stays inside the data. */
export interface ChartSource {
  id: string;
  /** 1-based citation number: the position in `sourceOrder` when given, else in order of first use. */
  ref: number;
  title?: string;
  publisher?: string;
  date?: string;
}

/** Everything a chart displays, in model units, before any pixel is computed. */
export interface ChartData {
  indicator: string;
  view: ChartView;
  lang: Lang;
  /** Indicator name in the chart's language. */
  name: string;
  /** Unit of the displayed values: "rate" for yearly rates and averages, else the series' unit. */
  unit: string;
  /** Whether the indicator itself is a rate (its level view shows yearly rates). */
  rateIndicator: boolean;
  base: number;
  end: number;
  /** First year of the running sum or average; the first displayed year in the level view. */
  from: number;
  series: ChartSeriesData[];
  targets: ChartTarget[];
  /** Documents the displayed figures and targets come from, in order of first use. */
  sources: ChartSource[];
  /** The region's full name as its data gives it ("Tỉnh Lào Cai"; "Thị xã Sa Pa, Lào Cai"). */
  region: string;
  /** The scenario names drawn, in series order. */
  scenarios: string[];
}

export function seriesOf(projection: Projection, indicator: string, key: string): ProjectedSeries {
  const s = projection.series[indicator];
  if (!s) throw new Error(`chart: scenario "${key}" has no indicator "${indicator}"`);
  return s;
}

/** Start of the running measure: the span of the first (preferably active) target of the view's kind. */
export function runningFrom(view: ChartView, indicator: string, evaluations: readonly TargetEvaluation[], base: number): number {
  if (view === "level") return base;
  const kind = view === "cumulative" ? "cumulative" : "averageGrowth";
  const mine = evaluations.filter((e) => e.target.indicator === indicator && e.target.kind === kind);
  const pick = mine.find((e) => e.target.active) ?? mine[0];
  // Without a target, a term's sum or average runs over its growth years.
  return pick ? spanStart(pick.target, base) : base + 1;
}

/** What a chart's data and its title both start from: the first series, its indicator, the term, the view and its unit. */
export function chartFrame(input: ChartInput) {
  const first = input.series[0];
  if (!first) throw new Error("chart: at least one series is needed");
  const { indicator, lang } = input;
  const ref = seriesOf(first.projection, indicator, first.key);
  const years = first.projection.years;
  const base = years[0]!;
  const end = years[years.length - 1]!;
  const rateIndicator = isRateSeries(ref);
  const view = input.view ?? chartViews(indicator, first.evaluations)[0]!;
  const unit = view === "averageGrowth" || (view === "level" && rateIndicator) ? "rate" : ref.unit;
  const from = runningFrom(view, indicator, first.evaluations, base);
  return { first, indicator, lang, ref, base, end, rateIndicator, view, unit, from };
}

/**
 * The fan a view draws: the yearly quantiles in the level view; in a running view, the running
 * fan of the same kind and first year (the quantiles of the sum or average, not a sum of quantiles).
 */
function fanOf(s: ChartInput["series"][number], view: ChartView, from: number): { fan?: FanYear[] } {
  const fan = view === "level" ? s.fan : s.runningFans?.find((f) => f.kind === view && f.from === from);
  return fan ? { fan: fanYears(fan, s.projection.years) } : {};
}

/** The displayed data of a chart: points per scenario in the chosen view, the targets drawn, their sources. */
export function chartData(input: ChartInput): ChartData {
  const { first, indicator, lang, ref, base, end, rateIndicator, view, unit, from } = chartFrame(input);
  const series: ChartSeriesData[] = input.series.map((s, i) => ({
    key: s.key,
    label: xmlSafe(s.label),
    color: s.color ?? seriesColor(i),
    reference: i === 0,
    points: chartPoints(seriesOf(s.projection, indicator, s.key), base, view, from),
    evaluations: s.evaluations.filter((e) => e.target.indicator === indicator),
    ...fanOf(s, view, from),
  }));
  const targets = chartTargets(indicator, ref, base, view, rateIndicator, series);
  const sources = chartSources(first.projection, series, targets, lang, input.sourceOrder);
  // Points and targets cite their documents by number ("[1]"), never by internal id.
  const cite = new Map(sources.map((s) => [s.id, `[${s.ref}]`]));
  for (const s of series) for (const p of s.points) p.sources = p.sources.map((id) => cite.get(id) ?? id);
  for (const t of targets) if (t.target.source) t.citation = cite.get(t.target.source);
  const region = first.projection.input.region;
  return {
    indicator,
    view,
    lang,
    name: xmlSafe(ref.name[lang]),
    unit: xmlSafe(unit),
    rateIndicator,
    base,
    end,
    from: view === "level" ? (series[0]!.points[0]?.year ?? base) : from,
    series,
    targets,
    sources,
    region: xmlSafe(region.parent ? `${region.name[lang]}, ${region.parent[lang]}` : region.name[lang]),
    scenarios: series.map((s) => s.label),
  };
}

function chartSources(projection: Projection, series: ChartSeriesData[], targets: ChartTarget[], lang: Lang, order?: readonly string[]): ChartSource[] {
  const ids: string[] = [];
  const add = (id: string | undefined) => {
    if (id && !ids.includes(id)) ids.push(id);
  };
  for (const s of series) for (const p of s.points) p.sources.forEach(add);
  for (const t of targets) add(t.target.source);
  const docs = projection.input.region.sources;
  let unlisted = order?.length ?? 0;
  return ids.map((id) => {
    const doc = docs.find((d) => d.id === id);
    const at = order ? order.indexOf(id) : -1;
    // A document the given order lacks is numbered after it, so that no two share a number.
    const ref = at >= 0 ? at + 1 : ++unlisted;
    return doc ? { id, ref, title: xmlSafe(doc.title[lang]), publisher: xmlSafe(doc.publisher), date: doc.date } : { id, ref };
  });
}
