/** Aligned plain-text tables: a header, a rule, then rows, columns two spaces apart. */

export interface Column {
  header: string;
  /** Numbers read best right-aligned; text left-aligned (the default). */
  align?: "left" | "right";
  /** Left out when no row has a value in it (a notes column with nothing to note). */
  optional?: boolean;
}

const COMBINING_MARK = /\p{M}/gu;

/**
 * Terminal width of a cell. Vietnamese text may arrive decomposed (a base letter
 * plus combining tone marks); NFC composes it, and any mark left over takes no column.
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const _ of text.normalize("NFC").replace(COMBINING_MARK, "")) width++;
  return width;
}

function pad(text: string, width: number, align: "left" | "right"): string {
  const fill = " ".repeat(Math.max(0, width - displayWidth(text)));
  return align === "right" ? fill + text : text + fill;
}

export function renderTable(allColumns: readonly Column[], allRows: readonly (readonly string[])[]): string {
  const kept = allColumns.flatMap((c, i) => (c.optional && allRows.every((row) => !row[i]) ? [] : [i]));
  const columns = kept.map((i) => allColumns[i]!);
  const rows = allRows.map((row) => kept.map((i) => row[i] ?? ""));
  const header = columns.map((c) => c.header.normalize("NFC"));
  const body = rows.map((row) => columns.map((_, i) => (row[i] ?? "").normalize("NFC")));
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...body.map((row) => displayWidth(row[i]!))));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => pad(cell, widths[i]!, columns[i]!.align ?? "left"))
      .join("  ")
      .trimEnd();
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  return [line(header), rule, ...body.map(line)].join("\n") + "\n";
}

/** "Label:   value" lines with the values aligned, for one record (solve's answer). */
export function renderFields(fields: readonly (readonly [string, string])[], indent = "  "): string {
  const width = Math.max(...fields.map(([label]) => displayWidth(label)));
  return fields.map(([label, value]) => `${indent}${pad(`${label}:`, width + 1, "left")}  ${value}`.normalize("NFC")).join("\n") + "\n";
}
