import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/**
 * Be Vietnam Pro's @font-face rules with the WOFF2 files inlined as data URLs, so
 * a report prints with the same font as the charts on any machine, offline.
 * The unicode-range of each subset is kept: browsers fetch glyphs per subset.
 */
export function inlineFontCss(weights: readonly number[] = [400, 600, 700]): string {
  const require = createRequire(import.meta.url);
  const dir = dirname(require.resolve("@fontsource/be-vietnam-pro/package.json"));
  return weights
    .map((weight) =>
      readFileSync(join(dir, `${weight}.css`), "utf8")
        // Keep WOFF2 only (every current browser reads it) and inline it.
        .replace(/src:\s*url\(\.\/files\/([^)]+\.woff2)\)\s*format\('woff2'\)[^;]*;/g, (_, file: string) => {
          const data = readFileSync(join(dir, "files", file)).toString("base64");
          return `src: url(data:font/woff2;base64,${data}) format('woff2');`;
        }),
    )
    .join("\n");
}
