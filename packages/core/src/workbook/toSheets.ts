import type { Lang } from "../format/number.js";
import { isPercentUnit } from "../format/units.js";
import { standardIndicator } from "../indicators.js";
import type { Region, SourcedValueT } from "../schema/region.js";
import { SHEETS, type SheetKey } from "./layout.js";
import type { Cell, OutSheet } from "./types.js";
import type { EnumWords } from "./words.js";

export type RowValues = Record<string, Cell["value"] | Cell | undefined>;

/** A row of named values laid out in the sheet's column order; enum ids become words. */
export function layRow(key: SheetKey, lang: Lang, values: RowValues): Cell[] {
  const spec = SHEETS.find((s) => s.key === key)!;
  return spec.columns.map((c) => {
    const v = values[c.key];
    const cell: Cell = v !== null && typeof v === "object" ? v : { value: v ?? null };
    if (c.words && cell.value !== null) cell.value = word(c.words, String(cell.value), lang);
    return cell;
  });
}

function word(words: EnumWords, id: string, lang: Lang): string {
  return words[id]?.[lang] ?? id;
}

export function headerOf(key: SheetKey, lang: Lang): string[] {
  return SHEETS.find((s) => s.key === key)!.columns.map((c) => c.header[lang]);
}

const pct = (v: number | undefined): Cell | undefined => (v === undefined ? undefined : { value: v, percent: true });
const bool = (v: boolean | undefined) => (v === undefined ? undefined : String(v));

export function unitOf(region: Pick<Region, "indicators">, id: string): string | undefined {
  return region.indicators[id]?.unit ?? standardIndicator(id)?.unit;
}

function sourced(v: SourcedValueT, percent: boolean): RowValues {
  return {
    value: percent ? pct(v.value) : v.value,
    status: v.status,
    source: v.source,
    noteVi: v.note?.vi,
    noteEn: v.note?.en,
    derivedFrom: v.derivedFrom,
  };
}

/** The region as workbook sheets, in the layout's order (every figure, target, status and source). */
export function regionSheets(region: Region, lang: Lang): OutSheet[] {
  const rows: Record<SheetKey, RowValues[]> = {
    region: [
      {
        id: region.id,
        nameVi: region.name.vi,
        nameEn: region.name.en,
        level: region.level,
        parentVi: region.parent?.vi,
        parentEn: region.parent?.en,
        base: region.term.base,
        end: region.term.end,
        example: bool(region.example),
      },
    ],
    params: [],
    sources: region.sources.map((s) => ({
      id: s.id,
      titleVi: s.title.vi,
      titleEn: s.title.en,
      publisher: s.publisher,
      date: s.date,
      file: s.file,
    })),
    indicators: [],
    figures: [],
    targets: region.targets.map((t) => {
      const unit = unitOf(region, t.indicator);
      const percent = t.kind === "annualRate" || t.kind === "averageGrowth" || (unit !== undefined && isPercentUnit(unit));
      return {
        id: t.id,
        indicator: t.indicator,
        kind: t.kind,
        comparator: t.comparator,
        value: percent ? pct(t.value) : t.value,
        fromYear: t.fromYear,
        year: t.year,
        tolerance: pct(t.tolerance),
        category: t.category,
        priority: bool(t.priority),
        scope: t.scope,
        source: t.source,
        labelVi: t.label?.vi,
        labelEn: t.label?.en,
        noteVi: t.note?.vi,
        noteEn: t.note?.en,
        readingGroup: t.reading?.group,
        readingOption: t.reading?.option,
        readingDefault: bool(t.reading?.isDefault),
      };
    }),
    structure: region.structure.map((s) => ({
      year: s.year,
      status: s.status,
      source: s.source,
      agriculture: pct(s.shares.agriculture),
      industry: pct(s.shares.industry),
      services: pct(s.shares.services),
      productTaxes: pct(s.shares.productTaxes),
    })),
    scenarios: region.scenarios.map((s) => {
      const { name, nameEn, illustrative, description, ...data } = s;
      return {
        name: typeof name === "string" ? name : JSON.stringify(name),
        nameEn: typeof nameEn === "string" ? nameEn : undefined,
        illustrative: typeof illustrative === "boolean" ? String(illustrative) : undefined,
        description: typeof description === "string" ? description : undefined,
        data: JSON.stringify(data),
      };
    }),
  };
  for (const [param, v] of Object.entries(region.params)) if (v) rows.params.push({ param, ...sourced(v, false) });
  for (const [param, v] of Object.entries(region.baseLevels ?? {})) if (v) rows.params.push({ param, ...sourced(v, false) });
  for (const [id, ind] of Object.entries(region.indicators)) {
    const u = ind.uncertainty;
    rows.indicators.push({
      id,
      nameVi: ind.name?.vi,
      nameEn: ind.name?.en,
      shortVi: ind.short?.vi,
      shortEn: ind.short?.en,
      unit: ind.unit,
      kind: ind.kind,
      basis: ind.basis,
      category: ind.category,
      better: ind.better,
      sigma: pct(u?.sigma),
      skew: u?.skew,
      sigmaNoteVi: u?.note.vi,
      sigmaNoteEn: u?.note.en,
    });
    const unit = unitOf(region, id);
    for (const figure of ["levels", "rates"] as const)
      for (const [year, v] of Object.entries(ind[figure] ?? {}))
        rows.figures.push({
          indicator: id,
          figure,
          year: Number(year),
          ...sourced(v, figure === "rates" || (unit !== undefined && isPercentUnit(unit))),
        });
  }
  return SHEETS.map((spec) => ({
    key: spec.key,
    name: spec.name[lang],
    header: headerOf(spec.key, lang),
    rows: rows[spec.key].map((r) => ({ cells: layRow(spec.key, lang, r) })),
  }));
}
