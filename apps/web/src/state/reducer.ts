import { applyRequiredRate, type Lang, type RegionId, type Scenario, type Solution } from "@lotrinh/core";
import type { AppState, Library, RegionBundle, SavedScenario, View } from "./types";
import { activeScenario, baseOf, findScenario, planOf, regionScenarioList, scenarioName, uniqueName } from "./library";
import { record, redo, replacePresent, undo } from "./history";
import { editRate, resetBuoyancy, resetRate, setBuoyancy, setReading, toggleActual } from "./edits";
import { text } from "../i18n/strings";
import { applyStorageSync, type StorageSyncAction } from "./syncActions";

export type ScenarioEdit =
  | { kind: "rate"; indicator: string; year: number; value: number }
  | { kind: "resetRate"; indicator: string; year: number }
  | { kind: "toggleActual"; indicator: string; year: number; pinLevel?: number }
  | { kind: "buoyancy"; value: number }
  | { kind: "resetBuoyancy" }
  | { kind: "reading"; group: string; option: string }
  | { kind: "applyRequired"; indicator: string; solution: Solution }
  /** Any other pure edit (outcomes, uncertainty); `key` groups a drag or typing into one undo step. */
  | { kind: "transform"; key?: string; apply: (s: Scenario, base: Scenario) => Scenario };

export type Action =
  | { type: "openRegion"; bundle: RegionBundle }
  | { type: "setLang"; lang: Lang }
  | { type: "setView"; view: View }
  | { type: "setCompare"; ids: string[] }
  | { type: "select"; id: string }
  /** `newId` names the edited copy when the open scenario is a built-in; `at` groups a drag into one undo step. */
  | { type: "edit"; edit: ScenarioEdit; newId: string; at: number }
  | { type: "create"; newId: string }
  | { type: "duplicate"; id: string; newId: string }
  | { type: "rename"; id: string; name: string }
  | { type: "delete"; id: string }
  /** A scenario from a file (undoable) or from a link (opened as the present, not an undo step). */
  | { type: "add"; saved: SavedScenario; undoable: boolean }
  | { type: "undo" }
  | { type: "redo" }
  | StorageSyncAction;

export const MAX_COMPARE = 4;
export const MAX_NAME_LENGTH = 80;

function editKey(edit: ScenarioEdit): string | undefined {
  if (edit.kind === "rate") return `rate:${edit.indicator}:${edit.year}`;
  if (edit.kind === "buoyancy") return "buoyancy";
  if (edit.kind === "transform") return edit.key;
  return undefined;
}

function applyEdit(state: AppState, bundle: RegionBundle, action: Extract<Action, { type: "edit" }>): Library {
  const lib = state.history.present;
  const active = activeScenario(bundle, lib);
  const base = baseOf(bundle, active).scenario;
  const s = active.scenario;
  const e = action.edit;
  const next =
    e.kind === "rate"
      ? editRate(bundle.region, s, base, e.indicator, e.year, e.value)
      : e.kind === "resetRate"
        ? resetRate(s, base, e.indicator, e.year)
        : e.kind === "toggleActual"
          ? toggleActual(s, base, e.indicator, e.year, e.pinLevel)
          : e.kind === "buoyancy"
            ? setBuoyancy(s, e.value)
            : e.kind === "resetBuoyancy"
              ? resetBuoyancy(s, base)
              : e.kind === "reading"
                ? setReading(s, e.group, e.option)
                : e.kind === "transform"
                  ? e.apply(s, base)
                : applyRequiredRate(s, e.indicator, e.solution);
  if (next === s) return lib;
  if (!active.builtIn)
    return { ...lib, user: lib.user.map((u) => (u.id === active.id ? { ...u, scenario: next } : u)) };
  // Built-ins stay as shipped (they are the reference in comparisons): the first edit opens an edited copy.
  const taken = regionScenarioList(bundle, lib).map((x) => x.scenario.name);
  const name = uniqueName(text(state.lang, "editedCopyName", { name: scenarioName(s, state.lang) }), taken);
  const { nameEn: _dropped, ...rest } = next;
  const copy: SavedScenario = { id: action.newId, baseId: active.id, scenario: { ...rest, name } };
  return { user: [...lib.user, copy], active: { ...lib.active, [bundle.region.id]: copy.id } };
}

/** What to compare when the user has not chosen: every shipped scenario, and the open one if it is the user's. */
export function defaultCompare(bundle: RegionBundle, lib: Library): string[] {
  const active = activeScenario(bundle, lib);
  const shipped = bundle.builtIns.map((b) => b.id);
  const ids = active.builtIn ? shipped : [...shipped.slice(0, MAX_COMPARE - 1), active.id];
  return ids.slice(0, MAX_COMPARE);
}

/** A report covers the compare selection; without one, every shipped scenario (plan and variants). */
export function defaultReport(bundle: RegionBundle): string[] {
  return bundle.builtIns.slice(0, MAX_COMPARE).map((b) => b.id);
}

function validCompare(bundle: RegionBundle, lib: Library, ids: readonly string[]): string[] {
  const out: string[] = [];
  for (const id of ids) if (!out.includes(id) && findScenario(bundle, lib, id)) out.push(id);
  return out.slice(0, MAX_COMPARE);
}

function withLibrary(state: AppState, next: Library, key?: string, at?: number): AppState {
  if (next === state.history.present) return state;
  return { ...state, history: record(state.history, next, key, at) };
}

export function reducer(state: AppState, action: Action): AppState {
  const bundle = state.bundles[state.regionId];
  const lib = state.history.present;
  switch (action.type) {
    case "openRegion": {
      const id = action.bundle.region.id as RegionId;
      const bundles = { ...state.bundles, [id]: action.bundle };
      return { ...state, bundles, regionId: id, compare: id === state.regionId ? state.compare : [] };
    }
    case "setLang":
      return action.lang === state.lang ? state : { ...state, lang: action.lang };
    case "setView": {
      if (!bundle || action.view === state.view) return state;
      // A report may cover one scenario, a comparison needs two; the editor leaves the selection as it is.
      const needed = action.view === "report" ? 1 : action.view === "compare" ? 2 : 0;
      const compare =
        state.compare.length >= needed ? state.compare : action.view === "report" ? defaultReport(bundle) : defaultCompare(bundle, lib);
      return { ...state, view: action.view, compare };
    }
    case "setCompare":
      return bundle ? { ...state, compare: validCompare(bundle, lib, action.ids) } : state;
    case "select": {
      if (!bundle || !findScenario(bundle, lib, action.id)) return state;
      if (lib.active[state.regionId] === action.id) return state;
      return withLibrary(state, { ...lib, active: { ...lib.active, [state.regionId]: action.id } });
    }
    case "edit":
      return bundle ? withLibrary(state, applyEdit(state, bundle, action), editKey(action.edit), action.at) : state;
    case "create": {
      if (!bundle) return state;
      const plan = planOf(bundle);
      const taken = regionScenarioList(bundle, lib).map((x) => x.scenario.name);
      const { nameEn: _n, description: _d, ...fromPlan } = plan.scenario;
      const name = uniqueName(text(state.lang, "newScenarioName"), taken);
      const saved: SavedScenario = { id: action.newId, baseId: plan.id, scenario: { ...fromPlan, name } };
      return withLibrary(state, { user: [...lib.user, saved], active: { ...lib.active, [state.regionId]: saved.id } });
    }
    case "duplicate": {
      const source = bundle && findScenario(bundle, lib, action.id);
      if (!bundle || !source) return state;
      const taken = regionScenarioList(bundle, lib).map((x) => x.scenario.name);
      const name = uniqueName(text(state.lang, "copyName", { name: scenarioName(source.scenario, state.lang) }), taken);
      const { nameEn: _n, ...rest } = source.scenario;
      const saved: SavedScenario = { id: action.newId, baseId: source.baseId, scenario: { ...rest, name } };
      return withLibrary(state, { user: [...lib.user, saved], active: { ...lib.active, [state.regionId]: saved.id } });
    }
    case "rename": {
      const name = action.name.trim().slice(0, MAX_NAME_LENGTH);
      const target = lib.user.find((u) => u.id === action.id);
      if (!name || !target || target.scenario.name === name) return state;
      return withLibrary(state, {
        ...lib,
        user: lib.user.map((u) => (u.id === action.id ? { ...u, scenario: { ...u.scenario, name } } : u)),
      });
    }
    case "delete": {
      const target = lib.user.find((u) => u.id === action.id);
      if (!target) return state;
      const active = { ...lib.active };
      for (const [region, id] of Object.entries(active)) if (id === action.id) active[region as RegionId] = target.baseId;
      const next = withLibrary(state, { user: lib.user.filter((u) => u.id !== action.id), active });
      return { ...next, compare: next.compare.filter((id) => id !== action.id) };
    }
    case "add": {
      const region = action.saved.scenario.region as RegionId;
      const next: Library = {
        user: [...lib.user.filter((u) => u.id !== action.saved.id), action.saved],
        active: { ...lib.active, [region]: action.saved.id },
      };
      return action.undoable ? withLibrary(state, next) : { ...state, history: replacePresent(state.history, next) };
    }
    case "undo":
      return { ...state, history: undo(state.history) };
    case "redo":
      return { ...state, history: redo(state.history) };
    case "syncStorage":
      return { ...state, history: applyStorageSync(state.history, action) };
  }
}
