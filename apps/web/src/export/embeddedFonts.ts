import vietnamese400 from "@fontsource/be-vietnam-pro/files/be-vietnam-pro-vietnamese-400-normal.woff2?url";
import latinExt400 from "@fontsource/be-vietnam-pro/files/be-vietnam-pro-latin-ext-400-normal.woff2?url";
import latin400 from "@fontsource/be-vietnam-pro/files/be-vietnam-pro-latin-400-normal.woff2?url";
import vietnamese600 from "@fontsource/be-vietnam-pro/files/be-vietnam-pro-vietnamese-600-normal.woff2?url";
import latinExt600 from "@fontsource/be-vietnam-pro/files/be-vietnam-pro-latin-ext-600-normal.woff2?url";
import latin600 from "@fontsource/be-vietnam-pro/files/be-vietnam-pro-latin-600-normal.woff2?url";

/**
 * Unicode ranges of @fontsource's subsets (as in its 400.css and 600.css): the drawing
 * engine takes each glyph from the subset that covers it.
 */
const RANGES = {
  vietnamese: "U+0102-0103,U+0110-0111,U+0128-0129,U+0168-0169,U+01A0-01A1,U+01AF-01B0,U+0300-0301,U+0303-0304,U+0308-0309,U+0323,U+0329,U+1EA0-1EF9,U+20AB",
  latinExt:
    "U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF",
  latin:
    "U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD",
};

/** The same files the page's CSS uses (Vite emits each once), so they usually come from the HTTP cache. */
const FACES = [
  { weight: 400, url: vietnamese400, range: RANGES.vietnamese },
  { weight: 400, url: latinExt400, range: RANGES.latinExt },
  { weight: 400, url: latin400, range: RANGES.latin },
  { weight: 600, url: vietnamese600, range: RANGES.vietnamese },
  { weight: 600, url: latinExt600, range: RANGES.latinExt },
  { weight: 600, url: latin600, range: RANGES.latin },
];

async function dataUrl(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`font ${url}: HTTP ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `data:font/woff2;base64,${btoa(binary)}`;
}

let css: Promise<string> | undefined;

/**
 * Be Vietnam Pro as @font-face rules with the WOFF2 files inlined. An SVG drawn through
 * <img> is isolated from the page: it cannot use the page's fonts or fetch any, so the
 * font must travel inside it. Fetched on the first PNG export, then kept.
 */
export function embeddedFontCss(): Promise<string> {
  css ??= Promise.all(
    FACES.map(
      async (f) =>
        `@font-face{font-family:"Be Vietnam Pro";font-style:normal;font-weight:${f.weight};` +
        `src:url(${await dataUrl(f.url)}) format("woff2");unicode-range:${f.range}}`,
    ),
  ).then((rules) => rules.join(""));
  // A failed fetch (offline) may be retried on the next export.
  css.catch(() => (css = undefined));
  return css;
}
