import { formatPercent, formatValue, targetUnit, type Lang } from "@lotrinh/core";
import type { ReportScenario } from "./types.js";

export interface RiskRow {
  id: string;
  label: string;
  /** Probability per scenario: "62 %", or "–" where a scenario has no run or no data. */
  probabilities: string[];
  /** The first scenario's 5–95 % range and median: "140–175 (trung vị 157,2) triệu đồng/người". */
  range: string;
}

/** Every active target some scenario's risk run can judge, in the region's order. */
export function riskRows(scenarios: readonly ReportScenario[], lang: Lang): RiskRow[] {
  const first = scenarios[0];
  if (!first) return [];
  const rows: RiskRow[] = [];
  for (const e of first.simulation.evaluations) {
    if (!e.target.active) continue;
    const risks = scenarios.map((s) => s.risk?.risk.targets.find((t) => t.id === e.target.id));
    if (risks.every((r) => r?.probability === null || r === undefined)) continue;
    const ref = risks[0];
    const series = first.simulation.projection.series[e.target.indicator];
    const unit = targetUnit(e.target, series);
    const q = ref?.quantiles;
    const value = (v: number) => formatValue(v, unit, lang, undefined, first.simulation.projection.input.base);
    const range = q && Number.isFinite(q[0]!) && Number.isFinite(q[4]!)
      ? `${value(q[0]!)} – ${value(q[4]!)} (${lang === "vi" ? "trung vị" : "median"} ${value(q[2]!)})`
      : "–";
    rows.push({
      id: e.target.id,
      label: e.target.label?.[lang] ?? `${series?.name[lang] ?? e.target.indicator} ${e.target.year}`,
      probabilities: risks.map((r) => (r && r.probability !== null ? formatPercent(r.probability, lang, 0) : "–")),
      range,
    });
  }
  return rows;
}

/**
 * The target a report's tornado is drawn for: a given id, else the first priority term target
 * (the term's headline), else the first priority target, that has inputs moving it.
 */
export function tornadoTargetOf(s: ReportScenario, preferred?: string): string | undefined {
  const tornadoes = s.risk?.sensitivity ?? [];
  const moving = (id: string) => (tornadoes.find((t) => t.id === id)?.bars.length ?? 0) > 0;
  if (preferred && moving(preferred)) return preferred;
  const priority = s.simulation.evaluations.filter((e) => e.target.priority && e.target.active && moving(e.target.id));
  return (priority.find((e) => e.target.scope === "term") ?? priority[0])?.target.id;
}
