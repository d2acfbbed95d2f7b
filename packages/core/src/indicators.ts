import type { UnitId } from "./units.js";

export type IndicatorKind = "rate" | "level" | "tracked";
/** How a level indicator's yearly growth is obtained when no explicit rate overrides it. */
export type Linkage = "grdp" | "grdpPerCapita" | "budgetRevenue" | "own";
export type PriceBasis = "real" | "nominal" | "volume" | "none";

export interface LocalizedText {
  vi: string;
  en: string;
}

export interface IndicatorDefinition {
  id: string;
  name: LocalizedText;
  /** Short label for slider names and table headers. */
  short?: LocalizedText;
  unit: UnitId;
  kind: IndicatorKind;
  basis: PriceBasis;
  linkage?: Linkage;
  /** Which side of a target is better (DESIGN section 1, comparators); higher unless stated. */
  better?: "higher" | "lower";
}

/** The standard model's indicators: ids and semantics are fixed by DESIGN section 1. */
export const STANDARD_INDICATORS: readonly IndicatorDefinition[] = [
  {
    id: "grdpGrowth",
    name: { vi: "Tăng trưởng GRDP", en: "GRDP growth" },
    unit: "rate",
    kind: "rate",
    basis: "real",
  },
  {
    id: "deflator",
    name: { vi: "Chỉ số giảm phát GRDP", en: "GRDP deflator" },
    unit: "rate",
    kind: "rate",
    basis: "nominal",
  },
  {
    id: "populationGrowth",
    name: { vi: "Tăng dân số", en: "Population growth" },
    unit: "rate",
    kind: "rate",
    basis: "none",
    better: "lower",
  },
  {
    id: "grdp",
    name: { vi: "GRDP (giá so sánh 2010)", en: "Real GRDP (2010 prices)" },
    unit: "index",
    kind: "level",
    basis: "real",
    linkage: "grdp",
  },
  {
    id: "grdpPerCapita",
    name: { vi: "GRDP bình quân đầu người", en: "GRDP per capita" },
    unit: "millionVndPerPerson",
    kind: "level",
    basis: "nominal",
    linkage: "grdpPerCapita",
  },
  {
    id: "budgetRevenue",
    name: { vi: "Thu ngân sách trên địa bàn", en: "State budget revenue" },
    unit: "billionVnd",
    kind: "level",
    basis: "nominal",
    linkage: "budgetRevenue",
  },
  {
    id: "investment",
    name: { vi: "Tổng vốn đầu tư huy động", en: "Total investment mobilised" },
    unit: "billionVnd",
    kind: "level",
    basis: "nominal",
    linkage: "own",
  },
  {
    id: "touristVisits",
    name: { vi: "Lượt khách du lịch", en: "Tourist visits" },
    unit: "millionVisits",
    kind: "level",
    basis: "volume",
    linkage: "own",
  },
  {
    id: "tourismRevenue",
    name: { vi: "Doanh thu du lịch", en: "Tourism revenue" },
    unit: "billionVnd",
    kind: "level",
    basis: "nominal",
    linkage: "own",
  },
];

export const STANDARD_IDS = STANDARD_INDICATORS.map((d) => d.id);
export const RATE_INPUT_IDS = ["grdpGrowth", "deflator", "populationGrowth"] as const;

/** Rate inputs of the Monte Carlo: rate indicators and level indicators with their own growth path. */
export function isRateInput(d: Pick<IndicatorDefinition, "kind" | "linkage">): boolean {
  return d.kind === "rate" || (d.kind === "level" && d.linkage === "own");
}

export function standardIndicator(id: string): IndicatorDefinition | undefined {
  return STANDARD_INDICATORS.find((d) => d.id === id);
}
