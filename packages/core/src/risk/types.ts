import type { Verdict } from "../targets/types.js";

/** Quantile levels reported for each target: 5, 25, 50, 75 and 95 %. */
export const TARGET_QUANTILES = [0.05, 0.25, 0.5, 0.75, 0.95] as const;

/**
 * Quantile levels of the fan bands, for each indicator and year: the 90, 60 and 30 %
 * central bands (5–95, 20–80, 35–65) around the median, as the Bank of England draws them.
 */
export const FAN_QUANTILES = [0.05, 0.2, 0.35, 0.5, 0.65, 0.8, 0.95] as const;

/** Central band widths a fan chart shades: 30, 60 and 90 %. */
export type FanBand = 0.3 | 0.6 | 0.9;

/** Paths of a run when none is given: enough for probabilities within about ±0.007 (95 %). */
export const DEFAULT_PATHS = 20_000;

export interface RiskOptions {
  /** Number of simulated paths (≥ 1); default DEFAULT_PATHS. */
  paths?: number;
  /** PRNG seed, an integer in [0, 2³²); default the scenario's `params.seed`, else the model default. */
  seed?: number;
}

/** The uncertainty a run used: σ and skew γ per uncertain rate input (σ > 0 only), buoyancy σ, ρ, correlation. */
export interface RiskSettings {
  inputs: Record<string, { sigma: number; skew: number }>;
  revenueBuoyancy: number;
  persistence: number;
  growthDeflatorCorrelation: number;
  seed: number;
  paths: number;
}

export interface TargetRisk {
  id: string;
  /**
   * Share of paths whose verdict is met or exceeded, in [0, 1]; null when the target has
   * no data to judge (a tracked indicator without a reported figure, or no such indicator).
   */
  probability: number | null;
  /** The verdict of the scenario's own path (the deterministic projection), for comparison. */
  verdict: Verdict;
  /** The target's measured value at TARGET_QUANTILES (NaN where unknown). */
  quantiles: Float64Array;
}

/**
 * Quantiles of one indicator's values (a rate for rate indicators, the level for level
 * ones) for every year of the term: `quantiles[i * FAN_QUANTILES.length + k]` is year
 * `years[i]` at level FAN_QUANTILES[k]. NaN where the projection has no value (a rate in the base year).
 */
export interface FanSeries {
  id: string;
  quantiles: Float64Array;
}

/**
 * Quantiles of a running measure of one indicator, for each year from `from` on: the sum of its
 * values from `from` to the year (cumulative), or its average growth over those years (the
 * geometric mean of 1 + growth, averageGrowth): what a chart's cumulative or average-growth
 * view draws. Indexed like FanSeries; NaN before `from`. One for each level indicator and first
 * year that a cumulative or average-growth target measures.
 */
export interface RunningFan {
  id: string;
  kind: "cumulative" | "averageGrowth";
  /** The first year of the running measure (the target's span start). */
  from: number;
  quantiles: Float64Array;
}

export interface RiskResult {
  years: readonly number[];
  settings: RiskSettings;
  /** In the order of the targets given. */
  targets: TargetRisk[];
  /** Every projected series (indicators, then formulas), in projection order. */
  fans: FanSeries[];
  /** Running sums and average growths that the targets measure, year by year. */
  running: RunningFan[];
}

/** The change of a target's measured value when one rate input moves by ±1 percentage point. */
export interface SensitivityBar {
  /** The rate input (an indicator id), or "revenueBuoyancy". */
  input: string;
  /** The move: 0.01 (one point) for a rate input, 0.1 for the revenue buoyancy. */
  step: number;
  /** Change of the measured value for −1 point in every free year of the input (buoyancy: −0.1). */
  down: number;
  /** Change for +1 point (buoyancy: +0.1). */
  up: number;
}

/** A tornado: the inputs that move a target, widest swing (|up − down|) first; inputs without effect are left out. */
export interface TargetSensitivity {
  id: string;
  /** The target's measured value on the scenario's own path. */
  projected: number;
  bars: SensitivityBar[];
}

/** A run and the tornado of every target, as the command line and the app's worker return them. */
export interface RiskReport {
  risk: RiskResult;
  sensitivity: TargetSensitivity[];
}
