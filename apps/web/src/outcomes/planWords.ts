import type { Lang } from "@lotrinh/core";

/** Words of the plan-vs-outcome view; loaded with its chunk, not with the first page. */
const VI = {
  title: "Kế hoạch và thực hiện",
  intro: "Mỗi số kế hoạch (mốc hoặc chỉ tiêu) của năm đã có số thực hiện: số thực hiện, chênh lệch và tỷ lệ so với kế hoạch.",
  empty: "Chưa có năm nào vừa có số kế hoạch vừa có số thực hiện. Nhập số thực hiện ở cột bên trái (chọn “thực hiện” hoặc “ước thực hiện”).",
  colIndicator: "Chỉ tiêu",
  colYear: "Năm",
  colKind: "Loại kế hoạch",
  colPlan: "Kế hoạch",
  colOutcome: "Thực hiện",
  colStatus: "Loại số liệu",
  colSource: "Nguồn",
  colDifference: "Chênh lệch",
  colRatio: "So với kế hoạch",
  kindAnchor: "mốc kế hoạch",
  kindPlan: "kế hoạch năm",
  kindTarget: "chỉ tiêu",
  actual: "thực hiện",
  estimate: "ước thực hiện",
  ratio: "đạt {pct} kế hoạch",
  csv: "Tải CSV",
  csvFile: "ke-hoach-va-thuc-hien",
  saved: "Đã tạo tệp {file}.",
};

const EN: typeof VI = {
  title: "Plan and outcome",
  intro: "Each plan figure (anchor or target) of a year that has an outcome: the outcome, the difference and the share of the plan reached.",
  empty: "No year has both a plan figure and an outcome yet. Enter outcomes in the left column (choose “actual” or “estimate”).",
  colIndicator: "Indicator",
  colYear: "Year",
  colKind: "Plan figure",
  colPlan: "Plan",
  colOutcome: "Outcome",
  colStatus: "Kind of figure",
  colSource: "Source",
  colDifference: "Difference",
  colRatio: "Against plan",
  kindAnchor: "plan anchor",
  kindPlan: "annual plan",
  kindTarget: "target",
  actual: "actual",
  estimate: "estimate",
  ratio: "{pct} of plan",
  csv: "Download CSV",
  csvFile: "plan-and-outcome",
  saved: "Made {file}.",
};

export type PlanWord = keyof typeof VI;

export function planWord(lang: Lang, key: PlanWord, params?: Record<string, string>): string {
  const s = (lang === "en" ? EN : VI)[key];
  return params ? s.replace(/\{(\w+)\}/g, (m, k: string) => params[k] ?? m) : s;
}
