import type { Lang } from "@lotrinh/core";
import { VI_OUTCOMES } from "../outcomes/strings";
import { VI_PROBABILITY } from "../probability/strings";
import { VI_SAFETY } from "./strings-safety";
import { VI_SHELL } from "./strings-shell";
import { VI_REGIONS } from "../regions/strings";

/**
 * Every UI string. Vietnamese ships with the page; English (./en.ts, same keys,
 * checked by the compiler) is fetched the first time it is needed.
 * `{name}` placeholders are filled by `text`.
 */
export const VI = {
  ...VI_OUTCOMES,
  ...VI_PROBABILITY,
  ...VI_SAFETY,
  ...VI_SHELL,
  ...VI_REGIONS,
  appTitle: "Lộ Trình",
  appTagline: "Mô phỏng kịch bản chỉ tiêu nhiệm kỳ {base}–{end}",
  skipToContent: "Bỏ qua, đến nội dung chính",
  loading: "Đang tải…",
  region: "Địa bàn",
  viewEditor: "Soạn kịch bản",
  viewCompare: "So sánh kịch bản",
  viewReport: "Báo cáo",
  views: "Chế độ xem",
  switchLanguage: "English",
  switchLanguageLabel: "Chuyển sang tiếng Anh",
  copyLink: "Sao chép liên kết",
  linkCopied: "Đã sao chép liên kết tới kịch bản này.",
  linkCopyFailed: "Không sao chép được tự động. Liên kết nằm trên thanh địa chỉ của trình duyệt.",
  dismiss: "Đóng thông báo",
  loadFailed: "Không tải được ({error}). Hãy kiểm tra kết nối mạng và thử lại.",
  scenario: "Kịch bản",
  builtInGroup: "Kịch bản có sẵn",
  userGroup: "Kịch bản của bạn",
  builtInBadge: "có sẵn",
  illustrativeBadge: "minh hoạ",
  illustrativeNote: "Kịch bản minh hoạ: số liệu giả định để so sánh, không phải chỉ tiêu của văn bản nguồn.",
  builtInNote: "Kịch bản có sẵn được giữ nguyên để làm mốc so sánh: khi bạn sửa, một bản sửa mới được tạo.",
  newScenario: "Tạo mới",
  newScenarioName: "Kịch bản mới",
  duplicate: "Nhân bản",
  copyName: "{name} (bản sao)",
  editedCopyName: "{name} (bản sửa)",
  rename: "Đổi tên",
  renameLabel: "Tên kịch bản",
  save: "Lưu",
  cancel: "Huỷ",
  delete: "Xoá",
  deleted: "Đã xoá “{name}”. Nhấn Hoàn tác (Ctrl+Z) để lấy lại.",
  undo: "Hoàn tác",
  redo: "Làm lại",
  undoHint: "Hoàn tác (Ctrl+Z)",
  redoHint: "Làm lại (Ctrl+Shift+Z hoặc Ctrl+Y)",
  exportFile: "Xuất tệp",
  importFile: "Nhập tệp kịch bản",
  imported: "Đã nhập kịch bản “{name}”.",
  importFailed: "Không nhập được tệp “{file}”: {error}. Không có gì thay đổi.",
  notJson: "tệp không phải JSON hợp lệ ({error})",
  fileTooLarge: "tệp quá lớn (tối đa {max})",
  unknownRegion: "region: không có địa bàn “{region}”",
  scenarioActions: "Thao tác với kịch bản",
  inputs: "Giả định đầu vào",
  inputsIntro: "Tốc độ tăng từng năm (%/năm). Kéo thanh trượt hoặc gõ số (chấp nhận 14,5 hoặc 14.5).",
  groupRates: "Tăng trưởng, giá và dân số",
  groupOwn: "Chỉ tiêu có tốc độ tăng riêng",
  groupOverrides: "Tốc độ ghi đè liên kết",
  growthOf: "tốc độ tăng, %/năm",
  overrideNote: "Tốc độ đặt trực tiếp thay cho liên kết với tăng trưởng GRDP (ví dụ sau khi áp dụng tốc độ cần).",
  buoyancy: "Hệ số co giãn thu ngân sách",
  buoyancyHelp: "Thu ngân sách tăng bằng hệ số này nhân với tăng trưởng GRDP danh nghĩa.",
  percentField: "{field} (%)",
  valueField: "{field} (giá trị)",
  invalidNumber: "{field}: “{input}” không phải là số (ví dụ 14,5).",
  rateTooLow: "{field}: tốc độ phải lớn hơn −100 %.",
  rateTooHigh: "{field}: tối đa {max}.",
  buoyancyRange: "{field}: phải từ 0 đến 5.",
  lockYear: "Đánh dấu số thực hiện: {field}",
  lockedByData: "Số thực hiện theo nguồn, không sửa được",
  resetValue: "Đặt lại về mặc định: {field}",
  statusEdited: "đã sửa",
  statusScenario: "kịch bản",
  statusLocked: "thực hiện",
  statusPlanTitle: "Số kế hoạch, nguồn [{n}]: {title}",
  statusActualTitle: "Số thực hiện, nguồn [{n}]: {title}",
  statusAssumptionTitle: "Giả định: {note}",
  statusEditedTitle: "Bạn đã sửa giá trị này",
  statusScenarioTitle: "Giá trị của kịch bản “{name}”",
  statusLinked: "liên kết",
  statusLinkedTitle: "Tính theo liên kết với tăng trưởng GRDP",
  statusLockedTitle: "Bạn đã đánh dấu năm này là số thực hiện",
  sources: "Nguồn",
  targets: "Chỉ tiêu",
  targetsSummary: "Đạt {met}/{total} chỉ tiêu có số liệu",
  economic: "Kinh tế",
  social: "Xã hội",
  structure: "Cơ cấu kinh tế",
  colTarget: "Chỉ tiêu",
  colGoal: "Mục tiêu",
  colProjected: "Dự báo",
  colVerdict: "Đánh giá",
  colGap: "Chênh lệch",
  colRequired: "Tốc độ cần cho các năm còn lại",
  priority: "trọng tâm",
  yearPlan: "KH năm {year}",
  termTarget: "nhiệm kỳ",
  apply: "Áp dụng",
  applyOwn: "Áp dụng tốc độ cần cho: {target}",
  applyGrdp: "Áp dụng tăng trưởng GRDP cần cho: {target}",
  grdpNeeded: "hoặc tăng trưởng GRDP",
  readingChoice: "Cách hiểu con số “{figure}”",
  readingNote: "Văn bản nguồn không nói rõ: chọn cách hiểu để đánh giá. Cả hai cách đều được hiển thị.",
  readingUnused: "không dùng để đánh giá",
  verdictChanged: "{target}: {verdict}",
  charts: "Biểu đồ",
  chartView: "Cách xem",
  viewLevel: "Theo năm",
  viewCumulative: "Cộng dồn",
  viewAverageGrowth: "Tăng bình quân",
  dataTable: "Bảng số liệu",
  exportMenu: "Tải về, nhúng",
  exportSvg: "Tải SVG",
  exportPng2: "Tải PNG 2×",
  exportPng3: "Tải PNG 3×",
  exportCsv: "Tải CSV",
  copyEmbed: "Sao chép mã nhúng",
  exportWorking: "Đang tạo tệp…",
  exportSaved: "Đã tạo tệp {file}.",
  exportFailed: "Không tạo được tệp: {error}",
  embedCopied: "Đã sao chép mã nhúng. Dán vào trang web (chế độ HTML).",
  embedCopiedPartial: "Đã sao chép mã nhúng. Mã nhúng chỉ mang theo một kịch bản của bạn, nên không vẽ: {names}.",
  embedCopyFailed: "Không sao chép tự động được. Hãy chọn và sao chép mã dưới đây:",
  embedCode: "Mã nhúng",
  reportTitle: "Báo cáo in",
  reportHint: "Báo cáo khổ A4 cho các kịch bản đã chọn. Nhấn In để in hoặc lưu thành PDF.",
  reportPick: "Kịch bản trong báo cáo (1–4, kịch bản đầu tiên là mốc so sánh)",
  print: "In",
  compareTitle: "So sánh kịch bản",
  comparePick: "Chọn 2–4 kịch bản (kịch bản đầu tiên là mốc so sánh)",
  compareNeedTwo: "Chọn ít nhất hai kịch bản để so sánh.",
  compareMax: "Tối đa 4 kịch bản.",
  reference: "mốc so sánh",
  makeReference: "Đặt “{name}” làm mốc so sánh",
  makeReferenceShort: "Làm mốc",
  diffVsReference: "so với mốc",
  compareTable: "Chỉ tiêu theo kịch bản",
  metCount: "Số chỉ tiêu đạt",
  notUsed: "không dùng",
  badLink: "Liên kết không hợp lệ ({error}). Đang hiển thị kịch bản kế hoạch.",
  linkOpened: "Đã mở kịch bản “{name}” từ liên kết và lưu vào danh sách của bạn.",
  linkMissingScenarios: "Một số kịch bản trong liên kết không có trên máy này nên không được so sánh.",
  storageCorrupt: "Không đọc được {count} kịch bản đã lưu ({error}). Dữ liệu gốc được giữ nguyên ở khoá “{key}” trong bộ nhớ trình duyệt.",
  storageUnavailable: "Không lưu được vào bộ nhớ trình duyệt ({error}). Hãy xuất tệp để giữ kịch bản.",
  storageReadOnly: "Dữ liệu đã lưu bị hỏng và không sao lưu được, nên sẽ không ghi đè: các thay đổi trong phiên này không được lưu.",
  simulationError: "Kịch bản này không áp dụng được cho địa bàn: {error}",
  formulasLoading: "Đang nạp công thức của kịch bản…",
  formulasError: "Công thức lỗi: {error}",
  footer: "Số kế hoạch lấy từ văn bản nguồn; giả định được ghi rõ. Số liệu chỉ để mô phỏng, không thay cho báo cáo chính thức.",
};

export type StringKey = keyof typeof VI;
export type Dictionary = Record<StringKey, string>;

let english: Dictionary | undefined;

/** Fetches the English strings once; `text` falls back to Vietnamese until they are there. */
export function loadEnglish(): Promise<void> {
  if (english) return Promise.resolve();
  return import("./en").then((m) => {
    english = m.EN;
  });
}

export function text(lang: Lang, key: StringKey, params?: Record<string, string | number>): string {
  const template = (lang === "en" && english ? english : VI)[key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : m));
}

/** Loads what a language needs before it is shown. */
export function prepareLang(lang: Lang): Promise<void> {
  return lang === "en" ? loadEnglish() : Promise.resolve();
}
