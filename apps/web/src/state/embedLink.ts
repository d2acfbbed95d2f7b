import type { Library, LibraryScenario, RegionBundle } from "./types";
import type { Link } from "./url";
import { findScenario } from "./library";
import { scenarioLink } from "./link";

export interface EmbedLink {
  link: Link;
  /** User scenarios on the chart that the link cannot carry (it carries one scenario diff). */
  left: LibraryScenario[];
}

/**
 * The scenario state an embedded chart carries, in the app's link format: the
 * chart's one scenario, or for a comparison the ids of its scenarios plus one user
 * scenario as a diff (a link holds a single diff; built-ins need none).
 */
export function embedLink(bundle: RegionBundle, library: Library, keys: readonly string[]): EmbedLink {
  const shown = keys.map((id) => findScenario(bundle, library, id)).filter((s) => s !== undefined);
  const first = shown[0];
  if (!first) throw new Error("embedLink: the chart shows no scenario of this region");
  if (shown.length === 1) return { link: scenarioLink(bundle, first, {}), left: [] };
  const own = shown.filter((s) => !s.builtIn);
  const carried = own[0] ?? first;
  const link = scenarioLink(bundle, carried, { view: "compare", compare: shown.map((s) => s.id) });
  return { link, left: own.slice(1) };
}
