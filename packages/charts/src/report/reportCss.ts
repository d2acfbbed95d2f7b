/**
 * Print styles for the report: A4 pages, tables that repeat their header, and
 * charts that never split across a page break.
 */
export const REPORT_CSS = `
@page { size: A4; margin: 18mm 16mm; }
.report { font-family: "Be Vietnam Pro", "Noto Sans", "DejaVu Sans", Arial, sans-serif; color: #1b1f24; font-size: 10.5pt; line-height: 1.45; max-width: 178mm; margin: 0 auto; }
.report h1 { font-size: 20pt; margin: 0 0 4pt; }
.report h2 { font-size: 13pt; margin: 16pt 0 6pt; border-bottom: 1px solid #c9d1d9; padding-bottom: 2pt; break-after: avoid; }
.report-kicker { text-transform: uppercase; letter-spacing: .06em; color: #57606a; font-size: 9pt; margin: 0; }
.report-table { width: 100%; border-collapse: collapse; font-size: 9pt; }
.report-table th, .report-table td { border-bottom: 1px solid #e1e4e8; padding: 3pt 4pt; text-align: left; vertical-align: top; }
.report-table thead { display: table-header-group; }
.report-table tr { break-inside: avoid; }
.report-assumptions tr.group-start > * { border-top: 1px solid #c9d1d9; }
.verdict-none { color: #57606a; font-style: italic; }
.report-table .num { text-align: right; font-variant-numeric: tabular-nums; }
.report-assumptions .num { white-space: nowrap; }
.report-table tr.alternative { color: #57606a; }
.status-assumption { font-style: italic; }
.verdict-met { color: #116329; font-weight: 600; }
.verdict-missed { color: #a40e26; font-weight: 600; }
.difference { color: #57606a; }
.report-legend { font-size: 8.5pt; color: #57606a; }
.report-chart { break-inside: avoid; page-break-inside: avoid; margin: 8pt 0 14pt; }
.report-chart-title { font-size: 11pt; margin: 0 0 4pt; }
.report-chart svg { display: block; max-width: 100%; height: auto; }
.report-chart figcaption { font-size: 9pt; color: #3d444d; margin-top: 4pt; }
.report-first-page { break-after: page; page-break-after: always; }
.report-first-page h1 { font-size: 17pt; }
.report-first-page .report-header p { margin: 2pt 0; }
.report-scorecard h2 { margin-top: 8pt; }
.scorecard-headlines { font-size: 10pt; font-weight: 600; line-height: 1.3; padding-left: 1.2em; margin: 4pt 0 6pt; }
.scorecard-headlines li { margin-bottom: 2pt; }
.scorecard-table { font-size: 8pt; line-height: 1.25; }
.scorecard-table th, .scorecard-table td { padding: 1.5pt 3pt; }
.scorecard-cell .basis, .scorecard-cell .probability { color: #3d444d; }
.scorecard-cell.basis-circular .basis { font-style: italic; color: #8a4600; }
.report-subheading { font-size: 11.5pt; margin: 12pt 0 4pt; }
.report-sources { list-style: none; padding-left: 0; }
.report-checks .formula { font-weight: 400; font-family: "DejaVu Sans Mono", monospace; font-size: 8pt; color: #3d444d; }
.check-verdict-implausible { color: #a40e26; }
.check-verdict-plausible { color: #116329; }
.report-footer { margin-top: 18pt; font-size: 8.5pt; color: #57606a; }
@media screen { .report { padding: 16px; } }
`;
