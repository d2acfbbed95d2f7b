import type { IndicatorDefinition, LocalizedText } from "../indicators.js";
import type { UnitId } from "../units.js";
import type { Region } from "../schema/region.js";
import type { Scenario } from "../schema/scenario.js";

/**
 * Where a value comes from. `actual` and `estimate` are outcomes; `projected` values
 * are computed forward by the model, `backcast` ones backward from the first fixed level.
 */
export type ValueStatus = "actual" | "estimate" | "plan" | "assumption" | "projected" | "backcast";

export function isOutcome(status: ValueStatus | undefined): boolean {
  return status === "actual" || status === "estimate";
}

export interface Provenance {
  status: ValueStatus;
  /** Source document id, for actual and plan values; free text for a scenario's outcome. */
  source?: string;
  note?: LocalizedText;
  /** An assumption read from a target: that target's id. */
  derivedFrom?: string;
  /** A plan figure used as the level anchor because the indicator has no actual. */
  anchor?: boolean;
  /** The value was set by the scenario rather than the region data. */
  edited?: boolean;
}

export interface ModelIndicator extends IndicatorDefinition {
  category: "economic" | "social";
  better: "higher" | "lower";
}

/**
 * A region and a scenario resolved into flat per-year arrays, ready for the
 * simulation loops. Index i is year `base + i`; rate arrays leave index 0 unused.
 * NaN marks "no value given".
 */
export interface ModelInput {
  region: Region;
  scenario: Scenario | undefined;
  base: number;
  end: number;
  years: readonly number[];
  indicators: readonly ModelIndicator[];
  /** Rate indicators: the rate. Level indicators: an explicit growth overriding the link. */
  rates: Record<string, Float64Array>;
  rateInfo: Record<string, (Provenance | undefined)[]>;
  /** Fixed levels: actuals, scenario levels and plan anchors. */
  levels: Record<string, Float64Array>;
  levelInfo: Record<string, (Provenance | undefined)[]>;
  revenueBuoyancy: number;
  revenueBuoyancyInfo: Provenance;
  /** Index of the last outcome (actual or estimate) of each rate: -1 if none. */
  lastActualRate: Record<string, number>;
  /** Base-year levels for the ICOR check, region and scenario merged. */
  baseLevels: { grdpCurrentPrices?: FixedValue; population?: FixedValue };
  /** Monte Carlo settings, region defaults and scenario merged (DESIGN section 1, uncertainty). */
  uncertainty: UncertaintySettings;
}

export interface FixedValue {
  value: number;
  info: Provenance;
}

export interface InputUncertainty {
  /** Standard deviation of the yearly rate, a fraction. */
  sigma: number;
  /** Skew γ of a two-piece normal, in (−1, 1); 0 is a normal. */
  skew: number;
  info: Provenance;
}

export interface UncertaintySettings {
  /** σ per rate input (rate indicators and own-growth levels); inputs without σ are certain. */
  inputs: Record<string, InputUncertainty>;
  /** σ of the revenue buoyancy (drawn once per path); 0 = certain. */
  revenueBuoyancy: number;
  persistence: number;
  growthDeflatorCorrelation: number;
  seed: number;
}

export interface ProjectedSeries {
  id: string;
  name: LocalizedText;
  unit: UnitId | string;
  kind: "rate" | "level" | "tracked" | "formula";
  category: "economic" | "social";
  /** Rate indicators: the rate; level and tracked: the level (NaN where unknown). */
  values: Float64Array;
  /** Level indicators: growth from the previous year (index 0 NaN). Rate indicators: same as values. */
  growth: Float64Array;
  provenance: Provenance[];
  growthProvenance: Provenance[];
  /**
   * A formula that failed to evaluate: the first failure, naming the formula and the year
   * ("formulas.f: pow needs 2 arguments (evaluated in 2024)"); its values are NaN in the failing years.
   */
  error?: LocalizedText;
  /** Index of the last fixed level (level indicators), or of the last actual rate; -1 if none. */
  lastFixed: number;
  /** True when no level is known and the path is an index with base year = 100. */
  isIndex: boolean;
  /**
   * Years whose linked growth the model refuses (budget revenue: buoyancy × nominal GRDP
   * growth ≤ −100 % would make the level negative). The level is NaN there and after,
   * up to the next fixed level. Absent or empty when nothing is refused.
   */
  refused?: number[];
}

export interface Projection {
  input: ModelInput;
  years: readonly number[];
  series: Record<string, ProjectedSeries>;
  /** Series ids in display order. */
  order: string[];
}

/** A compiled formula indicator: evaluated once per year with every series' value in scope. */
export interface CompiledFormula {
  id: string;
  name: LocalizedText;
  unit: string;
  inputs: readonly string[];
  evaluate(scope: Record<string, number>): number;
}
