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

// What the layers draw from a model's data, kept per data object. A model's data is drawn only
// with the model's own layout, or with stableModel's, whose scales are equal in value: the same
// pixels. So the layers' text and geometry can be made once per model, and made ahead with it
// (prepareDrawing) instead of in the render of a key press.
const targetMarks = new WeakMap<ChartData, TargetMark[]>();
const runs = new WeakMap<ChartSeriesData, SeriesRun[]>();
const titles = new WeakMap<ChartSeriesData, string[]>();

/** The targets drawn (finite values with a label place), in data order. */
export function targetMarksOf(data: ChartData, layout: ChartLayout): TargetMark[] {
  let marks = targetMarks.get(data);
  if (!marks) {
    const places = placeTargetLabels(data, layout);
    marks = [];
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
    targetMarks.set(data, marks);
  }
  return marks;
}

/** A series' line as runs of solid, dashed and dotted paths (seriesRuns). */
export function seriesRunsOf(series: ChartSeriesData, layout: ChartLayout): SeriesRun[] {
  let r = runs.get(series);
  if (!r) runs.set(series, (r = seriesRuns(series.points, layout)));
  return r;
}

/** Each point's native title (pointTitle), in point order. */
export function pointTitlesOf(series: ChartSeriesData, data: ChartData): string[] {
  let t = titles.get(series);
  if (!t) titles.set(series, (t = series.points.map((p) => pointTitle(series, p, data.unit, data.lang, data.series.length > 1))));
  return t;
}

/** Makes everything the layers draw from `model`, so that rendering it only looks them up. */
export function prepareDrawing(model: ChartModel): void {
  targetMarksOf(model.data, model.layout);
  for (const s of model.data.series) {
    seriesRunsOf(s, model.layout);
    pointTitlesOf(s, model.data);
  }
}
