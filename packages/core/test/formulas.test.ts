import { describe, expect, it } from "vitest";
import { loadRegion, simulate, emptyScenario, regionIndicators, type Scenario } from "../src/index.js";
import { compileFormulas } from "../src/formulas/index.js";

const region = loadRegion("sa-pa");
const known = new Set(regionIndicators(region).map((d) => d.id));
const def = (expr: string) => ({ expr, name: { vi: "Doanh thu mỗi lượt khách", en: "Revenue per visit" }, unit: "thousand VND" });

describe("formula indicators", () => {
  it("computes tourism revenue per visit each year: 7,125 bn / 2.5 M = 2,850 thousand VND in 2022", () => {
    // billion VND / million visits = thousand VND per visit: 7125 / 2.5 = 2850
    const scenario: Scenario = {
      ...emptyScenario("sa-pa", "f"),
      formulas: {
        revenuePerVisit: {
          ...def("tourismRevenue / touristVisits"),
          targets: [{ id: "per-visit-2025", indicator: "revenuePerVisit", kind: "level", comparator: "atLeast", value: 4000, year: 2025 }],
        },
      },
    };
    const compiled = compileFormulas(scenario.formulas, known);
    if (!compiled.ok) throw new Error(compiled.error);
    const sim = simulate(region, scenario, compiled.value);
    if (!sim.ok) throw new Error(sim.error);
    const s = sim.value.projection.series.revenuePerVisit!;
    expect(s.values[2]).toBeCloseTo(2850, 9);
    expect(s.unit).toBe("thousand VND");
    const e = sim.value.evaluations.find((x) => x.target.id === "per-visit-2025")!;
    expect(e.projected).toBeCloseTo(s.values[5]!, 12);
    expect(e.required.own.status).toBe("notApplicable");
  });

  it("names an unknown name", () => {
    const r = compileFormulas({ perVisit: def("tourismRevenue / visitors") }, known);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toBe("scenario: formulas.perVisit.expr: unknown name 'visitors'");
  });

  it("names bad syntax", () => {
    const r = compileFormulas({ perVisit: def("tourismRevenue / (touristVisits") }, known);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/^scenario: formulas\.perVisit\.expr: bad syntax/);
  });

  it.each([
    ["assignment", "grdp = 5"],
    ["function definition", "f(x) = x"],
    ["unit creation", "createUnit('foo')"],
    ["import", "import({a: 1})"],
    ["evaluate", "evaluate('1+1')"],
    ["units", "5 cm"],
    ["matrices", "[1, 2]"],
  ])("refuses %s", (_, expr) => {
    const r = compileFormulas({ perVisit: def(expr) }, known);
    expect(r.ok).toBe(false);
  });

  it("allows whitelisted functions", () => {
    const r = compileFormulas({ ratio: def("max(tourismRevenue, 1) / sqrt(touristVisits ^ 2)") }, known);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value[0]!.evaluate({ tourismRevenue: 100, touristVisits: 4 })).toBe(25);
  });
});
