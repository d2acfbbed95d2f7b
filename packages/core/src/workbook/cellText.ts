import type { Lang } from "../format/number.js";
import { toPercent } from "./numbers.js";
import type { Cell } from "./types.js";

/** A number as text in the language's notation, every digit kept: "12085,5", "14,5 %". */
export function numberText(value: number, lang: Lang): string {
  const s = String(value);
  return lang === "vi" ? s.replace(".", ",") : s;
}

/** A cell as text (CSV files, and comparing a row with the template's example row). */
export function cellText(cell: Cell, lang: Lang): string {
  const v = cell.value;
  if (v === null) return "";
  if (typeof v === "number") return cell.percent ? `${numberText(toPercent(v), lang)} %` : numberText(v, lang);
  return String(v);
}
