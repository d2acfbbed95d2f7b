import type { Projection } from "@lotrinh/core";
import { chartModel, type ChartModel } from "./chartModel.js";
import { prepareDrawing } from "./drawing.js";
import type { ChartInput, ChartSeriesInput } from "./types.js";

interface Prepared {
  input: ChartInput;
  model: ChartModel;
}

/** Models made ahead, by the first series' projection, then by what else the model reads. */
const prepared = new WeakMap<Projection, Map<string, Prepared>>();

/** Chart variants made ahead for one projection: the charts in view, for one or two likely next inputs. */
const PER_PROJECTION = 16;

function keyOf(input: ChartInput): string {
  return [input.indicator, input.lang, input.width, input.height ?? "", input.view ?? "", input.series.length, input.sourceOrder?.join("\u0001") ?? ""].join("\u0002");
}

function sameSeries(a: ChartSeriesInput, b: ChartSeriesInput): boolean {
  return (
    a.projection === b.projection &&
    a.evaluations === b.evaluations &&
    a.fan === b.fan &&
    a.runningFans === b.runningFans &&
    a.key === b.key &&
    a.label === b.label &&
    a.color === b.color
  );
}

/**
 * Computes the on-screen model (not standalone) of a chart input that is likely to be drawn
 * next, and what its layers draw from it (drawing.ts), so that its render finds them ready: a slider's next step is simulated in idle time, and
 * the charts in view prepare their models from that simulation there too, instead of in the key
 * press's own task. The model is a pure function of the input, so a prepared one is the very
 * model the render would compute.
 */
export function prepareChartModel(input: ChartInput): ChartModel {
  const model = chartModelFor(input);
  // And what its layers draw from it: label places, paths, point titles.
  prepareDrawing(model);
  return model;
}

/**
 * The on-screen model of `input`: the one prepared for the same projections, evaluations, fans,
 * labels, language, size and view if there is one, else computed (and kept for the next render).
 * Models are never changed after they are made, so one may be shared.
 */
export function chartModelFor(input: ChartInput): ChartModel {
  const first = input.series[0];
  if (!first) return chartModel(input, false);
  let byKey = prepared.get(first.projection);
  const key = keyOf(input);
  const hit = byKey?.get(key);
  if (hit && hit.input.series.every((s, i) => sameSeries(s, input.series[i]!))) return hit.model;
  const model = chartModel(input, false);
  if (!byKey) prepared.set(first.projection, (byKey = new Map()));
  if (byKey.size >= PER_PROJECTION) byKey.clear();
  byKey.set(key, { input: { ...input, series: [...input.series] }, model });
  return model;
}
