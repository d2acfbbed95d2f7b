import type { Lang } from "@lotrinh/core";

const WORDS = {
  title: { vi: "Báo cáo kịch bản tăng trưởng", en: "Growth scenario report" },
  term: { vi: "Nhiệm kỳ", en: "Term" },
  date: { vi: "Ngày lập", en: "Date" },
  scenarios: { vi: "Các kịch bản", en: "Scenarios" },
  illustrative: { vi: "minh hoạ", en: "illustrative" },
  assumptions: { vi: "Giả định của các kịch bản", en: "Scenario assumptions" },
  targets: { vi: "Chỉ tiêu theo kịch bản", en: "Targets by scenario" },
  charts: { vi: "Biểu đồ chính", en: "Key charts" },
  sources: { vi: "Tài liệu nguồn", en: "Source documents" },
  notes: { vi: "Ghi chú về các giả định", en: "Notes on assumptions" },
  indicator: { vi: "Chỉ tiêu", en: "Indicator" },
  year: { vi: "Năm", en: "Year" },
  scenario: { vi: "Kịch bản", en: "Scenario" },
  target: { vi: "Mục tiêu", en: "Target" },
  required: { vi: "Tốc độ cần thiết", en: "Rate needed" },
  buoyancy: { vi: "Hệ số co giãn thu ngân sách", en: "Revenue buoyancy" },
  legend: {
    vi: "KH: số kế hoạch từ tài liệu nguồn · TH: số thực hiện · GĐ: giả định (mặc định của dự án hoặc chỉnh sửa) · *: khác kịch bản đầu tiên",
    en: "P: plan figure from a source · A: actual · As: assumption (project default or user edit) · *: differs from the first scenario",
  },
  alternative: { vi: "cách hiểu khác", en: "alternative reading" },
  edited: { vi: "chỉnh sửa trong kịch bản", en: "edited in the scenario" },
  generated: { vi: "Lập bằng Lộ Trình", en: "Made with Lộ Trình" },
} as const;

export type ReportWord = keyof typeof WORDS;
export const reportWord = (key: ReportWord, lang: Lang): string => WORDS[key][lang];

export const STATUS_MARKS = {
  actual: { vi: "TH", en: "A" },
  estimate: { vi: "ƯTH", en: "E" },
  plan: { vi: "KH", en: "P" },
  assumption: { vi: "GĐ", en: "As" },
  projected: { vi: "", en: "" },
  backcast: { vi: "TN", en: "B" },
} as const satisfies Record<import("@lotrinh/core").ValueStatus, { vi: string; en: string }>;

export function formatDate(date: Date, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === "vi" ? "vi-VN" : "en-GB", { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "Asia/Ho_Chi_Minh" }).format(date);
}
