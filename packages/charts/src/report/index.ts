export { ReportDocument, REPORT_CHARTS } from "./ReportDocument.js";
export { renderReportHtml } from "./renderReportHtml.js";
export { REPORT_CSS } from "./reportCss.js";
export { assumptionRows } from "./assumptionRows.js";
export { assumptionNotes, yearSpans } from "./assumptionNotes.js";
export { targetRows, targetUnit } from "./targetRows.js";
export type { ReportInput, ReportScenario } from "./types.js";
