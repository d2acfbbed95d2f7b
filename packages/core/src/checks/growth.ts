import { formatNumber, formatPercent, formatPoints, type Lang } from "../format/number.js";
import type { Projection } from "../model/types.js";
import { planFigure, planFigures, type PlanFigure } from "./figures.js";
import type { CheckFigure, PlanCheck } from "./types.js";

/** A plan's implied growth more than 2 points away from the scenario's is flagged. */
export const GROWTH_TOLERANCE = 0.02;

/**
 * Implied constant growth between two consecutive plan figures of a level indicator,
 * g = (X_T/X_0)^(1/k) − 1, against the scenario's growth of that indicator over the same years.
 */
export function impliedGrowth(projection: Projection): PlanCheck[] {
  const out: PlanCheck[] = [];
  for (const id of projection.order) {
    const s = projection.series[id]!;
    if (s.kind !== "level") continue;
    const plans = planFigures(projection, id);
    for (let j = 1; j < plans.length; j++) out.push(pairCheck(projection, id, plans[j - 1]!, plans[j]!));
  }
  return out;
}

function pairCheck(projection: Projection, id: string, a: PlanFigure, b: PlanFigure): PlanCheck {
  const s = projection.series[id]!;
  const base = projection.input.base;
  const k = b.year - a.year;
  const implied = Math.pow(b.value / a.value, 1 / k) - 1;
  let product = 1;
  for (let y = a.year + 1; y <= b.year; y++) product *= 1 + s.growth[y - base]!;
  const scenario = Math.pow(product, 1 / k) - 1;
  const plausible = { min: scenario - GROWTH_TOLERANCE, max: scenario + GROWTH_TOLERANCE };
  const ok = Math.abs(implied - scenario) <= GROWTH_TOLERANCE;
  const name = s.name;
  const unit = s.unit;
  const figures: CheckFigure[] = [
    planFigure(name, a, unit),
    planFigure(name, b, unit),
    {
      label: { vi: `Tăng trưởng của kịch bản ${a.year + 1}–${b.year}`, en: `The scenario's growth ${a.year + 1}–${b.year}` },
      value: scenario,
      unit: "rate",
      status: "projected",
    },
  ];
  const text = (lang: Lang) => {
    const gap = formatPoints(implied - scenario, lang);
    const pair = `${formatNumber(a.value, lang)} (${a.year}) → ${formatNumber(b.value, lang)} (${b.year})`;
    return lang === "vi"
      ? `${name.vi} ${pair} ngầm định tăng ${formatPercent(implied, lang)}/năm; kịch bản cho ${formatPercent(scenario, lang)}/năm (${gap})${ok ? "" : ": lệch quá 2 điểm %, kiểm tra lại các tốc độ hoặc số kế hoạch"}.`
      : `${name.en} ${pair} implies ${formatPercent(implied, lang)}/yr; the scenario gives ${formatPercent(scenario, lang)}/yr (${gap})${ok ? "" : ": more than 2 points apart, check the rates or the plan figures"}.`;
  };
  return {
    id: "impliedGrowth",
    key: `impliedGrowth:${id}:${a.year}-${b.year}`,
    title: { vi: `Tăng trưởng ngầm định giữa hai số kế hoạch: ${name.vi}`, en: `Growth implied between two plan figures: ${name.en}` },
    formula: { vi: "g = (X_T/X_0)^(1/k) − 1, so với tăng trưởng của kịch bản (±2 điểm %)", en: "g = (X_T/X_0)^(1/k) − 1, against the scenario's growth (±2 points)" },
    figures,
    implied,
    unit: "rate",
    plausible,
    verdict: ok ? "plausible" : "implausible",
    missing: [],
    text: { vi: text("vi"), en: text("en") },
  };
}
