import { chartCsv, chartCsvExcelVi, chartTable, renderChartSvg, type ChartInput } from "@lotrinh/charts";
import { embeddedFontCss } from "./embeddedFonts";
import { svgToPng } from "./rasterize";

/**
 * Files are laid out at the width of an A4 page's text (210 mm less 2 × 18 mm margins,
 * the report's chart width), not at the card's width on screen: a chart pasted into a
 * Word report then has the type size of the report, whatever the screen it came from.
 */
export const PRINT_WIDTH = 660;

/** What a chart card shows: everything of its input but the screen's width and focus. */
export type ChartShown = Pick<ChartInput, "indicator" | "series" | "lang" | "view">;

/** `sa-pa-grdpPerCapita.svg`, `sa-pa-grdpPerCapita@2x.png` */
export function chartFileName(chart: ChartShown, ext: string): string {
  const region = chart.series[0]?.projection.input.region.id ?? "lotrinh";
  return `${region}-${chart.indicator}${ext}`;
}

function printInput(chart: ChartShown): ChartInput {
  return { ...chart, width: PRINT_WIDTH, idPrefix: `lotrinh-${chart.indicator}` };
}

/** The standalone SVG document: title, description, text as text, font declared with fallbacks. */
export function svgFile(chart: ChartShown): Blob {
  return new Blob([renderChartSvg(printInput(chart))], { type: "image/svg+xml;charset=utf-8" });
}

/** The displayed data; the byte order mark makes Excel read the file as UTF-8 (Vietnamese letters). */
export function csvFile(chart: ChartShown): Blob {
  return new Blob(["\uFEFF", chartCsv(printInput(chart))], { type: "text/csv;charset=utf-8" });
}

/**
 * "CSV cho Excel tiếng Việt": UTF-8 with BOM, ";" between fields, decimal comma, values rounded as
 * displayed (packages/charts' builder), which a Vietnamese-locale Excel opens as numbers.
 */
export function csvExcelViFile(chart: ChartShown): Blob {
  return new Blob([chartCsvExcelVi(printInput(chart))], { type: "text/csv;charset=utf-8" });
}

/**
 * The displayed data as an Excel workbook with real numeric cells (title, scenario line and
 * sources around the table). The spreadsheet library loads only now, on first use.
 */
export async function xlsxFile(chart: ChartShown): Promise<Blob> {
  const { tableXlsx } = await import("@lotrinh/core/workbook");
  const table = chartTable(printInput(chart));
  const bytes = await tableXlsx(table, table.title);
  return new Blob([bytes as BlobPart], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
}

/** The SVG with Be Vietnam Pro inlined, drawn at `scale` × the print width (2× = 1320 px wide). */
export async function pngFile(chart: ChartShown, scale: number): Promise<Blob> {
  const svg = renderChartSvg(printInput(chart));
  const size = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg);
  if (!size) throw new Error("the chart has no viewBox");
  const withFont = svg.replace("<style>", `<style>${await embeddedFontCss()}`);
  return svgToPng(withFont, Number(size[1]), Number(size[2]), scale);
}
