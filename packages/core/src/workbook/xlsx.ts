import type { Lang } from "../format/number.js";
import { STANDARD_INDICATORS } from "../indicators.js";
import { SHEETS, STANDARD_SHEET, UNIT_WORDS } from "./layout.js";
import type { Cell, InSheet, OutSheet } from "./types.js";
import { KIND_WORDS, listOf } from "./words.js";

type ExcelJS = typeof import("exceljs");
type Workbook = import("exceljs").Workbook;
/** ExcelJS has data validations on every worksheet; its type declarations leave them out. */
type Worksheet = import("exceljs").Worksheet & {
  dataValidations: { add(range: string, validation: import("exceljs").DataValidation): void };
};

let library: Promise<ExcelJS> | undefined;
/** ExcelJS, loaded on first use (the web app keeps it out of its initial JavaScript). */
export function excel(): Promise<ExcelJS> {
  return (library ??= import("exceljs").then((m) => ((m as { default?: ExcelJS }).default ?? m) as ExcelJS));
}

/** Rows a data validation list covers below the header. */
const VALIDATED_ROWS = 500;
const PERCENT_FORMAT = "0.0##%";
const LISTS: Record<Lang, string> = { vi: "Danh sách", en: "Lists" };

function columnLetter(n: number): string {
  let s = "";
  for (let i = n; i > 0; i = Math.floor((i - 1) / 26)) s = String.fromCharCode(65 + ((i - 1) % 26)) + s;
  return s;
}

/** The standard indicators with their units: a reference sheet, and the source of the indicator lists. */
function addStandardSheet(wb: Workbook, lang: Lang): void {
  const ws = wb.addWorksheet(STANDARD_SHEET[lang], { views: [{ state: "frozen", ySplit: 1 }] });
  const head = lang === "vi" ? ["Mã chỉ tiêu", "Tên", "Tên (tiếng Anh)", "Đơn vị", "Loại"] : ["Indicator id", "Name", "Name (Vietnamese)", "Unit", "Kind"];
  ws.columns = head.map((header, i) => ({ header, width: i === 0 ? 20 : 34 }));
  ws.getRow(1).font = { bold: true };
  for (const d of STANDARD_INDICATORS) {
    const other = lang === "vi" ? "en" : "vi";
    ws.addRow([d.id, d.name[lang], d.name[other], UNIT_WORDS[d.unit]![lang], KIND_WORDS[d.kind]![lang]]);
  }
}

/** A hidden sheet with one column per enumerated list, referenced by the data validations. */
function addLists(wb: Workbook, lang: Lang): Map<string, string> {
  const ws = wb.addWorksheet(LISTS[lang], { state: "hidden" });
  const refs = new Map<string, string>();
  let n = 0;
  for (const spec of SHEETS)
    for (const c of spec.columns) {
      if (!c.words || refs.has(c.key + c.header.vi)) continue;
      const items = listOf(c.words, lang);
      n++;
      const letter = columnLetter(n);
      ws.getCell(`${letter}1`).value = c.header[lang];
      items.forEach((item, i) => (ws.getCell(`${letter}${i + 2}`).value = item));
      refs.set(c.key + c.header.vi, `'${LISTS[lang]}'!$${letter}$2:$${letter}$${items.length + 1}`);
    }
  return refs;
}

function fillSheet(ws: Worksheet, sheet: OutSheet, lang: Lang, lists: Map<string, string>): void {
  const spec = SHEETS.find((s) => s.key === sheet.key)!;
  ws.columns = spec.columns.map((c) => ({ header: c.header[lang], width: c.width }));
  ws.getRow(1).font = { bold: true };
  for (const row of sheet.rows) {
    const added = ws.addRow(row.cells.map((c) => c.value));
    row.cells.forEach((c, i) => {
      if (c.percent && typeof c.value === "number") added.getCell(i + 1).numFmt = PERCENT_FORMAT;
    });
    if (row.example) added.font = { italic: true, color: { argb: "FF6B6B6B" } };
  }
  spec.columns.forEach((c, i) => {
    const range = `${columnLetter(i + 1)}2:${columnLetter(i + 1)}${VALIDATED_ROWS + 1}`;
    const ref = lists.get(c.key + c.header.vi);
    if (ref)
      ws.dataValidations.add(range, {
        type: "list",
        allowBlank: true,
        formulae: [ref],
        showErrorMessage: true,
        errorTitle: c.header[lang],
        error: lang === "vi" ? "Chọn một giá trị trong danh sách." : "Pick a value from the list.",
      });
    else if (c.key === "indicator")
      // Standard indicators to pick from; a region's own indicators are typed in (no error shown).
      ws.dataValidations.add(range, {
        type: "list",
        allowBlank: true,
        formulae: [`'${STANDARD_SHEET[lang]}'!$A$2:$A$${STANDARD_INDICATORS.length + 1}`],
        showErrorMessage: false,
      });
  });
}

/** Sheets as an XLSX file: frozen headers, percent formats, data validation lists, the standard indicators. */
export async function writeXlsx(sheets: readonly OutSheet[], lang: Lang): Promise<Uint8Array> {
  const { Workbook } = await excel();
  const wb = new Workbook();
  wb.creator = "Lộ Trình";
  const frozen = [{ state: "frozen" as const, ySplit: 1 }];
  const tabs = sheets.map((s) => wb.addWorksheet(s.name, { views: frozen }) as Worksheet);
  addStandardSheet(wb, lang);
  const lists = addLists(wb, lang);
  sheets.forEach((s, i) => fillSheet(tabs[i]!, s, lang, lists));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function cellOf(value: unknown, numFmt: string | undefined): Cell {
  if (value === null || value === undefined) return { value: null };
  if (typeof value === "number") return numFmt?.includes("%") ? { value, percent: true } : { value };
  if (typeof value === "string" || typeof value === "boolean") return { value };
  if (value instanceof Date) return { value: value.toISOString().slice(0, 10) };
  if (typeof value === "object") {
    const v = value as { richText?: { text: string }[]; result?: unknown; text?: unknown; error?: string };
    if (v.richText) return { value: v.richText.map((r) => r.text).join("") };
    if ("result" in v) return cellOf(v.result, numFmt);
    if (typeof v.text === "string") return { value: v.text };
    if (v.error) return { value: v.error };
  }
  return { value: String(value) };
}

/** Every sheet of an XLSX file as cells (formulas give their cached results). */
export async function readXlsx(bytes: Uint8Array): Promise<InSheet[]> {
  const { Workbook } = await excel();
  const wb = new Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb.worksheets.map((ws) => {
    const rows: Cell[][] = [];
    for (let r = 1; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      const cells: Cell[] = [];
      for (let c = 1; c <= ws.columnCount; c++) {
        const cell = row.getCell(c);
        cells.push(cellOf(cell.value, cell.numFmt));
      }
      rows.push(cells);
    }
    return { name: ws.name, rows };
  });
}
