import { simulate, type CompiledFormula, type LocalizedText, type ParseResult, type Region, type Scenario, type Simulation } from "@lotrinh/core";

/** Simulation errors are shown on screen: a hostile formula's message is cut short. */
const MAX_MESSAGE = 300;

function messageOf(e: unknown): string {
  const m = e instanceof Error ? e.message : String(e);
  return m.length > MAX_MESSAGE ? `${m.slice(0, MAX_MESSAGE)}…` : m;
}

export interface GuardedSimulation {
  /** The simulation, without the formulas that failed when there were any. */
  result: ParseResult<Simulation>;
  /** `formulas.<id>: <why> (evaluated in <year>)` for the first formula that failed when evaluated. */
  formulaError?: LocalizedText;
}

function attempt(region: Region, scenario: Scenario, formulas: readonly CompiledFormula[]): ParseResult<Simulation> | { thrown: string } {
  try {
    return simulate(region, scenario, formulas);
  } catch (e) {
    return { thrown: messageOf(e) };
  }
}

/**
 * `simulate`, but total: whatever the model or a formula throws (a formula that
 * fails only for some values, say after an edit) becomes a message naming the
 * formula, and the rest of the scenario is simulated without it; never an
 * exception that would blank the page.
 */
export function guardedSimulate(region: Region, scenario: Scenario, formulas: readonly CompiledFormula[] = []): GuardedSimulation {
  const all = attempt(region, scenario, formulas);
  if (!("thrown" in all)) return { result: all, formulaError: seriesError(all, formulas) };
  const healthy: CompiledFormula[] = [];
  let formulaError: LocalizedText | undefined;
  for (const f of formulas) {
    const alone = attempt(region, scenario, [f]);
    if ("thrown" in alone) formulaError ??= same(`formulas.${f.id}: ${alone.thrown}`);
    else healthy.push(f);
  }
  if (formulaError === undefined) return { result: { ok: false, path: "", error: `scenario: ${all.thrown}` } };
  const rest = attempt(region, scenario, healthy);
  return "thrown" in rest ? { result: { ok: false, path: "", error: `scenario: ${rest.thrown}` }, formulaError } : { result: rest, formulaError };
}

const same = (text: string): LocalizedText => ({ vi: text, en: text });

/** The model keeps a formula's evaluation error on its series (the other series compute): the first one. */
function seriesError(result: ParseResult<Simulation>, formulas: readonly CompiledFormula[]): LocalizedText | undefined {
  if (!result.ok) return undefined;
  for (const f of formulas) {
    const error = result.value.projection.series[f.id]?.error;
    if (error) return error;
  }
  return undefined;
}
