import type { UnitId } from "../units.js";
import type { Lang } from "./number.js";

const UNIT_LABELS: Record<UnitId, { vi: string; en: string }> = {
  rate: { vi: "%/năm", en: "%/yr" },
  share: { vi: "%", en: "%" },
  index: { vi: "chỉ số ({base} = 100)", en: "index ({base} = 100)" },
  billionVnd: { vi: "tỷ đồng", en: "billion VND" },
  billionVnd2010: { vi: "tỷ đồng (giá 2010)", en: "billion VND (2010 prices)" },
  millionVndPerPerson: { vi: "triệu đồng/người", en: "million VND/person" },
  millionVndPerHa: { vi: "triệu đồng/ha", en: "million VND/ha" },
  millionVisits: { vi: "triệu lượt", en: "million visits" },
  billionUsd: { vi: "tỷ USD", en: "billion USD" },
  tonnes: { vi: "tấn", en: "tonnes" },
  per10kPeople: { vi: "/1 vạn dân", en: "per 10,000 people" },
  criteriaPerCommune: { vi: "tiêu chí/xã", en: "criteria per commune" },
  people: { vi: "người", en: "people" },
  count: { vi: "", en: "" },
};

/**
 * The label of a unit id; free-text units (formula indicators) are returned as given.
 * An index names the region's base year when it is given ("chỉ số (2025 = 100)"), else "năm gốc".
 */
export function unitLabel(unit: string, lang: Lang, baseYear?: number): string {
  const known = (UNIT_LABELS as Record<string, { vi: string; en: string }>)[unit];
  const base = baseYear !== undefined ? String(baseYear) : lang === "vi" ? "năm gốc" : "base year";
  return known ? known[lang].replace("{base}", base) : unit;
}

/** Units whose values are fractions shown as percent. */
export function isPercentUnit(unit: string): boolean {
  return unit === "rate" || unit === "share";
}
