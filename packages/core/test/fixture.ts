import { parseRegion, type Region } from "../src/index.js";

/**
 * A small region with round numbers, so golden values can be computed by hand:
 * growth 10 %, deflator 2 %, population 1 % every year 2021–2025.
 */
export function fixtureRegion(overrides: Partial<Record<string, unknown>> = {}): Region {
  const every = (value: number) =>
    Object.fromEntries([2021, 2022, 2023, 2024, 2025].map((y) => [String(y), { value, status: "assumption", note: "fixture" }]));
  const raw = {
    schema: "lotrinh/region/1",
    id: "test-town",
    name: { vi: "Thị xã Thử", en: "Test town" },
    level: "town",
    term: { base: 2020, end: 2025 },
    sources: [{ id: "doc", file: "doc.txt", title: { vi: "Tài liệu", en: "Document" }, publisher: "Test", date: "2022-12-15" }],
    indicators: {
      grdpGrowth: { rates: { ...every(0.1), "2023": { value: 0.1, status: "plan", source: "doc" } } },
      deflator: { rates: every(0.02) },
      populationGrowth: { rates: every(0.01) },
      grdpPerCapita: { levels: { "2023": { value: 100, status: "plan", source: "doc" }, "2025": { value: 130, status: "plan", source: "doc" } } },
      budgetRevenue: { levels: { "2022": { value: 500, status: "actual", source: "doc" } } },
      investment: {
        levels: { "2023": { value: 1000, status: "plan", source: "doc" } },
        rates: every(0.1),
      },
    },
    params: { revenueBuoyancy: { value: 1, status: "assumption", note: "fixture" } },
    targets: [
      { id: "avg", indicator: "grdpGrowth", kind: "averageGrowth", comparator: "atLeast", value: 0.1, year: 2025, fromYear: 2021, category: "economic", scope: "term", source: "doc" },
      { id: "g2023", indicator: "grdpGrowth", kind: "annualRate", comparator: "atLeast", value: 0.12, year: 2023, category: "economic", scope: "year", source: "doc" },
      { id: "pc2025", indicator: "grdpPerCapita", kind: "level", comparator: "atLeast", value: 130, year: 2025, category: "economic", scope: "term", source: "doc" },
      { id: "inv-sum", indicator: "investment", kind: "cumulative", comparator: "atLeast", value: 5000, year: 2025, fromYear: 2021, category: "economic", scope: "term", source: "doc" },
      { id: "rev-about", indicator: "budgetRevenue", kind: "level", comparator: "about", tolerance: 0.02, value: 600, year: 2024, category: "economic", scope: "year", source: "doc" },
      { id: "rev-cap", indicator: "budgetRevenue", kind: "level", comparator: "atMost", value: 700, year: 2025, category: "economic", scope: "year", source: "doc" },
    ],
    ...overrides,
  };
  const r = parseRegion(raw);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}
