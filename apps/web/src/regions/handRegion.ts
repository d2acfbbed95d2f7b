import type { Lang } from "@lotrinh/core";

/** What the hand form asks: the region, its term, constant yearly rates, base-year levels and term targets. */
export interface HandInput {
  name: string;
  id: string;
  level: "province" | "town";
  base: number;
  end: number;
  /** Percent per year, as typed. */
  growth: number;
  deflator: number;
  population: number;
  perCapita?: number;
  revenue?: number;
  perCapitaTarget?: number;
  revenueTarget?: number;
  /** Percent per year. */
  averageGrowthTarget?: number;
}

/** "Tỉnh Mới" → "tinh-moi": a region id from a Vietnamese name. */
export function slugOf(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

const SOURCE = "nhap-tay";

/**
 * A region file (lotrinh/region/2) from the hand form. Rates are assumptions, base-year levels
 * are figures the planner reports (thực hiện, source "entered by hand"); validation is core's.
 */
export function handRegion(input: HandInput, lang: Lang, today = new Date()): Record<string, unknown> {
  const note = { vi: "Nhập tay trong Lộ Trình.", en: "Entered by hand in Lộ Trình." };
  const years = Array.from({ length: Math.max(0, input.end - input.base) }, (_, i) => input.base + 1 + i);
  const rates = (percent: number) =>
    Object.fromEntries(years.map((y) => [String(y), { value: percent / 100, status: "assumption", note }]));
  const level = (value: number | undefined) =>
    value === undefined ? undefined : { levels: { [String(input.base)]: { value, status: "actual", source: SOURCE } } };
  const indicators: Record<string, unknown> = {
    grdpGrowth: { rates: rates(input.growth) },
    deflator: { rates: rates(input.deflator) },
    populationGrowth: { rates: rates(input.population) },
  };
  if (input.perCapita !== undefined) indicators.grdpPerCapita = level(input.perCapita);
  if (input.revenue !== undefined) indicators.budgetRevenue = level(input.revenue);
  const target = (id: string, indicator: string, kind: string, value: number, fromYear?: number) => ({
    id,
    indicator,
    kind,
    comparator: "atLeast",
    value,
    year: input.end,
    ...(fromYear !== undefined ? { fromYear } : {}),
    category: "economic",
    scope: "term",
    source: SOURCE,
  });
  const targets = [];
  if (input.perCapitaTarget !== undefined) targets.push(target(`grdp-per-capita-${input.end}`, "grdpPerCapita", "level", input.perCapitaTarget));
  if (input.revenueTarget !== undefined) targets.push(target(`budget-revenue-${input.end}`, "budgetRevenue", "level", input.revenueTarget));
  if (input.averageGrowthTarget !== undefined)
    targets.push(target("grdp-growth-term-average", "grdpGrowth", "averageGrowth", input.averageGrowthTarget / 100, input.base + 1));
  return {
    schema: "lotrinh/region/2",
    id: input.id,
    name: { vi: input.name, en: input.name },
    level: input.level,
    term: { base: input.base, end: input.end },
    sources: [
      {
        id: SOURCE,
        file: SOURCE,
        title: { vi: "Số liệu nhập tay", en: "Figures entered by hand" },
        publisher: lang === "vi" ? "Người dùng Lộ Trình" : "Lộ Trình user",
        date: today.toISOString().slice(0, 10),
      },
    ],
    indicators,
    params: { revenueBuoyancy: { value: 1, status: "assumption", note: { vi: "Thu ngân sách tăng cùng GRDP danh nghĩa.", en: "Revenue grows with nominal GRDP." } } },
    targets,
  };
}
