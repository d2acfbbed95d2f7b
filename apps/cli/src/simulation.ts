import {
  REGION_IDS,
  isRegionId,
  loadRegion,
  regionIndicators,
  simulate,
  type CompiledFormula,
  type Region,
  type Scenario,
  type Simulation,
} from "@lotrinh/core";
import { InputError } from "./errors.js";
import { fileRegion } from "./region-file.js";
import { readScenarioFile, scenarioProblem } from "./scenario-file.js";

/** A region, the scenario applied to it (if any), and the simulation of both. */
export interface SimulationRun {
  region: Region;
  scenario: Scenario | undefined;
  scenarioFile: string | undefined;
  simulation: Simulation;
}

/** A seeded region by id, or the region of --region-file (read by main before the command runs). */
export function regionFromFlag(id: string): Region {
  const fromFile = fileRegion(id);
  if (fromFile) return fromFile;
  if (!isRegionId(id))
    throw new InputError({
      vi: `--region: không có địa bàn '${id}' (có: ${REGION_IDS.join(", ")}; địa bàn khác: --region-file FILE)`,
      en: `--region: unknown region '${id}' (known: ${REGION_IDS.join(", ")}; any other region: --region-file FILE)`,
    });
  return loadRegion(id);
}

/** mathjs is loaded only for a scenario that defines formulas: most runs never pay for it. */
async function compileScenarioFormulas(region: Region, scenario: Scenario, file: string): Promise<CompiledFormula[]> {
  if (!scenario.formulas || Object.keys(scenario.formulas).length === 0) return [];
  const { compileFormulas } = await import("@lotrinh/core/formulas");
  const known = new Set(regionIndicators(region).map((indicator) => indicator.id));
  const compiled = compileFormulas(scenario.formulas, known);
  if (!compiled.ok) throw scenarioProblem(compiled, file);
  return compiled.value;
}

/** Runs --region [--scenario] through the model; bad input of any kind becomes an InputError. */
export async function simulateFromFlags(regionId: string, scenarioFile: string | undefined): Promise<SimulationRun> {
  const region = regionFromFlag(regionId);
  const scenario = scenarioFile === undefined ? undefined : readScenarioFile(scenarioFile);
  // Checked before the formulas compile, so that another region's scenario is named as such.
  if (scenario && scenario.region !== region.id)
    throw scenarioProblem({ path: "region", error: `scenario: region: the scenario is for '${scenario.region}', not '${region.id}'` }, scenarioFile);
  const formulas = scenario && scenarioFile ? await compileScenarioFormulas(region, scenario, scenarioFile) : [];
  const result = simulate(region, scenario, formulas);
  if (!result.ok) throw scenarioProblem(result, scenarioFile);
  // A formula that compiled but fails in some year: name it, the year and the file.
  for (const f of formulas) {
    const error = result.value.projection.series[f.id]?.error;
    if (error) throw new InputError({ vi: `kịch bản ${error.vi} (trong tệp ${scenarioFile})`, en: `scenario ${error.en} (in ${scenarioFile})` });
  }
  return { region, scenario, scenarioFile, simulation: result.value };
}
