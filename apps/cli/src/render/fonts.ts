import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { mergeTrueTypeFonts } from "./merge-fonts.js";
import { woffToSfnt } from "./woff.js";

/**
 * Be Vietnam Pro's subsets: Vietnamese diacritics live in their own file, beside Latin.
 * Latin comes first so that its .notdef, metrics and names lead the merged face.
 */
const SUBSETS = ["latin", "latin-ext", "vietnamese"] as const;
/** Each weight's style name: the merged faces all name their family FONT_FAMILY. */
const WEIGHTS = [
  { weight: 400, style: "Regular" },
  { weight: 600, style: "SemiBold" },
] as const;
export const FONT_FAMILY = "Be Vietnam Pro";
/** Bump when the cached files change shape, so stale caches are ignored. */
const CACHE_FORMAT = "merged-v2";

/**
 * Paths of the bundled font faces as TrueType files, one per weight. resvg reads
 * font files from disk and not WOFF, and does not fall back per glyph between
 * subset faces of one family, so each weight's subsets are decoded and merged
 * into a single face, once, in a cache folder. The merged faces share the family
 * name FONT_FAMILY and differ by OS/2 weight, so font-weight picks between them.
 */
export function bundledFontFiles(): string[] {
  const require = createRequire(import.meta.url);
  const pkgPath = require.resolve("@fontsource/be-vietnam-pro/package.json");
  const version = (JSON.parse(readFileSync(pkgPath, "utf8")) as { version: string }).version;
  const cacheDir = join(tmpdir(), `lotrinh-fonts-${version}-${CACHE_FORMAT}`);
  return WEIGHTS.map(({ weight, style }) => {
    const target = join(cacheDir, `be-vietnam-pro-merged-${weight}.ttf`);
    if (!existsSync(target)) {
      mkdirSync(cacheDir, { recursive: true });
      const subsets = SUBSETS.map((subset) =>
        woffToSfnt(readFileSync(join(dirname(pkgPath), "files", `be-vietnam-pro-${subset}-${weight}-normal.woff`))),
      );
      // Write then rename, so a concurrent run never reads a half-written font.
      const partial = `${target}.${process.pid}.partial`;
      writeFileSync(partial, mergeTrueTypeFonts(subsets, { family: FONT_FAMILY, style, weight }));
      renameSync(partial, target);
    }
    return target;
  });
}
