import { useMemo } from "react";
import { simulate, type CompiledFormula, type ParseResult, type Region, type Scenario, type Simulation } from "@lotrinh/core";
import { formulasFor, useFormulaVersion, type FormulaEntry } from "./useFormulas";

export interface SimulationResult {
  result: ParseResult<Simulation>;
  formulas: FormulaEntry;
}

interface CacheEntry {
  region: Region;
  compiled: readonly CompiledFormula[];
  result: ParseResult<Simulation>;
}

// Scenarios are immutable values: one simulation per scenario object, shared by the editor and the compare view.
const cache = new WeakMap<Scenario, CacheEntry>();

function simulateOnce(region: Region, scenario: Scenario, compiled: readonly CompiledFormula[]): ParseResult<Simulation> {
  const hit = cache.get(scenario);
  if (hit && hit.region === region && hit.compiled === compiled) return hit.result;
  const result = simulate(region, scenario, compiled);
  cache.set(scenario, { region, compiled, result });
  return result;
}

function run(region: Region, scenario: Scenario): SimulationResult {
  const formulas = formulasFor(region, scenario.formulas);
  return { result: simulateOnce(region, scenario, formulas.compiled), formulas };
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
