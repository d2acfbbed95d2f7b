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
  scorecard: { vi: "Tóm tắt cho lãnh đạo: chỉ tiêu trọng tâm", en: "Leadership summary: priority targets" },
  scorecardNote: {
    vi: "Mỗi ô: đánh giá và căn cứ của nó (theo số thực hiện, theo giả định lấy từ chính chỉ tiêu, hoặc theo dự báo), xác suất đạt (mô phỏng Monte Carlo) và chênh lệch so với mục tiêu. Sắp xếp theo mức chênh xác suất giữa các kịch bản.",
    en: "Each cell: the verdict and what it rests on (actual figures, an assumption taken from the target itself, or the projection), the probability of meeting it (Monte Carlo) and the gap to the target. Sorted by the difference in probability between the scenarios.",
  },
  scorecardNoRisk: { vi: "Chưa có kết quả mô phỏng rủi ro: cột xác suất để trống.", en: "No risk run: the probability column is empty." },
  noDataCount: { vi: "chỉ tiêu trọng tâm chưa có số liệu để đánh giá", en: "priority targets have no figure to judge them by" },
  scorecardEconomic: { vi: "Tóm tắt cho lãnh đạo: chỉ tiêu kinh tế", en: "Leadership summary: economic targets" },
  noDataCountEconomic: { vi: "chỉ tiêu kinh tế chưa có số liệu để đánh giá", en: "economic targets have no figure to judge them by" },
  probability: { vi: "Xác suất đạt", en: "Probability" },
  gap: { vi: "Chênh lệch", en: "Gap" },
  planOutcome: { vi: "Kế hoạch và thực hiện", en: "Plan and outcome" },
  planOutcomeNote: {
    vi: "Mỗi số kế hoạch (số kế hoạch của tài liệu nguồn hoặc mục tiêu) của một năm đã có số thực hiện hay ước thực hiện.",
    en: "Each plan figure (a source's plan figure or a target) of a year that has an actual or estimated outcome.",
  },
  plan: { vi: "Kế hoạch", en: "Plan" },
  outcome: { vi: "Thực hiện", en: "Outcome" },
  difference: { vi: "Chênh lệch", en: "Difference" },
  share: { vi: "So với kế hoạch", en: "Against plan" },
  planFigure: { vi: "số kế hoạch", en: "plan figure" },
  targetFigure: { vi: "mục tiêu", en: "target" },
  risk: { vi: "Khả năng đạt chỉ tiêu", en: "Likelihood of meeting the targets" },
  riskNote: {
    vi: "Xác suất đạt: tỷ lệ số đường mô phỏng đạt hoặc vượt mục tiêu; khoảng 5–95 %: giá trị của chỉ tiêu ở 90 % số đường mô phỏng ở giữa.",
    en: "Probability: the share of simulated paths that meet or exceed the target; 5–95 % range: the target's measure on the middle 90 % of paths.",
  },
  riskSettings: { vi: "Mô phỏng", en: "Simulation" },
  paths: { vi: "đường", en: "paths" },
  seed: { vi: "hạt giống", en: "seed" },
  range: { vi: "Khoảng 5–95 %", en: "5–95 % range" },
  median: { vi: "trung vị", en: "median" },
  fans: { vi: "Biểu đồ quạt của các chỉ tiêu chính", en: "Fan charts of the key indicators" },
  tornado: { vi: "Độ nhạy của chỉ tiêu quan trọng nhất", en: "Sensitivity of the most important target" },
  verdict: { vi: "Đánh giá", en: "Verdict" },
  checks: { vi: "Kiểm tra tính nhất quán của kế hoạch", en: "Plan-consistency checks" },
  check: { vi: "Kiểm tra", en: "Check" },
  figures: { vi: "Số liệu dùng", en: "Figures used" },
  implied: { vi: "Giá trị hàm ý", en: "Implied value" },
  plausibleRange: { vi: "Khoảng hợp lý", en: "Plausible range" },
  finding: { vi: "Kết luận", en: "Finding" },
  missing: { vi: "thiếu", en: "missing" },
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
