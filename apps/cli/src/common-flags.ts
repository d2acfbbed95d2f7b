import { REGION_IDS } from "@lotrinh/core";
import type { FlagSpec } from "./args.js";

/** Flags several commands share, worded once. */

export const JSON_FLAG: FlagSpec = {
  kind: "boolean",
  help: { vi: "in JSON cho máy đọc (tỷ lệ là phân số, thiếu số liệu là null)", en: "print JSON for machines (rates as fractions, missing values as null)" },
};

/** Required unless --region-file names a region file instead (checked by `requireRegion`). */
export const REGION_FLAG: FlagSpec = {
  kind: "string",
  required: true,
  valueName: "R",
  help: { vi: `địa phương: ${REGION_IDS.join(", ")} (hoặc --region-file)`, en: `region: ${REGION_IDS.join(", ")} (or --region-file)` },
};

/** Added by main to every command that takes --region. */
export const REGION_FILE_FLAG: FlagSpec = {
  kind: "string",
  valueName: "FILE",
  help: {
    vi: "tệp địa bàn thay cho --region: JSON (lotrinh/region/1 trở lên), .xlsx hoặc .csv theo mẫu `lotrinh template`",
    en: "a region file instead of --region: JSON (lotrinh/region/1 or newer), .xlsx or .csv in the `lotrinh template` layout",
  },
};

export const SCENARIO_FLAG: FlagSpec = {
  kind: "string",
  valueName: "FILE",
  help: { vi: "tệp kịch bản JSON (lotrinh/scenario/1)", en: "scenario file, JSON (lotrinh/scenario/1)" },
};
