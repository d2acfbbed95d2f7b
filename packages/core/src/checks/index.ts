export type { CheckFigure, CheckId, CheckVerdict, PlanCheck } from "./types.js";
export { impliedBuoyancy, BUOYANCY_RANGE } from "./buoyancy.js";
export { impliedDeflator, DEFLATOR_RANGE } from "./deflator.js";
export { impliedGrowth, GROWTH_TOLERANCE } from "./growth.js";
export { impliedIcor, ICOR_RANGE } from "./icor.js";
export { planChecks } from "./planChecks.js";
