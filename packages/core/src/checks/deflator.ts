import { formatNumber, formatPercent } from "../format/number.js";
import type { Projection } from "../model/types.js";
import { meanRate, planFigure, planFigures, rateFigure } from "./figures.js";
import type { PlanCheck } from "./types.js";

/** A deflator outside 0–10 %/yr is implausible for these economies: a falling price level above all. */
export const DEFLATOR_RANGE = { min: 0, max: 0.1 };

const PER_CAPITA = { vi: "GRDP/người", en: "GRDP per capita" };

/**
 * Implied deflator: π = (X_T/X_0)^(1/k) × (1+n)/(1+g) − 1, from the first and last per-capita
 * plan figures and the scenario's real growth g and population growth n over the same years.
 */
export function impliedDeflator(projection: Projection): PlanCheck {
  const input = projection.input;
  const plans = planFigures(projection, "grdpPerCapita");
  const base: Omit<PlanCheck, "key" | "figures" | "implied" | "verdict" | "missing" | "text"> = {
    id: "impliedDeflator",
    title: { vi: "Giảm phát ngầm định trong kế hoạch GRDP/người", en: "Deflator implied by the per-capita plan" },
    formula: { vi: "π = (X_T/X_0)^(1/k) × (1+n)/(1+g) − 1", en: "π = (X_T/X_0)^(1/k) × (1+n)/(1+g) − 1" },
    unit: "rate",
    plausible: DEFLATOR_RANGE,
  };
  if (plans.length < 2) {
    const missing = [{ vi: "hai số kế hoạch GRDP bình quân đầu người của hai năm khác nhau", en: "two per-capita GRDP plan figures of different years" }];
    return {
      ...base,
      key: "impliedDeflator:grdpPerCapita",
      figures: plans.map((f) => planFigure(PER_CAPITA, f, "millionVndPerPerson")),
      implied: NaN,
      verdict: "missingData",
      missing,
      text: { vi: `Thiếu số liệu: cần ${missing[0]!.vi}.`, en: `Missing: ${missing[0]!.en}.` },
    };
  }
  const first = plans[0]!;
  const last = plans[plans.length - 1]!;
  const k = last.year - first.year;
  const g = meanRate(input, "grdpGrowth", first.year, last.year).value;
  const n = meanRate(input, "populationGrowth", first.year, last.year).value;
  const implied = Math.pow(last.value / first.value, 1 / k) * ((1 + n) / (1 + g)) - 1;
  const ok = implied >= DEFLATOR_RANGE.min && implied <= DEFLATOR_RANGE.max;
  const figures = [
    planFigure(PER_CAPITA, first, "millionVndPerPerson"),
    planFigure(PER_CAPITA, last, "millionVndPerPerson"),
    rateFigure({ vi: "Tăng trưởng GRDP g", en: "GRDP growth g" }, input, "grdpGrowth", first.year, last.year),
    rateFigure({ vi: "Tăng dân số n", en: "Population growth n" }, input, "populationGrowth", first.year, last.year),
  ];
  const p = (v: number, lang: "vi" | "en") => formatPercent(v, lang);
  const why = {
    vi: implied < 0 ? "giá giảm là khó tin" : ok ? "trong khoảng hợp lý 0–10 %/năm" : "ngoài khoảng hợp lý 0–10 %/năm",
    en: implied < 0 ? "a falling price level is implausible" : ok ? "within the plausible 0–10 %/yr" : "outside the plausible 0–10 %/yr",
  };
  return {
    ...base,
    key: `impliedDeflator:grdpPerCapita:${first.year}-${last.year}`,
    figures,
    implied,
    verdict: ok ? "plausible" : "implausible",
    missing: [],
    text: {
      vi: `GRDP/người ${formatNumber(first.value, "vi")} (${first.year}) → ${formatNumber(last.value, "vi")} (${last.year}) với g ${p(g, "vi")} và n ${p(n, "vi")} ngầm định giảm phát ${p(implied, "vi")}/năm: ${why.vi}.`,
      en: `GRDP per capita ${formatNumber(first.value, "en")} (${first.year}) → ${formatNumber(last.value, "en")} (${last.year}) with g ${p(g, "en")} and n ${p(n, "en")} implies a deflator of ${p(implied, "en")}/yr: ${why.en}.`,
    },
  };
}
