import { RegionSchema, type Region } from "./region.js";
import { parseWith, type ParseResult } from "./parse.js";

export * from "./common.js";
export * from "./region.js";
export * from "./scenario.js";
export * from "./parse.js";
export { migrateScenario, parseScenario } from "./migrate.js";

export function parseRegion(raw: unknown): ParseResult<Region> {
  return parseWith(RegionSchema, raw, "region");
}
