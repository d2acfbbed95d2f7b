import { readFileSync } from "node:fs";
import { parseScenario, type Scenario } from "@lotrinh/core";
import { InputError } from "./errors.js";
import { jsonErrorOffset, jsonErrorReason, lineColumn } from "./json-position.js";

const READ_ERRORS: Record<string, string> = {
  ENOENT: "no such file",
  EISDIR: "it is a directory",
  EACCES: "permission denied",
  EPERM: "permission denied",
};

/**
 * A failure from core (`scenario: rates.grdpGrowth.2019: year 2019 is outside…`)
 * as one line that names the field first and the file last.
 */
export function scenarioProblem(failure: { error: string; path: string }, file: string | undefined): InputError {
  const prefix = failure.path ? `scenario: ${failure.path}: ` : "scenario: ";
  const detail = failure.error.startsWith(prefix) ? failure.error.slice(prefix.length) : failure.error;
  const field = failure.path ? `scenario ${failure.path}` : "scenario";
  return new InputError(`${field}: ${detail}${file ? ` (in ${file})` : ""}`);
}

function readText(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? "";
    const reason = READ_ERRORS[code] ?? String((e as Error).message).split("\n")[0];
    throw new InputError(`--scenario: cannot read '${file}': ${reason}`);
  }
}

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const offset = jsonErrorOffset(text);
    let at = "";
    if (offset !== undefined) {
      const { line, column } = lineColumn(text, offset);
      at = ` at line ${line}, column ${column}`;
    }
    throw new InputError(`--scenario: '${file}' is not valid JSON${at}: ${jsonErrorReason((e as Error).message)}`);
  }
}

/** Reads, parses and validates a scenario file; every failure is an InputError naming the field. */
export function readScenarioFile(file: string): Scenario {
  // Editors on Windows (and Excel's "Unicode text") start files with a byte order mark.
  const text = readText(file).replace(/^\uFEFF/, "");
  const result = parseScenario(parseJson(text, file));
  if (!result.ok) throw scenarioProblem(result, file);
  return result.value;
}
