/**
 * Strings of the app's frame and of issue 11's additions: the summary strip, the phone
 * layout, plausibility questions, view history, the offline update prompt, compare folding.
 * Spread into VI and EN (./strings.ts, ./en.ts).
 */
export const VI_SHELL = {
  exportCsvExcelVi: "Tải CSV cho Excel tiếng Việt",
  exportXlsx: "Tải bảng tính Excel (.xlsx)",
  updateReady: "Có phiên bản mới",
  updateReload: "tải lại",
  summaryTitle: "Kết quả chính",
  summaryEmpty: "Chưa có chỉ tiêu trọng tâm có số liệu.",
  summaryGap: "chênh lệch {gap}",
  summaryNeeded: "cần {rate}",
  summaryProbability: "xác suất đạt {p}",
  summaryMore: "Xem tất cả chỉ tiêu",
  inputsToggle: "Hiện giả định đầu vào",
  exceededNote: "đã vượt",
  confirmRate: "{field}: {value} là mức rất {direction} cho một năm. Giữ giá trị này?",
  confirmHigh: "cao",
  confirmLow: "thấp",
  confirmKeep: "Giữ {value}",
  confirmBack: "Sửa lại",
  compareRequired: "Tốc độ cần",
  noDataRows: "{n} chỉ tiêu chưa có số liệu",
  backcastOnly:
    "Các kịch bản chỉ khác nhau ở quá khứ: {years}. Các năm đó được tính ngược từ mốc cố định đầu tiên bằng tốc độ của từng kịch bản, không phải số thực hiện.",
  backcastAlso:
    "Lưu ý: các kịch bản khác nhau cả ở quá khứ: {years}. Các năm đó được tính ngược từ mốc cố định đầu tiên bằng tốc độ của từng kịch bản, không phải số thực hiện.",
  percentSlipTitle: "Tệp “{file}” chưa được nhập: các tỷ lệ trông như ghi bằng phần trăm.",
  percentSlipUse: "Chia {n} tỷ lệ cho 100 rồi nhập",
  percentSlipCancel: "Không nhập tệp này",
};

export const EN_SHELL: Record<keyof typeof VI_SHELL, string> = {
  exportCsvExcelVi: "Download CSV for Vietnamese Excel",
  exportXlsx: "Download Excel workbook (.xlsx)",
  updateReady: "A new version is available",
  updateReload: "reload",
  summaryTitle: "Key results",
  summaryEmpty: "No priority target with data yet.",
  summaryGap: "gap {gap}",
  summaryNeeded: "needs {rate}",
  summaryProbability: "probability met {p}",
  summaryMore: "See every target",
  inputsToggle: "Show the input assumptions",
  exceededNote: "already exceeded",
  confirmRate: "{field}: {value} is a very {direction} rate for one year. Keep this value?",
  confirmHigh: "high",
  confirmLow: "low",
  confirmKeep: "Keep {value}",
  confirmBack: "Correct it",
  compareRequired: "Rate needed",
  noDataRows: "{n} targets without data",
  backcastOnly:
    "The scenarios differ only in the past: {years}. Those years are back-cast from the first fixed level with each scenario's rates, not reported figures.",
  backcastAlso:
    "Note: the scenarios differ in the past too: {years}. Those years are back-cast from the first fixed level with each scenario's rates, not reported figures.",
  percentSlipTitle: "File “{file}” was not imported: its rates look written as percentages.",
  percentSlipUse: "Divide the {n} rates by 100 and import",
  percentSlipCancel: "Do not import this file",
};
