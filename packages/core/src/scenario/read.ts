import { parseScenario } from "../schema/migrate.js";
import type { ParseResult } from "../schema/parse.js";
import { ScenarioParams, ScenarioSchema, type Scenario } from "../schema/scenario.js";
import { checkDocument } from "./document.js";
import { scenarioPercentSlip } from "./percent.js";

/**
 * An untrusted scenario document (JSON.parse'd from a file, an import or a link)
 * to a valid scenario, or the first problem naming its field: document limits first,
 * then percent slips (14.5 for 14.5 %), then the schema. `name` stays "" when the
 * document has none; the reader names it (the file's name, or "Kịch bản nhập").
 */
export function readScenarioDocument(raw: unknown, rateIds?: Iterable<string>): ParseResult<Scenario> {
  const limits = checkDocument(raw, "scenario");
  if (!limits.ok) return limits;
  const slip = scenarioPercentSlip(raw, rateIds);
  if (slip) return { ok: false, path: slip.path, error: `scenario: ${slip.path}: ${slip.message.en}` };
  const parsed = parseScenario(raw);
  return parsed.ok ? parsed : withSuggestion(parsed);
}

/** Keys a scenario may have, where a mistyped one is most likely: the top level and params. */
const KEYS: Record<string, string[]> = {
  "": Object.keys(ScenarioSchema.def.shape),
  params: Object.keys(ScenarioParams.def.shape),
};

/** "unknown key 'Rates'" → "unknown key 'Rates' (did you mean 'rates'?)" when only the case differs, or a letter. */
function withSuggestion(failure: { ok: false; error: string; path: string }): { ok: false; error: string; path: string } {
  const m = /: unknown key '(.*)'$/s.exec(failure.error);
  if (!m) return failure;
  const key = m[1]!;
  const parent = failure.path.slice(0, Math.max(0, failure.path.length - key.length - 1));
  const guess = (KEYS[parent] ?? []).find((k) => k.toLowerCase() === key.toLowerCase() || nearlySame(k, key));
  return guess ? { ...failure, error: `${failure.error} (did you mean '${guess}'?)` } : failure;
}

/** One letter added, dropped or changed. */
function nearlySame(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.slice(i + (a.length >= b.length ? 1 : 0)) === b.slice(i + (b.length >= a.length ? 1 : 0));
}
