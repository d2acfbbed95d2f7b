import * as z from "zod/mini";
import { UNIT_IDS } from "../units.js";
import { RATE_INPUT_IDS, standardIndicator } from "../indicators.js";
import {
  Correlation,
  FiniteNumber,
  Identifier,
  Localized,
  NonEmpty,
  Persistence,
  Sigma,
  Skew,
  Slug,
  Tolerance,
  Year,
  YearKey,
  rateInDomain,
} from "./common.js";

export const REGION_SCHEMA = "lotrinh/region/2";
export const REGION_VERSION = 2;

/** actual (thực hiện) and estimate (ước thực hiện) are outcomes; plan is a source's plan figure. */
export const SourceStatus = z.enum(["actual", "estimate", "plan", "assumption"]);

/** One figure with its provenance. Actual and plan figures must name their source document. */
export const SourcedValue = z
  .object({
    value: FiniteNumber,
    status: SourceStatus,
    source: z.optional(NonEmpty),
    /** Why, in both languages (region/2; region/1 notes are migrated). */
    note: z.optional(Localized),
    /** An assumption read from a target: the id of that target (its verdict is then circular). */
    derivedFrom: z.optional(Slug),
  })
  .check(z.superRefine((v, ctx) => {
    if (v.derivedFrom !== undefined && v.status !== "assumption")
      ctx.addIssue({ code: "custom", path: ["derivedFrom"], message: "only an assumption can be derived from a target" });
    if ((v.status === "actual" || v.status === "plan") && !v.source)
      ctx.addIssue({ code: "custom", path: ["source"], message: `a ${v.status} figure must name its source document` });
    if (v.status === "assumption" && !v.note)
      ctx.addIssue({ code: "custom", path: ["note"], message: "an assumption must say why it was chosen" });
  }));

const YearValues = z.record(YearKey, SourcedValue);

/** σ of a yearly rate, and optional skew γ of a two-piece normal; a default the project chose, with its reason. */
export const RegionUncertainty = z.object({
  sigma: Sigma,
  skew: z.optional(Skew),
  note: Localized,
});

export const RegionIndicator = z.object({
  /** Required for indicators outside the standard model. */
  name: z.optional(Localized),
  short: z.optional(Localized),
  unit: z.optional(z.enum(UNIT_IDS)),
  kind: z.optional(z.enum(["level", "rate", "tracked"])),
  basis: z.optional(z.enum(["real", "nominal", "volume", "none"])),
  category: z.optional(z.enum(["economic", "social"])),
  /** Level figures by year (levels and tracked indicators). */
  levels: z.optional(YearValues),
  /** Rates by year: the value of a rate indicator, or a level indicator's own growth. */
  rates: z.optional(YearValues),
  /** Which side of a target is better: higher for growth and levels, lower for poverty or malnutrition. */
  better: z.optional(z.enum(["higher", "lower"])),
  /** Uncertainty of the yearly rate (rate inputs and own-growth levels), an assumption with its reason. */
  uncertainty: z.optional(RegionUncertainty),
});

export const TargetKindSchema = z.enum(["level", "annualRate", "averageGrowth", "cumulative"]);
export const ComparatorSchema = z.enum(["atLeast", "atMost", "about"]);

export const TargetFields = z.object({
  id: Slug,
  indicator: Identifier,
  kind: TargetKindSchema,
  comparator: ComparatorSchema,
  value: FiniteNumber,
  /** The target's (last) year. */
  year: Year,
  /** First year for averageGrowth and cumulative targets. */
  fromYear: z.optional(Year),
  /** Relative tolerance for `about` (0.02 = within 2 %). */
  tolerance: z.optional(Tolerance),
  label: z.optional(Localized),
});

export function refineTarget(t: z.infer<typeof TargetFields>, ctx: z.core.$RefinementCtx<z.infer<typeof TargetFields>>): void {
  if (t.comparator === "about" && t.tolerance === undefined)
    ctx.addIssue({ code: "custom", path: ["tolerance"], message: "an 'about' target must state its tolerance" });
  if ((t.kind === "averageGrowth" || t.kind === "cumulative") && t.fromYear === undefined)
    ctx.addIssue({ code: "custom", path: ["fromYear"], message: `a ${t.kind} target needs fromYear` });
  if (t.fromYear !== undefined && t.fromYear > t.year)
    ctx.addIssue({ code: "custom", path: ["fromYear"], message: "fromYear must not be after year" });
}

export const RegionTarget = z.extend(TargetFields, {
  category: z.enum(["economic", "social", "structure"]),
  /** One of the "5 economic + 5 social" priority targets the source singles out. */
  priority: z.optional(z.boolean()),
  /** Term target (to the end year) or a single year's plan target. */
  scope: z.enum(["term", "year"]),
  source: NonEmpty,
  note: z.optional(Localized),
  /** Alternative readings of one ambiguous figure; a scenario picks one per group. */
  reading: z.optional(z.object({ group: Slug, option: Slug, isDefault: z.boolean() })),
}).check(z.superRefine(refineTarget));

export const RegionSource = z.object({
  id: NonEmpty,
  file: NonEmpty,
  title: Localized,
  publisher: NonEmpty,
  date: z.string().check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "must be YYYY, YYYY-MM or YYYY-MM-DD")),
});

export const StructureEntry = z.object({
  year: Year,
  status: SourceStatus,
  source: NonEmpty,
  shares: z.partialRecord(z.enum(["agriculture", "industry", "services", "productTaxes"]), z.number().check(z.gte(0), z.lte(1))),
});

export const RegionSchema = z
  .object({
    schema: z.literal(REGION_SCHEMA),
    id: Slug,
    name: Localized,
    /** A worked example, not a real region: listed apart from the real ones. */
    example: z.optional(z.boolean()),
    /** Province a town belongs to. */
    parent: z.optional(Localized),
    level: z.enum(["province", "town"]),
    term: z.object({ base: Year, end: Year }),
    sources: z.array(RegionSource).check(z.minLength(1)),
    indicators: z.record(Identifier, RegionIndicator),
    params: z.object({
      revenueBuoyancy: SourcedValue,
      /** AR(1) persistence of rate shocks across years (Monte Carlo); default 0.5. */
      persistence: z.optional(SourcedValue),
      /** Correlation of real growth and deflator shocks; default 0. */
      growthDeflatorCorrelation: z.optional(SourcedValue),
    }),
    /**
     * Base-year levels for plan-consistency checks (ICOR): GRDP at current prices
     * (billion VND) and population (thousand persons).
     */
    baseLevels: z.optional(
      z.object({ grdpCurrentPrices: z.optional(SourcedValue), population: z.optional(SourcedValue) }),
    ),
    structure: z._default(z.array(StructureEntry), []),
    targets: z.array(RegionTarget),
    /** Named scenarios that ship with the region, in scenario-file form without schema and region. */
    scenarios: z._default(z.array(z.record(z.string(), z.unknown())), []),
  })
  .check(z.superRefine((r, ctx) => {
    const sourceIds = new Set(r.sources.map((s) => s.id));
    const { base, end } = r.term;
    if (end - base < 3 || end - base > 10)
      ctx.addIssue({ code: "custom", path: ["term", "end"], message: "a term has 3 to 10 growth years (end − base)" });
    const params = r.params;
    if (!(params.revenueBuoyancy.value >= 0 && params.revenueBuoyancy.value <= 10))
      ctx.addIssue({ code: "custom", path: ["params", "revenueBuoyancy", "value"], message: "the revenue buoyancy must lie in [0, 10]" });
    if (params.persistence && !Persistence.safeParse(params.persistence.value).success)
      ctx.addIssue({ code: "custom", path: ["params", "persistence", "value"], message: "persistence must lie in [0, 1)" });
    if (params.growthDeflatorCorrelation && !Correlation.safeParse(params.growthDeflatorCorrelation.value).success)
      ctx.addIssue({ code: "custom", path: ["params", "growthDeflatorCorrelation", "value"], message: "a correlation must lie in [−1, 1]" });
    for (const [key, v] of Object.entries(r.baseLevels ?? {}))
      if (v && !(v.value >= 0))
        ctx.addIssue({ code: "custom", path: ["baseLevels", key, "value"], message: "a level must be ≥ 0" });
    const targetIds = new Set(r.targets.map((t) => t.id));
    for (const id of RATE_INPUT_IDS)
      if (!r.indicators[id])
        ctx.addIssue({ code: "custom", path: ["indicators", id], message: `standard indicator ${id} is missing` });
    for (const [id, ind] of Object.entries(r.indicators)) {
      const std = standardIndicator(id);
      const kind = std?.kind ?? ind.kind;
      if (!std) {
        for (const f of ["name", "unit", "kind", "basis"] as const)
          if (ind[f] === undefined)
            ctx.addIssue({ code: "custom", path: ["indicators", id, f], message: `indicator ${id} is not standard: give its ${f}` });
      }
      for (const field of ["levels", "rates"] as const) {
        for (const [yearKey, v] of Object.entries(ind[field] ?? {})) {
          const y = Number(yearKey);
          const first = field === "rates" ? base + 1 : base;
          if (y < first || y > end)
            ctx.addIssue({ code: "custom", path: ["indicators", id, field, yearKey], message: `year ${y} is outside the term ${first}–${end}` });
          if (v.source && !sourceIds.has(v.source))
            ctx.addIssue({ code: "custom", path: ["indicators", id, field, yearKey, "source"], message: `unknown source '${v.source}'` });
          if (field === "rates" && !rateInDomain(v.value))
            ctx.addIssue({ code: "custom", path: ["indicators", id, field, yearKey, "value"], message: "a rate must lie in (−100 %, +1000 %]" });
          if (field === "levels" && v.value < 0)
            ctx.addIssue({ code: "custom", path: ["indicators", id, field, yearKey, "value"], message: "a level must be ≥ 0" });
          if (v.derivedFrom !== undefined && !targetIds.has(v.derivedFrom))
            ctx.addIssue({ code: "custom", path: ["indicators", id, field, yearKey, "derivedFrom"], message: `unknown target '${v.derivedFrom}'` });
        }
      }
      if (kind === "rate" && ind.levels)
        ctx.addIssue({ code: "custom", path: ["indicators", id, "levels"], message: `${id} is a rate: give rates, not levels` });
      if (kind === "tracked" && ind.rates)
        ctx.addIssue({ code: "custom", path: ["indicators", id, "rates"], message: `${id} is tracked: give levels, not rates` });
    }
    r.targets.forEach((t, i) => {
      if (!r.indicators[t.indicator] && !standardIndicator(t.indicator))
        ctx.addIssue({ code: "custom", path: ["targets", i, "indicator"], message: `unknown indicator '${t.indicator}'` });
      if (!sourceIds.has(t.source))
        ctx.addIssue({ code: "custom", path: ["targets", i, "source"], message: `unknown source '${t.source}'` });
      if (t.year > end || (t.fromYear ?? t.year) < base)
        ctx.addIssue({ code: "custom", path: ["targets", i, "year"], message: `target years must lie within ${base}–${end}` });
    });
    const ids = r.targets.map((t) => t.id);
    ids.forEach((id, i) => {
      if (ids.indexOf(id) !== i) ctx.addIssue({ code: "custom", path: ["targets", i, "id"], message: `duplicate target id '${id}'` });
    });
    r.structure.forEach((s, i) => {
      if (!sourceIds.has(s.source))
        ctx.addIssue({ code: "custom", path: ["structure", i, "source"], message: `unknown source '${s.source}'` });
    });
  }));

export type Region = z.infer<typeof RegionSchema>;
export type RegionTargetT = z.infer<typeof RegionTarget>;
export type SourcedValueT = z.infer<typeof SourcedValue>;
