import { formatGap, formatNumber, formatValue, isOutcome, regionIndicators, targetUnit, type Lang, type ValueStatus } from "@lotrinh/core";
import type { ReportScenario } from "./types.js";

export interface PlanOutcomeRow {
  /** Scenarios with this same outcome, joined: "Kế hoạch, Thận trọng". */
  scenarios: string;
  indicator: string;
  /** The year, or the span of an average or sum. */
  years: string;
  kind: "planFigure" | "target";
  plan: string;
  outcome: string;
  status: ValueStatus;
  difference: string;
  /** "đạt 102,9 % kế hoạch" / "102.9% of plan"; "–" when the plan is not positive. */
  share: string;
}

interface Found {
  key: string;
  row: Omit<PlanOutcomeRow, "scenarios">;
}

function shareText(outcome: number, plan: number, lang: Lang): string {
  if (!(plan > 0) || !Number.isFinite(outcome)) return "–";
  const pct = formatNumber((outcome / plan) * 100, lang, 1);
  return lang === "vi" ? `đạt ${pct} % kế hoạch` : `${pct}% of plan`;
}

function row(indicator: string, years: string, kind: Found["row"]["kind"], plan: number, outcome: number, status: ValueStatus, unit: string, lang: Lang, base: number): Found {
  const row = {
    indicator,
    years,
    kind,
    plan: formatValue(plan, unit, lang, undefined, base),
    outcome: formatValue(outcome, unit, lang, undefined, base),
    status,
    difference: formatGap(outcome - plan, unit, lang),
    share: shareText(outcome, plan, lang),
  };
  return { key: JSON.stringify(row), row };
}

/** One scenario's plan figures (the region's plan rates and levels, and its targets) whose years have outcomes. */
function scenarioRows(s: ReportScenario, lang: Lang): Found[] {
  const { projection, evaluations } = s.simulation;
  const input = projection.input;
  const out: Found[] = [];
  for (const ind of regionIndicators(input.region)) {
    const data = input.region.indicators[ind.id];
    const series = projection.series[ind.id];
    if (!data || !series) continue;
    const name = ind.name[lang];
    for (const [key, v] of Object.entries(data.rates ?? {})) {
      const i = Number(key) - input.base;
      const info = input.rateInfo[ind.id]?.[i];
      if (v.status === "plan" && isOutcome(info?.status))
        out.push(row(name, key, "planFigure", v.value, input.rates[ind.id]![i]!, info!.status, "rate", lang, input.base));
    }
    for (const [key, v] of Object.entries(data.levels ?? {})) {
      const i = Number(key) - input.base;
      const info = series.provenance[i];
      if (v.status === "plan" && isOutcome(info?.status))
        out.push(row(name, key, "planFigure", v.value, series.values[i]!, info!.status, series.unit, lang, input.base));
    }
  }
  // A target whose every measured year is an outcome: its value against the outcome, as reviews state results.
  for (const e of evaluations) {
    const t = e.target;
    if (!t.active || e.basis !== "actual" || !Number.isFinite(e.projected)) continue;
    const series = projection.series[t.indicator];
    const unit = targetUnit(t, series);
    const years = t.fromYear !== undefined && t.fromYear !== t.year && (t.kind === "averageGrowth" || t.kind === "cumulative") ? `${t.fromYear}–${t.year}` : String(t.year);
    const i = t.year - input.base;
    const status = (t.kind === "annualRate" && series?.kind !== "rate" ? series?.growthProvenance[i] : series?.provenance[i])?.status ?? "actual";
    out.push(row(t.label?.[lang] ?? series?.name[lang] ?? t.indicator, years, "target", t.value, e.projected, status, unit, lang, input.base));
  }
  return out;
}

/**
 * "Kế hoạch và thực hiện": every plan figure (a plan rate or level of the region, or a target)
 * of a year that has an outcome, with the outcome, the difference and the share of plan.
 * Scenarios that share an outcome share its row.
 */
export function planOutcomeRows(scenarios: readonly ReportScenario[], lang: Lang): PlanOutcomeRow[] {
  const rows = new Map<string, { row: Found["row"]; names: string[] }>();
  for (const s of scenarios)
    for (const f of scenarioRows(s, lang)) {
      const known = rows.get(f.key);
      if (known) known.names.push(s.name);
      else rows.set(f.key, { row: f.row, names: [s.name] });
    }
  return [...rows.values()].map(({ row, names }) => ({ ...row, scenarios: names.join(", ") }));
}
