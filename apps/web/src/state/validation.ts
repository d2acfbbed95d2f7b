import { parseScenario, regionIndicators, simulate, type ParseResult, type Region, type Scenario } from "@lotrinh/core";

/**
 * Validation of untrusted scenarios: links, saved browser state and files. This
 * module is loaded on demand (it brings zod through core's schemas), so a plain
 * first visit does not pay for it.
 */
export { parseScenario };

/**
 * Parses a scenario file (migrating older versions) and resolves it against the
 * region: unknown indicators, years outside the term, rates at or below −100 %
 * and broken formulas are refused with a message naming the field.
 */
export async function validateScenario(raw: unknown, region: Region): Promise<ParseResult<Scenario>> {
  const parsed = parseScenario(raw);
  if (!parsed.ok) return parsed;
  const scenario = parsed.value;
  if (scenario.region !== region.id)
    return { ok: false, path: "region", error: `scenario: region: the scenario is for '${scenario.region}', not '${region.id}'` };
  let formulas: Parameters<typeof simulate>[2] = [];
  if (scenario.formulas && Object.keys(scenario.formulas).length) {
    const { compileFormulas } = await import("@lotrinh/core/formulas");
    const compiled = compileFormulas(scenario.formulas, new Set(regionIndicators(region).map((d) => d.id)));
    if (!compiled.ok) return compiled;
    formulas = compiled.value;
  }
  const resolved = simulate(region, scenario, formulas);
  if (!resolved.ok) return resolved;
  return parsed;
}
