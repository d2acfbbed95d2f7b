export { compileFormula, compileFormulas } from "./compile.js";
export { FORMULA_LIMITS, FUNCTION_ARITY } from "./checks.js";
export { FormulaError, evaluationProblem } from "./evaluation.js";
