import { STATUS_LABELS, type ValueStatus } from "@lotrinh/core";
import { INK } from "./colors.js";
import type { ChartData } from "./chartData.js";
import { textWidth } from "./textWidth.js";
import { WORDS } from "./words.js";

export type LegendKind = "series" | "status" | "projected" | "backcast" | "target" | "targetAlt" | "band" | "fan";

export interface LegendItem {
  kind: LegendKind;
  label: string;
  color: string;
  status?: ValueStatus;
  /** The reference series is drawn thicker, and so is its swatch. */
  reference?: boolean;
}

export interface PlacedLegendItem extends LegendItem {
  x: number;
  y: number;
}

export const LEGEND_FONT = 11;
export const LEGEND_ROW = 18;
const SWATCH = 22;
const GAP = 5;
const SPACING = 16;

const MARKED: readonly ValueStatus[] = ["actual", "estimate", "plan", "assumption"];

/**
 * The legend explains only what the chart shows: the scenarios of a compare view,
 * the provenance marks present, the projected line, and the kinds of targets drawn.
 */
export function legendItems(data: ChartData): LegendItem[] {
  const w = WORDS[data.lang];
  const compare = data.series.length > 1;
  const ink = compare ? INK.muted : data.series[0]!.color;
  const items: LegendItem[] = [];
  if (compare)
    for (const s of data.series)
      items.push({ kind: "series", label: s.reference ? `${s.label} (${w.reference})` : s.label, color: s.color, reference: s.reference });
  const present = new Set(data.series.flatMap((s) => s.points.map((p) => p.status)));
  for (const status of MARKED)
    if (present.has(status)) items.push({ kind: "status", status, label: STATUS_LABELS[status][data.lang], color: ink });
  if (present.has("projected")) items.push({ kind: "projected", label: w.projectedLine, color: ink });
  if (present.has("backcast")) items.push({ kind: "backcast", label: w.backcastLine, color: ink });
  if (data.targets.some((t) => t.active)) items.push({ kind: "target", label: w.target, color: INK.target });
  if (data.targets.some((t) => !t.active)) items.push({ kind: "targetAlt", label: `${w.target} (${w.altReading})`, color: INK.targetAlt });
  if (data.targets.some((t) => t.band)) items.push({ kind: "band", label: w.band, color: INK.band });
  if (data.series.some((s) => s.fan && s.fan.length > 1)) items.push({ kind: "fan", label: w.fanBand, color: compare ? INK.muted : data.series[0]!.color });
  return items;
}

/** Flows the items into rows that fit `maxWidth`; y is each row's text baseline offset from the legend top. */
export function placeLegend(items: LegendItem[], left: number, maxWidth: number): { placed: PlacedLegendItem[]; rows: number } {
  const placed: PlacedLegendItem[] = [];
  let x = 0;
  let row = 0;
  for (const item of items) {
    const w = SWATCH + GAP + textWidth(item.label, LEGEND_FONT);
    if (x > 0 && x + w > maxWidth) {
      row++;
      x = 0;
    }
    placed.push({ ...item, x: left + x, y: row * LEGEND_ROW });
    x += w + SPACING;
  }
  return { placed, rows: items.length ? row + 1 : 0 };
}

export const LEGEND_SWATCH = SWATCH;
export const LEGEND_GAP = GAP;
