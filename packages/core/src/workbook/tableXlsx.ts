import { excel } from "./xlsx.js";

/** A displayed table (a chart's data): title lines, a header row, rows of text and numbers, the sources cited. */
export interface DisplayedTable {
  title: string;
  subtitle: string;
  columns: string[];
  rows: Array<Array<string | number | null>>;
  sources: string[];
}

/** Excel's sheet names: at most 31 characters, none of : \ / ? * [ ]. */
export function sheetName(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, " ").trim().slice(0, 31) || "Sheet1";
}

/**
 * A table as an XLSX workbook: every number a real numeric cell at full precision, shown
 * with one or two decimals and thousands separators (the reader's Excel applies its own
 * locale, so "12.085,5" in Vietnamese Excel); title and sources above and below the table.
 */
export async function tableXlsx(table: DisplayedTable, name: string): Promise<Uint8Array> {
  const { Workbook } = await excel();
  const wb = new Workbook();
  wb.creator = "Lộ Trình";
  const ws = wb.addWorksheet(sheetName(name));
  ws.addRow([table.title]).font = { bold: true, size: 12 };
  ws.addRow([table.subtitle]);
  ws.addRow([]);
  const header = ws.addRow(table.columns);
  header.font = { bold: true };
  ws.views = [{ state: "frozen", ySplit: header.number }];
  for (const row of table.rows) {
    const added = ws.addRow(row.map((v) => (typeof v === "number" && !Number.isFinite(v) ? null : v)));
    row.forEach((v, i) => {
      if (typeof v === "number") added.getCell(i + 1).numFmt = Number.isInteger(v) ? "#,##0" : "#,##0.0#";
    });
  }
  if (table.sources.length) {
    ws.addRow([]);
    for (const s of table.sources) ws.addRow([s]);
  }
  ws.columns.forEach((c, i) => (c.width = i === 0 ? 34 : 16));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
