import type { Library, RegionBundle } from "../state/types";
import { chartFileName, csvExcelViFile, csvFile, pngFile, svgFile, xlsxFile, type ChartShown } from "./chartFiles";
import { copyEmbed, type EmbedCopy } from "./copyEmbed";
import { saveFile } from "./saveFile";

export type ExportKind = "svg" | "png2" | "png3" | "csv" | "csvExcelVi" | "xlsx" | "embed";

export type ExportOutcome = { kind: "file"; name: string } | ({ kind: "embed" } & EmbedCopy);

/**
 * What a chart card's export menu does: this module (and the renderers, fonts and
 * snippet it needs) is loaded when the menu is first opened, not with the app.
 */
export async function exportChart(kind: ExportKind, chart: ChartShown, current: () => { bundle: RegionBundle; library: Library }): Promise<ExportOutcome> {
  if (kind === "embed") {
    const { bundle, library } = current();
    return { kind: "embed", ...(await copyEmbed(chart, bundle, library)) };
  }
  const scale = kind === "png3" ? 3 : 2;
  const ext = { svg: ".svg", csv: ".csv", csvExcelVi: "-excel.csv", xlsx: ".xlsx", png2: "@2x.png", png3: "@3x.png" }[kind];
  const name = chartFileName(chart, ext);
  const blob =
    kind === "svg"
      ? svgFile(chart)
      : kind === "csv"
        ? csvFile(chart)
        : kind === "csvExcelVi"
          ? csvExcelViFile(chart)
          : kind === "xlsx"
            ? await xlsxFile(chart)
            : await pngFile(chart, scale);
  saveFile(blob, name);
  return { kind: "file", name };
}
