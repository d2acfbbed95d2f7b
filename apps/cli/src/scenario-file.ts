import { closeSync, fstatSync, openSync, readSync, statSync, type Stats } from "node:fs";
import { basename, extname } from "node:path";
import { MAX_SCENARIO_BYTES, readScenarioDocument, type LocalizedText, type Scenario } from "@lotrinh/core";
import { localizeJsonReason, localizePhrase, splitError } from "@lotrinh/core/errors";
import { InputError } from "./errors.js";
import { jsonErrorOffset, jsonErrorReason, lineColumn } from "./json-position.js";

const READ_ERRORS: Record<string, LocalizedText> = {
  ENOENT: { vi: "không có tệp này", en: "no such file" },
  EISDIR: { vi: "đây là một thư mục", en: "it is a directory" },
  EACCES: { vi: "không có quyền đọc", en: "permission denied" },
  EPERM: { vi: "không có quyền đọc", en: "permission denied" },
  ELOOP: { vi: "liên kết vòng", en: "too many symbolic links" },
  ENAMETOOLONG: { vi: "tên tệp quá dài", en: "the file name is too long" },
};

function cannotRead(file: string, reason: LocalizedText): InputError {
  return new InputError({
    vi: `--scenario: không đọc được '${file}': ${reason.vi}`,
    en: `--scenario: cannot read '${file}': ${reason.en}`,
  });
}

/** What a path is when it is not a regular file: a directory, a device such as /dev/zero, a FIFO. */
function notRegular(stats: Stats): LocalizedText | undefined {
  if (stats.isFile()) return undefined;
  if (stats.isDirectory()) return READ_ERRORS.EISDIR;
  if (stats.isFIFO()) return { vi: "đây là một đường ống (FIFO), không phải tệp", en: "it is a pipe (FIFO), not a file" };
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return { vi: "đây là một thiết bị, không phải tệp", en: "it is a device, not a file" };
  return { vi: "đây không phải một tệp thường", en: "it is not a regular file" };
}

function tooLarge(size: number): LocalizedText {
  const mb = (size / 1024 / 1024).toFixed(1);
  return {
    vi: `tệp quá lớn (${mb.replace(".", ",")} MB; tối đa 5 MB)`,
    en: `the file is too large (${mb} MB; at most 5 MB)`,
  };
}

function errnoReason(e: unknown): LocalizedText {
  const code = (e as NodeJS.ErrnoException).code ?? "";
  const first = String((e as Error).message).split("\n")[0]!;
  return READ_ERRORS[code] ?? { vi: first, en: first };
}

/**
 * Reads a scenario file, refusing at once what is not a regular file or is over 5 MB:
 * the path is checked before it is opened (opening a FIFO would wait for a writer),
 * and the open file again, and never more than the limit is read.
 */
function readText(file: string): string {
  let fd: number;
  try {
    const problem = notRegular(statSync(file));
    if (problem) throw cannotRead(file, problem);
    fd = openSync(file, "r");
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw cannotRead(file, errnoReason(e));
  }
  try {
    const stats = fstatSync(fd);
    const problem = notRegular(stats);
    if (problem) throw cannotRead(file, problem);
    if (stats.size > MAX_SCENARIO_BYTES) throw cannotRead(file, tooLarge(stats.size));
    // Not zero-filled: only the bytes read are used.
    const buffer = Buffer.allocUnsafe(MAX_SCENARIO_BYTES + 1);
    let length = 0;
    for (let got = 1; got > 0 && length < buffer.length; length += got) got = readSync(fd, buffer, length, buffer.length - length, null);
    if (length > MAX_SCENARIO_BYTES) throw cannotRead(file, tooLarge(length));
    return buffer.toString("utf8", 0, length);
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw cannotRead(file, errnoReason(e));
  } finally {
    closeSync(fd);
  }
}

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const offset = jsonErrorOffset(text);
    const { line, column } = offset === undefined ? { line: 0, column: 0 } : lineColumn(text, offset);
    const reason = jsonErrorReason((e as Error).message);
    throw new InputError({
      vi: `--scenario: '${file}' không phải JSON hợp lệ${offset === undefined ? "" : ` ở dòng ${line}, cột ${column}`}: ${localizeJsonReason(reason, "vi")}`,
      en: `--scenario: '${file}' is not valid JSON${offset === undefined ? "" : ` at line ${line}, column ${column}`}: ${reason}`,
    });
  }
}

/**
 * A failure from core (`scenario: rates.grdpGrowth.2019: year 2019 is outside…`) as one
 * line that names the field first and the file last, in Vietnamese and English.
 */
export function scenarioProblem(failure: { error: string; path: string }, file: string | undefined): InputError {
  const { path, phrase } = splitError(failure.error, failure.path);
  const line = (lang: "vi" | "en") => {
    const field = lang === "vi" ? `kịch bản${path ? ` ${path}` : ""}` : `scenario${path ? ` ${path}` : ""}`;
    const where = file ? (lang === "vi" ? ` (trong tệp ${file})` : ` (in ${file})`) : "";
    return `${field}: ${localizePhrase(phrase, lang)}${where}`;
  };
  return new InputError({ vi: line("vi"), en: line("en") });
}

/** The file's name without its folder and extension: "tang-truong-cao" for ./kb/tang-truong-cao.json. */
export function nameFromFile(file: string): string {
  return basename(file, extname(file)) || basename(file);
}

/**
 * Reads, parses and validates a scenario file; every failure is an InputError naming
 * the field. A scenario without a name takes the file's name.
 */
export function readScenarioFile(file: string): Scenario {
  // Editors on Windows (and Excel's "Unicode text") start files with a byte order mark.
  const text = readText(file).replace(/^\uFEFF/, "");
  const result = readScenarioDocument(parseJson(text, file));
  if (!result.ok) throw scenarioProblem(result, file);
  return result.value.name ? result.value : { ...result.value, name: nameFromFile(file) };
}
