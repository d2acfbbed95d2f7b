import { formatNumber, type Lang } from "@lotrinh/core";
import type { ChartTable } from "@lotrinh/charts";
import { ScrollRegion } from "./ScrollRegion";

/** The chart's data as a table: its text alternative (numbers in the language's format). */
export function DataTable({ table, caption, lang }: { table: ChartTable; caption: string; lang: Lang }) {
  // Years stay as written (2023, not "2.023").
  const yearColumn = table.columns.findIndex((c) => c === "Năm" || c === "Year");
  return (
    <ScrollRegion label={`${caption}: ${table.columns.join(", ")}`}>
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, i) => (
            <tr key={i}>
              {row.map((cell, j) => (
                <td key={j} className={typeof cell === "number" ? "num" : undefined}>
                  {cell === null ? "" : typeof cell === "number" && j !== yearColumn ? formatNumber(cell, lang) : String(cell)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
