import { ScenarioSchema, SCENARIO_VERSION, type Scenario } from "./scenario.js";
import { parseWith, type ParseResult } from "./parse.js";

export type Migration = (old: Record<string, unknown>) => Record<string, unknown>;

/**
 * Migrations from version n to n+1, keyed by n. Version 1 is the first
 * published format, so the table is empty; a version 2 adds `1: (v1) => v2`.
 */
const MIGRATIONS: Record<number, Migration> = {};

function versionOf(schema: unknown): number | undefined {
  if (typeof schema !== "string") return undefined;
  const m = /^lotrinh\/scenario\/(\d+)$/.exec(schema);
  return m ? Number(m[1]) : undefined;
}

/** Brings an older scenario file up to the current version; refuses newer ones. */
export function migrateScenario(
  raw: unknown,
  current: number = SCENARIO_VERSION,
  migrations: Record<number, Migration> = MIGRATIONS,
): ParseResult<Record<string, unknown>> {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw))
    return { ok: false, path: "", error: "scenario: must be a JSON object" };
  let doc = raw as Record<string, unknown>;
  const version = versionOf(doc.schema);
  if (version === undefined)
    return { ok: false, path: "schema", error: `scenario: schema: expected "lotrinh/scenario/${current}"` };
  if (version > current)
    return {
      ok: false,
      path: "schema",
      error: `scenario: schema: version ${version} is newer than this Lộ Trình understands (${current})`,
    };
  for (let v = version; v < current; v++) {
    const step = migrations[v];
    if (!step) return { ok: false, path: "schema", error: `scenario: schema: no migration from version ${v}` };
    doc = step(doc);
  }
  return { ok: true, value: doc };
}

export function parseScenario(raw: unknown): ParseResult<Scenario> {
  const migrated = migrateScenario(raw);
  if (!migrated.ok) return migrated;
  return parseWith(ScenarioSchema, migrated.value, "scenario");
}
