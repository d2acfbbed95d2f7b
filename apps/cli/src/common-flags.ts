import { REGION_IDS } from "@lotrinh/core";
import type { FlagSpec } from "./args.js";

/** Flags several commands share, worded once. */

export const JSON_FLAG: FlagSpec = {
  kind: "boolean",
  help: { vi: "in JSON cho máy đọc (tỷ lệ là phân số, thiếu số liệu là null)", en: "print JSON for machines (rates as fractions, missing values as null)" },
};

export const REGION_FLAG: FlagSpec = {
  kind: "string",
  required: true,
  valueName: "R",
  help: { vi: `địa phương: ${REGION_IDS.join(", ")}`, en: `region: ${REGION_IDS.join(", ")}` },
};

export const SCENARIO_FLAG: FlagSpec = {
  kind: "string",
  valueName: "FILE",
  help: { vi: "tệp kịch bản JSON (lotrinh/scenario/1)", en: "scenario file, JSON (lotrinh/scenario/1)" },
};
