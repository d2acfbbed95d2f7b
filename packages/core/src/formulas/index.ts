export { compileFormula, compileFormulas } from "./compile.js";
