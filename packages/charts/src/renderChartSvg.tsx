import { renderToStaticMarkup } from "react-dom/server";
import { ChartSvg } from "./ChartSvg.js";
import { chartModel } from "./chartModel.js";
import type { ChartInput } from "./types.js";

/**
 * A standalone SVG document for files, reports and the CLI: visible title, legend,
 * source line, white background, the font declared with Vietnamese-capable fallbacks,
 * and all text as <text> so it stays editable. React only renders; no DOM is needed.
 */
export function renderChartSvg(input: ChartInput): string {
  const markup = renderToStaticMarkup(
    <ChartSvg
      model={chartModel(input, true)}
      idPrefix={input.idPrefix ?? `chart-${input.indicator}`}
      activeYear={input.activeYear}
      onActiveYearChange={undefined}
      standalone
    />,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${markup}\n`;
}
