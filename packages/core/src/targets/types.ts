import type { LocalizedText } from "../indicators.js";

export type TargetKind = "level" | "annualRate" | "averageGrowth" | "cumulative";
export type Comparator = "atLeast" | "atMost" | "about";

/** A target as the model evaluates it: from the region data or from a scenario's formula. */
export interface TargetSpec {
  id: string;
  indicator: string;
  kind: TargetKind;
  comparator: Comparator;
  value: number;
  year: number;
  fromYear?: number;
  tolerance?: number;
  label?: LocalizedText;
  category: "economic" | "social" | "structure";
  priority: boolean;
  scope: "term" | "year";
  source?: string;
  note?: LocalizedText;
  reading?: { group: string; option: string; isDefault: boolean };
  /** False for the readings of an ambiguous figure that the scenario did not choose. */
  active: boolean;
}

/** Why a target has no required rate; `solutionReason` words it in Vietnamese or English. */
export type SolutionReason =
  | "fixedYearsMeet"
  | "fixedYearsMiss"
  | "metAtAnyRate"
  | "exceededAtAnyRate"
  | "noRateReaches"
  | "tooFast"
  | "signMismatch"
  | "noIndicator"
  | "noGrowthPath"
  | "rateHasNoSum"
  | "buoyancyNotPositive"
  | "notLinkedToGrdp"
  | "refusedCombination"
  | "metByScenario";

/** The constant rate the free years need, or why there is none. */
export type Solution =
  | { status: "solved"; rate: number; from: number; to: number }
  | { status: "alreadyMet"; reason: SolutionReason; year?: number }
  | { status: "unreachable"; reason: SolutionReason; year?: number }
  | { status: "notApplicable"; reason: SolutionReason };

export interface RequiredRates {
  /** The indicator's own rate (for a linked indicator: its growth overriding the link). */
  own: Solution;
  /** The real GRDP growth needed, other assumptions held (per capita and budget revenue). */
  grdpGrowth?: Solution;
}

/**
 * exceeded (vượt), met (đạt), missed (không đạt), noData (no value to judge), or
 * undefined (không xác định: the model overflowed or divided by zero).
 */
export type Verdict = "exceeded" | "met" | "missed" | "noData" | "undefined";

/**
 * What a verdict rests on: `actual` when every value it measures is an outcome,
 * `circular` when some value rests on an assumption read from this same target,
 * `projection` otherwise (it depends on the scenario's rates).
 */
export type VerdictBasis = "actual" | "circular" | "projection";

/**
 * Why a verdict needs a second look, beside its basis: measured years worked backward
 * from a later fixed level (they move with the rates), or years where the model refuses
 * a combination of inputs (a linked revenue growth of −100 % or less would make the
 * level negative, so the value is left undefined).
 */
export type EvaluationNote =
  | { code: "backcast"; years: number[] }
  | { code: "refusedCombination"; indicator: string; years: number[] };

export interface TargetEvaluation {
  target: TargetSpec;
  /** NaN when the model has no value (a tracked indicator without a reported figure). */
  projected: number;
  /** true for exceeded and met; null when there is no value to judge. */
  met: boolean | null;
  verdict: Verdict;
  basis: VerdictBasis;
  /** Years the target measures, and how many of them are outcomes ("3/5 năm đã có số thực hiện"). */
  measuredYears: number;
  outcomeYears: number;
  /** Measured years whose value is back-cast from a later fixed level (they depend on the rates). */
  backcastYears: number[];
  /** Back-cast years and refused combinations, in words by `evaluationNoteText`. */
  notes: EvaluationNote[];
  gap: number;
  relativeGap: number;
  required: RequiredRates;
}
