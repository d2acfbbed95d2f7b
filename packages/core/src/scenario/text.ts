import type { ParseResult } from "../schema/parse.js";
import type { Scenario } from "../schema/scenario.js";
import { readScenarioDocument } from "./read.js";

/** A scenario file is a few kilobytes; 5 MB is far beyond any real one and still quick to refuse. */
export const MAX_SCENARIO_BYTES = 5 * 1024 * 1024;

/** UTF-8 length of a text without encoding it. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * A scenario file's text (an import, a pasted file) to a valid scenario: over 5 MB is
 * refused before parsing, a byte order mark is dropped, bad JSON is refused, then
 * readScenarioDocument. The CLI reads files itself (to name the line and column of
 * bad JSON) and shares the rest.
 */
export function readScenarioText(text: string, rateIds?: Iterable<string>): ParseResult<Scenario> {
  const bytes = text.length > MAX_SCENARIO_BYTES ? text.length : utf8Length(text);
  if (bytes > MAX_SCENARIO_BYTES)
    return { ok: false, path: "", error: `scenario: the file is too large (${(bytes / 1024 / 1024).toFixed(1)} MB; at most 5 MB)` };
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    const reason = (e instanceof Error ? e.message : String(e)).split("\n")[0]!.replace(/, (?:\.\.\.)?".*"(?:\.\.\.)? is not valid JSON$/s, "");
    return { ok: false, path: "", error: `scenario: not valid JSON: ${reason.slice(0, 200)}` };
  }
  return readScenarioDocument(raw, rateIds);
}
