import type { LocalizedText } from "../indicators.js";
import type { ValueStatus } from "../model/types.js";

export type CheckId = "impliedDeflator" | "impliedBuoyancy" | "impliedIcor" | "impliedGrowth";

/** plausible: inside the range; implausible: outside it; missingData: a figure it needs is missing. */
export type CheckVerdict = "plausible" | "implausible" | "missingData";

/** One figure a check used, with where it comes from. */
export interface CheckFigure {
  /** What the figure is: "GRDP/người 2023". */
  label: LocalizedText;
  value: number;
  /** A unit id (rate, billionVnd…) or "ratio". */
  unit: string;
  status: ValueStatus;
  /** Source document id for plan and actual figures; "scenario" for a scenario's rate or outcome. */
  source?: string;
}

/** A plan-consistency check (DESIGN section 2, `lotrinh check`): what the plan's own figures imply. */
export interface PlanCheck {
  id: CheckId;
  /** Unique within a region: the check, its indicator and its years. */
  key: string;
  title: LocalizedText;
  /** The formula, with symbols: "π = (X_T/X_0)^(1/k) × (1+n)/(1+g) − 1". */
  formula: LocalizedText;
  figures: CheckFigure[];
  /** NaN when a figure is missing. */
  implied: number;
  /** "rate" or "ratio". */
  unit: "rate" | "ratio";
  plausible: { min: number; max: number };
  verdict: CheckVerdict;
  /** The figures it lacks, named (empty unless missingData). */
  missing: LocalizedText[];
  /** The finding in a sentence. */
  text: LocalizedText;
}
