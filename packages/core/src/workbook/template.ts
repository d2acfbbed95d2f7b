import type { Lang } from "../format/number.js";
import { SHEETS, type SheetKey } from "./layout.js";
import { headerOf, layRow, type RowValues } from "./toSheets.js";
import type { Cell, OutSheet } from "./types.js";

const pct = (value: number): Cell => ({ value, percent: true });

/** One filled example row a sheet: what a planner copies. Rows equal to these are not read back. */
function exampleRows(lang: Lang): Record<SheetKey, RowValues> {
  const vi = lang === "vi";
  return {
    region: {
      id: "tinh-moi",
      nameVi: "Tỉnh Mới",
      nameEn: "New Province",
      level: "province",
      base: 2025,
      end: 2030,
      example: "false",
    },
    params: {
      param: "revenueBuoyancy",
      value: 1,
      status: "assumption",
      noteVi: "Thu ngân sách tăng cùng nhịp GRDP danh nghĩa.",
      noteEn: "Revenue grows one-for-one with nominal GRDP.",
    },
    sources: {
      id: "nq-2025",
      titleVi: "Nghị quyết Đại hội Đảng bộ tỉnh nhiệm kỳ 2025–2030",
      titleEn: "Resolution of the provincial Party congress, 2025–2030 term",
      publisher: vi ? "Tỉnh uỷ" : "Provincial Party Committee",
      date: "2025-10-15",
      file: "nghi-quyet-2025.pdf",
    },
    indicators: {
      id: "retailSales",
      nameVi: "Tổng mức bán lẻ hàng hoá, doanh thu dịch vụ",
      nameEn: "Retail sales and service revenue",
      shortVi: "Bán lẻ",
      shortEn: "Retail sales",
      unit: "billionVnd",
      kind: "level",
      basis: "nominal",
      category: "economic",
      better: "higher",
    },
    figures: {
      indicator: "grdpGrowth",
      figure: "rates",
      year: 2026,
      value: pct(0.1),
      status: "plan",
      source: "nq-2025",
      noteVi: "Kế hoạch năm 2026.",
      noteEn: "Plan for 2026.",
    },
    targets: {
      id: "grdp-per-capita-2030",
      indicator: "grdpPerCapita",
      kind: "level",
      comparator: "atLeast",
      value: 170,
      year: 2030,
      category: "economic",
      priority: "true",
      scope: "term",
      source: "nq-2025",
      labelVi: "GRDP bình quân đầu người năm 2030 từ 170 triệu đồng",
      labelEn: "GRDP per capita of at least 170 million VND in 2030",
    },
    structure: {
      year: 2025,
      status: "estimate",
      source: "nq-2025",
      agriculture: pct(0.2),
      industry: pct(0.35),
      services: pct(0.4),
      productTaxes: pct(0.05),
    },
    scenarios: {
      name: "Tăng trưởng cao",
      nameEn: "High growth",
      illustrative: "false",
      description: vi ? "Tăng trưởng 11 %/năm từ 2027." : "Growth of 11 %/yr from 2027.",
      data: JSON.stringify({ rates: { grdpGrowth: { 2027: 0.11, 2028: 0.11, 2029: 0.11, 2030: 0.11 } } }),
    },
  };
}

/** The template's example row of each sheet, as cells in column order. */
export function exampleCells(key: SheetKey, lang: Lang): Cell[] {
  return layRow(key, lang, exampleRows(lang)[key]);
}

/** The empty region workbook: every sheet with its header and one greyed example row. */
export function templateSheets(lang: Lang): OutSheet[] {
  return SHEETS.map((spec) => ({
    key: spec.key,
    name: spec.name[lang],
    header: headerOf(spec.key, lang),
    rows: [{ cells: exampleCells(spec.key, lang), example: true }],
  }));
}
