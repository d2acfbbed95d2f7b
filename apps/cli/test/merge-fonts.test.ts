import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { bundledFontFiles } from "../src/render/fonts.js";
import { mergeTrueTypeFonts } from "../src/render/merge-fonts.js";
import { rasterizeSvg } from "../src/render/rasterize.js";
import { woffToSfnt } from "../src/render/woff.js";

const require = createRequire(import.meta.url);
const filesDir = join(dirname(require.resolve("@fontsource/be-vietnam-pro/package.json")), "files");
const subsetsOf = (weight: number) =>
  ["latin", "latin-ext", "vietnamese"].map((s) =>
    woffToSfnt(readFileSync(join(filesDir, `be-vietnam-pro-${s}-${weight}-normal.woff`))),
  );
const subsets = subsetsOf(400);

function tables(font: Buffer): Map<string, { checksum: number; data: Buffer }> {
  const map = new Map<string, { checksum: number; data: Buffer }>();
  for (let i = 0; i < font.readUInt16BE(4); i++) {
    const at = 12 + i * 16;
    const offset = font.readUInt32BE(at + 8);
    const data = font.subarray(offset, offset + font.readUInt32BE(at + 12));
    map.set(font.toString("latin1", at, at + 4), { checksum: font.readUInt32BE(at + 4), data });
  }
  return map;
}
const get = (font: Buffer, tag: string) => tables(font).get(tag)!.data;
const numGlyphs = (font: Buffer) => get(font, "maxp").readUInt16BE(4);

function checksum(data: Buffer): number {
  const padded = Buffer.concat([data, Buffer.alloc((4 - (data.length % 4)) % 4)]);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + padded.readUInt32BE(i)) >>> 0;
  return sum;
}

/** Name ID → string from the Windows Unicode (3/1/0x409) records; fails on any other record. */
function names(font: Buffer): Map<number, string> {
  const name = get(font, "name");
  const storage = name.readUInt16BE(4);
  const out = new Map<number, string>();
  for (let i = 0; i < name.readUInt16BE(2); i++) {
    const [platform, encoding, language, id, length, offset] = [0, 2, 4, 6, 8, 10].map((k) => name.readUInt16BE(6 + i * 12 + k));
    expect([platform, encoding, language]).toEqual([3, 1, 0x0409]);
    out.set(id!, Buffer.from(name.subarray(storage + offset!, storage + offset! + length!)).swap16().toString("utf16le"));
  }
  return out;
}
const weightClass = (font: Buffer) => get(font, "OS/2").readUInt16BE(4);

/** Glyph for a code point, looked up independently in the format 4 and format 12 subtables. */
function lookup(font: Buffer, code: number): { f4: number; f12: number } {
  const cmap = get(font, "cmap");
  const result = { f4: 0, f12: 0 };
  for (let i = 0; i < cmap.readUInt16BE(2); i++) {
    const off = cmap.readUInt32BE(8 + i * 8);
    if (cmap.readUInt16BE(off) === 4) {
      const segX2 = cmap.readUInt16BE(off + 6);
      for (let s = 0; s < segX2; s += 2) {
        const start = cmap.readUInt16BE(off + 16 + segX2 + s);
        if (code >= start && code <= cmap.readUInt16BE(off + 14 + s))
          result.f4 = (code + cmap.readUInt16BE(off + 16 + segX2 * 2 + s)) & 0xffff;
      }
    } else if (cmap.readUInt16BE(off) === 12) {
      for (let n = 0; n < cmap.readUInt32BE(off + 12); n++) {
        const at = off + 16 + n * 12;
        const start = cmap.readUInt32BE(at);
        if (code >= start && code <= cmap.readUInt32BE(at + 4)) result.f12 = cmap.readUInt32BE(at + 8) + code - start;
      }
    }
  }
  return result;
}

/** Counts dark pixels in resvg's PNG output (8-bit RGBA, non-interlaced). */
function darkPixels(png: Buffer): number {
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  expect([png[24], png[25], png[28]]).toEqual([8, 6, 0]);
  const idat: Buffer[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    if (png.toString("latin1", at + 4, at + 8) === "IDAT") idat.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  let prev = Buffer.alloc(stride);
  let dark = 0;
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = Buffer.from(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)));
    for (let x = 0; x < stride; x++) {
      const a = x >= 4 ? line[x - 4]! : 0;
      const b = prev[x]!;
      const c = x >= 4 ? prev[x - 4]! : 0;
      const p = a + b - c;
      const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      const add = [0, a, b, (a + b) >> 1, paeth][filter]!;
      line[x] = (line[x]! + add) & 0xff;
    }
    for (let x = 0; x < stride; x += 4) if (line[x]! + line[x + 1]! + line[x + 2]! < 3 * 128) dark++;
    prev = line;
  }
  return dark;
}

const textSvg = (text: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="80"><text x="10" y="60" font-family="Be Vietnam Pro" font-size="56">${text}</text></svg>`;

describe("mergeTrueTypeFonts", () => {
  const merged = mergeTrueTypeFonts(subsets);

  it("holds every subset's glyphs, dropping the later .notdefs", () => {
    const total = subsets.reduce((n, f) => n + numGlyphs(f), 0);
    expect(numGlyphs(merged)).toBe(total - (subsets.length - 1));
    expect(get(merged, "hhea").readUInt16BE(34)).toBe(numGlyphs(merged));
    expect(get(merged, "head").readInt16BE(50)).toBe(1);
    expect(get(merged, "loca").length).toBe((numGlyphs(merged) + 1) * 4);
    expect(get(merged, "post").readUInt32BE(0)).toBe(0x00030000);
    expect([...tables(merged).keys()]).not.toContain("GSUB");
  });

  it("maps Latin and Vietnamese letters to real glyphs in both cmap subtables", () => {
    for (const ch of "Gđưệờ") {
      const { f4, f12 } = lookup(merged, ch.codePointAt(0)!);
      expect(f4, ch).toBeGreaterThan(0);
      expect(f12, ch).toBe(f4);
    }
  });

  it("has valid table checksums and checkSumAdjustment", () => {
    for (const [tag, { checksum: stored, data }] of tables(merged)) {
      const copy = Buffer.from(data);
      if (tag === "head") copy.writeUInt32BE(0, 8);
      expect(checksum(copy), tag).toBe(stored);
    }
    expect(checksum(merged)).toBe(0xb1b0afba);
  });
});

describe("mergeTrueTypeFonts with face names", () => {
  const source = names(subsetsOf(600)[0]!);
  const semiBold = mergeTrueTypeFonts(subsetsOf(600), { family: "Be Vietnam Pro", style: "SemiBold", weight: 600 });
  const regular = mergeTrueTypeFonts(subsets, { family: "Be Vietnam Pro", style: "Regular", weight: 400 });

  it("names the 600 face into the shared family, with weight 600", () => {
    // The bug being fixed: the source names its family "Be Vietnam Pro SemiBold".
    expect(source.get(1)).toBe("Be Vietnam Pro SemiBold");
    const n = names(semiBold);
    expect(n.get(1)).toBe("Be Vietnam Pro");
    expect(n.get(2)).toBe("Regular");
    expect(n.get(16)).toBe("Be Vietnam Pro");
    expect(n.get(17)).toBe("SemiBold");
    expect(n.get(4)).toBe("Be Vietnam Pro SemiBold");
    expect(n.get(6)).toBe("BeVietnamPro-SemiBold");
    expect(weightClass(semiBold)).toBe(600);
  });

  it("names the 400 face Regular, with weight 400", () => {
    const n = names(regular);
    expect([n.get(1), n.get(2), n.get(4), n.get(6)]).toEqual(["Be Vietnam Pro", "Regular", "Be Vietnam Pro", "BeVietnamPro-Regular"]);
    expect(n.has(16) || n.has(17)).toBe(false);
    expect(weightClass(regular)).toBe(400);
  });

  it("keeps the source's copyright and OFL licence notices", () => {
    expect(source.get(0)).toMatch(/^Copyright 2021 The Be Vietnam Pro Project Authors/);
    expect(source.get(14)).toBe("https://scripts.sil.org/OFL");
    for (const font of [semiBold, regular]) {
      const n = names(font);
      for (const id of [0, 13, 14]) expect(n.get(id), `ID ${id}`).toBe(names(subsets[0]!).get(id));
      expect(n.get(0)).toBe(source.get(0));
    }
  });

  it("still has valid checksums", () => {
    for (const font of [semiBold, regular]) {
      for (const [tag, { checksum: stored, data }] of tables(font)) {
        const copy = Buffer.from(data);
        if (tag === "head") copy.writeUInt32BE(0, 8);
        expect(checksum(copy), tag).toBe(stored);
      }
      expect(checksum(font)).toBe(0xb1b0afba);
    }
  });
});

describe("rasterizing Vietnamese text with the merged bundled font", () => {
  it("caches one merged font file per weight, each mapping Vietnamese letters", () => {
    const files = bundledFontFiles();
    expect(files.map((f) => f.split(/[\\/]/).pop())).toEqual(["be-vietnam-pro-merged-400.ttf", "be-vietnam-pro-merged-600.ttf"]);
    for (const file of files)
      for (const ch of "Gđưệ") expect(lookup(readFileSync(file), ch.codePointAt(0)!).f4, `${file} ${ch}`).toBeGreaterThan(0);
    const [regular, semiBold] = files.map((f) => readFileSync(f));
    expect([names(regular!).get(1), weightClass(regular!)]).toEqual(["Be Vietnam Pro", 400]);
    expect([names(semiBold!).get(16), weightClass(semiBold!)]).toEqual(["Be Vietnam Pro", 600]);
  });

  it("draws font-weight 600 with the SemiBold face: more ink than 400", () => {
    const word = (weight: number) =>
      `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="70"><text x="10" y="50" font-family="Be Vietnam Pro" font-size="40" font-weight="${weight}">Đường Việt</text></svg>`;
    const regular = rasterizeSvg(word(400), 1).png;
    const semiBold = rasterizeSvg(word(600), 1).png;
    expect(semiBold.equals(regular)).toBe(false);
    const ratio = darkPixels(semiBold) / darkPixels(regular);
    // SemiBold stems are visibly thicker; the same face would give exactly 1.
    expect(ratio).toBeGreaterThan(1.1);
    expect(ratio).toBeLessThan(1.8);
  });

  it("draws 'G', 'đ', 'ư', 'ệ' as real glyphs", () => {
    // A CJK character is in no subset: it shows what a missing glyph (.notdef) draws.
    const missing = rasterizeSvg(textSvg("一"), 1).png;
    for (const ch of "Gđưệ") {
      const png = rasterizeSvg(textSvg(ch), 1).png;
      expect(darkPixels(png), ch).toBeGreaterThan(50);
      expect(png.equals(missing), ch).toBe(false);
    }
  });

  it("draws a whole Vietnamese sentence with more ink than the sentence without its Vietnamese letters", () => {
    const full = "GRDP bình quân đầu người đạt 157,2 triệu đồng — Tăng trưởng cao";
    const stripped = full.replace(/[ìâđầườạệồăở]/g, "");
    const svg = (t: string) =>
      `<svg xmlns="http://www.w3.org/2000/svg" width="1100" height="60"><text x="10" y="40" font-size="28">${t}</text></svg>`;
    const inkFull = darkPixels(rasterizeSvg(svg(full), 1).png);
    const inkStripped = darkPixels(rasterizeSvg(svg(stripped), 1).png);
    // 14 of the 45 letters are Vietnamese-specific: removing them should remove roughly a quarter of the ink.
    const ratio = inkStripped / inkFull;
    expect(ratio).toBeGreaterThan(0.55);
    expect(ratio).toBeLessThan(0.9);
  });
});
