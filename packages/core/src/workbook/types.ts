import type { SheetKey } from "./layout.js";

export type CellValue = string | number | boolean | null;
/** One cell: its value, and whether a number is a fraction shown as percent. */
export interface Cell {
  value: CellValue;
  percent?: boolean;
}
/** A sheet to write: its rows in the order of the layout's columns; `example` rows are greyed. */
export interface OutSheet {
  key: SheetKey;
  name: string;
  header: string[];
  rows: { cells: Cell[]; example?: boolean }[];
}
/** A sheet as read from a file: every row, the header first. */
export interface InSheet {
  name: string;
  rows: Cell[][];
}
/** An import error at a cell (row is 1-based as in a spreadsheet; 0 when the whole sheet is meant). */
export interface CellError {
  sheet: string;
  row: number;
  column: string;
  message: string;
}
