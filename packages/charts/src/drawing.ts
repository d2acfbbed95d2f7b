import type { ChartData, ChartSeriesData } from "./chartData.js";
import type { ChartTarget } from "./chartTargets.js";
import { px, type ChartLayout } from "./chartLayout.js";
import type { ChartModel } from "./chartModel.js";
import { pointTitle } from "./pointText.js";
import { seriesRuns, type SeriesRun } from "./seriesPaths.js";
import { placeTargetLabels, targetLabelGeometry, targetLabelParts, type TargetLabelGeometry, type TargetLabelParts, type TargetLabelPlace } from "./targetLabels.js";
import { targetTitle } from "./targetText.js";

/** One target as the target layer draws it: its symbol's position, its label's parts and place, its title. */
export interface TargetMark {
  target: ChartTarget;
  x: number;
  y: number;
  place: TargetLabelPlace;
  parts: TargetLabelParts;
  geometry: TargetLabelGeometry;
  title: string;
}

// What the layers draw from a model's data, made ahead (prepareDrawing) and kept per data object.
// A model's data is drawn only with the model's own layout, or with stableModel's, whose scales
// are equal in value: the same pixels. A model made ahead is drawn without computing them in the
// render of a key press; any other is computed as it is drawn, and nothing is kept (a standalone
// file's model is drawn once: keeping its pieces would only cost).
const targetMarks = new WeakMap<ChartData, TargetMark[]>();
const runs = new WeakMap<ChartSeriesData, SeriesRun[]>();
const titles = new WeakMap<ChartSeriesData, string[]>();

/** The targets drawn (finite values with a label place), in data order. */
export function targetMarksOf(data: ChartData, layout: ChartLayout): TargetMark[] {
  return targetMarks.get(data) ?? makeTargetMarks(data, layout);
}

/** A series' line as runs of solid, dashed and dotted paths (seriesRuns). */
export function seriesRunsOf(series: ChartSeriesData, layout: ChartLayout): SeriesRun[] {
  return runs.get(series) ?? seriesRuns(series.points, layout);
}

/** Each point's native title (pointTitle), in point order. */
export function pointTitlesOf(series: ChartSeriesData, data: ChartData): string[] {
  return titles.get(series) ?? makeTitles(series, data);
}

/** Makes everything the layers draw from `model` and keeps it, so that rendering it only looks them up. */
export function prepareDrawing(model: ChartModel): void {
  const { data, layout } = model;
  if (!targetMarks.has(data)) targetMarks.set(data, makeTargetMarks(data, layout));
  for (const s of data.series) {
    if (!runs.has(s)) runs.set(s, seriesRuns(s.points, layout));
    if (!titles.has(s)) titles.set(s, makeTitles(s, data));
  }
}

function makeTitles(series: ChartSeriesData, data: ChartData): string[] {
  return series.points.map((p) => pointTitle(series, p, data.unit, data.lang, data.series.length > 1));
}

function makeTargetMarks(data: ChartData, layout: ChartLayout): TargetMark[] {
  const places = placeTargetLabels(data, layout);
  const marks: TargetMark[] = [];
  for (const t of data.targets) {
    const place = places.get(t.target.id);
    if (!Number.isFinite(t.value) || !place) continue;
    const parts = targetLabelParts(t, data, layout.compact);
    marks.push({
      target: t,
      x: px(layout.xScale(t.year)),
      y: px(layout.yScale(t.value)),
      place,
      parts,
      geometry: targetLabelGeometry(parts, place.x, place.anchor),
      title: targetTitle(t, data.unit, data.lang),
    });
  }
  return marks;
}
