import {
  formatGap,
  formatValue,
  solutionLabel,
  targetLabel,
  targetValueLabel,
  type Lang,
  type TargetEvaluation,
} from "@lotrinh/core";
import type { ReportScenario } from "./types.js";
import { basisWord, verdictClass, verdictWord } from "../verdictText.js";

export interface TargetRowCell {
  projected: string;
  /** "vượt", "đạt", "không đạt"… */
  verdict: string;
  /** What it rests on, with the outcome years: "theo dự báo · 3/5 năm đã có số thực hiện". */
  basis: string;
  met: boolean | null;
  /** "met" (met or exceeded), "missed" or "none". */
  cls: "met" | "missed" | "none";
  /** Projected minus the first scenario's projected value; empty for the first. */
  difference: string;
}

export interface TargetRow {
  id: string;
  label: string;
  target: string;
  category: string;
  alternative: boolean;
  cells: TargetRowCell[];
  /** The constant rate the first scenario's free years need. */
  required: string;
}

/** The unit a target's value is in: growth targets compare rates, the others the indicator's unit. */
export function targetUnit(e: TargetEvaluation, seriesUnit: string): string {
  return e.target.kind === "annualRate" || e.target.kind === "averageGrowth" ? "rate" : seriesUnit;
}

function basisText(e: TargetEvaluation, lang: Lang): string {
  const years = e.outcomeYears > 0 && e.basis !== "actual"
    ? ` · ${e.outcomeYears}/${e.measuredYears} ${lang === "vi" ? "năm đã có số thực hiện" : "years with outcomes"}`
    : "";
  return basisWord(e.basis, lang) + years;
}

export function targetRows(scenarios: readonly ReportScenario[], lang: Lang): TargetRow[] {
  const first = scenarios[0];
  if (!first) return [];
  return first.simulation.evaluations.map((ref, index) => {
    const series = first.simulation.projection.series[ref.target.indicator];
    const unit = targetUnit(ref, series?.unit ?? "count");
    const cells = scenarios.map((s, k) => {
      const e = s.simulation.evaluations[index] ?? ref;
      return {
        projected: formatValue(e.projected, unit, lang),
        verdict: verdictWord(e.verdict, lang),
        basis: basisText(e, lang),
        met: e.met,
        cls: verdictClass(e.verdict),
        difference: k === 0 ? "" : formatGap(e.projected - ref.projected, unit, lang),
      };
    });
    const own = solutionLabel(ref.required.own, lang);
    const grdp = ref.required.grdpGrowth ? solutionLabel(ref.required.grdpGrowth, lang) : "";
    return {
      id: ref.target.id,
      label: targetLabel(ref.target, series?.name ?? { vi: ref.target.indicator, en: ref.target.indicator }, lang),
      target: targetValueLabel(ref.target, unit, lang),
      category: ref.target.category,
      alternative: !ref.target.active,
      cells,
      required: grdp && grdp !== "–" ? `${own}; GRDP ${grdp}` : own,
    };
  });
}
