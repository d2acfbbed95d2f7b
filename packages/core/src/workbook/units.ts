import type { UnitId } from "../units.js";

/** Unit words in the workbook: like the app's labels, without a year for the index. */
export const UNIT_LABELS_FOR_SHEETS: Record<UnitId, { vi: string; en: string }> = {
  rate: { vi: "%/năm", en: "%/yr" },
  share: { vi: "%", en: "%" },
  index: { vi: "chỉ số (năm gốc = 100)", en: "index (base year = 100)" },
  billionVnd: { vi: "tỷ đồng", en: "billion VND" },
  billionVnd2010: { vi: "tỷ đồng (giá 2010)", en: "billion VND (2010 prices)" },
  millionVndPerPerson: { vi: "triệu đồng/người", en: "million VND/person" },
  millionVndPerHa: { vi: "triệu đồng/ha", en: "million VND/ha" },
  millionVisits: { vi: "triệu lượt", en: "million visits" },
  billionUsd: { vi: "tỷ USD", en: "billion USD" },
  tonnes: { vi: "tấn", en: "tonnes" },
  per10kPeople: { vi: "/1 vạn dân", en: "per 10,000 people" },
  criteriaPerCommune: { vi: "tiêu chí/xã", en: "criteria per commune" },
  people: { vi: "người", en: "people" },
  count: { vi: "số lượng", en: "count" },
};
