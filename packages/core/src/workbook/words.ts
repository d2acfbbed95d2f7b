import type { Lang } from "../format/number.js";

type Words = Record<Lang, string>;
/** Enumerated cell values: the model's id, and the words a planner types (either language is read). */
export type EnumWords = Record<string, Words>;

export const STATUS_WORDS: EnumWords = {
  actual: { vi: "thực hiện", en: "actual" },
  estimate: { vi: "ước thực hiện", en: "estimate" },
  plan: { vi: "kế hoạch", en: "plan" },
  assumption: { vi: "giả định", en: "assumption" },
};
export const LEVEL_WORDS: EnumWords = { province: { vi: "tỉnh", en: "province" }, town: { vi: "thị xã", en: "town" } };
export const FIGURE_WORDS: EnumWords = { levels: { vi: "mức", en: "level" }, rates: { vi: "tốc độ", en: "rate" } };
export const TARGET_KIND_WORDS: EnumWords = {
  level: { vi: "mức năm", en: "level" },
  annualRate: { vi: "tốc độ năm", en: "annual rate" },
  averageGrowth: { vi: "bình quân", en: "average growth" },
  cumulative: { vi: "cộng dồn", en: "cumulative" },
};
export const COMPARATOR_WORDS: EnumWords = {
  atLeast: { vi: "ít nhất", en: "at least" },
  atMost: { vi: "tối đa", en: "at most" },
  about: { vi: "khoảng", en: "about" },
};
export const CATEGORY_WORDS: EnumWords = {
  economic: { vi: "kinh tế", en: "economic" },
  social: { vi: "xã hội", en: "social" },
  structure: { vi: "cơ cấu", en: "structure" },
};
export const SCOPE_WORDS: EnumWords = { term: { vi: "nhiệm kỳ", en: "term" }, year: { vi: "năm", en: "year" } };
export const KIND_WORDS: EnumWords = {
  level: { vi: "mức", en: "level" },
  rate: { vi: "tốc độ", en: "rate" },
  tracked: { vi: "theo dõi", en: "tracked" },
};
export const BASIS_WORDS: EnumWords = {
  real: { vi: "giá so sánh", en: "real" },
  nominal: { vi: "giá hiện hành", en: "nominal" },
  volume: { vi: "khối lượng", en: "volume" },
  none: { vi: "không", en: "none" },
};
export const BETTER_WORDS: EnumWords = { higher: { vi: "cao hơn", en: "higher" }, lower: { vi: "thấp hơn", en: "lower" } };
export const BOOL_WORDS: EnumWords = { true: { vi: "có", en: "yes" }, false: { vi: "không", en: "no" } };
export const PARAM_WORDS: EnumWords = {
  revenueBuoyancy: { vi: "hệ số co giãn thu ngân sách", en: "revenue buoyancy" },
  persistence: { vi: "độ bền cú sốc", en: "persistence" },
  growthDeflatorCorrelation: { vi: "tương quan tăng trưởng và giá", en: "growth-deflator correlation" },
  grdpCurrentPrices: { vi: "GRDP giá hiện hành năm gốc (tỷ đồng)", en: "GRDP at current prices, base year (billion VND)" },
  population: { vi: "dân số năm gốc (nghìn người)", en: "population, base year (thousand)" },
};
export const SHARE_KEYS = ["agriculture", "industry", "services", "productTaxes"] as const;

/** Reads an enumerated cell: the id itself or its word in either language, case and spacing ignored. */
export function readEnum(words: EnumWords, text: string): string | undefined {
  const t = text.trim().toLowerCase().replace(/\s+/g, " ");
  for (const [id, w] of Object.entries(words))
    if (t === id.toLowerCase() || t === w.vi.toLowerCase() || t === w.en.toLowerCase()) return id;
  return undefined;
}

export function listOf(words: EnumWords, lang: Lang): string[] {
  return Object.values(words).map((w) => w[lang]);
}

/** Messages of import errors. */
export const MESSAGES = {
  vi: {
    at: (sheet: string, row: number, column: string) => `${sheet}, dòng ${row}, cột ${column}`,
    atSheet: (sheet: string) => `Trang ${sheet}`,
    number: "phải là số",
    whole: "phải là số nguyên (năm)",
    required: "không được để trống",
    oneOf: (list: string[]) => `phải là một trong: ${list.join(", ")}`,
    noPercent: "không dùng % cho chỉ tiêu này",
    missingSheet: "thiếu trang này trong tệp",
    missingColumn: (column: string) => `thiếu cột ${column}`,
    oneRegionRow: "cần đúng một dòng địa bàn",
    json: "không phải JSON hợp lệ",
    duplicate: "trùng với một dòng trước",
    more: (n: number) => `… và ${n} lỗi khác`,
    notWorkbook: "không đọc được tệp bảng tính",
  },
  en: {
    at: (sheet: string, row: number, column: string) => `${sheet}, row ${row}, column ${column}`,
    atSheet: (sheet: string) => `Sheet ${sheet}`,
    number: "must be a number",
    whole: "must be a whole number (a year)",
    required: "must not be empty",
    oneOf: (list: string[]) => `must be one of: ${list.join(", ")}`,
    noPercent: "% is not used for this indicator",
    missingSheet: "this sheet is missing from the file",
    missingColumn: (column: string) => `column ${column} is missing`,
    oneRegionRow: "exactly one region row is needed",
    json: "is not valid JSON",
    duplicate: "repeats an earlier row",
    more: (n: number) => `… and ${n} more errors`,
    notWorkbook: "the spreadsheet file cannot be read",
  },
} as const;
