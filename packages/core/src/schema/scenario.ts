import * as z from "zod/mini";
import {
  Buoyancy,
  Correlation,
  Identifier,
  Level,
  Localized,
  NonEmpty,
  OutcomeStatus,
  Persistence,
  Rate,
  Seed,
  Sigma,
  Skew,
  Slug,
  Year,
  YearKey,
  FiniteNumber,
} from "./common.js";
import { TargetFields, refineTarget } from "./region.js";

export const SCENARIO_SCHEMA = "lotrinh/scenario/1";
export const SCENARIO_VERSION = 1;

export const FormulaTarget = TargetFields.check(z.superRefine(refineTarget));

export const FormulaDefinition = z.strictObject({
  expr: z.string().check(z.minLength(1, "a formula needs an expression")),
  name: Localized,
  unit: NonEmpty,
  targets: z.optional(z.array(FormulaTarget)),
});

/**
 * An outcome figure: a bare number is an actual (thực hiện); the object form can
 * say `estimate` (ước thực hiện) and name its source. Its domain (rate or level)
 * depends on the indicator and is checked when the scenario is resolved.
 */
export const OutcomeEntry = z.union([
  FiniteNumber,
  z.strictObject({
    value: FiniteNumber,
    status: z.optional(OutcomeStatus),
    source: z.optional(z.string()),
  }),
]);

/** σ alone, or σ with the skew γ of a two-piece normal. */
export const UncertaintyEntry = z.union([Sigma, z.strictObject({ sigma: Sigma, skew: z.optional(Skew) })]);

export const ScenarioParams = z.strictObject({
  revenueBuoyancy: z.optional(Buoyancy),
  /** AR(1) persistence of rate shocks across years (default: the region's, else 0.5). */
  persistence: z.optional(Persistence),
  /** Correlation of real growth and deflator shocks (default: the region's, else 0). */
  growthDeflatorCorrelation: z.optional(Correlation),
  /** Monte Carlo seed: the same seed gives the same numbers in Node and the browser. */
  seed: z.optional(Seed),
});

export const ScenarioSchema = z.strictObject({
  schema: z.literal(SCENARIO_SCHEMA),
  /** Optional in a file: "" when absent, and the reader names it (the file's name, or "Kịch bản nhập"). */
  name: z._default(z.string(), ""),
  /** English name, for scenarios that ship with a region. */
  nameEn: z.optional(NonEmpty),
  region: Slug,
  description: z.optional(z.string()),
  descriptionEn: z.optional(z.string()),
  /** Illustrative variants are not a source's plan: the app says so. */
  illustrative: z.optional(z.boolean()),
  /** Rates by indicator and year (fractions). */
  rates: z.optional(z.record(Identifier, z.record(YearKey, Rate))),
  /** Fixed levels by indicator and year. */
  levels: z.optional(z.record(Identifier, z.record(YearKey, Level))),
  /** Outcomes (actual or estimate) by indicator and year: rates for rate indicators, levels for the others. */
  actuals: z.optional(z.record(Identifier, z.record(YearKey, OutcomeEntry))),
  /** Version-1 form: years whose scenario value is a reported actual. Still read. */
  actual: z.optional(z.record(Identifier, z.array(Year))),
  /** Base-year levels for the ICOR check, entered as outcomes. */
  baseLevels: z.optional(
    z.strictObject({ grdpCurrentPrices: z.optional(OutcomeEntry), population: z.optional(OutcomeEntry) }),
  ),
  params: z.optional(ScenarioParams),
  /** σ (and skew) by rate input, or `revenueBuoyancy`; replaces the region's. */
  uncertainty: z.optional(z.record(Identifier, UncertaintyEntry)),
  formulas: z.optional(z.record(Identifier, FormulaDefinition)),
  /** The chosen reading of each ambiguous target group (e.g. tourism term figures). */
  readings: z.optional(z.record(Slug, Slug)),
});

export type Scenario = z.infer<typeof ScenarioSchema>;
export type FormulaDefinitionT = z.infer<typeof FormulaDefinition>;
export type FormulaTargetT = z.infer<typeof FormulaTarget>;
export type OutcomeEntryT = z.infer<typeof OutcomeEntry>;
export type UncertaintyEntryT = z.infer<typeof UncertaintyEntry>;

// Outcome and uncertainty entries are read by the model: their readers live in zod-free ../model/domain.ts.
export { outcomeOf, uncertaintyOf } from "../model/domain.js";
