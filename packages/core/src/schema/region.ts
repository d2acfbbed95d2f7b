import * as z from "zod/mini";
import { UNIT_IDS } from "../units.js";
import { RATE_INPUT_IDS, standardIndicator } from "../indicators.js";
import { FiniteNumber, Identifier, Localized, NonEmpty, Slug, Year, YearKey } from "./common.js";

export const SourceStatus = z.enum(["actual", "plan", "assumption"]);

/** One figure with its provenance. Actual and plan figures must name their source document. */
export const SourcedValue = z
  .object({
    value: FiniteNumber,
    status: SourceStatus,
    source: z.optional(NonEmpty),
    note: z.optional(NonEmpty),
  })
  .check(z.superRefine((v, ctx) => {
    if (v.status !== "assumption" && !v.source)
      ctx.addIssue({ code: "custom", path: ["source"], message: `a ${v.status} figure must name its source document` });
    if (v.status === "assumption" && !v.note)
      ctx.addIssue({ code: "custom", path: ["note"], message: "an assumption must say why it was chosen" });
  }));

const YearValues = z.record(YearKey, SourcedValue);

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
  /** Standard deviation of the yearly rate, for uncertainty bands. */
  sigma: z.optional(z.number().check(z.gte(0))),
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
  tolerance: z.optional(z.number().check(z.gte(0))),
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
  note: z.optional(NonEmpty),
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
    schema: z.literal("lotrinh/region/1"),
    id: Slug,
    name: Localized,
    /** Province a town belongs to. */
    parent: z.optional(Localized),
    level: z.enum(["province", "town"]),
    term: z.object({ base: Year, end: Year }),
    sources: z.array(RegionSource).check(z.minLength(1)),
    indicators: z.record(Identifier, RegionIndicator),
    params: z.object({ revenueBuoyancy: SourcedValue }),
    structure: z._default(z.array(StructureEntry), []),
    targets: z.array(RegionTarget),
    /** Named scenarios that ship with the region, in scenario-file form without schema and region. */
    scenarios: z._default(z.array(z.record(z.string(), z.unknown())), []),
  })
  .check(z.superRefine((r, ctx) => {
    const sourceIds = new Set(r.sources.map((s) => s.id));
    const { base, end } = r.term;
    if (end <= base) ctx.addIssue({ code: "custom", path: ["term", "end"], message: "end must be after base" });
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
          if (field === "rates" && v.value <= -1)
            ctx.addIssue({ code: "custom", path: ["indicators", id, field, yearKey, "value"], message: "a rate must be above −100 %" });
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
