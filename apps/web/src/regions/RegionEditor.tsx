import { useMemo, useState } from "react";
import type { Lang, Region } from "@lotrinh/core";
import { cellTextOf, errorLines, regionFromSheets, regionSheets, SHEETS } from "@lotrinh/core/workbook";

/** The sheets edited here; the others (parameters, indicator list, structure, scenarios) are kept as they are. */
const EDITED = ["region", "sources", "figures", "targets"] as const;

const WORDS = {
  vi: { addRow: "Thêm dòng", removeRow: "Xoá dòng {n}", save: "Lưu địa bàn", cancel: "Huỷ", row: "dòng" },
  en: { addRow: "Add a row", removeRow: "Delete row {n}", save: "Save the region", cancel: "Cancel", row: "row" },
} as const;

type Table = { name: string; header: string[]; rows: string[][] };

/**
 * A region's figures and targets (and its name, term and sources) in editable tables: the
 * workbook's own sheets, read back with the same validation as an imported file, so every
 * error names its table, row and column.
 */
export function RegionEditor({ region, lang, onSave, onCancel }: {
  region: Region;
  lang: Lang;
  onSave: (region: Region) => Promise<string[]>;
  onCancel: () => void;
}) {
  const w = WORDS[lang];
  const initial = useMemo(
    () =>
      regionSheets(region, lang).map((s): Table => ({
        name: s.name,
        header: s.header,
        rows: s.rows.map((r) => r.cells.map((c) => cellTextOf(c, lang))),
      })),
    [region, lang],
  );
  const [tables, setTables] = useState(initial);
  const [errors, setErrors] = useState<string[]>([]);

  const edit = (t: number, r: number, c: number, value: string) =>
    setTables((all) => all.map((table, i) => (i !== t ? table : { ...table, rows: table.rows.map((row, j) => (j !== r ? row : row.map((v, k) => (k === c ? value : v)))) })));
  const addRow = (t: number) => setTables((all) => all.map((table, i) => (i !== t ? table : { ...table, rows: [...table.rows, table.header.map(() => "")] })));
  const removeRow = (t: number, r: number) => setTables((all) => all.map((table, i) => (i !== t ? table : { ...table, rows: table.rows.filter((_, j) => j !== r) })));

  async function save() {
    const sheets = tables.map((t) => ({
      name: t.name,
      rows: [t.header.map((h) => ({ value: h })), ...t.rows.map((row) => row.map((v) => ({ value: v.trim() === "" ? null : v })))],
    }));
    const read = regionFromSheets(sheets, lang);
    if (!read.ok) return setErrors(errorLines(read.errors, lang));
    setErrors(await onSave(read.region));
  }

  return (
    <div className="region-editor">
      {SHEETS.map((spec, t) =>
        (EDITED as readonly string[]).includes(spec.key) ? (
          <fieldset key={spec.key}>
            <legend>{tables[t]!.name}</legend>
            <div className="scroll-x">
              <table>
                <thead>
                  <tr>
                    <th scope="col">#</th>
                    {tables[t]!.header.map((h) => (
                      <th key={h} scope="col">
                        {h}
                      </th>
                    ))}
                    <th />
                  </tr>
                </thead>
                <tbody>
                  {tables[t]!.rows.map((row, r) => (
                    <tr key={r}>
                      {/* Row numbers as in the workbook: the header is row 1. */}
                      <th scope="row">{r + 2}</th>
                      {row.map((v, c) => (
                        <td key={c}>
                          <input
                            aria-label={`${tables[t]!.name}, ${w.row} ${r + 2}, ${tables[t]!.header[c]}`}
                            value={v}
                            size={Math.max(6, Math.min(24, v.length + 1))}
                            onChange={(e) => edit(t, r, c, e.currentTarget.value)}
                          />
                        </td>
                      ))}
                      <td>
                        <button type="button" className="button" onClick={() => removeRow(t, r)}>
                          {w.removeRow.replace("{n}", String(r + 2))}
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <button type="button" className="button" onClick={() => addRow(t)}>
              {w.addRow} ({tables[t]!.name})
            </button>
          </fieldset>
        ) : null,
      )}
      {errors.length > 0 && (
        <ul role="alert" className="notice notice-error">
          {errors.map((e, i) => (
            <li key={i}>{e}</li>
          ))}
        </ul>
      )}
      <button type="button" className="button" onClick={() => void save()}>
        {w.save}
      </button>{" "}
      <button type="button" className="button" onClick={onCancel}>
        {w.cancel}
      </button>
    </div>
  );
}
