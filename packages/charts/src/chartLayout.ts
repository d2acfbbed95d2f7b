import { formatNumber, isPercentUnit, unitLabel } from "@lotrinh/core";
import { precisionFixed } from "d3-format";
import { scaleLinear, type ScaleLinear } from "d3-scale";
import type { ChartData } from "./chartData.js";
import { subtitleOf, titleOf } from "./chartTitle.js";
import { LEGEND_ROW, legendItems, placeLegend, type PlacedLegendItem } from "./legendItems.js";
import { cached, niceDomain } from "./layoutCache.js";
import { sourceText } from "./sourceText.js";
import { textWidth, wrapText } from "./textWidth.js";

export const FONT = { tick: 11, caption: 11, title: 15, subtitle: 11.5, source: 10.5, label: 11 } as const;
const PAD = 10;
const TITLE_LINE = 19;
const SUBTITLE_LINE = 16;
const SOURCE_LINE = 13;
const X_AXIS = 22;
/** Room inside the plot so that end markers and their labels are not cut by the frame. */
const X_INSET = 18;
const Y_INSET = 12;

export interface Tick {
  value: number;
  pos: number;
  label: string;
}

export interface TextLine {
  text: string;
  y: number;
}

export interface ChartLayout {
  width: number;
  height: number;
  pad: number;
  titleLines: TextLine[];
  /** Standalone files: region and scenario names under the title. */
  subtitleLines: TextLine[];
  legend: PlacedLegendItem[];
  legendTop: number;
  caption: TextLine | undefined;
  plot: { left: number; top: number; right: number; bottom: number };
  xScale: ScaleLinear<number, number>;
  yScale: ScaleLinear<number, number>;
  xTicks: Tick[];
  yTicks: Tick[];
  sourceLines: TextLine[];
  /** Narrow charts (phones) drop secondary labels. */
  compact: boolean;
}

/** Coordinates rounded to 2 decimals: stable snapshots, smaller files, no visible difference. */
export function px(n: number): number {
  return Math.round(n * 100) / 100;
}

/** Default total height: a plot about 0.45 × width (140–320 px) plus its legend, axis and source lines. */
function plotHeightFor(width: number): number {
  return Math.min(320, Math.max(140, Math.round(width * 0.45)));
}

/** The values the y axis must show: every point, every placed target and band edge. */
function yExtent(data: ChartData): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  const take = (v: number) => {
    if (!Number.isFinite(v)) return;
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  };
  for (const s of data.series) {
    for (const p of s.points) take(p.value);
    for (const f of s.fan ?? []) {
      take(f.q05);
      take(f.q95);
    }
  }
  for (const t of data.targets) {
    take(t.value);
    if (t.band) t.band.forEach(take);
  }
  if (lo === Infinity) return [0, 1];
  // Rates and shares, and levels whose spread is wide anyway, start at zero so that magnitudes read honestly;
  // a level moving within a narrow range (grain output 220–227 thousand tonnes) keeps a tight axis to show the target.
  if (isPercentUnit(data.unit) || (lo >= 0 && lo <= hi * 0.5)) {
    lo = Math.min(lo, 0);
    hi = Math.max(hi, 0);
  }
  if (lo === hi) return lo === 0 ? [0, 1] : [lo - Math.abs(lo) * 0.1, hi + Math.abs(hi) * 0.1];
  const margin = (hi - lo) * 0.06;
  return [lo === 0 ? 0 : lo - margin, hi === 0 ? 0 : hi + margin];
}

/** Tick labels via core's formatNumber, with just enough digits for the tick step (d3 precisionFixed). */
function yTicksOf(scale: ScaleLinear<number, number>, count: number, percent: boolean, lang: ChartData["lang"]): Tick[] {
  const factor = percent ? 100 : 1;
  const values = scale.ticks(count);
  const step = values.length > 1 ? Math.abs(values[1]! - values[0]!) * factor : 1;
  const digits = precisionFixed(step);
  return values.map((v) => ({ value: v, pos: px(scale(v)), label: formatNumber(v * factor, lang, digits) }));
}

const Y_AXES = new Map<string, { yScale: ScaleLinear<number, number>; yTicks: Tick[]; labelWidth: number }>();
const X_AXES = new Map<string, { xScale: ScaleLinear<number, number>; xTicks: Tick[] }>();
const WRAPPED = new Map<string, string[]>();

/**
 * The chart's pixels. Scales, ticks and wrapped source lines are shared between layouts with the
 * same axes and text (see layoutCache): they are read, never changed.
 */
export function chartLayout(data: ChartData, width: number, height: number | undefined, standalone: boolean): ChartLayout {
  const compact = width < 480;
  const inner = width - 2 * PAD;
  let top = PAD;
  const titleLines: TextLine[] = [];
  if (standalone)
    for (const text of wrapText(titleOf(data), inner, FONT.title, 2)) {
      top += TITLE_LINE;
      titleLines.push({ text, y: top - 5 });
    }
  const subtitleLines: TextLine[] = [];
  if (standalone)
    for (const text of wrapText(subtitleOf(data), inner, FONT.subtitle, 2)) {
      top += SUBTITLE_LINE;
      subtitleLines.push({ text, y: top - 3 });
    }
  const legendTop = top + (standalone ? 6 : 0);
  const { placed, rows } = placeLegend(legendItems(data), PAD, inner);
  top = legendTop + rows * LEGEND_ROW;
  const unit = unitLabel(data.unit, data.lang, data.base);
  const caption = unit ? { text: unit, y: top + 14 } : undefined;
  top += caption ? 22 : 6;

  const sources = sourceText(data);
  const sourceLines = sources ? cached(WRAPPED, `${inner} ${compact ? 4 : 3} ${sources}`, () => wrapText(sources, inner, FONT.source, compact ? 4 : 3)) : [];
  const below = X_AXIS + (sourceLines.length ? 6 + sourceLines.length * SOURCE_LINE : 0) + PAD;
  const total = height ?? Math.round(top + plotHeightFor(width) + below);
  const plotHeight = Math.max(60, total - top - below);
  const bottom = top + plotHeight;

  const percent = isPercentUnit(data.unit);
  const count = Math.max(2, Math.min(8, Math.round(plotHeight / 45)));
  // The y axis by its niced domain: the same scale, ticks and label width while a slider moves a point within it.
  const [lo, hi] = niceDomain(...yExtent(data), count);
  const rangeTop = top + Y_INSET;
  const { yScale, yTicks, labelWidth } = cached(Y_AXES, `${lo} ${hi} ${bottom} ${rangeTop} ${count} ${percent} ${data.lang}`, () => {
    const scale = scaleLinear().domain([lo, hi]).range([bottom, rangeTop]);
    const ticks = yTicksOf(scale, count, percent, data.lang);
    return { yScale: scale, yTicks: ticks, labelWidth: Math.max(...ticks.map((t) => textWidth(t.label, FONT.tick)), 12) };
  });
  const left = PAD + Math.ceil(labelWidth) + 6;
  const right = width - PAD;

  const { xScale, xTicks } = cached(X_AXES, `${data.base} ${data.end} ${left} ${right}`, () => {
    const scale = scaleLinear().domain([data.base, data.end]).range([left + X_INSET, right - X_INSET]);
    const years = data.end - data.base;
    const perYear = years > 0 ? (right - left - 2 * X_INSET) / years : Infinity;
    // Label every year when they fit, else every second (or third…) year, always keeping the end year.
    const every = Math.max(1, Math.ceil((textWidth("2025", FONT.tick) + 10) / perYear));
    const ticks: Tick[] = [];
    for (let y = data.end; y >= data.base; y -= every) ticks.unshift({ value: y, pos: px(scale(y)), label: String(y) });
    return { xScale: scale, xTicks: ticks };
  });

  let y = bottom + X_AXIS + (sourceLines.length ? 6 : 0);
  const placedSources = sourceLines.map((text) => {
    y += SOURCE_LINE;
    return { text, y: y - 3 };
  });
  return {
    width,
    height: Math.max(total, Math.round(y + PAD)),
    pad: PAD,
    titleLines,
    subtitleLines,
    legend: placed.map((p) => ({ ...p, y: px(legendTop + p.y) })),
    legendTop,
    caption,
    plot: { left, top, right, bottom },
    xScale,
    yScale,
    xTicks,
    yTicks,
    sourceLines: placedSources,
    compact,
  };
}
