import { all, create, type MathNode } from "mathjs";
import type { CompiledFormula } from "../model/types.js";
import type { FormulaDefinitionT } from "../schema/scenario.js";
import type { ParseResult } from "../schema/parse.js";

/** Functions a formula may call; everything else in mathjs is out of reach. */
const ALLOWED_FUNCTIONS = new Set(["abs", "min", "max", "sqrt", "exp", "log", "log10", "pow", "round", "floor", "ceil"]);
const ALLOWED_CONSTANTS = new Set(["pi", "e"]);
/** Node types a formula may contain: arithmetic on names and numbers. */
const ALLOWED_NODES = new Set([
  "ConstantNode",
  "SymbolNode",
  "OperatorNode",
  "ParenthesisNode",
  "FunctionNode",
  "ConditionalNode",
]);

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

/**
 * Compiles a formula indicator once. Its names must be known indicator ids;
 * assignments, unit creation and function definitions are refused.
 */
export function compileFormula(id: string, def: FormulaDefinitionT, known: ReadonlySet<string>): ParseResult<CompiledFormula> {
  const where = `formulas.${id}.expr`;
  let node: MathNode;
  try {
    node = parse(def.expr);
  } catch (e) {
    return { ok: false, path: where, error: `scenario: ${where}: bad syntax: ${(e as Error).message}` };
  }
  const inputs = new Set<string>();
  let problem: string | undefined;
  node.traverse((n, path, parent) => {
    if (problem) return;
    if (!ALLOWED_NODES.has(n.type)) {
      problem = `'${n.toString()}' is not allowed (only arithmetic on indicators)`;
      return;
    }
    if (n.type === "SymbolNode") {
      const name = (n as unknown as { name: string }).name;
      const isCallee = parent?.type === "FunctionNode" && path === "fn";
      if (isCallee) {
        if (!ALLOWED_FUNCTIONS.has(name)) problem = `unknown function '${name}'`;
      } else if (known.has(name)) inputs.add(name);
      else if (!ALLOWED_CONSTANTS.has(name)) problem = `unknown name '${name}'`;
    }
  });
  if (problem) return { ok: false, path: where, error: `scenario: ${where}: ${problem}` };
  if (known.has(id) || ALLOWED_FUNCTIONS.has(id))
    return { ok: false, path: `formulas.${id}`, error: `scenario: formulas.${id}: the id is already an indicator` };
  const code = node.compile();
  return {
    ok: true,
    value: {
      id,
      name: def.name,
      unit: def.unit,
      inputs: [...inputs],
      evaluate(scope) {
        const v = code.evaluate({ ...scope });
        return typeof v === "number" ? v : NaN;
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
  for (const [id, def] of Object.entries(defs ?? {})) {
    const r = compileFormula(id, def, known);
    if (!r.ok) return r;
    out.push(r.value);
  }
  return { ok: true, value: out };
}
