import type { Lang } from "../format/number.js";
import { cellText } from "./cellText.js";
import type { Cell, InSheet, OutSheet } from "./types.js";

/**
 * The region workbook as one CSV file: each sheet starts with a line "# <sheet name>",
 * then its header and rows. Numbers are written in the language's notation.
 */
export function writeCsv(sheets: readonly OutSheet[], lang: Lang): string {
  const lines: string[] = [];
  for (const s of sheets) {
    lines.push(field(`# ${s.name}`));
    lines.push(s.header.map(field).join(","));
    for (const r of s.rows) lines.push(r.cells.map((c) => field(cellText(c, lang))).join(","));
  }
  return lines.join("\r\n") + "\r\n";
}

function field(text: string): string {
  return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Parses CSV (RFC 4180 quoting; comma or semicolon, whichever the first line uses). */
export function parseCsv(text: string): string[][] {
  const src = text.replace(/^\uFEFF/, "");
  // The first line that is not a sheet marker decides: a semicolon file (Excel in some locales) has no comma there.
  const firstLine = src.split(/\r?\n/).find((l) => l.trim() !== "" && !l.startsWith("#") && !l.startsWith('"#')) ?? "";
  const sep = firstLine.includes(";") && !firstLine.includes(",") ? ";" : ",";
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === sep) row.push(cell), (cell = "");
    else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && src[i + 1] === "\n") i++;
      row.push(cell), rows.push(row), (row = []), (cell = "");
    } else cell += ch;
  }
  if (cell !== "" || row.length) row.push(cell), rows.push(row);
  return rows;
}

/** The sheets of a sectioned CSV file; text cells (numbers are read by their column). */
export function readCsv(text: string): InSheet[] {
  const sheets: InSheet[] = [];
  for (const row of parseCsv(text)) {
    const first = (row[0] ?? "").trim();
    if (first.startsWith("#") && row.slice(1).every((c) => c.trim() === "")) {
      sheets.push({ name: first.slice(1).trim(), rows: [] });
      continue;
    }
    sheets[sheets.length - 1]?.rows.push(row.map((c): Cell => ({ value: c === "" ? null : c })));
  }
  return sheets;
}
