import { useSyncExternalStore } from "react";
import { regionIndicators, type LocalizedText, type CompiledFormula, type FormulaDefinitionT, type Region } from "@lotrinh/core";

/**
 * Compiled formulas of scenarios, shared by every view. mathjs is large, so
 * "@lotrinh/core/formulas" is imported the first time a scenario has formulas;
 * components read the store and re-render when a compilation lands.
 */
export type FormulaEntry =
  | { status: "none" | "ready"; compiled: readonly CompiledFormula[] }
  | { status: "loading"; compiled: readonly CompiledFormula[] }
  | { status: "error"; compiled: readonly CompiledFormula[]; error: string; localized?: LocalizedText };

type Defs = Record<string, FormulaDefinitionT>;

const NONE: FormulaEntry = { status: "none", compiled: [] };
const LOADING: FormulaEntry = { status: "loading", compiled: [] };
const entries = new WeakMap<Defs, FormulaEntry>();
const listeners = new Set<() => void>();
let version = 0;

function publish() {
  version++;
  for (const l of listeners) l();
}

/** The compiled formulas of `defs`, starting the compilation if it has not started. */
export function formulasFor(region: Region, defs: Defs | undefined): FormulaEntry {
  if (!defs || Object.keys(defs).length === 0) return NONE;
  const known = entries.get(defs);
  if (known) return known;
  entries.set(defs, LOADING);
  import("@lotrinh/core/formulas").then(
    ({ compileFormulas }) => {
      const r = compileFormulas(defs, new Set(regionIndicators(region).map((d) => d.id)));
      entries.set(defs, r.ok ? { status: "ready", compiled: r.value } : { status: "error", compiled: [], error: r.error });
      publish();
    },
    (e: Error) => {
      entries.set(defs, { status: "error", compiled: [], error: e.message });
      publish();
    },
  );
  return LOADING;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Changes whenever a formula compilation finishes: a dependency for memoised simulations. */
export function useFormulaVersion(): number {
  return useSyncExternalStore(subscribe, () => version, () => version);
}
