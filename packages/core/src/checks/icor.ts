import { formatNumber, type Lang } from "../format/number.js";
import type { FixedValue, Projection } from "../model/types.js";
import { planFigure, planFigures } from "./figures.js";
import type { CheckFigure, PlanCheck } from "./types.js";

/** Incremental capital-output ratios of 3–10 are usual for Vietnamese provinces. */
export const ICOR_RANGE = { min: 3, max: 10 };

const INVESTMENT = { vi: "Vốn đầu tư", en: "Investment" };

function nz(v: number | undefined): number {
  return v === undefined || Number.isNaN(v) ? 0 : v;
}

/**
 * Nominal GRDP (billion VND, current prices) for every year of the term: from the
 * base-year GRDP and the scenario's growth and deflator, or else from the base-year
 * population and its growth times the projected GRDP per capita. Undefined without either.
 */
function nominalGrdp(projection: Projection): { path: number[]; figure: CheckFigure } | undefined {
  const input = projection.input;
  const n = input.years.length;
  const { grdpCurrentPrices, population } = input.baseLevels;
  const figureOf = (label: CheckFigure["label"], f: FixedValue, unit: string): CheckFigure => ({
    label,
    value: f.value,
    unit,
    status: f.info.status,
    source: f.info.edited ? "scenario" : f.info.source,
  });
  if (grdpCurrentPrices) {
    const path = [grdpCurrentPrices.value];
    for (let i = 1; i < n; i++) path.push(path[i - 1]! * (1 + nz(input.rates.grdpGrowth![i])) * (1 + nz(input.rates.deflator![i])));
    return { path, figure: figureOf({ vi: `GRDP ${input.base} (giá hiện hành)`, en: `GRDP ${input.base} (current prices)` }, grdpCurrentPrices, "billionVnd") };
  }
  const perCapita = projection.series.grdpPerCapita;
  if (population && perCapita && !perCapita.isIndex) {
    const path: number[] = [];
    let people = population.value;
    for (let i = 0; i < n; i++) {
      if (i > 0) people *= 1 + nz(input.rates.populationGrowth![i]);
      // million VND a person × thousand persons = billion VND
      path.push(perCapita.values[i]! * people);
    }
    return { path, figure: figureOf({ vi: `Dân số ${input.base} (nghìn người)`, en: `Population ${input.base} (thousand)` }, population, "count") };
  }
  return undefined;
}

/** Implied ICOR = investment_t ÷ (GRDP_t − GRDP_{t−1}), both at current prices, in the year of the first investment plan figure. */
export function impliedIcor(projection: Projection): PlanCheck {
  const input = projection.input;
  const investment = planFigures(projection, "investment")[0];
  const grdp = nominalGrdp(projection);
  const base = {
    id: "impliedIcor" as const,
    title: { vi: "Hệ số ICOR ngầm định (vốn đầu tư / GRDP tăng thêm)", en: "Implied ICOR (investment / added GRDP)" },
    formula: { vi: "ICOR = I_t / (GRDP_t − GRDP_{t−1}), cùng giá hiện hành", en: "ICOR = I_t / (GRDP_t − GRDP_{t−1}), both at current prices" },
    unit: "ratio" as const,
    plausible: ICOR_RANGE,
  };
  if (!investment || !grdp || investment.year <= input.base) {
    const missing = [];
    if (!investment || investment.year <= input.base)
      missing.push({ vi: "số kế hoạch vốn đầu tư của một năm tăng trưởng", en: "an investment plan figure for a growth year" });
    if (!grdp)
      missing.push({
        vi: `GRDP năm ${input.base} (tỷ đồng, giá hiện hành) hoặc dân số năm ${input.base} (nghìn người): nhập vào baseLevels của địa bàn hoặc kịch bản`,
        en: `GRDP in ${input.base} (billion VND, current prices) or population in ${input.base} (thousand): enter it under baseLevels of the region or scenario`,
      });
    return {
      ...base,
      key: "impliedIcor:investment",
      figures: investment ? [planFigure(INVESTMENT, investment, "billionVnd")] : [],
      implied: NaN,
      verdict: "missingData",
      missing,
      text: { vi: `Thiếu số liệu: cần ${missing.map((m) => m.vi).join("; ")}.`, en: `Missing: ${missing.map((m) => m.en).join("; ")}.` },
    };
  }
  const i = investment.year - input.base;
  const added = grdp.path[i]! - grdp.path[i - 1]!;
  const implied = investment.value / added;
  const ok = implied >= ICOR_RANGE.min && implied <= ICOR_RANGE.max;
  const figures: CheckFigure[] = [
    planFigure(INVESTMENT, investment, "billionVnd"),
    grdp.figure,
    { label: { vi: `GRDP tăng thêm ${investment.year}`, en: `Added GRDP ${investment.year}` }, value: added, unit: "billionVnd", status: "projected" },
  ];
  const text = (lang: Lang) =>
    lang === "vi"
      ? `Vốn đầu tư ${formatNumber(investment.value, lang)} tỷ đồng năm ${investment.year} cho GRDP tăng thêm ${formatNumber(added, lang)} tỷ đồng: ICOR ${formatNumber(implied, lang, 2)}, ${ok ? "trong" : "ngoài"} khoảng hợp lý 3–10.`
      : `Investment of ${formatNumber(investment.value, lang)} billion VND in ${investment.year} for ${formatNumber(added, lang)} billion VND of added GRDP: ICOR ${formatNumber(implied, lang, 2)}, ${ok ? "within" : "outside"} the plausible 3–10.`;
  return { ...base, key: `impliedIcor:investment:${investment.year}`, figures, implied, verdict: ok ? "plausible" : "implausible", missing: [], text: { vi: text("vi"), en: text("en") } };
}
