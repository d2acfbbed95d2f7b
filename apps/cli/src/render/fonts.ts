import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { woffToSfnt } from "./woff.js";

/** Be Vietnam Pro's subsets: Vietnamese diacritics live in their own file, beside Latin. */
const SUBSETS = ["latin", "latin-ext", "vietnamese"] as const;
const WEIGHTS = [400, 600] as const;
export const FONT_FAMILY = "Be Vietnam Pro";

/**
 * Paths of the bundled font faces as TrueType files. resvg reads font files from
 * disk and not WOFF, so the WOFF files are decoded once into a cache folder.
 */
export function bundledFontFiles(): string[] {
  const require = createRequire(import.meta.url);
  const pkgPath = require.resolve("@fontsource/be-vietnam-pro/package.json");
  const version = (JSON.parse(readFileSync(pkgPath, "utf8")) as { version: string }).version;
  const cacheDir = join(tmpdir(), `lotrinh-fonts-${version}`);
  const files: string[] = [];
  for (const subset of SUBSETS)
    for (const weight of WEIGHTS) {
      const name = `be-vietnam-pro-${subset}-${weight}-normal`;
      const target = join(cacheDir, `${name}.ttf`);
      if (!existsSync(target)) {
        mkdirSync(cacheDir, { recursive: true });
        const sfnt = woffToSfnt(readFileSync(join(dirname(pkgPath), "files", `${name}.woff`)));
        // Write then rename, so a concurrent run never reads a half-written font.
        const partial = `${target}.${process.pid}.partial`;
        writeFileSync(partial, sfnt);
        renameSync(partial, target);
      }
      files.push(target);
    }
  return files;
}
