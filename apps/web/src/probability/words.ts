import type { Lang } from "@lotrinh/core";

/** Words of the uncertainty editor, the tornado and the scorecard; loaded with their chunks. */
const VI = {
  uncertaintyIntro:
    "Xác suất đạt tính bằng mô phỏng Monte Carlo: mỗi tốc độ giả định (không phải số thực hiện) dao động quanh giá trị của kịch bản với độ lệch chuẩn σ. Số thực hiện và ước thực hiện được giữ cố định.",
  sigmaGroup: "Độ lệch chuẩn σ theo năm (điểm %)",
  sigmaField: "σ {name}",
  sigmaNote: "σ = 0: coi là chắc chắn",
  buoyancySigma: "σ hệ số co giãn thu (rút một lần mỗi đường)",
  persistence: "Độ bền cú sốc ρ (0–0,99)",
  persistenceHint: "Cú sốc năm trước truyền sang năm sau theo AR(1).",
  correlation: "Tương quan tăng trưởng – giảm phát (−1 đến 1)",
  seed: "Hạt giống ngẫu nhiên (seed)",
  seedHint: "Cùng seed, cùng kết quả trên mọi máy; seed nằm trong liên kết.",
  newSeed: "Lấy mẫu khác",
  reset: "Về mặc định: {field}",
  badSigma: "{field}: nhập số điểm % từ 0 đến 100 (ví dụ 1,5).",
  badPersistence: "{field}: nhập số từ 0 đến 0,99.",
  badCorrelation: "{field}: nhập số từ −1 đến 1.",
  badSeed: "{field}: nhập số nguyên từ 0 đến 4294967295.",
  badBuoyancySigma: "{field}: nhập số từ 0 đến 1 (ví dụ 0,1).",
  regionDefault: "mặc định của địa bàn",
  tornadoIntro: "Thay đổi của giá trị dự báo khi từng đầu vào tăng hoặc giảm 1 điểm % ở mọi năm còn lại, các đầu vào khác giữ nguyên.",
  close: "Đóng",
  dataTable: "Bảng số liệu",
  exportSvg: "Tải SVG",
  exportPng: "Tải PNG 2×",
  exportCsv: "Tải CSV",
  exportCsvVi: "CSV cho Excel tiếng Việt",
  saved: "Đã tạo tệp {file}.",
  failed: "Không tạo được tệp: {error}",
  scorecardTitle: "Bảng tóm tắt cho lãnh đạo",
  scorecardIntro:
    "Các chỉ tiêu trọng tâm theo từng kịch bản: đánh giá và căn cứ, xác suất đạt, chênh lệch so với mục tiêu. Chỉ tiêu có xác suất chênh nhau nhiều nhất giữa các kịch bản đứng đầu.",
  scorecardTarget: "Chỉ tiêu trọng tâm",
  scorecardPrint: "In bảng tóm tắt (1 trang A4)",
  scorecardPending: "Đang tính xác suất…",
  scorecardGap: "chênh lệch",
  scorecardNoData: "{n} chỉ tiêu trọng tâm chưa có số liệu để đánh giá.",
  scorecardRun: "Xác suất: {paths} đường Monte Carlo mỗi kịch bản, seed {seed}.",
  edited: "đã sửa",
};

const EN: typeof VI = {
  uncertaintyIntro:
    "Probabilities come from a Monte Carlo simulation: each assumed rate (not an outcome) varies around the scenario's value with standard deviation σ. Actuals and estimates stay fixed.",
  sigmaGroup: "Standard deviation σ per year (points)",
  sigmaField: "σ {name}",
  sigmaNote: "σ = 0: taken as certain",
  buoyancySigma: "σ of revenue buoyancy (drawn once a path)",
  persistence: "Shock persistence ρ (0–0.99)",
  persistenceHint: "Last year's shock carries into the next as AR(1).",
  correlation: "Growth–deflator correlation (−1 to 1)",
  seed: "Random seed",
  seedHint: "Same seed, same numbers on every computer; the seed is in the link.",
  newSeed: "Draw again",
  reset: "Back to default: {field}",
  badSigma: "{field}: enter points from 0 to 100 (e.g. 1.5).",
  badPersistence: "{field}: enter a number from 0 to 0.99.",
  badCorrelation: "{field}: enter a number from −1 to 1.",
  badSeed: "{field}: enter a whole number from 0 to 4294967295.",
  badBuoyancySigma: "{field}: enter a number from 0 to 1 (e.g. 0.1).",
  regionDefault: "region default",
  tornadoIntro: "Change of the projected value when each input moves 1 point up or down in every free year, the others held.",
  close: "Close",
  dataTable: "Data table",
  exportSvg: "Download SVG",
  exportPng: "Download PNG 2×",
  exportCsv: "Download CSV",
  exportCsvVi: "CSV for Vietnamese Excel",
  saved: "Made {file}.",
  failed: "Could not make the file: {error}",
  scorecardTitle: "Scorecard for leadership",
  scorecardIntro:
    "The priority targets in each scenario: verdict and what it rests on, probability, gap to the target. Targets whose probability differs most between the scenarios come first.",
  scorecardTarget: "Priority target",
  scorecardPrint: "Print the scorecard (1 A4 page)",
  scorecardPending: "Computing probabilities…",
  scorecardGap: "gap",
  scorecardNoData: "{n} priority targets have no data to judge them by.",
  scorecardRun: "Probabilities: {paths} Monte Carlo paths a scenario, seed {seed}.",
  edited: "edited",
};

export type RiskWord = keyof typeof VI;

export function riskWord(lang: Lang, key: RiskWord, params?: Record<string, string | number>): string {
  const s = (lang === "en" ? EN : VI)[key];
  return params ? s.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m)) : s;
}
