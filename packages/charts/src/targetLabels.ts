import { verdictShort } from "./verdictText.js";
import type { ChartData } from "./chartData.js";
import type { ChartTarget, TargetVerdict } from "./chartTargets.js";
import { FONT, px, type ChartLayout } from "./chartLayout.js";
import { targetShortLabel } from "./targetText.js";
import { textWidth } from "./textWidth.js";

export interface TargetLabelPlace {
  x: number;
  y: number;
  anchor: "start" | "end";
}

interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** Side of a verdict icon's square, in px: about the height of a capital at FONT.label. */
export const VERDICT_ICON = 10;
/** Space between the label and the first icon, and between the last icon and the verdict word. */
const ICON_GAP = 4;
/** Space between the icons of a compare view. */
const ICON_SPACING = 3;
/** The verdict word is semi-bold: up to 13 % wider (DejaVu Sans Bold) than the regular estimate. */
const BOLD = 1.13;

/**
 * What a target's label is made of: the short label as text, one verdict icon per scenario
 * (drawn as paths, because the chart font has no check or cross glyphs), and, for a single
 * scenario outside the compact layout, the verdict word so colour never carries the verdict alone.
 */
export interface TargetLabelParts {
  label: string;
  icons: TargetVerdict[];
  word: string | undefined;
}

export function targetLabelParts(t: ChartTarget, data: ChartData, compact: boolean): TargetLabelParts {
  const label = targetShortLabel(t, data.unit, data.lang, compact);
  const word = t.verdicts.length === 1 && !compact ? verdictShort(t.verdicts[0]!.verdict, t.verdicts[0]!.basis, data.lang) : undefined;
  return { label, icons: t.verdicts, word };
}

/** Where each part goes once the label is placed; x of an icon is its left edge. */
export interface TargetLabelGeometry {
  /** Right end of the label text, drawn end-anchored. */
  labelX: number;
  iconXs: number[];
  /** Left end of the verdict word, drawn start-anchored. */
  wordX: number | undefined;
  /** Estimated width of the whole label, for placement. */
  width: number;
}

/**
 * Lays the parts out along the baseline with estimated widths (never measured). The icons
 * are the pivot: the label is drawn end-anchored just before them and the verdict word
 * start-anchored just after them, so text and icons keep their gaps in any font. Only the
 * icons' position uses the estimate: after the label's estimated width from x for anchor
 * "start", before the word's estimated width from x for anchor "end". An estimate that runs
 * long (it is meant to) only pulls the row's far end a few pixels in.
 */
export function targetLabelGeometry(parts: TargetLabelParts, x: number, anchor: "start" | "end"): TargetLabelGeometry {
  const n = parts.icons.length;
  const labelW = textWidth(parts.label, FONT.label);
  const iconsW = n ? n * VERDICT_ICON + (n - 1) * ICON_SPACING : 0;
  const wordW = parts.word ? textWidth(parts.word, FONT.label) * BOLD : 0;
  const width = labelW + ICON_GAP + iconsW + (parts.word ? ICON_GAP + wordW : 0);
  const iconsLeft = anchor === "start" ? x + labelW + ICON_GAP : x - (parts.word ? wordW + ICON_GAP : 0) - iconsW;
  const iconXs = parts.icons.map((_, i) => px(iconsLeft + i * (VERDICT_ICON + ICON_SPACING)));
  const wordX = parts.word ? px(iconsLeft + iconsW + ICON_GAP) : undefined;
  return { labelX: px(iconsLeft - ICON_GAP), iconXs, wordX, width };
}

function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/** How many series lines cross the box: each segment is sampled, which is exact enough at label scale. */
function lineHits(box: Box, lines: Array<Array<[number, number]>>): number {
  let hits = 0;
  for (const pts of lines)
    for (let i = 1; i < pts.length; i++) {
      const a = pts[i - 1]!;
      const b = pts[i]!;
      const ax = a[0];
      const ay = a[1];
      const bx = b[0];
      const by = b[1];
      if (Math.max(ax, bx) < box.x0 || Math.min(ax, bx) > box.x1) continue;
      for (let k = 0; k <= 12; k++) {
        const x = ax + ((bx - ax) * k) / 12;
        const y = ay + ((by - ay) * k) / 12;
        if (x >= box.x0 && x <= box.x1 && y >= box.y0 - 2 && y <= box.y1 + 2) {
          hits++;
          break;
        }
      }
    }
  return hits;
}

/**
 * Places each target's label at the candidate spot (beside or around its symbol, or at
 * either end of its line) that crosses the fewest series lines, overlaps no earlier
 * label and stays in the plot. Widths are estimated, never measured.
 */
export function placeTargetLabels(data: ChartData, layout: ChartLayout): Map<string, TargetLabelPlace> {
  const { plot, xScale, yScale } = layout;
  const lines = data.series.map((s) => s.points.map((p): [number, number] => [xScale(p.year), yScale(p.value)]));
  const placed: Box[] = [];
  const out = new Map<string, TargetLabelPlace>();
  const order = [...data.targets].sort((a, b) => Number(b.active) - Number(a.active));
  for (const t of order) {
    if (!Number.isFinite(t.value)) continue;
    const w = targetLabelGeometry(targetLabelParts(t, data, layout.compact), 0, "start").width;
    const x = xScale(t.year);
    const y = yScale(t.value);
    const towardCentre = x > (plot.left + plot.right) / 2 ? -1 : 1;
    const spots: TargetLabelPlace[] = [];
    const dys = [-9, 17, -23, 31, -37, 45];
    if (t.shape === "line") {
      const x0 = xScale(t.fromYear);
      for (const dy of dys) spots.push({ x: x0 + 4, y: y + dy, anchor: "start" }, { x: x - 14, y: y + dy, anchor: "end" });
    } else {
      for (const dy of dys) for (const side of [towardCentre, -towardCentre])
        spots.push({ x: x + side * 14, y: y + dy, anchor: side > 0 ? "start" : "end" });
    }
    let best = spots[0]!;
    let bestScore = Infinity;
    spots.forEach((s, rank) => {
      const x0 = s.anchor === "start" ? s.x : s.x - w;
      const box = { x0, x1: x0 + w, y0: s.y - 10, y1: s.y + 3 };
      const outside = box.x0 < plot.left || box.x1 > plot.right || box.y0 < plot.top - 6 || box.y1 > plot.bottom;
      const score = rank + 20 * lineHits(box, lines) + 200 * placed.filter((b) => overlaps(b, box)).length + (outside ? 100 : 0);
      if (score < bestScore) {
        bestScore = score;
        best = s;
      }
    });
    const x0 = best.anchor === "start" ? best.x : best.x - w;
    placed.push({ x0, x1: x0 + w, y0: best.y - 10, y1: best.y + 3 });
    out.set(t.target.id, { x: px(best.x), y: px(best.y), anchor: best.anchor });
  }
  return out;
}
