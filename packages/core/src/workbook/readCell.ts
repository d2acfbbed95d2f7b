import type { Lang } from "../format/number.js";
import type { ColumnSpec } from "./layout.js";
import { fromPercent, parseNumberText } from "./numbers.js";
import type { Cell } from "./types.js";
import { MESSAGES, listOf, readEnum } from "./words.js";

export type Read<T> = { ok: true; value: T | undefined } | { ok: false; message: string };

const empty = (cell: Cell | undefined) =>
  !cell || cell.value === null || (typeof cell.value === "string" && cell.value.trim() === "");

/**
 * One cell by its column's type. `percent`: the value is a fraction shown as percent, so a
 * plain number or text is read as percent ("14,5" → 0.145) and a percent-formatted numeric
 * cell as the fraction it holds.
 */
export function readCell(cell: Cell | undefined, column: ColumnSpec, lang: Lang, percent = false): Read<unknown> {
  const m = MESSAGES[lang];
  if (empty(cell)) return column.required ? { ok: false, message: m.required } : { ok: true, value: undefined };
  const v = cell!.value!;
  switch (column.type) {
    case "text":
      return { ok: true, value: String(v).trim() };
    case "year": {
      const n = typeof v === "number" ? v : /^\s*\d{4}\s*$/.test(String(v)) ? Number(v) : NaN;
      return Number.isInteger(n) ? { ok: true, value: n } : { ok: false, message: m.whole };
    }
    case "number": {
      if (typeof v === "number") {
        if (!Number.isFinite(v)) return { ok: false, message: m.number };
        if (cell!.percent) return percent ? { ok: true, value: v } : { ok: false, message: m.noPercent };
        return { ok: true, value: percent ? fromPercent(v) : v };
      }
      if (typeof v === "boolean") return { ok: false, message: m.number };
      const parsed = parseNumberText(v, lang);
      if (!parsed) return { ok: false, message: m.number };
      if (parsed.percent && !percent) return { ok: false, message: m.noPercent };
      return { ok: true, value: percent ? fromPercent(parsed.value) : parsed.value };
    }
    case "enum":
    case "bool": {
      const id = typeof v === "boolean" ? String(v) : readEnum(column.words!, String(v));
      if (id === undefined) return { ok: false, message: m.oneOf(listOf(column.words!, lang)) };
      return { ok: true, value: column.type === "bool" ? id === "true" : id };
    }
    case "json":
      try {
        return { ok: true, value: JSON.parse(String(v)) };
      } catch {
        return { ok: false, message: m.json };
      }
  }
}
