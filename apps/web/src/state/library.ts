import type { Lang, RegionId, Scenario } from "@lotrinh/core";
import type { Library, LibraryScenario, RegionBundle, RegionData, SavedScenario } from "./types";
import { slugify } from "./ids";

/** The region's shipped scenarios with stable ids; the first one (the plan) is the default. */
export function makeBundle(data: RegionData): RegionBundle {
  const used = new Set<string>();
  const builtIns = data.scenarios.map((scenario, i) => {
    let id = slugify(scenario.nameEn ?? scenario.name) || `scenario-${i + 1}`;
    while (used.has(id)) id = `${id}-${i + 1}`;
    used.add(id);
    return { id, builtIn: true, baseId: id, scenario };
  });
  return { region: data.region, builtIns };
}

export function planOf(bundle: RegionBundle): LibraryScenario {
  const plan = bundle.builtIns.find((s) => !s.scenario.illustrative) ?? bundle.builtIns[0];
  if (!plan) throw new Error(`region ${bundle.region.id} ships no scenario`);
  return plan;
}

export function asLibraryScenario(s: SavedScenario): LibraryScenario {
  return { id: s.id, builtIn: false, baseId: s.baseId, scenario: s.scenario };
}

/** Built-ins first, then the user's scenarios of this region in creation order. */
export function regionScenarioList(bundle: RegionBundle, library: Library): LibraryScenario[] {
  const own = library.user.filter((s) => s.scenario.region === bundle.region.id).map(asLibraryScenario);
  return [...bundle.builtIns, ...own];
}

export function findScenario(bundle: RegionBundle, library: Library, id: string | undefined): LibraryScenario | undefined {
  if (id === undefined) return undefined;
  const builtIn = bundle.builtIns.find((s) => s.id === id);
  if (builtIn) return builtIn;
  const own = library.user.find((s) => s.id === id && s.scenario.region === bundle.region.id);
  return own && asLibraryScenario(own);
}

/** The open scenario of the region, or its plan when none is open (or it was deleted). */
export function activeScenario(bundle: RegionBundle, library: Library): LibraryScenario {
  return findScenario(bundle, library, library.active[bundle.region.id as RegionId]) ?? planOf(bundle);
}

/** The built-in a scenario is compared with for "edited" marks and resets. */
export function baseOf(bundle: RegionBundle, s: LibraryScenario): LibraryScenario {
  return bundle.builtIns.find((b) => b.id === s.baseId) ?? planOf(bundle);
}

/** Display name: built-ins carry an English name; user scenarios have the one name the user gave. */
export function scenarioName(s: Scenario, lang: Lang): string {
  return lang === "en" && s.nameEn ? s.nameEn : s.name;
}

/** "Kế hoạch (2)" when "Kế hoạch" is taken. */
export function uniqueName(wanted: string, taken: readonly string[]): string {
  const name = wanted.trim();
  if (!taken.includes(name)) return name;
  for (let i = 2; ; i++) {
    const candidate = `${name} (${i})`;
    if (!taken.includes(candidate)) return candidate;
  }
}
