import type { ChartView } from "@lotrinh/charts";
import { isRegionId, type AnyRegionId, type Lang } from "@lotrinh/core";
import { KEY_INDICATORS } from "../state/chartIndicators";
import { parseHash, type Link } from "../state/url";

export interface EmbedParams {
  /** A seeded region, or a custom one whose data the fragment carries (`rd`). */
  region: AnyRegionId;
  chart: string;
  view?: ChartView;
  lang: Lang;
  /** The scenario state, decoded (not yet resolved) like the app's own link. */
  link: Link;
  /** `&fan=1`: draw the Monte Carlo fan bands (30/60/90 %). */
  fan: boolean;
}

export type EmbedParse = { ok: true; params: EmbedParams } | { ok: false; lang: Lang; error: string };

const VIEWS: readonly string[] = ["level", "cumulative", "averageGrowth"];
/** Parameter values quoted in messages are cut short: they come from anyone's link. */
const quote = (v: string) => `'${v.slice(0, 40)}'`;

/**
 * Reads `embed.html?region=…&chart=…[&view=…][&lang=en][&fan=1]#<app link>`. The language is read
 * first so that every error is shown in it; the fragment goes through the app's own link
 * parser. The scenario it carries is validated later, when the region's data is loaded.
 */
export function parseEmbedParams(search: string, hash: string): EmbedParse {
  const query = new URLSearchParams(search);
  const lang: Lang = query.get("lang") === "en" ? "en" : "vi";
  const fail = (error: string): EmbedParse => ({ ok: false, lang, error });
  const region = query.get("region");
  if (region === null) return fail("region: missing");
  const seeded = isRegionId(region);
  const chart = query.get("chart");
  if (chart === null) return fail("chart: missing");
  if (!KEY_INDICATORS.includes(chart)) return fail(`chart: unknown chart ${quote(chart)} (one of ${KEY_INDICATORS.join(", ")})`);
  const view = query.get("view");
  if (view !== null && !VIEWS.includes(view)) return fail(`view: unknown chart view ${quote(view)}`);
  const fan = query.get("fan");
  if (fan !== null && fan !== "0" && fan !== "1") return fail(`fan: must be 1 or 0, not ${quote(fan)}`);
  const parsed = parseHash(hash || "#v1");
  if (!parsed.ok) return fail(parsed.error);
  if (parsed.link.region && parsed.link.region !== region) return fail(`r: the scenario is for '${parsed.link.region}', not '${region}'`);
  // A custom region is embedded with its data in the fragment: the host's browser has none saved.
  if (!seeded && parsed.link.regionData === undefined) return fail(`region: unknown region ${quote(region)}`);
  return { ok: true, params: { region, chart, view: (view ?? undefined) as ChartView | undefined, lang, link: parsed.link, fan: fan === "1" } };
}
