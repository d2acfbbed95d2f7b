import {
  isOutcome,
  type Projection,
  type Provenance,
  type TargetEvaluation,
  type TargetSpec,
} from "@lotrinh/core";
import { measureUnit } from "../format/targets";

/**
 * "Kế hoạch và thực hiện", as Vietnamese reviews state results: each plan figure of a year
 * that has an outcome, beside the outcome, the difference and the share of the plan reached
 * ("đạt 102,9 % kế hoạch" = outcome ÷ plan).
 */
export interface PlanOutcomeRow {
  indicator: string;
  year: number;
  /** anchor: the earliest plan level (it anchored the path before the outcome came); plan: another plan figure of the region; target: a target. */
  kind: "anchor" | "plan" | "target";
  /** The target, for target rows. */
  target?: TargetSpec;
  /** "rate" for rates and growth targets, else the indicator's unit. */
  unit: string;
  plan: number;
  outcome: number;
  /** actual (thực hiện) or estimate (ước thực hiện); the weaker one when a target spans several years. */
  status: "actual" | "estimate";
  /** The outcome's source: a document id of the region, or the note a user typed. */
  source?: string;
  /** outcome − plan, in the unit (a fraction for rates: points). */
  difference: number;
  /** outcome ÷ plan (1.029 = "đạt 102,9 % kế hoạch"); NaN when the plan is 0. */
  ratio: number;
}

function outcomeInfo(p: Provenance | undefined): p is Provenance & { status: "actual" | "estimate" } {
  return !!p && isOutcome(p.status);
}

function row(
  base: Omit<PlanOutcomeRow, "difference" | "ratio" | "status" | "source" | "outcome">,
  outcome: number,
  info: Provenance,
): PlanOutcomeRow {
  return {
    ...base,
    outcome,
    status: info.status === "estimate" ? "estimate" : "actual",
    source: info.source,
    difference: outcome - base.plan,
    ratio: base.plan === 0 ? NaN : outcome / base.plan,
  };
}

/** The outcome a target measures, when every year it measures is an outcome (basis `actual`). */
function targetOutcome(e: TargetEvaluation, projection: Projection): { value: number; info: Provenance } | undefined {
  const t = e.target;
  const s = projection.series[t.indicator];
  if (!s || !Number.isFinite(e.projected)) return undefined;
  const i = t.year - projection.input.base;
  if (t.kind === "level") return outcomeInfo(s.provenance[i]) ? { value: s.values[i]!, info: s.provenance[i]! } : undefined;
  if (t.kind === "annualRate") {
    const p = s.kind === "rate" ? s.provenance[i] : s.growthProvenance[i];
    return outcomeInfo(p) ? { value: e.projected, info: p } : undefined;
  }
  if (e.basis !== "actual") return undefined;
  // Several years: the row is as firm as its weakest year.
  const estimate = e.outcomeYears > 0 && hasEstimate(t, projection);
  return { value: e.projected, info: { status: estimate ? "estimate" : "actual" } };
}

function hasEstimate(t: TargetSpec, projection: Projection): boolean {
  const s = projection.series[t.indicator]!;
  const from = (t.fromYear ?? t.year) - projection.input.base;
  const to = t.year - projection.input.base;
  for (let i = Math.max(from, t.kind === "averageGrowth" ? 1 : 0); i <= to; i++) {
    const p = t.kind === "averageGrowth" ? (s.kind === "rate" ? s.provenance[i] : s.growthProvenance[i]) : s.provenance[i];
    if (p?.status === "estimate") return true;
  }
  return false;
}

/** Every plan figure and target of a year with an outcome, in the order of the region's indicators, then the targets. */
export function planVsOutcome(projection: Projection, evaluations: readonly TargetEvaluation[]): PlanOutcomeRow[] {
  const input = projection.input;
  const region = input.region;
  const rows: PlanOutcomeRow[] = [];
  for (const ind of input.indicators) {
    const data = region.indicators[ind.id];
    const s = projection.series[ind.id];
    if (!data || !s) continue;
    const plans = Object.entries(data.levels ?? {})
      .filter(([, v]) => v.status === "plan")
      .sort(([a], [b]) => Number(a) - Number(b));
    plans.forEach(([key, v], k) => {
      const i = Number(key) - input.base;
      const p = s.provenance[i];
      if (outcomeInfo(p))
        rows.push(row({ indicator: ind.id, year: Number(key), kind: k === 0 && ind.kind === "level" ? "anchor" : "plan", unit: s.unit, plan: v.value }, s.values[i]!, p));
    });
    if (ind.kind !== "rate") continue;
    for (const [key, v] of Object.entries(data.rates ?? {})) {
      if (v.status !== "plan") continue;
      const i = Number(key) - input.base;
      const p = s.provenance[i];
      if (outcomeInfo(p)) rows.push(row({ indicator: ind.id, year: Number(key), kind: "plan", unit: "rate", plan: v.value }, s.values[i]!, p));
    }
  }
  for (const e of evaluations) {
    if (!e.target.active) continue;
    const o = targetOutcome(e, projection);
    if (!o) continue;
    const t = e.target;
    // A target that restates a plan figure already listed (same indicator, year and value) is one row.
    const unit = measureUnit(t, projection);
    const same = rows.find((r) => r.indicator === t.indicator && r.year === t.year && r.unit === unit && r.plan === t.value);
    if (same) {
      same.kind = "target";
      same.target = t;
      continue;
    }
    rows.push(row({ indicator: t.indicator, year: t.year, kind: "target", target: t, unit, plan: t.value }, o.value, o.info));
  }
  return rows;
}
