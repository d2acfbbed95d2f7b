import type { Lang } from "../format/number.js";
import { UNIT_IDS } from "../units.js";
import { unitLabel } from "../format/units.js";
import {
  BASIS_WORDS,
  BETTER_WORDS,
  BOOL_WORDS,
  CATEGORY_WORDS,
  COMPARATOR_WORDS,
  FIGURE_WORDS,
  KIND_WORDS,
  LEVEL_WORDS,
  PARAM_WORDS,
  SCOPE_WORDS,
  STATUS_WORDS,
  TARGET_KIND_WORDS,
  type EnumWords,
} from "./words.js";

/**
 * The region workbook's sheets and columns, shared by the writer, the reader and the
 * template. Headers are matched by name in either language, so columns may be reordered.
 * Values marked `percent` are fractions shown as percent ("14,5 %").
 */
export type ColumnType = "text" | "year" | "number" | "enum" | "bool" | "json";

export interface ColumnSpec {
  key: string;
  header: Record<Lang, string>;
  type: ColumnType;
  words?: EnumWords;
  required?: boolean;
  width?: number;
}

export type SheetKey = "region" | "params" | "sources" | "indicators" | "figures" | "targets" | "structure" | "scenarios";

export interface SheetSpec {
  key: SheetKey;
  name: Record<Lang, string>;
  columns: ColumnSpec[];
}

const col = (key: string, vi: string, en: string, type: ColumnType, more: Partial<ColumnSpec> = {}): ColumnSpec => ({
  key,
  header: { vi, en },
  type,
  width: type === "text" || type === "json" ? 28 : 16,
  ...more,
});
const noteVi = col("noteVi", "Ghi chú", "Note (Vietnamese)", "text", { width: 40 });
const noteEn = col("noteEn", "Ghi chú (tiếng Anh)", "Note", "text", { width: 40 });
const status = col("status", "Trạng thái", "Status", "enum", { words: STATUS_WORDS, required: true });
const source = col("source", "Nguồn", "Source", "text");
const derivedFrom = col("derivedFrom", "Suy ra từ mục tiêu", "Derived from target", "text");

/**
 * Units in the sheet's words, the app's labels (an index without a year: "năm gốc"); a plain
 * count, unlabelled in tables, needs a word in a drop-down list. Any unit id is read too.
 */
const COUNT_WORDS = { vi: "số lượng", en: "count" };
export const UNIT_WORDS: EnumWords = Object.fromEntries(
  UNIT_IDS.map((id) => [id, id === "count" ? COUNT_WORDS : { vi: unitLabel(id, "vi"), en: unitLabel(id, "en") }]),
);

export const SHEETS: readonly SheetSpec[] = [
  {
    key: "region",
    name: { vi: "Địa bàn", en: "Region" },
    columns: [
      col("id", "Mã địa bàn", "Region id", "text", { required: true }),
      col("nameVi", "Tên", "Name (Vietnamese)", "text", { required: true }),
      col("nameEn", "Tên (tiếng Anh)", "Name", "text"),
      col("level", "Cấp", "Level", "enum", { words: LEVEL_WORDS, required: true }),
      col("parentVi", "Thuộc tỉnh", "Province (Vietnamese)", "text"),
      col("parentEn", "Thuộc tỉnh (tiếng Anh)", "Province", "text"),
      col("base", "Năm gốc", "Base year", "year", { required: true }),
      col("end", "Năm cuối", "End year", "year", { required: true }),
      col("example", "Là ví dụ", "Example", "bool", { words: BOOL_WORDS }),
    ],
  },
  {
    key: "params",
    name: { vi: "Tham số", en: "Parameters" },
    columns: [
      col("param", "Tham số", "Parameter", "enum", { words: PARAM_WORDS, required: true, width: 36 }),
      col("value", "Giá trị", "Value", "number", { required: true }),
      status,
      source,
      noteVi,
      noteEn,
    ],
  },
  {
    key: "sources",
    name: { vi: "Nguồn", en: "Sources" },
    columns: [
      col("id", "Mã nguồn", "Source id", "text", { required: true }),
      col("titleVi", "Tên văn bản", "Title (Vietnamese)", "text", { required: true, width: 48 }),
      col("titleEn", "Tên văn bản (tiếng Anh)", "Title", "text", { width: 48 }),
      col("publisher", "Cơ quan ban hành", "Publisher", "text", { required: true }),
      col("date", "Ngày (YYYY-MM-DD)", "Date (YYYY-MM-DD)", "text", { required: true }),
      col("file", "Tệp", "File", "text"),
    ],
  },
  {
    key: "indicators",
    name: { vi: "Danh mục chỉ tiêu", en: "Indicators" },
    columns: [
      col("id", "Mã chỉ tiêu", "Indicator id", "text", { required: true }),
      col("nameVi", "Tên", "Name (Vietnamese)", "text", { width: 36 }),
      col("nameEn", "Tên (tiếng Anh)", "Name", "text", { width: 36 }),
      col("shortVi", "Tên ngắn", "Short name (Vietnamese)", "text"),
      col("shortEn", "Tên ngắn (tiếng Anh)", "Short name", "text"),
      col("unit", "Đơn vị", "Unit", "enum", { words: UNIT_WORDS }),
      col("kind", "Loại", "Kind", "enum", { words: KIND_WORDS }),
      col("basis", "Giá", "Basis", "enum", { words: BASIS_WORDS }),
      col("category", "Nhóm", "Category", "enum", { words: CATEGORY_WORDS }),
      col("better", "Tốt hơn khi", "Better when", "enum", { words: BETTER_WORDS }),
      col("sigma", "Độ lệch chuẩn (%)", "Standard deviation (%)", "number"),
      col("skew", "Độ lệch phân phối", "Skew", "number"),
      col("sigmaNoteVi", "Ghi chú độ lệch chuẩn", "Standard deviation note (Vietnamese)", "text", { width: 40 }),
      col("sigmaNoteEn", "Ghi chú độ lệch chuẩn (tiếng Anh)", "Standard deviation note", "text", { width: 40 }),
    ],
  },
  {
    key: "figures",
    name: { vi: "Chỉ tiêu", en: "Figures" },
    columns: [
      col("indicator", "Chỉ tiêu", "Indicator", "text", { required: true }),
      col("figure", "Số liệu", "Figure", "enum", { words: FIGURE_WORDS }),
      col("year", "Năm", "Year", "year", { required: true }),
      col("value", "Giá trị", "Value", "number", { required: true }),
      status,
      source,
      noteVi,
      noteEn,
      derivedFrom,
    ],
  },
  {
    key: "targets",
    name: { vi: "Mục tiêu", en: "Targets" },
    columns: [
      col("id", "Mã mục tiêu", "Target id", "text", { required: true }),
      col("indicator", "Chỉ tiêu", "Indicator", "text", { required: true }),
      col("kind", "Loại mục tiêu", "Kind", "enum", { words: TARGET_KIND_WORDS, required: true }),
      col("comparator", "So sánh", "Comparator", "enum", { words: COMPARATOR_WORDS, required: true }),
      col("value", "Giá trị", "Value", "number", { required: true }),
      col("fromYear", "Từ năm", "From year", "year"),
      col("year", "Năm", "Year", "year", { required: true }),
      col("tolerance", "Sai số cho phép (%)", "Tolerance (%)", "number"),
      col("category", "Nhóm", "Category", "enum", { words: CATEGORY_WORDS, required: true }),
      col("priority", "Ưu tiên", "Priority", "bool", { words: BOOL_WORDS }),
      col("scope", "Phạm vi", "Scope", "enum", { words: SCOPE_WORDS, required: true }),
      col("source", "Nguồn", "Source", "text", { required: true }),
      col("labelVi", "Tên mục tiêu", "Label (Vietnamese)", "text", { width: 40 }),
      col("labelEn", "Tên mục tiêu (tiếng Anh)", "Label", "text", { width: 40 }),
      noteVi,
      noteEn,
      col("readingGroup", "Nhóm cách đọc", "Reading group", "text"),
      col("readingOption", "Cách đọc", "Reading option", "text"),
      col("readingDefault", "Cách đọc mặc định", "Default reading", "bool", { words: BOOL_WORDS }),
    ],
  },
  {
    key: "structure",
    name: { vi: "Cơ cấu kinh tế", en: "Structure" },
    columns: [
      col("year", "Năm", "Year", "year", { required: true }),
      status,
      col("source", "Nguồn", "Source", "text", { required: true }),
      col("agriculture", "Nông, lâm, thuỷ sản (%)", "Agriculture (%)", "number"),
      col("industry", "Công nghiệp, xây dựng (%)", "Industry (%)", "number"),
      col("services", "Dịch vụ (%)", "Services (%)", "number"),
      col("productTaxes", "Thuế sản phẩm (%)", "Product taxes (%)", "number"),
    ],
  },
  {
    key: "scenarios",
    name: { vi: "Kịch bản", en: "Scenarios" },
    columns: [
      col("name", "Tên kịch bản", "Name (Vietnamese)", "text", { required: true }),
      col("nameEn", "Tên kịch bản (tiếng Anh)", "Name", "text"),
      col("illustrative", "Minh hoạ", "Illustrative", "bool", { words: BOOL_WORDS }),
      col("description", "Mô tả", "Description", "text", { width: 48 }),
      col("data", "Số liệu (JSON)", "Data (JSON)", "json", { width: 60 }),
    ],
  },
];

export function sheetSpec(key: SheetKey): SheetSpec {
  return SHEETS.find((s) => s.key === key)!;
}

/** The reference sheet of the template: the standard indicators and their units (not read back). */
export const STANDARD_SHEET: Record<Lang, string> = { vi: "Chỉ tiêu chuẩn", en: "Standard indicators" };
