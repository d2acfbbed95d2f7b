import type { Projection, Provenance, Region, Solution, TargetEvaluation } from "@lotrinh/core";
import { evaluationNoteText, solutionReason } from "@lotrinh/core";
import type { SimulationRun } from "./simulation.js";
import { targetUnit } from "./units.js";
import { words } from "./words.js";

/**
 * The --json shapes. Keys are always present (null where a value does not apply),
 * numbers stay numbers, rates stay fractions, and NaN or ±Infinity become null.
 */

export function finite(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}

export function regionRecord(region: Region) {
  return { id: region.id, name: region.name };
}

export function scenarioRecord(run: SimulationRun) {
  return run.scenario ? { name: run.scenario.name, file: run.scenarioFile ?? null } : null;
}

export function solutionRecord(solution: Solution) {
  return {
    status: solution.status,
    rate: solution.status === "solved" ? solution.rate : null,
    from: solution.status === "solved" ? solution.from : null,
    to: solution.status === "solved" ? solution.to : null,
    /** A stable code for programs, and the same in English words. */
    reasonCode: solution.status === "solved" ? null : solution.reason,
    reason: solution.status === "solved" ? null : solutionReason(solution, "en"),
  };
}

export function provenanceRecord(provenance: Provenance | undefined) {
  return {
    status: provenance?.status ?? null,
    source: provenance?.source ?? null,
    note: provenance?.note ?? null,
    anchor: provenance?.anchor ?? false,
    edited: provenance?.edited ?? false,
  };
}

export function targetRecord(evaluation: TargetEvaluation, projection: Projection) {
  const t = evaluation.target;
  return {
    id: t.id,
    label: t.label ?? null,
    indicator: t.indicator,
    indicatorName: projection.series[t.indicator]?.name ?? null,
    kind: t.kind,
    comparator: t.comparator,
    tolerance: t.tolerance ?? null,
    value: t.value,
    unit: targetUnit(t, projection),
    year: t.year,
    fromYear: t.fromYear ?? null,
    category: t.category,
    priority: t.priority,
    scope: t.scope,
    source: t.source ?? null,
    active: t.active,
    reading: t.reading ?? null,
    projected: finite(evaluation.projected),
    met: evaluation.met,
    /** exceeded | met | missed | noData | undefined */
    verdict: evaluation.verdict,
    /** actual | circular | projection: what the verdict rests on. */
    basis: evaluation.basis,
    /** The basis in words: "theo giả định lấy từ chính chỉ tiêu" / "by an assumption taken from the target itself". */
    basisText: { vi: words("vi").bases[evaluation.basis], en: words("en").bases[evaluation.basis] },
    measuredYears: evaluation.measuredYears,
    outcomeYears: evaluation.outcomeYears,
    /** "3/5 năm đã có số thực hiện". */
    outcomeYearsText: {
      vi: words("vi").outcomeYears(evaluation.outcomeYears, evaluation.measuredYears),
      en: words("en").outcomeYears(evaluation.outcomeYears, evaluation.measuredYears),
    },
    backcastYears: evaluation.backcastYears,
    notes: evaluation.notes.map((note) => ({ ...note, text: { vi: evaluationNoteText(note, "vi"), en: evaluationNoteText(note, "en") } })),
    gap: finite(evaluation.gap),
    relativeGap: finite(evaluation.relativeGap),
    requiredRate: solutionRecord(evaluation.required.own),
    requiredGrdpGrowth: evaluation.required.grdpGrowth ? solutionRecord(evaluation.required.grdpGrowth) : null,
  };
}

/** Two-space indented, with a final newline, like every other line the command prints. */
export function toJson(value: unknown): string {
  return JSON.stringify(value, null, 2) + "\n";
}
