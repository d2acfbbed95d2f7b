import { createRequire } from "node:module";
import { bundledFontFiles, FONT_FAMILY } from "./fonts.js";

export interface RasterResult {
  png: Buffer;
  width: number;
  height: number;
}

/**
 * Rasterises an SVG document to PNG in Node with resvg and the bundled
 * Vietnamese-capable font: no browser. `scale` 2 or 3 gives print resolution.
 */
export function rasterizeSvg(svg: string, scale: number): RasterResult {
  // resvg-js is a native addon: loaded at run time, never bundled.
  const require = createRequire(import.meta.url);
  const { Resvg } = require("@resvg/resvg-js") as typeof import("@resvg/resvg-js");
  const resvg = new Resvg(svg, {
    fitTo: { mode: "zoom", value: scale },
    font: {
      fontFiles: bundledFontFiles(),
      loadSystemFonts: false,
      defaultFontFamily: FONT_FAMILY,
      sansSerifFamily: FONT_FAMILY,
    },
    background: "#ffffff",
  });
  const image = resvg.render();
  return { png: image.asPng(), width: image.width, height: image.height };
}
