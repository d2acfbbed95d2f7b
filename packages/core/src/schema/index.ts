export * from "./common.js";
export * from "./region.js";
export * from "./scenario.js";
export * from "./parse.js";
export { migrateScenario, parseScenario, migrateRegion, parseRegion, migrateDocument } from "./migrate.js";
