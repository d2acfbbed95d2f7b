import { createRequire } from "node:module";
import { dirname, join } from "node:path";

export const FONT_FAMILY = "Be Vietnam Pro";

/**
 * The static faces the PNG renderer loads: complete TrueType files (every Latin and
 * Vietnamese glyph, with kerning) from @expo-google-fonts/be-vietnam-pro, SIL OFL.
 * resvg picks one face per text run and does not fall back between unicode-range
 * subsets, so whole faces are what it needs. Headings drawn at 700 get the real bold.
 */
export const FONT_FACES = [
  { weight: 400, file: "400Regular/BeVietnamPro_400Regular.ttf" },
  { weight: 600, file: "600SemiBold/BeVietnamPro_600SemiBold.ttf" },
  { weight: 700, file: "700Bold/BeVietnamPro_700Bold.ttf" },
] as const;

/** Paths of the bundled TrueType faces, one per weight in FONT_FACES. */
export function bundledFontFiles(): string[] {
  const require = createRequire(import.meta.url);
  const dir = dirname(require.resolve("@expo-google-fonts/be-vietnam-pro/package.json"));
  return FONT_FACES.map((face) => join(dir, face.file));
}
