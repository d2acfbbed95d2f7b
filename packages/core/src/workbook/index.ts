/**
 * Regions as spreadsheets: the template, export (XLSX, CSV) and import with errors that name
 * sheet, row and column. A subpath of its own (`@lotrinh/core/workbook`): the spreadsheet
 * library loads only when a workbook is read or written.
 */
import type { Lang } from "../format/number.js";
import { parseRegion } from "../schema/migrate.js";
import { localizeError } from "../format/errors.js";
import { regionPercentSlip } from "../scenario/percent.js";
import type { Region } from "../schema/region.js";
import { readCsv, writeCsv } from "./csv.js";
import { errorLines, regionFromSheets } from "./fromSheets.js";
import { templateSheets } from "./template.js";
import { regionSheets } from "./toSheets.js";
import { readXlsx, writeXlsx } from "./xlsx.js";
import { MESSAGES } from "./words.js";

export { regionFromSheets, errorLines, MAX_ERRORS } from "./fromSheets.js";
export { regionSheets } from "./toSheets.js";
export { templateSheets } from "./template.js";
export { parseNumberText } from "./numbers.js";
export { readCsv, writeCsv } from "./csv.js";
export { readXlsx, writeXlsx } from "./xlsx.js";
export { tableXlsx, sheetName, type DisplayedTable } from "./tableXlsx.js";
export { SHEETS, STANDARD_SHEET } from "./layout.js";
export { cellText as cellTextOf } from "./cellText.js";
export type { Cell, CellError, InSheet, OutSheet } from "./types.js";

export type RegionFileFormat = "json" | "xlsx" | "csv";
export type RegionFileRead = { ok: true; region: Region } | { ok: false; errors: string[] };

export function templateXlsx(lang: Lang): Promise<Uint8Array> {
  return writeXlsx(templateSheets(lang), lang);
}

export function templateCsv(lang: Lang): string {
  return writeCsv(templateSheets(lang), lang);
}

export function regionXlsx(region: Region, lang: Lang): Promise<Uint8Array> {
  return writeXlsx(regionSheets(region, lang), lang);
}

export function regionCsv(region: Region, lang: Lang): string {
  return writeCsv(regionSheets(region, lang), lang);
}

/** A region file's format by its name: .json, .xlsx or .csv. */
export function regionFileFormat(name: string): RegionFileFormat | undefined {
  const ext = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase();
  return ext === "json" || ext === "xlsx" || ext === "csv" ? ext : undefined;
}

/** A region from a file's bytes: JSON (any region schema version), XLSX or sectioned CSV. */
export async function readRegionFile(name: string, bytes: Uint8Array, lang: Lang): Promise<RegionFileRead> {
  const format = regionFileFormat(name);
  const text = () => new TextDecoder("utf-8").decode(bytes);
  if (format === "json") {
    let raw: unknown;
    try {
      raw = JSON.parse(text());
    } catch (e) {
      return { ok: false, errors: [`${name}: ${MESSAGES[lang].json} (${(e as Error).message})`] };
    }
    // Rates typed as percents (14.5 for 14.5 %) in a JSON region file, where rates are fractions.
    const slip = regionPercentSlip(raw);
    if (slip) return { ok: false, errors: [`${lang === "vi" ? "địa bàn" : "region"}: ${slip.path}: ${slip.message[lang]}`] };
    const parsed = parseRegion(raw);
    return parsed.ok ? { ok: true, region: parsed.value } : { ok: false, errors: [localizeError(parsed, lang)] };
  }
  if (format === "csv") return fromSheets(readCsv(text()), lang);
  if (format === "xlsx") {
    let sheets;
    try {
      sheets = await readXlsx(bytes);
    } catch (e) {
      return { ok: false, errors: [`${name}: ${MESSAGES[lang].notWorkbook} (${(e as Error).message})`] };
    }
    return fromSheets(sheets, lang);
  }
  return { ok: false, errors: [lang === "vi" ? `${name}: tệp phải là .json, .xlsx hoặc .csv` : `${name}: the file must be .json, .xlsx or .csv`] };
}

function fromSheets(sheets: Parameters<typeof regionFromSheets>[0], lang: Lang): RegionFileRead {
  const read = regionFromSheets(sheets, lang);
  return read.ok ? read : { ok: false, errors: errorLines(read.errors, lang) };
}
