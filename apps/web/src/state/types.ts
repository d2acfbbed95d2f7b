import type { AnyRegionId, Lang, Region, Scenario } from "@lotrinh/core";

/** A region's data as the build validated it: the region and its shipped scenarios. */
export interface RegionData {
  region: Region;
  scenarios: Scenario[];
}

/** One scenario of the library: shipped with the region (read-only) or the user's own. */
export interface LibraryScenario {
  /** Built-ins: a slug of the English name ("plan", "high-growth"); user scenarios: "u-" + random. */
  id: string;
  builtIn: boolean;
  /** The built-in it derives from; "edited" and "reset" compare against it. Itself for built-ins. */
  baseId: string;
  scenario: Scenario;
}

export interface RegionBundle {
  region: Region;
  builtIns: LibraryScenario[];
}

/** A user scenario as saved: the scenario file plus its library identity. */
export interface SavedScenario {
  id: string;
  baseId: string;
  scenario: Scenario;
}

/** Everything undo/redo covers: the user's scenarios and which one is open in each region. */
export interface Library {
  user: SavedScenario[];
  active: Partial<Record<AnyRegionId, string>>;
}

export interface History {
  past: Library[];
  present: Library;
  future: Library[];
  /** Key and time of the last edit, so that one slider drag becomes one undo step. */
  lastKey?: string;
  lastAt?: number;
}

export type View = "editor" | "compare" | "report";

export interface AppState {
  regionId: AnyRegionId;
  lang: Lang;
  view: View;
  /** Scenario ids in the compare and report views, the first is the reference. */
  compare: string[];
  bundles: Partial<Record<AnyRegionId, RegionBundle>>;
  history: History;
}
