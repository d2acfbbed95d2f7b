import type { Simulation } from "@lotrinh/core";

// The registry of charts in view, apart from the charts package: the inputs panel's step-ahead
// (in the first screen's code) calls it, and the charts' code stays in its own chunk.

/** Makes one chart's model for a simulation the editor may show next (ChartCard: nextChart.ts). */
export type ChartPreparer = (next: Simulation) => void;

const inView = new Set<ChartPreparer>();
/** The simulations of the slider's next steps, last made: a chart whose drawing changes makes its models for them again. */
let nextSteps: readonly Simulation[] = [];

/** Registers a chart in view; returns its removal. */
export function registerChartInView(prepare: ChartPreparer): () => void {
  inView.add(prepare);
  return () => void inView.delete(prepare);
}

/**
 * Called with the simulations of a slider's next steps (useStepAhead): each chart in view makes
 * the model it would draw for them, so that the key press only looks it up. Charts out of view
 * are left alone: they redraw after the key's task anyway.
 */
export function prepareChartsAhead(next: readonly Simulation[]): void {
  nextSteps = next;
  for (const prepare of inView) for (const n of next) prepare(n);
}

/**
 * Makes one chart's models for the next steps again: its fans (a Monte Carlo run landed between two
 * key presses), width, language or view changed since they were made, and the models made before
 * no longer match what it will draw.
 */
export function prepareChartAgain(prepare: ChartPreparer): void {
  for (const n of nextSteps) prepare(n);
}
