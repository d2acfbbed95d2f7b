import * as z from "zod";
import { FiniteNumber, Identifier, Localized, Rate, Slug, Year, YearKey } from "./common.js";
import { TargetFields, refineTarget } from "./region.js";

export const SCENARIO_SCHEMA = "lotrinh/scenario/1";
export const SCENARIO_VERSION = 1;

export const FormulaTarget = TargetFields.superRefine(refineTarget);

export const FormulaDefinition = z.object({
  expr: z.string().min(1, "a formula needs an expression"),
  name: Localized,
  unit: z.string().min(1),
  targets: z.array(FormulaTarget).optional(),
});

export const ScenarioSchema = z.object({
  schema: z.literal(SCENARIO_SCHEMA),
  name: z.string().min(1, "a scenario needs a name"),
  /** English name, for scenarios that ship with a region. */
  nameEn: z.string().min(1).optional(),
  region: Slug,
  description: z.string().optional(),
  /** Illustrative variants are not a source's plan: the app says so. */
  illustrative: z.boolean().optional(),
  /** Rates by indicator and year (fractions). */
  rates: z.record(Identifier, z.record(YearKey, Rate)).optional(),
  /** Fixed levels by indicator and year. */
  levels: z.record(Identifier, z.record(YearKey, FiniteNumber)).optional(),
  /** Years whose scenario value is a reported actual (locked in the app). */
  actual: z.record(Identifier, z.array(Year)).optional(),
  params: z.object({ revenueBuoyancy: FiniteNumber.optional() }).optional(),
  uncertainty: z.record(Identifier, z.number().nonnegative()).optional(),
  formulas: z.record(Identifier, FormulaDefinition).optional(),
  /** The chosen reading of each ambiguous target group (e.g. tourism term figures). */
  readings: z.record(Slug, Slug).optional(),
});

export type Scenario = z.infer<typeof ScenarioSchema>;
export type FormulaDefinitionT = z.infer<typeof FormulaDefinition>;
export type FormulaTargetT = z.infer<typeof FormulaTarget>;
