import type { Library, RegionBundle } from "../state/types";
import { chartFileName, csvFile, pngFile, svgFile, type ChartShown } from "./chartFiles";
import { copyEmbed, type EmbedCopy } from "./copyEmbed";
import { saveFile } from "./saveFile";

export type ExportKind = "svg" | "png2" | "png3" | "csv" | "embed";

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
  const name = chartFileName(chart, kind === "svg" ? ".svg" : kind === "csv" ? ".csv" : `@${scale}x.png`);
  const blob = kind === "svg" ? svgFile(chart) : kind === "csv" ? csvFile(chart) : await pngFile(chart, scale);
  saveFile(blob, name);
  return { kind: "file", name };
}
