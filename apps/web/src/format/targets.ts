import {
  formatGap,
  formatValue,
  type Lang,
  type Projection,
  type TargetEvaluation,
  type TargetSpec,
} from "@lotrinh/core";

/** The unit a target is measured in: rates for growth targets, the indicator's unit otherwise. */
export function measureUnit(target: TargetSpec, projection: Projection): string {
  if (target.kind === "annualRate" || target.kind === "averageGrowth") return "rate";
  return projection.series[target.indicator]?.unit ?? "";
}

export function indicatorName(projection: Projection, id: string, lang: Lang): string {
  const s = projection.series[id];
  return s ? s.name[lang] : id;
}

function yearsText(t: TargetSpec, lang: Lang): string {
  if (t.fromYear !== undefined && t.fromYear !== t.year) return `${t.fromYear}–${t.year}`;
  return lang === "vi" ? `năm ${t.year}` : `in ${t.year}`;
}

/** The source's wording when the data has one, otherwise "indicator, years". */
export function targetLabel(t: TargetSpec, projection: Projection, lang: Lang): string {
  return t.label?.[lang] ?? `${indicatorName(projection, t.indicator, lang)}, ${yearsText(t, lang)}`;
}

const SYMBOL = { atLeast: "≥", atMost: "≤", about: "≈" } as const;

/** "≥ 14,5 %", "≈ 51,5 triệu đồng/người (±2 %)". */
export function goalText(t: TargetSpec, projection: Projection, lang: Lang): string {
  const unit = measureUnit(t, projection);
  const tolerance =
    t.comparator === "about" && t.tolerance !== undefined ? ` (±${formatValue(t.tolerance, "share", lang, 1)})` : "";
  return `${SYMBOL[t.comparator]} ${formatValue(t.value, unit, lang)}${tolerance}`;
}

export function projectedText(e: TargetEvaluation, projection: Projection, lang: Lang): string {
  return formatValue(e.projected, measureUnit(e.target, projection), lang);
}

export function gapText(e: TargetEvaluation, projection: Projection, lang: Lang): string {
  return formatGap(e.gap, measureUnit(e.target, projection), lang);
}

/** Difference between two projected values of the same target, in its unit. */
export function differenceText(value: number, reference: number, target: TargetSpec, projection: Projection, lang: Lang): string {
  const d = value - reference;
  if (!Number.isFinite(d)) return "–";
  if (Math.abs(d) < 1e-9 * Math.max(1, Math.abs(reference))) return "0";
  return formatGap(d, measureUnit(target, projection), lang);
}

/**
 * The headline count ("Đạt 8/9"): targets met over targets judged, of the targets that count
 * (chosen readings, with a value). Circular verdicts rest on an assumption read from the target
 * itself, so they are counted apart, never as met.
 */
export function headlineCounts(evaluations: readonly TargetEvaluation[]): { met: number; judged: number; circular: number } {
  let met = 0;
  let judged = 0;
  let circular = 0;
  for (const e of evaluations) {
    if (!e.target.active || e.met === null) continue;
    if (e.basis === "circular") circular++;
    else {
      judged++;
      if (e.met) met++;
    }
  }
  return { met, judged, circular };
}
