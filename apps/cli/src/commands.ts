import type { CommandEntry } from "./command.js";

/**
 * Every command, in help order. Adding one is one entry here plus its module
 * in commands/.
 */
export const COMMANDS: Readonly<Record<string, CommandEntry>> = {
  regions: {
    summary: { vi: "các địa phương có số liệu", en: "the regions with data" },
    load: () => import("./commands/regions.js"),
  },
  project: {
    summary: { vi: "mọi chỉ tiêu theo năm, kèm trạng thái", en: "every indicator by year, with its status" },
    load: () => import("./commands/project.js"),
  },
  targets: {
    summary: { vi: "mọi mục tiêu: dự báo, đạt hay không, chênh lệch, tốc độ cần", en: "every target: projected, met, gap, required rate" },
    load: () => import("./commands/targets.js"),
  },
  solve: {
    summary: { vi: "tốc độ cần để đạt một mục tiêu", en: "the rate one target requires" },
    load: () => import("./commands/solve.js"),
  },
  check: {
    summary: { vi: "kiểm tra tính nhất quán của kế hoạch (giảm phát, hệ số thu, ICOR ngầm định)", en: "plan-consistency checks (implied deflator, revenue buoyancy, ICOR)" },
    load: () => import("./commands/check.js"),
  },
  risk: {
    summary: { vi: "xác suất đạt từng mục tiêu (Monte Carlo), khoảng dự báo và độ nhạy", en: "probability of meeting each target (Monte Carlo), ranges and sensitivity" },
    load: () => import("./commands/risk.js"),
  },
  render: {
    summary: { vi: "vẽ một biểu đồ ra tệp SVG hoặc PNG", en: "draw one chart to an SVG or PNG file" },
    load: () => import("./commands/render.js"),
  },
  template: {
    summary: { vi: "mẫu bảng tính để nhập số liệu một địa bàn (XLSX)", en: "a spreadsheet template for a region's data (XLSX)" },
    load: () => import("./commands/template.js"),
  },
  region: {
    summary: { vi: "xuất một địa bàn ra XLSX/CSV/JSON, hoặc nhập từ tệp", en: "export a region to XLSX/CSV/JSON, or import one from a file" },
    load: () => import("./commands/region.js"),
  },
  report: {
    summary: { vi: "báo cáo in được (HTML, khổ A4) so sánh các kịch bản", en: "a printable report (HTML, A4) comparing scenarios" },
    load: () => import("./commands/report.js"),
  },
};
