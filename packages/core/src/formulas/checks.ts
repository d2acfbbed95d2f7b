import type { MathNode } from "mathjs";

/**
 * What a formula may contain, checked on the parsed tree before it is compiled:
 * numbers, indicator names, arithmetic, comparisons inside conditionals, and a
 * few functions with their argument counts. Every refusal is one English phrase;
 * format/errors.ts gives its Vietnamese.
 */

/** Function name → [fewest, most] arguments. */
export const FUNCTION_ARITY: Readonly<Record<string, readonly [number, number]>> = {
  abs: [1, 1],
  min: [1, Infinity],
  max: [1, Infinity],
  sqrt: [1, 1],
  exp: [1, 1],
  log: [1, 2],
  log10: [1, 1],
  pow: [2, 2],
  round: [1, 2],
  floor: [1, 2],
  ceil: [1, 2],
};
export const ALLOWED_CONSTANTS = new Set(["pi", "e"]);
/** mathjs operator functions a formula may use. */
const ALLOWED_OPERATORS = new Set([
  "add", "subtract", "multiply", "divide", "pow", "unaryMinus", "unaryPlus", "mod",
  "larger", "smaller", "largerEq", "smallerEq", "equal", "unequal", "and", "or", "not",
]);
const ALLOWED_NODES = new Set(["ConstantNode", "SymbolNode", "OperatorNode", "ParenthesisNode", "FunctionNode", "ConditionalNode"]);

/** Limits that keep parsing, compiling and evaluating a formula cheap and within the stack. */
export const FORMULA_LIMITS = { characters: 10_000, brackets: 100, nodes: 2_000, depth: 500, formulas: 100, targets: 20 } as const;
/** Decimals mathjs's round/floor/ceil accept. */
export const MAX_DECIMALS = 15;

const n = (v: number) => v.toLocaleString("en-US");

/** Checks the text before parsing: a parser recursing once per bracket must not meet 10,000 of them. */
export function checkText(expr: string): string | undefined {
  if (expr.length > FORMULA_LIMITS.characters)
    return `the formula is too long: ${n(expr.length)} characters (at most ${n(FORMULA_LIMITS.characters)})`;
  let depth = 0;
  for (const c of expr) {
    if (c === "(" || c === "[" || c === "{") depth++;
    else if (c === ")" || c === "]" || c === "}") depth--;
    if (depth > FORMULA_LIMITS.brackets) return `the formula is nested too deeply (more than ${FORMULA_LIMITS.brackets} levels of brackets)`;
  }
  return undefined;
}

function pluralArgs(k: number): string {
  return k === 1 ? "1 argument" : `${k} arguments`;
}

/** "pow needs 2 arguments (got 1)", "min needs at least 1 argument (got 0)". */
export function arityProblem(name: string, got: number): string | undefined {
  const [lo, hi] = FUNCTION_ARITY[name]!;
  if (got >= lo && got <= hi) return undefined;
  const need = lo === hi ? pluralArgs(lo) : hi === Infinity ? `at least ${pluralArgs(lo)}` : `${lo} or ${hi} arguments`;
  return `${name} needs ${need} (got ${got})`;
}

export function decimalsProblem(name: string): string {
  return `${name}: the number of decimals must be a whole number from 0 to ${MAX_DECIMALS}`;
}

interface Walk {
  problem?: string;
  inputs: Set<string>;
}

/** Walks the tree once: node types, operators, constants, names, arities and size. */
export function checkTree(root: MathNode, known: ReadonlySet<string>): { problem?: string; inputs: Set<string> } {
  const size = checkSize(root);
  if (size) return { problem: size, inputs: new Set() };
  const walk: Walk = { inputs: new Set() };
  visit(root, known, walk, false);
  return { problem: walk.problem, inputs: walk.inputs };
}

/**
 * Size and depth first, without recursion: a sum of 2,000 terms is a chain 2,000
 * deep, and mathjs's compiler recurses once per level.
 */
function checkSize(root: MathNode): string | undefined {
  const stack: [MathNode, number][] = [[root, 1]];
  let nodes = 0;
  let deepest = 0;
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (++nodes > FORMULA_LIMITS.nodes)
      return `the formula is too large: more than ${n(FORMULA_LIMITS.nodes)} parts (numbers, names and operators)`;
    deepest = Math.max(deepest, depth);
    node.forEach((child) => stack.push([child, depth + 1]));
  }
  if (deepest > FORMULA_LIMITS.depth) return `the formula is nested too deeply (more than ${FORMULA_LIMITS.depth} levels)`;
  return undefined;
}

function visit(node: MathNode, known: ReadonlySet<string>, walk: Walk, isCallee: boolean): void {
  if (walk.problem) return;
  const type = node.type;
  const any = node as unknown as Record<string, unknown>;
  if (!ALLOWED_NODES.has(type)) {
    walk.problem = `'${shortText(node)}' is not allowed (only arithmetic on indicators)`;
    return;
  }
  if (type === "ConstantNode") {
    const value = any.value;
    if (typeof value === "string") walk.problem = `text "${value.slice(0, 40)}" is not allowed: formulas compute with numbers`;
    else if (typeof value !== "number") walk.problem = `'${String(value)}' is not allowed: formulas compute with numbers`;
    return;
  }
  if (type === "SymbolNode") {
    const name = any.name as string;
    if (isCallee) {
      if (!Object.hasOwn(FUNCTION_ARITY, name)) walk.problem = `unknown function '${name}'`;
    } else if (known.has(name)) walk.inputs.add(name);
    else if (!ALLOWED_CONSTANTS.has(name)) walk.problem = `unknown name '${name}'`;
    return;
  }
  if (type === "OperatorNode" && !ALLOWED_OPERATORS.has(any.fn as string)) {
    walk.problem = `operator '${any.op as string}' is not allowed (only + − * / ^ %, comparisons, and, or, not)`;
    return;
  }
  if (type === "FunctionNode") {
    const fn = any.fn as MathNode;
    const args = any.args as MathNode[];
    if (fn.type !== "SymbolNode") {
      walk.problem = `'${shortText(node)}' is not allowed (only arithmetic on indicators)`;
      return;
    }
    visit(fn, known, walk, true);
    if (walk.problem) return;
    const name = (fn as unknown as { name: string }).name;
    walk.problem = arityProblem(name, args.length);
    if (walk.problem) return;
    const decimals = args[1] as unknown as { type: string; value: unknown } | undefined;
    if (["round", "floor", "ceil"].includes(name) && decimals?.type === "ConstantNode" && typeof decimals.value === "number") {
      const d = decimals.value;
      if (!(Number.isInteger(d) && d >= 0 && d <= MAX_DECIMALS)) return void (walk.problem = decimalsProblem(name));
    }
    for (const arg of args) visit(arg, known, walk, false);
    return;
  }
  for (const child of childrenOf(node)) visit(child, known, walk, false);
}

function childrenOf(node: MathNode): MathNode[] {
  const out: MathNode[] = [];
  node.forEach((child) => out.push(child));
  return out;
}

function shortText(node: MathNode): string {
  const text = node.toString();
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}
