import { defaultDigits } from "@lotrinh/core";
import { chartTable } from "./chartTable.js";
import type { ChartInput, ChartTable } from "./types.js";
import { WORDS } from "./words.js";
import { xmlSafe } from "./xmlText.js";

type Cell = string | number | null;

/** A field quoted when it holds the separator, a quote or a line break; quotes doubled (RFC 4180). */
function field(v: Cell, sep: string, num: (n: number) => string): string {
  if (v === null) return "";
  const s = typeof v === "number" ? num(v) : xmlSafe(v);
  return s.includes(sep) || /["\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function lines(rows: Cell[][], sep: string, num: (n: number) => string): string {
  return rows.map((r) => r.map((v) => field(v, sep, num)).join(sep)).join("\r\n") + "\r\n";
}

/** The sources block under the table: a heading, then one citation a line. */
function sourceRows(t: ChartTable, lang: "vi" | "en"): Cell[][] {
  return t.sources.length ? [[], [t.sources.length > 1 ? WORDS[lang].sources : WORDS[lang].source], ...t.sources.map((s) => [s])] : [];
}

/**
 * Plain CSV of the chart's table, for programs: RFC 4180, "," separator, dot decimals, full
 * precision, CRLF, no BOM, the header row and one row a value, nothing else. Citations are
 * written out in full ("[1] Title (Publisher, date)") so that each row stands alone.
 */
export function chartCsv(input: ChartInput): string {
  return tableCsv(chartTable(input));
}

/** Plain CSV of any chart table (the tornado's too). */
export function tableCsv(t: ChartTable): string {
  const full = new Map(t.sources.map((s) => [s.slice(0, s.indexOf("]") + 1), s]));
  const cite = (v: Cell): Cell => (typeof v === "string" && CITATIONS.test(v) ? v.split(" ").map((r) => full.get(r) ?? r).join("; ") : v);
  return lines([t.columns, ...t.rows.map((r) => r.map(cite))], ",", (n) => String(n));
}

/** A cell holding only citations: "[1]", "[1] [3]". */
const CITATIONS = /^\[\d+\]( \[\d+\])*$/;

/** A value rounded as the chart displays it: percent to 2 decimals, levels 12.085 · 570,3 · 51,52. */
export function displayedRound(value: number, percent: boolean): number {
  const digits = percent ? 2 : defaultDigits(value);
  return Number(value.toFixed(digits));
}

/** 1234.5 → "1234,5": decimal comma, no grouping, so Excel in a Vietnamese locale reads a number. */
function decimalComma(n: number): string {
  return String(n).replace(".", ",");
}

/**
 * "CSV cho Excel tiếng Việt": UTF-8 BOM, ";" separator, decimal comma, values rounded as
 * displayed, one table per file. A title block (chart title; region and scenarios) heads the
 * file, the sources list closes it.
 */
export function chartCsvExcelVi(input: ChartInput): string {
  return tableCsvExcelVi(chartTable(input), input.lang);
}

/** "CSV cho Excel tiếng Việt" of any chart table: every number rounded as displayed (percent rows to 2 decimals). */
export function tableCsvExcelVi(t: ChartTable, lang: "vi" | "en"): string {
  const rows: Cell[][] = t.rows.map((r) => {
    const percent = r.some(isPercentCell);
    return r.map((v) => (typeof v === "number" ? displayedRound(v, percent) : v));
  });
  const head: Cell[][] = [[t.title], [t.subtitle], []];
  return "\uFEFF" + lines([...head, t.columns, ...rows, ...sourceRows(t, lang)], ";", decimalComma);
}

/** A unit cell of a percent unit: "%", "%/năm", "%/yr", "điểm %", "pp". */
function isPercentCell(unit: Cell): boolean {
  return typeof unit === "string" && (unit.startsWith("%") || unit === "điểm %" || unit === "pp");
}
