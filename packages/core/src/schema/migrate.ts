import { ScenarioSchema, SCENARIO_VERSION, type Scenario } from "./scenario.js";
import { RegionSchema, REGION_VERSION, type Region } from "./region.js";
import { parseWith, type ParseResult } from "./parse.js";
import { regionV1toV2 } from "./regionV1.js";

export type Migration = (old: Record<string, unknown>) => Record<string, unknown>;

/**
 * Migrations from version n to n+1, keyed by n. Scenario version 1 is the first
 * published format and still current: `actuals` was added to it as an optional key.
 */
const SCENARIO_MIGRATIONS: Record<number, Migration> = {};
const REGION_MIGRATIONS: Record<number, Migration> = { 1: regionV1toV2 };

function versionOf(kind: string, schema: unknown): number | undefined {
  if (typeof schema !== "string") return undefined;
  const m = new RegExp(`^lotrinh/${kind}/(\\d+)$`).exec(schema);
  return m ? Number(m[1]) : undefined;
}

/** Brings an older document up to the current version; refuses newer ones. */
export function migrateDocument(
  kind: "scenario" | "region",
  raw: unknown,
  current: number,
  migrations: Record<number, Migration>,
): ParseResult<Record<string, unknown>> {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw))
    return { ok: false, path: "", error: `${kind}: must be a JSON object` };
  let doc = raw as Record<string, unknown>;
  const version = versionOf(kind, doc.schema);
  if (version === undefined)
    return { ok: false, path: "schema", error: `${kind}: schema: expected "lotrinh/${kind}/${current}"` };
  if (version > current)
    return {
      ok: false,
      path: "schema",
      error: `${kind}: schema: version ${version} is newer than this Lộ Trình understands (${current})`,
    };
  for (let v = version; v < current; v++) {
    const step = migrations[v];
    if (!step) return { ok: false, path: "schema", error: `${kind}: schema: no migration from version ${v}` };
    doc = step(doc);
  }
  return { ok: true, value: doc };
}

/** Brings an older scenario file up to the current version; refuses newer ones. */
export function migrateScenario(
  raw: unknown,
  current: number = SCENARIO_VERSION,
  migrations: Record<number, Migration> = SCENARIO_MIGRATIONS,
): ParseResult<Record<string, unknown>> {
  return migrateDocument("scenario", raw, current, migrations);
}

export function parseScenario(raw: unknown): ParseResult<Scenario> {
  const migrated = migrateScenario(raw);
  if (!migrated.ok) return migrated;
  return parseWith(ScenarioSchema, migrated.value, "scenario");
}

export function migrateRegion(raw: unknown): ParseResult<Record<string, unknown>> {
  return migrateDocument("region", raw, REGION_VERSION, REGION_MIGRATIONS);
}

/** A region file of any published version, migrated and validated. */
export function parseRegion(raw: unknown): ParseResult<Region> {
  const migrated = migrateRegion(raw);
  if (!migrated.ok) return migrated;
  return parseWith(RegionSchema, migrated.value, "region");
}
