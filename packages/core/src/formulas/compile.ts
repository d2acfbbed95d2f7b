import { all, create, type MathNode } from "mathjs";
import type { CompiledFormula } from "../model/types.js";
import type { FormulaDefinitionT } from "../schema/scenario.js";
import type { ParseResult } from "../schema/parse.js";
import { checkText, checkTree, FORMULA_LIMITS, FUNCTION_ARITY } from "./checks.js";
import { FormulaError, evaluationProblem } from "./evaluation.js";

const math = create(all!, { number: "number" });
const parse = math.parse;
// Disable the functions that reach outside a formula, as the mathjs security notes advise.
const refuse = (name: string) => () => {
  throw new Error(`${name} is disabled in formulas`);
};
math.import(
  Object.fromEntries(
    ["import", "createUnit", "evaluate", "parse", "simplify", "derivative", "resolve", "compile", "reviver", "replacer"].map(
      (n) => [n, refuse(n)],
    ),
  ),
  { override: true },
);

function refused(where: string, problem: string): ParseResult<never> {
  return { ok: false, path: where, error: `scenario: ${where}: ${problem}` };
}

/**
 * Compiles a formula indicator once. Its names must be known indicator ids; only
 * numbers, arithmetic, comparisons and a few functions with the right number of
 * arguments are allowed, within the size limits of checks.ts. Evaluating it throws a
 * FormulaError naming what went wrong, in Vietnamese and English.
 */
export function compileFormula(id: string, def: FormulaDefinitionT, known: ReadonlySet<string>): ParseResult<CompiledFormula> {
  const where = `formulas.${id}.expr`;
  const tooBig = checkText(def.expr);
  if (tooBig) return refused(where, tooBig);
  let node: MathNode;
  try {
    node = parse(def.expr);
  } catch (e) {
    if (e instanceof RangeError) return refused(where, "the formula is nested too deeply");
    return refused(where, `bad syntax: ${(e as Error).message}`);
  }
  const { problem, inputs } = checkTree(node, known);
  if (problem) return refused(where, problem);
  if (known.has(id) || Object.hasOwn(FUNCTION_ARITY, id)) return refused(`formulas.${id}`, "the id is already an indicator");
  let code: { evaluate(scope: Record<string, number>): unknown };
  try {
    code = node.compile();
  } catch (e) {
    if (e instanceof RangeError) return refused(where, "the formula is nested too deeply");
    return refused(where, (e as Error).message.split("\n")[0]!);
  }
  return {
    ok: true,
    value: {
      id,
      name: def.name,
      unit: def.unit,
      inputs: [...inputs],
      evaluate(scope) {
        let v: unknown;
        try {
          v = code.evaluate({ ...scope });
        } catch (e) {
          throw new FormulaError(evaluationProblem(e));
        }
        if (typeof v === "number") return v;
        if (typeof v === "boolean")
          throw new FormulaError({ vi: "kết quả là đúng/sai, không phải một số", en: "the result is true or false, not a number" });
        throw new FormulaError({ vi: "kết quả không phải số thực (như căn của số âm)", en: "the result is not a real number (such as the square root of a negative)" });
      },
    },
  };
}

/** Compiles every formula of a scenario, failing on the first bad one. */
export function compileFormulas(
  defs: Record<string, FormulaDefinitionT> | undefined,
  known: ReadonlySet<string>,
): ParseResult<CompiledFormula[]> {
  const out: CompiledFormula[] = [];
  const entries = Object.entries(defs ?? {});
  // A scenario defines a few derived indicators; thousands would only slow every edit down.
  if (entries.length > FORMULA_LIMITS.formulas)
    return refused("formulas", `too many formulas: ${entries.length.toLocaleString("en-US")} (at most ${FORMULA_LIMITS.formulas})`);
  for (const [id, def] of entries) {
    if ((def.targets?.length ?? 0) > FORMULA_LIMITS.targets)
      return refused(`formulas.${id}.targets`, `too many targets: ${def.targets!.length.toLocaleString("en-US")} (at most ${FORMULA_LIMITS.targets} a formula)`);
    const r = compileFormula(id, def, known);
    if (!r.ok) return r;
    out.push(r.value);
  }
  return { ok: true, value: out };
}
