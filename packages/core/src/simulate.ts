import type { Region } from "./schema/region.js";
import type { Scenario } from "./schema/scenario.js";
import type { ParseResult } from "./schema/parse.js";
import type { CompiledFormula, Projection } from "./model/types.js";
import type { TargetEvaluation, TargetSpec } from "./targets/types.js";
import { resolveModel } from "./model/input.js";
import { project } from "./model/project.js";
import { targetSpecs } from "./targets/spec.js";
import { evaluateTargets } from "./targets/evaluate.js";

export interface Simulation {
  projection: Projection;
  targets: readonly TargetSpec[];
  evaluations: TargetEvaluation[];
}

/**
 * Region + scenario → projection → every target evaluated with its required rate.
 * Formulas are compiled by the caller (`@lotrinh/core/formulas`) so that mathjs loads only when used.
 */
export function simulate(
  region: Region,
  scenario?: Scenario,
  formulas: readonly CompiledFormula[] = [],
  fromYear?: number,
): ParseResult<Simulation> {
  const input = resolveModel(region, scenario);
  if (!input.ok) return input;
  const projection = project(input.value, formulas);
  const targets = targetSpecs(region, scenario);
  return { ok: true, value: { projection, targets, evaluations: evaluateTargets(projection, targets, fromYear) } };
}
