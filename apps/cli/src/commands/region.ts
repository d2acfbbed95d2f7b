import type { Lang, Region } from "@lotrinh/core";
import { stringFlag } from "../args.js";
import type { Command, CommandContext } from "../command.js";
import { REGION_FLAG } from "../common-flags.js";
import { InputError, UsageError } from "../errors.js";
import { checkOutPath, writeOut } from "../output-file.js";
import { readRegionFileFlag } from "../region-file.js";
import { regionFromFlag } from "../simulation.js";

const FORMATS = ["xlsx", "csv", "json"] as const;
type Format = (typeof FORMATS)[number];

function formatOf(flags: CommandContext["flags"], out: string | undefined): Format {
  const given = stringFlag(flags, "format") ?? (out ? /\.([a-z]+)$/i.exec(out)?.[1]?.toLowerCase() : "json");
  if (!FORMATS.includes(given as Format)) throw new InputError({ vi: `--format: '${given}' phải là xlsx, csv hoặc json`, en: `--format: '${given}' must be xlsx, csv or json` });
  return given as Format;
}

/** A region in the chosen format: JSON as the seeds are written, or the workbook of `lotrinh template`. */
async function regionBytes(region: Region, format: Format, lang: Lang): Promise<string | Uint8Array> {
  if (format === "json") return `${JSON.stringify(region, null, 2)}\n`;
  const { regionXlsx, regionCsv } = await import("@lotrinh/core/workbook");
  return format === "xlsx" ? regionXlsx(region, lang) : regionCsv(region, lang);
}

async function exportRegion({ flags, lang }: CommandContext): Promise<string> {
  if (flags.region === undefined) throw new UsageError({ vi: "'region export' cần --region R hoặc --region-file TỆP", en: "'region export' needs --region R or --region-file FILE" }, "region");
  const outFlag = stringFlag(flags, "out");
  const format = formatOf(flags, outFlag);
  const region = regionFromFlag(stringFlag(flags, "region")!);
  const data = await regionBytes(region, format, lang);
  if (outFlag === undefined) {
    if (typeof data !== "string") throw new UsageError({ vi: "'region export --format xlsx' cần --out TỆP.xlsx", en: "'region export --format xlsx' needs --out FILE.xlsx" }, "region");
    return data;
  }
  writeOut(checkOutPath(outFlag, [`.${format}`]), data, outFlag);
  return lang === "vi" ? `Đã ghi ${region.id}: ${outFlag}\n` : `Wrote ${region.id}: ${outFlag}\n`;
}

async function importRegion({ flags, lang, args }: CommandContext): Promise<string> {
  const file = args?.[1];
  if (file === undefined) throw new UsageError({ vi: "'region import' cần một tệp: region import TỆP.xlsx|TỆP.csv|TỆP.json", en: "'region import' needs a file: region import FILE.xlsx|FILE.csv|FILE.json" }, "region");
  if (args!.length > 2) throw new UsageError({ vi: `tham số thừa '${args![2]}' cho 'region'`, en: `unexpected argument '${args![2]}' for 'region'` }, "region");
  const outFlag = stringFlag(flags, "out");
  // The output is checked before reading, and written only when the whole file is valid.
  const out = outFlag === undefined ? undefined : checkOutPath(outFlag, [".json"]);
  const region = await readRegionFileFlag(file, lang, "region import");
  const json = `${JSON.stringify(region, null, 2)}\n`;
  if (!out) return json;
  writeOut(out, json, outFlag!);
  return lang === "vi"
    ? `Đã nhập ${region.id} (${region.term.base}–${region.term.end}, ${region.targets.length} mục tiêu): ${outFlag}\n`
    : `Imported ${region.id} (${region.term.base}–${region.term.end}, ${region.targets.length} targets): ${outFlag}\n`;
}

export const command: Command = {
  synopsis: "region export (--region R | --region-file FILE) [--format xlsx|csv|json] [--out FILE] | region import FILE [--out FILE.json]",
  positionals: true,
  flags: {
    region: { ...REGION_FLAG, required: false },
    format: { kind: "string", valueName: "xlsx|csv|json", help: { vi: "định dạng xuất (mặc định theo đuôi --out, hoặc json)", en: "export format (default: from --out's extension, or json)" } },
    out: { kind: "string", valueName: "FILE", help: { vi: "tệp ghi ra (không có: in ra màn hình)", en: "file to write (none: print)" } },
  },
  run(context) {
    const sub = context.args?.[0];
    if (sub === "export") {
      if (context.args!.length > 1) throw new UsageError({ vi: `tham số thừa '${context.args![1]}' cho 'region export'`, en: `unexpected argument '${context.args![1]}' for 'region export'` }, "region");
      return exportRegion(context);
    }
    if (sub === "import") return importRegion(context);
    throw new UsageError(
      sub === undefined
        ? { vi: "'region' cần export hoặc import", en: "'region' needs export or import" }
        : { vi: `không có thao tác '${sub}' cho 'region' (export hoặc import)`, en: `unknown region action '${sub}' (export or import)` },
      "region",
    );
  },
};
