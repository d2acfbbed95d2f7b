import { useMemo } from "react";
import { type CompiledFormula, type ParseResult, type Region, type Scenario, type Simulation } from "@lotrinh/core";
import { formulasFor, useFormulaVersion, type FormulaEntry } from "./useFormulas";
import { guardedSimulate, type GuardedSimulation } from "../state/guardedSimulate";

export interface SimulationResult {
  result: ParseResult<Simulation>;
  formulas: FormulaEntry;
}

interface CacheEntry {
  region: Region;
  compiled: readonly CompiledFormula[];
  result: GuardedSimulation;
}

// Scenarios are immutable values: one simulation per scenario object, shared by the editor and the compare view.
const cache = new WeakMap<Scenario, CacheEntry>();

function simulateOnce(region: Region, scenario: Scenario, compiled: readonly CompiledFormula[]): GuardedSimulation {
  const hit = cache.get(scenario);
  if (hit && hit.region === region && hit.compiled === compiled) return hit.result;
  const result = guardedSimulate(region, scenario, compiled); // a formula failing after an edit is a message, not a blank page
  cache.set(scenario, { region, compiled, result });
  return result;
}

function run(region: Region, scenario: Scenario): SimulationResult {
  const formulas = formulasFor(region, scenario.formulas);
  const { result, formulaError } = simulateOnce(region, scenario, formulas.compiled);
  // A formula that fails when evaluated is left out and named; the rest of the scenario still shows.
  return { result, formulas: formulaError === undefined ? formulas : { status: "error", compiled: formulas.compiled, error: formulaError.vi, localized: formulaError } };
}

/**
 * Simulates a scenario the user is likely to reach next (a slider's next step, stepAhead.ts) into
 * the cache, so that the render that reaches it finds its simulation ready.
 */
export function presimulate(region: Region, scenario: Scenario): SimulationResult {
  return run(region, scenario);
}

/** The one place React calls the model: region + scenario → projection, evaluations, required rates. */
export function useSimulation(region: Region, scenario: Scenario): SimulationResult {
  const v = useFormulaVersion();
  return useMemo(() => run(region, scenario), [region, scenario, v]);
}

export function useSimulations(region: Region, scenarios: readonly Scenario[]): SimulationResult[] {
  const v = useFormulaVersion();
  return useMemo(() => scenarios.map((s) => run(region, s)), [region, scenarios, v]);
}
