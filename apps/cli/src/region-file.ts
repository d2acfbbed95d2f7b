import { readFileSync } from "node:fs";
import type { Lang, Region } from "@lotrinh/core";
import { InputError } from "./errors.js";

/** Regions read from --region-file in this run, by id: they stand in for seeded regions of the same id. */
const fileRegions = new Map<string, Region>();

export function fileRegion(id: string): Region | undefined {
  return fileRegions.get(id);
}

/** The bytes of a file named by a flag, or an InputError naming the flag and the file. */
export function readInputFile(path: string, flag: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? { vi: ": không có tệp này", en: ": no such file" } : { vi: code ? ` (${code})` : "", en: code ? ` (${code})` : "" };
    throw new InputError({ vi: `${flag}: không đọc được '${path}'${why.vi}`, en: `${flag}: cannot read '${path}'${why.en}` });
  }
}

/**
 * A region file (JSON of any region schema version, .xlsx or .csv) read and validated;
 * every error (up to 50) is listed, each naming sheet, row and column.
 * The spreadsheet library loads only here.
 */
export async function readRegionFileFlag(path: string, lang: Lang, flag: string): Promise<Region> {
  const { readRegionFile, regionFileFormat } = await import("@lotrinh/core/workbook");
  if (!regionFileFormat(path))
    throw new InputError({ vi: `${flag}: tên tệp '${path}' phải có đuôi .json, .xlsx hoặc .csv`, en: `${flag}: '${path}' must end in .json, .xlsx or .csv` });
  const read = await readRegionFile(path, readInputFile(path, flag), lang);
  if (read.ok) return read.region;
  if (read.errors.length === 1) throw new InputError(`${flag} ${path}: ${read.errors[0]}`);
  const head = lang === "vi" ? `${read.errors.length} lỗi` : `${read.errors.length} errors`;
  throw new InputError(`${flag} ${path}: ${head}:\n${read.errors.map((e) => `  ${e}`).join("\n")}`);
}

/** Reads --region-file and makes its region known to the commands by its id. */
export async function useRegionFile(path: string, lang: Lang): Promise<Region> {
  const region = await readRegionFileFlag(path, lang, "--region-file");
  fileRegions.set(region.id, region);
  return region;
}
