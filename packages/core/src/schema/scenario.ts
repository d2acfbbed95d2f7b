import * as z from "zod/mini";
import { FiniteNumber, Identifier, Localized, NonEmpty, Rate, Slug, Year, YearKey } from "./common.js";
import { TargetFields, refineTarget } from "./region.js";

export const SCENARIO_SCHEMA = "lotrinh/scenario/1";
export const SCENARIO_VERSION = 1;

export const FormulaTarget = TargetFields.check(z.superRefine(refineTarget));

export const FormulaDefinition = z.object({
  expr: z.string().check(z.minLength(1, "a formula needs an expression")),
  name: Localized,
  unit: NonEmpty,
  targets: z.optional(z.array(FormulaTarget)),
});

export const ScenarioSchema = z.object({
  schema: z.literal(SCENARIO_SCHEMA),
  name: z.string().check(z.minLength(1, "a scenario needs a name")),
  /** English name, for scenarios that ship with a region. */
  nameEn: z.optional(NonEmpty),
  region: Slug,
  description: z.optional(z.string()),
  /** Illustrative variants are not a source's plan: the app says so. */
  illustrative: z.optional(z.boolean()),
  /** Rates by indicator and year (fractions). */
  rates: z.optional(z.record(Identifier, z.record(YearKey, Rate))),
  /** Fixed levels by indicator and year. */
  levels: z.optional(z.record(Identifier, z.record(YearKey, FiniteNumber))),
  /** Years whose scenario value is a reported actual (locked in the app). */
  actual: z.optional(z.record(Identifier, z.array(Year))),
  params: z.optional(z.object({ revenueBuoyancy: z.optional(FiniteNumber) })),
  uncertainty: z.optional(z.record(Identifier, z.number().check(z.gte(0)))),
  formulas: z.optional(z.record(Identifier, FormulaDefinition)),
  /** The chosen reading of each ambiguous target group (e.g. tourism term figures). */
  readings: z.optional(z.record(Slug, Slug)),
});

export type Scenario = z.infer<typeof ScenarioSchema>;
export type FormulaDefinitionT = z.infer<typeof FormulaDefinition>;
export type FormulaTargetT = z.infer<typeof FormulaTarget>;
