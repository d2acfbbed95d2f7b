import type { Lang } from "../format/number.js";
import { isPercentUnit } from "../format/units.js";
import { STANDARD_INDICATORS, standardIndicator } from "../indicators.js";
import { REGION_SCHEMA, RegionSchema, type Region } from "../schema/region.js";
import { cellText } from "./cellText.js";
import { SHEETS, type ColumnSpec, type SheetKey, type SheetSpec } from "./layout.js";
import { readCell } from "./readCell.js";
import { schemaMessage } from "./schemaWords.js";
import { exampleCells } from "./template.js";
import type { Cell, CellError, InSheet } from "./types.js";
import { FIGURE_WORDS, MESSAGES, readEnum } from "./words.js";

export const MAX_ERRORS = 50;
export type RegionRead = { ok: true; region: Region } | { ok: false; errors: CellError[] };
type Loc = Omit<CellError, "message">;
type Values = Record<string, any>;
interface Row {
  row: number;
  values: Values;
  at: (key: string) => Loc;
}

const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, " ");
const localized = (vi?: string, en?: string) => (vi || en ? { vi: (vi || en)!, en: (en || vi)! } : undefined);
const empty = (c: Cell | undefined) => !c || c.value === null || (typeof c.value === "string" && c.value.trim() === "");

/** Reads a region from workbook sheets; every error names its sheet, row and column. */
export function regionFromSheets(sheets: readonly InSheet[], lang: Lang): RegionRead {
  const m = MESSAGES[lang];
  const errors: CellError[] = [];
  const locs = new Map<string, Loc>();
  const sheetLoc = new Map<SheetKey, Loc>();
  const fail = (at: Loc, message: string) => errors.push({ ...at, message });

  function readSheet(spec: SheetSpec, percentOf: (key: string, raw: (k: string) => Cell | undefined) => boolean = () => false): Row[] {
    const sheet = sheets.find((s) => norm(s.name) === norm(spec.name.vi) || norm(s.name) === norm(spec.name.en));
    const name = sheet?.name ?? spec.name[lang];
    sheetLoc.set(spec.key, { sheet: name, row: 0, column: "" });
    if (!sheet) {
      if (spec.key === "region" || spec.key === "sources" || spec.key === "figures") fail({ sheet: name, row: 0, column: "" }, m.missingSheet);
      return [];
    }
    const header = sheet.rows[0] ?? [];
    const index = new Map<string, number>();
    const columnName = new Map<string, string>();
    header.forEach((cell, i) => {
      const text = norm(String(cell.value ?? ""));
      const c = spec.columns.find((c) => norm(c.header.vi) === text || norm(c.header.en) === text);
      if (c && !index.has(c.key)) {
        index.set(c.key, i);
        columnName.set(c.key, String(cell.value).trim());
      }
    });
    for (const c of spec.columns)
      if (c.required && !index.has(c.key)) fail({ sheet: name, row: 1, column: c.header[lang] }, m.missingColumn(c.header[lang]));
    if (spec.columns.some((c) => c.required && !index.has(c.key))) return [];
    const examples = (["vi", "en"] as const).map((l) => exampleCells(spec.key, l).map((c) => cellText(c, l)));
    const rows: Row[] = [];
    sheet.rows.slice(1).forEach((cells, i) => {
      const row = i + 2;
      const raw = (k: string) => (index.has(k) ? cells[index.get(k)!] : undefined);
      if (spec.columns.every((c) => empty(raw(c.key)))) return;
      const isExample = (["vi", "en"] as const).some((l, j) =>
        spec.columns.every((c, k) => (raw(c.key) ? cellText(raw(c.key)!, l) : "") === examples[j]![k]),
      );
      if (isExample) return;
      const at = (k: string): Loc => {
        const c = spec.columns.find((c) => c.key === k) ?? spec.columns[0]!;
        return { sheet: name, row, column: columnName.get(c.key) ?? c.header[lang] };
      };
      const values: Values = {};
      for (const c of spec.columns) {
        const r = readCell(raw(c.key), c as ColumnSpec, lang, percentOf(c.key, raw));
        if (r.ok) values[c.key] = r.value;
        else fail(at(c.key), r.message);
      }
      rows.push({ row, values, at });
    });
    return rows;
  }
  const spec = (k: SheetKey) => SHEETS.find((s) => s.key === k)!;
  const mark = (path: string, at: Loc) => {
    if (!locs.has(path)) locs.set(path, at);
  };

  // Region and term.
  const regionRows = readSheet(spec("region"));
  if (regionRows.length !== 1 && sheetLoc.get("region") && errors.every((e) => e.sheet !== sheetLoc.get("region")!.sheet))
    fail({ ...sheetLoc.get("region")!, row: regionRows[1]?.row ?? 2, column: spec("region").columns[0]!.header[lang] }, m.oneRegionRow);
  const r0 = regionRows[0];
  const raw: Values = {
    schema: REGION_SCHEMA,
    id: r0?.values.id,
    name: localized(r0?.values.nameVi, r0?.values.nameEn),
    level: r0?.values.level,
    term: { base: r0?.values.base, end: r0?.values.end },
    sources: [],
    indicators: {},
    params: {},
    structure: [],
    targets: [],
    scenarios: [],
  };
  if (r0) {
    if (r0.values.example !== undefined) raw.example = r0.values.example;
    const parent = localized(r0.values.parentVi, r0.values.parentEn);
    if (parent) raw.parent = parent;
    for (const [path, key] of [["id", "id"], ["name", "nameVi"], ["level", "level"], ["term.base", "base"], ["term.end", "end"], ["term", "end"], ["example", "example"], ["parent", "parentVi"]])
      mark(path!, r0.at(key!));
  }

  const sourced = (v: Values) => {
    const out: Values = { value: v.value, status: v.status };
    if (v.source !== undefined) out.source = v.source;
    const note = localized(v.noteVi, v.noteEn);
    if (note) out.note = note;
    if (v.derivedFrom !== undefined) out.derivedFrom = v.derivedFrom;
    return out;
  };
  const markSourced = (path: string, row: Row, whole = "value") => {
    mark(path, row.at(whole));
    for (const k of ["value", "status", "source", "derivedFrom"]) mark(`${path}.${k}`, row.at(k));
    mark(`${path}.note`, row.at("noteVi"));
  };

  // Parameters and base-year levels.
  for (const row of readSheet(spec("params"))) {
    const p = row.values.param as string | undefined;
    if (!p || row.values.value === undefined || !row.values.status) continue;
    const group = p === "grdpCurrentPrices" || p === "population" ? (raw.baseLevels ??= {}) : raw.params;
    const path = `${group === raw.params ? "params" : "baseLevels"}.${p}`;
    if (group[p]) fail(row.at("param"), m.duplicate);
    group[p] = sourced(row.values);
    markSourced(path, row);
  }
  raw.params.revenueBuoyancy ??= {
    value: 1,
    status: "assumption",
    note: { vi: "Không có trong tệp: thu ngân sách tăng cùng GRDP danh nghĩa (hệ số 1).", en: "Not in the file: revenue grows with nominal GRDP (buoyancy 1)." },
  };

  // Sources.
  readSheet(spec("sources")).forEach((row, i) => {
    const v = row.values;
    raw.sources.push({ id: v.id, file: v.file ?? v.id, title: localized(v.titleVi, v.titleEn), publisher: v.publisher, date: v.date });
    for (const [k, c] of [["id", "id"], ["file", "file"], ["title", "titleVi"], ["publisher", "publisher"], ["date", "date"]]) mark(`sources.${i}.${k}`, row.at(c!));
    mark(`sources.${i}`, row.at("id"));
  });

  // Indicator definitions.
  const names = new Map<string, string>();
  for (const d of STANDARD_INDICATORS) for (const l of ["vi", "en"] as const) names.set(norm(d.name[l]), d.id);
  for (const row of readSheet(spec("indicators"), (key) => key === "sigma")) {
    const v = row.values;
    if (!v.id) continue;
    const ind: Values = {};
    for (const [k, vi, en] of [["name", "nameVi", "nameEn"], ["short", "shortVi", "shortEn"]] as const) {
      const t = localized(v[vi], v[en]);
      if (t) ind[k] = t;
    }
    for (const k of ["unit", "kind", "basis", "category", "better"]) if (v[k] !== undefined) ind[k] = v[k];
    if (v.sigma !== undefined) {
      ind.uncertainty = { sigma: v.sigma, note: localized(v.sigmaNoteVi, v.sigmaNoteEn) };
      if (v.skew !== undefined) ind.uncertainty.skew = v.skew;
    }
    if (raw.indicators[v.id]) fail(row.at("id"), m.duplicate);
    raw.indicators[v.id] = ind;
    if (ind.name) for (const l of ["vi", "en"] as const) names.set(norm(ind.name[l]), v.id);
    mark(`indicators.${v.id}`, row.at("id"));
    for (const [k, c] of [["name", "nameVi"], ["short", "shortVi"], ["unit", "unit"], ["kind", "kind"], ["basis", "basis"], ["category", "category"], ["better", "better"], ["uncertainty", "sigma"], ["uncertainty.sigma", "sigma"], ["uncertainty.skew", "skew"], ["uncertainty.note", "sigmaNoteVi"]])
      mark(`indicators.${v.id}.${k}`, row.at(c!));
  }
  const indicatorId = (text: unknown) => (typeof text === "string" ? (names.get(norm(text)) ?? text) : text);
  const unitOf = (id: string): string | undefined => raw.indicators[id]?.unit ?? standardIndicator(id)?.unit;
  const kindOf = (id: string): string | undefined => standardIndicator(id)?.kind ?? raw.indicators[id]?.kind;
  const textOf = (c: Cell | undefined) => (c && c.value !== null ? String(c.value).trim() : "");

  // Figures by indicator and year.
  const figureOf = (rawCell: (k: string) => Cell | undefined) => {
    const id = indicatorId(textOf(rawCell("indicator"))) as string;
    const given = readEnum(FIGURE_WORDS, textOf(rawCell("figure")));
    return { id, figure: given ?? (kindOf(id) === "rate" ? "rates" : "levels") };
  };
  for (const row of readSheet(spec("figures"), (key, rawCell) => {
    if (key !== "value") return false;
    const { id, figure } = figureOf(rawCell);
    const unit = unitOf(id);
    return figure === "rates" || (unit !== undefined && isPercentUnit(unit));
  })) {
    const v = row.values;
    const id = indicatorId(v.indicator) as string;
    const figure = v.figure ?? (kindOf(id) === "rate" ? "rates" : "levels");
    if (v.year === undefined || v.value === undefined || !v.status) continue;
    const ind = (raw.indicators[id] ??= {});
    mark(`indicators.${id}`, row.at("indicator"));
    const table = (ind[figure] ??= {});
    if (table[v.year]) fail(row.at("year"), m.duplicate);
    table[v.year] = sourced(v);
    markSourced(`indicators.${id}.${figure}.${v.year}`, row, "year");
    mark(`indicators.${id}.${figure}`, row.at("figure"));
  }

  // Targets.
  readSheet(spec("targets"), (key, rawCell) => {
    if (key === "tolerance") return true;
    if (key !== "value") return false;
    const kind = textOf(rawCell("kind"));
    const k = readEnum(SHEETS.find((s) => s.key === "targets")!.columns.find((c) => c.key === "kind")!.words!, kind);
    const unit = unitOf(indicatorId(textOf(rawCell("indicator"))) as string);
    return k === "annualRate" || k === "averageGrowth" || (unit !== undefined && isPercentUnit(unit));
  }).forEach((row, i) => {
    const v = row.values;
    const t: Values = { id: v.id, indicator: indicatorId(v.indicator), kind: v.kind, comparator: v.comparator, value: v.value, year: v.year };
    for (const k of ["fromYear", "tolerance", "priority"]) if (v[k] !== undefined) t[k] = v[k];
    t.category = v.category;
    t.scope = v.scope;
    t.source = v.source;
    const label = localized(v.labelVi, v.labelEn);
    if (label) t.label = label;
    const note = localized(v.noteVi, v.noteEn);
    if (note) t.note = note;
    if (v.readingGroup !== undefined || v.readingOption !== undefined)
      t.reading = { group: v.readingGroup, option: v.readingOption, isDefault: v.readingDefault ?? false };
    raw.targets.push(t);
    mark(`targets.${i}`, row.at("id"));
    for (const k of ["id", "indicator", "kind", "comparator", "value", "year", "fromYear", "tolerance", "category", "priority", "scope", "source"]) mark(`targets.${i}.${k}`, row.at(k));
    mark(`targets.${i}.label`, row.at("labelVi"));
    mark(`targets.${i}.note`, row.at("noteVi"));
    mark(`targets.${i}.reading`, row.at("readingGroup"));
  });

  // Economic structure.
  readSheet(spec("structure"), (key) => ["agriculture", "industry", "services", "productTaxes"].includes(key)).forEach((row, i) => {
    const v = row.values;
    const shares: Values = {};
    for (const k of ["agriculture", "industry", "services", "productTaxes"]) {
      if (v[k] !== undefined) shares[k] = v[k];
      mark(`structure.${i}.shares.${k}`, row.at(k));
    }
    raw.structure.push({ year: v.year, status: v.status, source: v.source, shares });
    mark(`structure.${i}`, row.at("year"));
    for (const k of ["year", "status", "source"]) mark(`structure.${i}.${k}`, row.at(k));
  });

  // Shipped scenarios.
  readSheet(spec("scenarios")).forEach((row, i) => {
    const v = row.values;
    const data = v.data ?? {};
    if (typeof data !== "object" || data === null || Array.isArray(data)) {
      fail(row.at("data"), m.json);
      return;
    }
    const s: Values = { name: v.name };
    if (v.nameEn !== undefined) s.nameEn = v.nameEn;
    if (v.illustrative !== undefined) s.illustrative = v.illustrative;
    if (v.description !== undefined) s.description = v.description;
    raw.scenarios.push({ ...s, ...data });
    mark(`scenarios.${i}`, row.at("data"));
  });

  if (errors.length === 0) {
    const parsed = RegionSchema.safeParse(raw);
    if (parsed.success) return { ok: true, region: parsed.data };
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String);
      let at: Loc | undefined;
      for (let n = path.length; n > 0 && !at; n--) at = locs.get(path.slice(0, n).join("."));
      const sheetKey = ({ indicators: "figures", baseLevels: "params" } as Record<string, SheetKey>)[path[0] ?? ""] ?? (path[0] as SheetKey);
      at ??= sheetLoc.get(sheetKey) ?? sheetLoc.get("region")!;
      fail(at, schemaMessage(issue.message, lang));
    }
  }
  // In reading order: sheet by sheet, row by row.
  const order = (e: CellError) => sheets.findIndex((s) => s.name === e.sheet);
  errors.sort((a, b) => order(a) - order(b) || a.row - b.row);
  return { ok: false, errors };
}

/** "Chỉ tiêu, dòng 7, cột Giá trị: phải là số"; at most 50 errors, then how many more. */
export function errorLines(errors: readonly CellError[], lang: Lang): string[] {
  const m = MESSAGES[lang];
  const lines = errors
    .slice(0, MAX_ERRORS)
    .map((e) => `${e.row > 0 ? m.at(e.sheet, e.row, e.column) : m.atSheet(e.sheet)}: ${e.message}`);
  if (errors.length > MAX_ERRORS) lines.push(m.more(errors.length - MAX_ERRORS));
  return lines;
}
