import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadRegion, regionIndicators } from "../src/index.js";
import { compileFormula, FormulaError } from "../src/formulas/index.js";

const region = loadRegion("sa-pa");
const known = new Set(regionIndicators(region).map((d) => d.id));
const NAMES = ["grdp", "grdpGrowth", "tourismRevenue", "touristVisits", "investment"];

/** Tokens a user might type, allowed or not: names, numbers, text, operators, functions, brackets. */
const TOKENS = [
  ...NAMES, "1", "0", "2.5", "1e308", "-1", "1e-320", '"a"', "'b'", "true", "null", "pi", "e", "i", "x",
  "+", "-", "*", "/", "^", "%", "mod", "<<", "to", "!", "'", ">", "<", "==", "and", "or", "not", "?", ":", ",", "=", ".", ";",
  "(", ")", "[", "]", "{", "}", "pow(", "min(", "max(", "round(", "sqrt(", "log(", "floor(", "abs(", "evaluate(", "import(", "f(",
];

/** Well-formed expressions: names, numbers, operators, conditionals and calls with 0–3 arguments. */
const { expr: wellFormed } = fc.letrec<{ expr: string }>((tie) => ({
  expr: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constantFrom(...NAMES, "pi", "e"),
    fc.double({ noNaN: true, noDefaultInfinity: true }).map((v) => (v < 0 ? `(${v})` : String(v))),
    fc.tuple(tie("expr"), fc.constantFrom("+", "-", "*", "/", "^", "%", ">", "<=", "==", "and", "or"), tie("expr")).map(([a, op, b]) => `(${a} ${op} ${b})`),
    fc.tuple(tie("expr"), tie("expr"), tie("expr")).map(([c, a, b]) => `(${c} ? ${a} : ${b})`),
    fc.tuple(fc.constantFrom("abs", "min", "max", "sqrt", "exp", "log", "log10", "pow", "round", "floor", "ceil"), fc.array(tie("expr"), { maxLength: 3 })).map(
      ([f, args]) => `${f}(${args.join(", ")})`,
    ),
  ),
}));

describe("formulas from any tokens", () => {
  it("well-formed expressions compile unless an arity or a constant is wrong, and evaluate to a number or a named FormulaError", () => {
    let compiledCount = 0;
    let failedCount = 0;
    fc.assert(
      fc.property(wellFormed, fc.array(fc.double(), { minLength: NAMES.length, maxLength: NAMES.length }), (expr, values) => {
        const compiled = compileFormula("f", { expr, name: { vi: "F", en: "F" }, unit: "x" }, known);
        if (!compiled.ok) {
          expect(compiled.error).toMatch(/needs|decimals|too large|nested too deeply|too long/);
          return;
        }
        compiledCount++;
        const scope = Object.fromEntries(NAMES.map((n, i) => [n, values[i]!]));
        try {
          expect(typeof compiled.value.evaluate(scope)).toBe("number");
        } catch (e) {
          expect(e).toBeInstanceOf(FormulaError);
          failedCount++;
        }
      }),
      { numRuns: 3000 },
    );
    // The generator reaches both outcomes: most compile, some fail only when evaluated.
    expect(compiledCount).toBeGreaterThan(1000);
    expect(failedCount).toBeGreaterThan(0);
  });

  it("never throw when compiled, and evaluate to a number or a FormulaError naming the problem in both languages", () => {
    const scope = Object.fromEntries(NAMES.map((n) => [n, 0]));
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...TOKENS), { minLength: 1, maxLength: 25 }),
        fc.array(fc.double(), { minLength: NAMES.length, maxLength: NAMES.length }),
        (tokens, values) => {
          const expr = tokens.join(" ");
          const compiled = compileFormula("f", { expr, name: { vi: "F", en: "F" }, unit: "x" }, known);
          if (!compiled.ok) {
            expect(compiled.error).toMatch(/^scenario: formulas\.f(\.expr)?: /);
            return;
          }
          NAMES.forEach((n, i) => (scope[n] = values[i]!));
          try {
            expect(typeof compiled.value.evaluate(scope)).toBe("number");
          } catch (e) {
            expect(e).toBeInstanceOf(FormulaError);
            const { vi, en } = (e as FormulaError).problem;
            expect(vi.length * en.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 3000 },
    );
  });
});
