import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { bundledFontFiles, FONT_FACES } from "../src/render/fonts.js";
import { rasterizeSvg } from "../src/render/rasterize.js";
import { cellBits, inkIn, inkMap } from "./png.js";

/** Every Vietnamese letter: 12 vowels × (no tone + 5 tones), đ, upper and lower case: (12 × 6 + 1) × 2 = 146. */
const VOWELS = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"];
const TONES = ["", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"];
const LOWER = [...VOWELS.flatMap((v) => TONES.map((t) => (v + t).normalize("NFC"))), "đ"];
const LETTERS = [...LOWER, ...LOWER.map((c) => c.toUpperCase())];
/** A character in no face: what a hole (tofu or nothing) looks like. */
const MISSING = "一";

const CELL = { w: 48, h: 56, cols: 16, size: 34 };

function xmlEscape(c: string): string {
  return c.replace(/&/g, "&amp;").replace(/</g, "&lt;");
}

/** Draws each character in its own grid cell at one weight; returns which ones drew like the missing glyph. */
function holes(chars: readonly string[], weight: number): string[] {
  const all = [MISSING, ...chars];
  const rows = Math.ceil(all.length / CELL.cols);
  const texts = all.map((c, i) => {
    const x = (i % CELL.cols) * CELL.w + 6;
    const y = Math.floor(i / CELL.cols) * CELL.h + 40;
    return `<text x="${x}" y="${y}" font-size="${CELL.size}" font-weight="${weight}">${xmlEscape(c)}</text>`;
  });
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${CELL.cols * CELL.w}" height="${rows * CELL.h}">${texts.join("")}</svg>`;
  const map = inkMap(rasterizeSvg(svg, 1).png);
  const cell = (i: number) => cellBits(map, (i % CELL.cols) * CELL.w, Math.floor(i / CELL.cols) * CELL.h, CELL.w, CELL.h);
  const missing = cell(0);
  return chars.filter((_, k) => {
    const bits = cell(k + 1);
    return bits === missing || !bits.includes("1");
  });
}

function tableTags(font: Buffer): string[] {
  return Array.from({ length: font.readUInt16BE(4) }, (_, i) => font.toString("latin1", 12 + i * 16, 16 + i * 16));
}

function table(font: Buffer, tag: string): Buffer {
  const i = tableTags(font).indexOf(tag);
  const offset = font.readUInt32BE(12 + i * 16 + 8);
  return font.subarray(offset, offset + font.readUInt32BE(12 + i * 16 + 12));
}

describe("the bundled Be Vietnam Pro faces", () => {
  it("are three complete TrueType faces, 400, 600 and 700, with kerning (GPOS 'kern')", () => {
    const files = bundledFontFiles();
    expect(FONT_FACES.map((f) => f.weight)).toEqual([400, 600, 700]);
    files.forEach((file, i) => {
      const font = readFileSync(file);
      expect(font.readUInt32BE(0), file).toBe(0x00010000);
      expect(tableTags(font)).toEqual(expect.arrayContaining(["glyf", "cmap", "GPOS", "GSUB"]));
      // usWeightClass (OS/2 offset 4) is the face's own weight: no synthetic bold.
      expect(table(font, "OS/2").readUInt16BE(4)).toBe(FONT_FACES[i]!.weight);
      expect(table(font, "GPOS").includes(Buffer.from("kern", "latin1")), file).toBe(true);
    });
  });

  it("the hole detector finds a hole: a character no face holds", () => {
    expect(holes(["G", "一"], 400)).toEqual(["一"]);
  });

  it.each([400, 600, 700])("draws all 146 Vietnamese letters at weight %i, with no holes", (weight) => {
    expect(LETTERS).toHaveLength(146);
    expect(LETTERS.every((c) => [...c].length === 1)).toBe(true);
    expect(holes(LETTERS, weight)).toEqual([]);
  });

  it("draws 700 with the real bold face: more ink than 600, which has more than 400", () => {
    const word = (weight: number) =>
      `<svg xmlns="http://www.w3.org/2000/svg" width="420" height="70"><text x="10" y="50" font-size="40" font-weight="${weight}">Đường Việt</text></svg>`;
    const [regular, semiBold, bold] = [400, 600, 700].map((w) => inkIn(inkMap(rasterizeSvg(word(w), 1).png)));
    // Each step thickens the stems; one face for all weights would give ratios of exactly 1.
    expect(semiBold! / regular!).toBeGreaterThan(1.1);
    expect(bold! / semiBold!).toBeGreaterThan(1.03);
    expect(bold! / regular!).toBeLessThan(2);
  });

  it("draws a whole Vietnamese sentence with more ink than the sentence without its Vietnamese letters", () => {
    const full = "GRDP bình quân đầu người đạt 157,2 triệu đồng — Tăng trưởng cao";
    const stripped = full.replace(/[ìâđầườạệồăở]/g, "");
    const svg = (t: string) =>
      `<svg xmlns="http://www.w3.org/2000/svg" width="1100" height="60"><text x="10" y="40" font-size="28">${t}</text></svg>`;
    const ratio = inkIn(inkMap(rasterizeSvg(svg(stripped), 1).png)) / inkIn(inkMap(rasterizeSvg(svg(full), 1).png));
    // 14 of the 45 letters are Vietnamese-specific: removing them removes roughly a quarter of the ink.
    expect(ratio).toBeGreaterThan(0.55);
    expect(ratio).toBeLessThan(0.9);
  });
});
