import { chartViews, type ChartSeriesInput } from "@lotrinh/charts";
import { guardedSimulate } from "../state/guardedSimulate";
import type { Validation } from "../state/lazyValidation";
import type { Library, RegionBundle } from "../state/types";
import { resolveLink } from "../state/link";
import { findScenario, scenarioName } from "../state/library";
import { chartIndicators } from "../state/chartIndicators";
import type { EmbedParams } from "./embedParams";

export type EmbedChart =
  | { ok: true; series: ChartSeriesInput[]; names: string[]; missing: boolean }
  | { ok: false; error: string };

/** A scenario from a link gets an id only within this page: the embed saves nothing. */
const EMBED_ID = "u-embed";

/**
 * The embed's scenarios, resolved exactly as the app resolves its own link, then
 * simulated. Unlike the app, which falls back to the plan with a notice, a bad
 * state is an error here: a chart must never claim to show a scenario it does not.
 */
export async function resolveEmbed(params: EmbedParams, bundle: RegionBundle, validation: Validation | undefined): Promise<EmbedChart> {
  const empty: Library = { user: [], active: {} };
  const outcome = await resolveLink(params.link, bundle, empty, validation, () => EMBED_ID);
  const bad = outcome.notices.find((n) => n.tone === "error");
  if (bad) return { ok: false, error: String(bad.params?.error ?? "bad state") };
  const library: Library = { user: outcome.add ? [outcome.add] : [], active: {} };
  const ids = params.link.view === "compare" && outcome.compare?.length ? outcome.compare : [outcome.select];
  const series: ChartSeriesInput[] = [];
  for (const id of ids) {
    const s = findScenario(bundle, library, id)!;
    const name = scenarioName(s.scenario, params.lang);
    // Formulas define extra indicators, never one of the embeddable charts: mathjs is not loaded for them.
    const { result } = guardedSimulate(bundle.region, s.scenario); // whatever the model throws is a message
    if (!result.ok) return { ok: false, error: `${name}: ${result.error}` };
    series.push({ key: s.id, label: name, projection: result.value.projection, evaluations: result.value.evaluations });
  }
  const first = series[0]!;
  if (!chartIndicators(first.projection).includes(params.chart))
    return { ok: false, error: `chart: ${bundle.region.name[params.lang]} has no chart '${params.chart}'` };
  if (params.view && !chartViews(params.chart, first.evaluations).includes(params.view))
    return { ok: false, error: `view: the chart '${params.chart}' has no view '${params.view}'` };
  const missing = outcome.notices.some((n) => n.key === "linkMissingScenarios");
  return { ok: true, series, names: series.map((s) => s.label), missing };
}
