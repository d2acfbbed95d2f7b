import { formatNumber, formatPercent, type Lang } from "../format/number.js";
import type { Projection } from "../model/types.js";
import { evaluateTarget } from "../targets/evaluate.js";
import { targetSpecs } from "../targets/spec.js";
import { meanRate, planFigure, planFigures, rateFigure } from "./figures.js";
import type { PlanCheck } from "./types.js";

/** Revenue that grows 0.5–1.5 times as fast as nominal GRDP is usual; beyond it the plan leans on one-off revenue. */
export const BUOYANCY_RANGE = { min: 0.5, max: 1.5 };

const REVENUE = { vi: "Thu ngân sách", en: "Budget revenue" };
const PER_CAPITA = { vi: "GRDP/người", en: "GRDP per capita" };

/**
 * Implied revenue buoyancy: the yearly growth between the first and last revenue plan
 * figures ÷ the nominal GRDP growth implied by the per-capita plan figures of the same
 * years and the scenario's population growth, ((X_T/X_0)^(1/k)(1 + n) − 1).
 */
export function impliedBuoyancy(projection: Projection): PlanCheck {
  const input = projection.input;
  const revenue = planFigures(projection, "budgetRevenue");
  const perCapita = planFigures(projection, "grdpPerCapita");
  const base = {
    id: "impliedBuoyancy" as const,
    title: { vi: "Hệ số co giãn thu ngân sách ngầm định trong kế hoạch", en: "Revenue buoyancy implied by the plan" },
    formula: {
      vi: "b = [(R_T/R_0)^(1/k) − 1] / [(X_T/X_0)^(1/k) × (1+n) − 1]  (R: thu ngân sách, X: GRDP/người)",
      en: "b = [(R_T/R_0)^(1/k) − 1] / [(X_T/X_0)^(1/k) × (1+n) − 1]  (R: budget revenue, X: GRDP per capita)",
    },
    unit: "ratio" as const,
    plausible: BUOYANCY_RANGE,
  };
  const r0 = revenue[0];
  const rT = revenue[revenue.length - 1];
  const x0 = perCapita.find((f) => f.year === r0?.year);
  const xT = perCapita.find((f) => f.year === rT?.year);
  if (!r0 || !rT || r0 === rT || !x0 || !xT) {
    const missing = [];
    if (!r0 || r0 === rT) missing.push({ vi: "hai số kế hoạch thu ngân sách của hai năm khác nhau", en: "two budget-revenue plan figures of different years" });
    else missing.push({ vi: `số kế hoạch GRDP/người của năm ${r0.year} và ${rT!.year}`, en: `per-capita GRDP plan figures for ${r0.year} and ${rT!.year}` });
    return {
      ...base,
      key: "impliedBuoyancy:budgetRevenue",
      figures: revenue.map((f) => planFigure(REVENUE, f, "billionVnd")),
      implied: NaN,
      verdict: "missingData",
      missing,
      text: { vi: `Thiếu số liệu: cần ${missing.map((m) => m.vi).join("; ")}.`, en: `Missing: ${missing.map((m) => m.en).join("; ")}.` },
    };
  }
  const k = rT.year - r0.year;
  const n = meanRate(input, "populationGrowth", r0.year, rT.year).value;
  const revenueGrowth = Math.pow(rT.value / r0.value, 1 / k) - 1;
  const nominal = Math.pow(xT.value / x0.value, 1 / k) * (1 + n) - 1;
  const implied = revenueGrowth / nominal;
  const ok = implied >= BUOYANCY_RANGE.min && implied <= BUOYANCY_RANGE.max;
  const figures = [
    planFigure(REVENUE, r0, "billionVnd"),
    planFigure(REVENUE, rT, "billionVnd"),
    planFigure(PER_CAPITA, x0, "millionVndPerPerson"),
    planFigure(PER_CAPITA, xT, "millionVndPerPerson"),
    rateFigure({ vi: "Tăng dân số n", en: "Population growth n" }, input, "populationGrowth", r0.year, rT.year),
    { label: { vi: "Hệ số co giãn của kịch bản", en: "The scenario's buoyancy" }, value: input.revenueBuoyancy, unit: "ratio", status: input.revenueBuoyancyInfo.status, ...(input.revenueBuoyancyInfo.edited ? { source: "scenario" } : {}) },
  ];
  const sentence = (lang: Lang) => {
    const b = formatNumber(implied, lang, 3);
    const head =
      lang === "vi"
        ? `Thu ngân sách tăng ${formatPercent(revenueGrowth, lang)}/năm (${r0.year}–${rT.year}) trong khi GRDP danh nghĩa tăng ${formatPercent(nominal, lang)}/năm: kế hoạch ngầm định hệ số co giãn ${b}`
        : `Revenue grows ${formatPercent(revenueGrowth, lang)}/yr (${r0.year}–${rT.year}) while nominal GRDP grows ${formatPercent(nominal, lang)}/yr: the plan implies a buoyancy of ${b}`;
    return `${head}${ok ? (lang === "vi" ? ", trong khoảng hợp lý" : ", within the plausible range") : lang === "vi" ? ", ngoài khoảng hợp lý" : ", outside the plausible range"}. ${verdictSentence(projection, rT.year, implied, lang)}`.trim();
  };
  return {
    ...base,
    key: `impliedBuoyancy:budgetRevenue:${r0.year}-${rT.year}`,
    figures,
    implied,
    verdict: ok ? "plausible" : "implausible",
    missing: [],
    text: { vi: sentence("vi"), en: sentence("en") },
  };
}

/** Says when the scenario's lower buoyancy is what makes the revenue target of that year missed. */
function verdictSentence(projection: Projection, year: number, implied: number, lang: Lang): string {
  const input = projection.input;
  const target = targetSpecs(input.region, input.scenario).find((t) => t.indicator === "budgetRevenue" && t.kind === "level" && t.year === year && t.active);
  if (!target) return "";
  const e = evaluateTarget(projection, target);
  // "1,0", not "1": a coefficient reads with its decimal.
  const b = Number.isInteger(input.revenueBuoyancy) ? formatNumber(input.revenueBuoyancy, lang) + (lang === "vi" ? ",0" : ".0") : formatNumber(input.revenueBuoyancy, lang, 3);
  if (e.verdict !== "missed" || !(input.revenueBuoyancy < implied)) return "";
  return lang === "vi"
    ? `Hệ số ${b} của kịch bản (${input.revenueBuoyancyInfo.status === "assumption" ? "giả định" : "số liệu"}) là điều làm thu ngân sách ${year} "không đạt": dự báo ${formatNumber(e.projected, lang)} so với ${formatNumber(target.value, lang)} tỷ đồng.`
    : `The scenario's buoyancy of ${b} (${input.revenueBuoyancyInfo.status === "assumption" ? "an assumption" : "a figure"}) is what makes revenue ${year} "missed": ${formatNumber(e.projected, lang)} projected against ${formatNumber(target.value, lang)} billion VND.`;
}
