import { renderTornadoSvg, tornadoCsv, tornadoCsvExcelVi, type TornadoInput } from "@lotrinh/charts";
import { embeddedFontCss } from "../export/embeddedFonts";
import { svgToPng } from "../export/rasterize";
import { PRINT_WIDTH } from "../export/chartFiles";

export type TornadoFileKind = "svg" | "png" | "csv" | "csvVi";

/** The tornado's files, at the report's width like every chart's: SVG, PNG 2×, CSV, CSV for Vietnamese Excel. */
export async function tornadoFile(kind: TornadoFileKind, shown: TornadoInput): Promise<{ blob: Blob; name: string }> {
  const input: TornadoInput = { ...shown, width: PRINT_WIDTH, idPrefix: `tornado-${shown.evaluation.target.id}` };
  const stem = `${shown.projection.input.region.id}-${shown.evaluation.target.id}-do-nhay`;
  if (kind === "csv") return { blob: new Blob(["\uFEFF", tornadoCsv(input)], { type: "text/csv;charset=utf-8" }), name: `${stem}.csv` };
  if (kind === "csvVi") return { blob: new Blob([tornadoCsvExcelVi(input)], { type: "text/csv;charset=utf-8" }), name: `${stem}-excel.csv` };
  const svg = renderTornadoSvg(input);
  if (kind === "svg") return { blob: new Blob([svg], { type: "image/svg+xml;charset=utf-8" }), name: `${stem}.svg` };
  const size = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg);
  if (!size) throw new Error("the chart has no viewBox");
  const withFont = svg.replace("<style>", `<style>${await embeddedFontCss()}`);
  return { blob: await svgToPng(withFont, Number(size[1]), Number(size[2]), 2), name: `${stem}@2x.png` };
}
