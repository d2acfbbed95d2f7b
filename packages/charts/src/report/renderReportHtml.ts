import { renderToStaticMarkup } from "react-dom/server";
import { createElement } from "react";
import { ReportDocument } from "./ReportDocument.js";
import { xmlSafe } from "../xmlText.js";
import { REPORT_CSS } from "./reportCss.js";
import { reportWord } from "./words.js";
import type { ReportInput } from "./types.js";

const escapeHtml = (s: string) => xmlSafe(s).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);

/**
 * A self-contained HTML document of the report, ready to print to A4.
 * `fontCss` carries @font-face rules (Node inlines the bundled font there).
 */
export function renderReportHtml(input: ReportInput, fontCss = ""): string {
  // Names and notes come from users' files: XML-invalid characters are stripped from the markup once, here.
  const body = xmlSafe(renderToStaticMarkup(createElement(ReportDocument, input)));
  const title = `${reportWord("title", input.lang)} — ${input.region.name[input.lang]}`;
  return `<!doctype html>
<html lang="${input.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${fontCss}${REPORT_CSS}</style>
</head>
<body>
${body}
</body>
</html>
`;
}
