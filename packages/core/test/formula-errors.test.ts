import { describe, expect, it } from "vitest";
import { emptyScenario, loadRegion, regionIndicators, simulate, type Scenario } from "../src/index.js";
import { compileFormulas, FORMULA_LIMITS } from "../src/formulas/index.js";

const region = loadRegion("sa-pa");
const known = new Set(regionIndicators(region).map((d) => d.id));
const def = (expr: string) => ({ expr, name: { vi: "Công thức", en: "Formula" }, unit: "VND" });

function refusal(expr: string): string {
  const r = compileFormulas({ f: def(expr) }, known);
  if (r.ok) throw new Error(`'${expr.slice(0, 60)}' compiled`);
  return r.error;
}

describe("formulas refused when compiled, naming the formula", () => {
  it.each([
    ["pow(2)", "pow needs 2 arguments (got 1)"],
    ["min()", "min needs at least 1 argument (got 0)"],
    ["round(1, 2, 3)", "round needs 1 or 2 arguments (got 3)"],
    ["round(1, 1e9)", "round: the number of decimals must be a whole number from 0 to 15"],
    ["round(grdp, 2.5)", "round: the number of decimals must be a whole number from 0 to 15"],
    ['"abc" * grdp', 'text "abc" is not allowed: formulas compute with numbers'],
    ['"a" + "b"', 'text "a" is not allowed: formulas compute with numbers'],
    ["5 to 3", "operator 'to' is not allowed (only + − * / ^ %, comparisons, and, or, not)"],
    ["grdp << 40", "operator '<<' is not allowed (only + − * / ^ %, comparisons, and, or, not)"],
    ["3!", "operator '!' is not allowed (only + − * / ^ %, comparisons, and, or, not)"],
    ["true + grdp", "'true' is not allowed: formulas compute with numbers"],
    ["grdp(2)", "unknown function 'grdp'"],
  ])("%s: %s", (expr, message) => {
    expect(refusal(expr)).toBe(`scenario: formulas.f.expr: ${message}`);
  });

  it("limits size: a sum of 2,000 terms (3,999 parts) is refused, one of 500 (999 parts, 500 deep) compiles", () => {
    const sum = (k: number) => Array.from({ length: k }, () => "grdp").join("+");
    expect(refusal(sum(2000))).toBe(
      `scenario: formulas.f.expr: the formula is too large: more than ${FORMULA_LIMITS.nodes.toLocaleString("en-US")} parts (numbers, names and operators)`,
    );
    // A chain of 1,000 additions is 1,000 levels deep: past the depth limit.
    expect(refusal(sum(1000))).toMatch(/nested too deeply \(more than 500 levels\)/);
    const ok = compileFormulas({ f: def(sum(500)) }, known);
    expect(ok.ok).toBe(true);
    // 500 × 100 = 50,000
    if (ok.ok) expect(ok.value[0]!.evaluate({ grdp: 100 })).toBe(50_000);
  });

  it("limits depth and length before parsing: 101 brackets, 10,001 characters", () => {
    expect(refusal(`${"(".repeat(101)}1${")".repeat(101)}`)).toMatch(/nested too deeply \(more than 100 levels of brackets\)/);
    expect(refusal(`${"(".repeat(5000)}1`)).toMatch(/nested too deeply/);
    expect(refusal(`grdp${" ".repeat(10_000)}`)).toBe("scenario: formulas.f.expr: the formula is too long: 10,004 characters (at most 10,000)");
    // 600 nested powers: 1,199 parts but 600 levels deep.
    expect(refusal(Array.from({ length: 600 }, () => "2").join("^"))).toMatch(/nested too deeply \(more than 500 levels\)/);
  });
});

describe("a formula failing at evaluation keeps its error on its own series", () => {
  const scenario = (rate: number): Scenario => ({
    ...emptyScenario("sa-pa", "w3"),
    rates: { grdpGrowth: { "2024": rate } },
    formulas: {
      f: def("round(grdp, grdpGrowth > 0.2 ? 99 : 2)"),
      perVisit: def("tourismRevenue / touristVisits"),
    },
  });
  const run = (rate: number) => {
    const s = scenario(rate);
    const compiled = compileFormulas(s.formulas, known);
    if (!compiled.ok) throw new Error(compiled.error);
    const sim = simulate(region, s, compiled.value);
    if (!sim.ok) throw new Error(sim.error);
    return sim.value;
  };

  it("works while growth stays at or below 20 %", () => {
    expect(run(0.15).projection.series.f!.error).toBeUndefined();
  });

  it("after typing 25 % for 2024, names the formula and the year, and everything else still computes", () => {
    const sim = run(0.25);
    const f = sim.projection.series.f!;
    expect(f.error).toEqual({
      vi: "formulas.f: round: số chữ số thập phân phải là số nguyên từ 0 đến 15 (khi tính năm 2024)",
      en: "formulas.f: round: the number of decimals must be a whole number from 0 to 15 (evaluated in 2024)",
    });
    // Index 4 is 2024 (base 2020): NaN there only; 2023 (index 3) computed at 2 decimals.
    expect(Number.isNaN(f.values[4]!)).toBe(true);
    expect(Number.isFinite(f.values[3]!)).toBe(true);
    expect(sim.projection.series.perVisit!.error).toBeUndefined();
    expect(Number.isFinite(sim.projection.series.perVisit!.values[2]!)).toBe(true);
    expect(sim.evaluations.length).toBeGreaterThan(0);
  });

  it("a non-number result (square root of a negative) is an error, not a silent NaN", () => {
    const s: Scenario = { ...emptyScenario("sa-pa", "c"), formulas: { f: def("sqrt(grdpGrowth - 1)") } };
    const compiled = compileFormulas(s.formulas, known);
    if (!compiled.ok) throw new Error(compiled.error);
    const sim = simulate(region, s, compiled.value);
    if (!sim.ok) throw new Error(sim.error);
    expect(sim.value.projection.series.f!.error?.en).toBe(
      "formulas.f: the result is not a real number (such as the square root of a negative) (evaluated in 2021)",
    );
  });
});
