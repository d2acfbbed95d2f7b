import { describe, expect, it } from "vitest";
import { loadRegion, migrateScenario, parseScenario, resolveModel, type Scenario } from "../src/index.js";

const region = loadRegion("sa-pa");

/** Parses a scenario file and resolves it against Sa Pa, as every interface does. */
function check(raw: unknown): string | undefined {
  const parsed = parseScenario(raw);
  if (!parsed.ok) return parsed.error;
  const resolved = resolveModel(region, parsed.value);
  return resolved.ok ? undefined : resolved.error;
}

const base = { schema: "lotrinh/scenario/1", name: "Thử", region: "sa-pa" };

describe("scenario files refuse bad input naming the field", () => {
  it("accepts the DESIGN example shape", () => {
    expect(check({ ...base, rates: { grdpGrowth: { "2024": 0.15, "2025": 0.16 } }, levels: { investment: { "2021": 9000 } }, params: { revenueBuoyancy: 1 } })).toBeUndefined();
  });
  it("an unknown indicator", () => {
    expect(check({ ...base, rates: { gdpGrowth: { "2024": 0.1 } } })).toMatch(/rates\.gdpGrowth: unknown indicator 'gdpGrowth'/);
  });
  it("a year outside the term", () => {
    expect(check({ ...base, rates: { grdpGrowth: { "2019": 0.1 } } })).toMatch(/rates\.grdpGrowth\.2019: year 2019 is outside the term 2021–2025/);
    expect(check({ ...base, rates: { grdpGrowth: { "2020": 0.1 } } })).toMatch(/rates\.grdpGrowth\.2020/);
    expect(check({ ...base, levels: { investment: { "2026": 1 } } })).toMatch(/levels\.investment\.2026/);
  });
  it("a rate at or below −100 %", () => {
    expect(check({ ...base, rates: { grdpGrowth: { "2024": -1 } } })).toMatch(/rates\.grdpGrowth\.2024: a rate must lie in \(−100 %, \+1000 %\]/);
  });
  it("a non-finite number", () => {
    expect(check({ ...base, rates: { grdpGrowth: { "2024": Infinity } } })).toMatch(/rates\.grdpGrowth\.2024/);
    expect(check({ ...base, levels: { investment: { "2024": Number.NaN } } })).toMatch(/levels\.investment\.2024/);
  });
  it("a newer schema version", () => {
    expect(check({ ...base, schema: "lotrinh/scenario/2" })).toMatch(/schema: version 2 is newer/);
  });
  it("a scenario for another region", () => {
    expect(check({ ...base, region: "lao-cai" })).toMatch(/region: the scenario is for 'lao-cai'/);
  });
  it("a level for a rate indicator and a rate for a tracked one", () => {
    expect(check({ ...base, levels: { grdpGrowth: { "2024": 1 } } })).toMatch(/levels\.grdpGrowth: grdpGrowth is a rate/);
  });
  it("an 'about' formula target without tolerance", () => {
    const formulas = { perVisit: { expr: "tourismRevenue / touristVisits", name: { vi: "a", en: "a" }, unit: "thousand VND", targets: [{ id: "x", indicator: "perVisit", kind: "level", comparator: "about", value: 1, year: 2025 }] } };
    expect(check({ ...base, formulas })).toMatch(/formulas\.perVisit\.targets\.0\.tolerance/);
  });
});

describe("formula targets", () => {
  const formula = (target: Record<string, unknown>) => ({
    perVisit: { expr: "tourismRevenue / touristVisits", name: { vi: "a", en: "a" }, unit: "thousand VND", targets: [{ id: "x", indicator: "perVisit", kind: "level", comparator: "atLeast", value: 1, year: 2025, ...target }] },
  });
  it("refuses a year outside the term", () => {
    expect(check({ ...base, formulas: formula({ year: 2030 }) })).toMatch(/formulas\.perVisit\.targets\.0\.year: year 2030 is outside the term 2020–2025/);
  });
  it("refuses a target on another indicator", () => {
    expect(check({ ...base, formulas: formula({ indicator: "grdp" }) })).toMatch(/formulas\.perVisit\.targets\.0\.indicator/);
  });
});

describe("scenario migration", () => {
  it("runs each step from an older version up to the current one", () => {
    // A hypothetical version 2 that renamed `rates` to `growth`.
    const migrated = migrateScenario({ schema: "lotrinh/scenario/1", rates: { a: 1 } }, 2, {
      1: ({ rates, ...rest }) => ({ ...rest, schema: "lotrinh/scenario/2", growth: rates }),
    });
    expect(migrated).toEqual({ ok: true, value: { schema: "lotrinh/scenario/2", growth: { a: 1 } } });
  });
  it("names a missing migration step", () => {
    const r = migrateScenario({ schema: "lotrinh/scenario/1" }, 3, { 1: (d) => ({ ...d, schema: "lotrinh/scenario/2" }) });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/no migration from version 2/);
  });
  it("refuses a file that is not a scenario", () => {
    const r = parseScenario([1, 2]);
    expect(r.ok).toBe(false);
  });
});

describe("scenario semantics", () => {
  it("keeps the region's defaults for omitted keys and marks edits as assumptions", () => {
    const s: Scenario = { ...base, schema: "lotrinh/scenario/1", rates: { grdpGrowth: { "2024": 0.2 } } };
    const r = resolveModel(region, s);
    if (!r.ok) throw new Error(r.error);
    expect(r.value.rates.grdpGrowth![4]).toBe(0.2);
    expect(r.value.rateInfo.grdpGrowth![4]).toMatchObject({ status: "assumption", edited: true });
    expect(r.value.rateInfo.grdpGrowth![3]).toMatchObject({ status: "plan", source: "000_9e44bb76478aa60b" });
  });
  it("locking a year marks it actual and removes it from the free years", () => {
    const s: Scenario = { ...base, schema: "lotrinh/scenario/1", actual: { grdpGrowth: [2021, 2022] } };
    const r = resolveModel(region, s);
    if (!r.ok) throw new Error(r.error);
    expect(r.value.rateInfo.grdpGrowth![2]!.status).toBe("actual");
    expect(r.value.lastActualRate.grdpGrowth).toBe(2);
  });
});
