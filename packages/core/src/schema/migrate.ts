import { ScenarioParams, ScenarioSchema, SCENARIO_VERSION, type Scenario } from "./scenario.js";
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

function versionOf(kind: string, schema: unknown): { major: number; minor: number } | undefined {
  if (typeof schema !== "string") return undefined;
  const m = new RegExp(`^lotrinh/${kind}/(\\d+)(?:\\.(\\d+))?$`).exec(schema);
  return m ? { major: Number(m[1]), minor: Number(m[2] ?? 0) } : undefined;
}

/**
 * A newer minor version of the current format (`lotrinh/scenario/1.2`) only adds
 * optional keys: this reader sets aside the top-level and params keys it does not
 * know, and validates the rest as the current version. Everywhere else, and in the
 * current version itself, an unknown key is refused.
 */
export function scenarioMinorHook(doc: Record<string, unknown>): Record<string, unknown> {
  const known = (keys: string[], o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([k]) => keys.includes(k)));
  const out = known(Object.keys(ScenarioSchema.def.shape), doc);
  const params = doc.params;
  if (typeof params === "object" && params !== null && !Array.isArray(params))
    out.params = known(Object.keys(ScenarioParams.def.shape), params as Record<string, unknown>);
  return out;
}

/** Brings an older document up to the current version; refuses newer ones. */
export function migrateDocument(
  kind: "scenario" | "region",
  raw: unknown,
  current: number,
  migrations: Record<number, Migration>,
  minorHook?: Migration,
): ParseResult<Record<string, unknown>> {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw))
    return { ok: false, path: "", error: `${kind}: must be a JSON object` };
  let doc = raw as Record<string, unknown>;
  const version = versionOf(kind, doc.schema);
  if (version === undefined)
    return { ok: false, path: "schema", error: `${kind}: schema: expected "lotrinh/${kind}/${current}"` };
  const newerMinor = version.major === current && version.minor > 0;
  if (version.major > current || (newerMinor && !minorHook))
    return {
      ok: false,
      path: "schema",
      error: `${kind}: schema: version ${version.major}${version.minor > 0 ? `.${version.minor}` : ""} is newer than this Lộ Trình understands (${current})`,
    };
  if (newerMinor) return { ok: true, value: { ...minorHook!(doc), schema: `lotrinh/${kind}/${current}` } };
  for (let v = version.major; v < current; v++) {
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
  return migrateDocument("scenario", raw, current, migrations, scenarioMinorHook);
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
