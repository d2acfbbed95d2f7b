import type { Projection } from "../model/types.js";
import { impliedBuoyancy } from "./buoyancy.js";
import { impliedDeflator } from "./deflator.js";
import { impliedGrowth } from "./growth.js";
import { impliedIcor } from "./icor.js";
import type { PlanCheck } from "./types.js";

/** Every plan-consistency check of a projection (region + scenario), in a fixed order. */
export function planChecks(projection: Projection): PlanCheck[] {
  return [impliedDeflator(projection), impliedBuoyancy(projection), impliedIcor(projection), ...impliedGrowth(projection)];
}
