import { ChartSvg } from "./ChartSvg.js";
import { chartModel } from "./chartModel.js";
import { renderStaticMarkup } from "./staticMarkup.js";
import type { ChartInput } from "./types.js";

/**
 * A standalone SVG document for files, reports and the CLI: visible title, legend,
 * source line, white background, the font declared with Vietnamese-capable fallbacks,
 * and all text as <text> so it stays editable. The chart components render through
 * the static renderer (same markup as react-dom/server, tested), so no DOM is needed.
 */
export function renderChartSvg(input: ChartInput): string {
  const markup = renderStaticMarkup(
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

/**
 * The chart as inline SVG markup for a page (no XML prolog, no standalone frame):
 * what the embed puts in place without a React DOM renderer.
 */
export function chartSvgMarkup(input: ChartInput): string {
  return renderStaticMarkup(
    <ChartSvg
      model={chartModel(input, false)}
      idPrefix={input.idPrefix ?? `chart-${input.indicator}`}
      activeYear={input.activeYear}
      onActiveYearChange={undefined}
      standalone={false}
    />,
  );
}
