import { parseScenario, readScenarioDocument, readScenarioText, regionIndicators, type CompiledFormula, type ParseResult, type Region, type Scenario } from "@lotrinh/core";
import { guardedSimulate } from "./guardedSimulate";

/**
 * Validation of untrusted scenarios: links, saved browser state and files. This
 * module is loaded on demand (it brings zod through core's schemas), so a plain
 * first visit does not pay for it.
 */
export { parseScenario, readScenarioText };
/** Saved scenarios are read and kept in step across tabs only once there is something to validate: here, off the first load. */
export { loadSaved } from "./storageLoad";
export { TabSync } from "./tabSync";

/**
 * Parses a scenario file (migrating older versions) and resolves it against the
 * region: unknown indicators, years outside the term, rates at or below −100 %,
 * broken formulas and formulas that fail when evaluated are refused with a message
 * naming the field. It never throws: whatever the model throws becomes a refusal.
 */
export async function validateScenario(raw: unknown, region: Region): Promise<ParseResult<Scenario>> {
  let parsed: ParseResult<Scenario>;
  try {
    // Core's reader: document limits, percent slips ("14.5" for 14.5 %), then the schema.
    parsed = readScenarioDocument(raw);
  } catch (e) {
    return { ok: false, path: "", error: `scenario: ${messageOf(e)}` };
  }
  if (!parsed.ok) return parsed;
  const scenario = parsed.value;
  if (scenario.region !== region.id)
    return { ok: false, path: "region", error: `scenario: region: the scenario is for '${scenario.region}', not '${region.id}'` };
  let formulas: CompiledFormula[] = [];
  if (scenario.formulas && Object.keys(scenario.formulas).length) {
    const { compileFormulas } = await import("@lotrinh/core/formulas");
    let compiled: ReturnType<typeof compileFormulas>;
    try {
      compiled = compileFormulas(scenario.formulas, new Set(regionIndicators(region).map((d) => d.id)));
    } catch (e) {
      return { ok: false, path: "formulas", error: `scenario: formulas: ${messageOf(e)}` };
    }
    if (!compiled.ok) return compiled;
    formulas = [...compiled.value];
  }
  const { result, formulaError } = guardedSimulate(region, scenario, formulas);
  // Opened from a link or a file, a scenario whose formula fails is refused, naming it (the plan shows).
  if (formulaError !== undefined) return { ok: false, path: formulaError.en.split(":")[0]!, error: `scenario: ${formulaError.en}` };
  if (!result.ok) return result;
  return parsed;
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
