import type { ScaleLinear } from "d3-scale";
import type { ChartLayout, TextLine, Tick } from "./chartLayout.js";
import type { ChartModel } from "./chartModel.js";
import type { PlacedLegendItem } from "./legendItems.js";

/**
 * A chart model whose layout pieces are the previous model's objects wherever they are equal in
 * value. A slider moves a few points: the legend, the axes, the title and source lines and
 * usually both scales stay as they were, so the layers drawn from them (memoised on those
 * objects) are skipped by React, in rendering and in the DOM. The drawing is the same either way.
 */
export function stableModel(prev: ChartModel | undefined, next: ChartModel): ChartModel {
  if (!prev) return next;
  const a = prev.layout;
  const b = next.layout;
  const layout: ChartLayout = {
    ...b,
    titleLines: same(a.titleLines, b.titleLines, sameLine),
    subtitleLines: same(a.subtitleLines, b.subtitleLines, sameLine),
    sourceLines: same(a.sourceLines, b.sourceLines, sameLine),
    legend: same(a.legend, b.legend, sameLegendItem),
    caption: a.caption && b.caption && sameLine(a.caption, b.caption) ? a.caption : b.caption,
    plot: a.plot.left === b.plot.left && a.plot.top === b.plot.top && a.plot.right === b.plot.right && a.plot.bottom === b.plot.bottom ? a.plot : b.plot,
    xScale: sameScale(a.xScale, b.xScale) ? a.xScale : b.xScale,
    yScale: sameScale(a.yScale, b.yScale) ? a.yScale : b.yScale,
    xTicks: same(a.xTicks, b.xTicks, sameTick),
    yTicks: same(a.yTicks, b.yTicks, sameTick),
  };
  return { ...next, layout };
}

function same<T>(a: T[], b: T[], eq: (x: T, y: T) => boolean): T[] {
  return a.length === b.length && a.every((x, i) => eq(x, b[i]!)) ? a : b;
}

const sameLine = (a: TextLine, b: TextLine) => a.text === b.text && a.y === b.y;
const sameTick = (a: Tick, b: Tick) => a.value === b.value && a.pos === b.pos && a.label === b.label;
const sameLegendItem = (a: PlacedLegendItem, b: PlacedLegendItem) =>
  a.kind === b.kind && a.label === b.label && a.color === b.color && a.status === b.status && a.reference === b.reference && a.x === b.x && a.y === b.y;

function sameScale(a: ScaleLinear<number, number>, b: ScaleLinear<number, number>): boolean {
  const [da, ra, db, rb] = [a.domain(), a.range(), b.domain(), b.range()];
  return da[0] === db[0] && da[1] === db[1] && ra[0] === rb[0] && ra[1] === rb[1];
}
