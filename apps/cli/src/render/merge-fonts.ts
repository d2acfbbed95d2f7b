/**
 * Merges subset faces of one TrueType design into a single face.
 *
 * Why: the bundled font ships split into unicode subsets (latin, latin-ext,
 * vietnamese). resvg picks one face per text run and does not fall back per
 * glyph between faces of the same family, so Vietnamese text rendered with
 * holes. One face holding every glyph removes the need for any fallback.
 *
 * Choice: each later font's .notdef (glyph 0) is dropped, so the merged face
 * has sum(numGlyphs) − (fonts − 1) glyphs; any reference to glyph 0 of a later
 * font maps to the merged glyph 0.
 *
 * Layout tables (GDEF/GPOS/GSUB), kerning, gasp and per-glyph device tables
 * are dropped: they index glyphs and cannot be merged simply. Vietnamese
 * letters are precomposed glyphs in these subsets, so no mark positioning is
 * lost; only pair kerning is.
 *
 * With `names`, the merged face gets its own name table and OS/2 weight (see
 * name-table.ts); without, the first font's are kept as they are.
 */

import { buildNameTable, type FaceNames } from "./name-table.js";

interface Face {
  tables: Map<string, Buffer>;
  glyphs: Buffer[];
  advances: number[];
  lsbs: number[];
  cmap: Map<number, number>;
}

/** Tables copied verbatim from the first font: none of them index glyphs. */
const KEEP_FROM_FIRST = ["OS/2", "name", "cvt ", "fpgm", "prep"];

export function mergeTrueTypeFonts(fonts: Buffer[], names?: FaceNames): Buffer {
  if (fonts.length === 0) throw new Error("no fonts to merge");
  const faces = fonts.map(readFace);
  const first = faces[0]!;
  const unitsPerEm = table(first, "head").readUInt16BE(18);
  if (faces.some((f) => table(f, "head").readUInt16BE(18) !== unitsPerEm))
    throw new Error("fonts to merge differ in unitsPerEm");

  const glyphs: Buffer[] = [];
  const advances: number[] = [];
  const lsbs: number[] = [];
  const cmap = new Map<number, number>();
  faces.forEach((face, k) => {
    // Font 0 keeps its numbering; later fonts skip their .notdef.
    const base = glyphs.length;
    const remap = (g: number) => (k === 0 ? g : g === 0 ? 0 : base + g - 1);
    face.glyphs.forEach((glyph, g) => {
      if (k > 0 && g === 0) return;
      glyphs.push(remapComposite(glyph, remap));
      advances.push(face.advances[g]!);
      lsbs.push(face.lsbs[g]!);
    });
    // First font wins on duplicate code points.
    for (const [code, g] of face.cmap) if (!cmap.has(code)) cmap.set(code, remap(g));
  });
  if (glyphs.length > 0xffff) throw new Error("merged font exceeds 65535 glyphs");

  // glyf + long loca; each glyph padded to 4 bytes, as rasterisers expect aligned glyphs.
  const loca = Buffer.alloc((glyphs.length + 1) * 4);
  const glyfParts: Buffer[] = [];
  let at = 0;
  glyphs.forEach((glyph, g) => {
    loca.writeUInt32BE(at, g * 4);
    const padded = Buffer.alloc(pad4(glyph.length));
    glyph.copy(padded);
    glyfParts.push(padded);
    at += padded.length;
  });
  loca.writeUInt32BE(at, glyphs.length * 4);

  // One long metric per glyph, so no glyph depends on a neighbour's advance.
  const hmtx = Buffer.alloc(glyphs.length * 4);
  let bbox = { xMin: 0x7fff, yMin: 0x7fff, xMax: -0x8000, yMax: -0x8000 };
  let minLsb = 0x7fff, minRsb = 0x7fff, maxExtent = -0x8000;
  glyphs.forEach((glyph, g) => {
    hmtx.writeUInt16BE(advances[g]!, g * 4);
    hmtx.writeInt16BE(lsbs[g]!, g * 4 + 2);
    if (glyph.length < 10) return; // empty glyph: no outline, no bounds
    const [xMin, yMin, xMax, yMax] = [2, 4, 6, 8].map((o) => glyph.readInt16BE(o)) as [number, number, number, number];
    bbox = {
      xMin: Math.min(bbox.xMin, xMin), yMin: Math.min(bbox.yMin, yMin),
      xMax: Math.max(bbox.xMax, xMax), yMax: Math.max(bbox.yMax, yMax),
    };
    minLsb = Math.min(minLsb, lsbs[g]!);
    minRsb = Math.min(minRsb, advances[g]! - (lsbs[g]! + xMax - xMin));
    maxExtent = Math.max(maxExtent, lsbs[g]! + xMax - xMin);
  });

  const head = Buffer.from(table(first, "head"));
  head.writeUInt32BE(0, 8); // checkSumAdjustment: set once the whole font is laid out
  if (bbox.xMin <= bbox.xMax) {
    head.writeInt16BE(bbox.xMin, 36); head.writeInt16BE(bbox.yMin, 38);
    head.writeInt16BE(bbox.xMax, 40); head.writeInt16BE(bbox.yMax, 42);
  }
  head.writeInt16BE(1, 50); // indexToLocFormat: long offsets

  const hhea = Buffer.from(table(first, "hhea"));
  hhea.writeUInt16BE(Math.max(0, ...advances), 10);
  if (maxExtent > -0x8000) {
    hhea.writeInt16BE(minLsb, 12); hhea.writeInt16BE(minRsb, 14); hhea.writeInt16BE(maxExtent, 16);
  }
  hhea.writeUInt16BE(glyphs.length, 34);

  const maxp = Buffer.from(table(first, "maxp"));
  maxp.writeUInt16BE(glyphs.length, 4);
  // Version 1.0 limits (points, contours, stack, ...): the merged face needs the largest of each.
  for (let o = 6; o + 2 <= maxp.length; o += 2)
    maxp.writeUInt16BE(Math.max(...faces.map((f) => { const m = table(f, "maxp"); return o + 2 <= m.length ? m.readUInt16BE(o) : 0; })), o);

  // post 3.0: glyph names would have to be merged too, and nothing here needs them.
  const post = Buffer.alloc(32);
  table(first, "post").copy(post, 0, 0, 16);
  post.writeUInt32BE(0x00030000, 0);

  const out = new Map<string, Buffer>([
    ["head", head], ["hhea", hhea], ["maxp", maxp], ["hmtx", hmtx], ["loca", loca],
    ["glyf", Buffer.concat(glyfParts)], ["cmap", buildCmap(cmap)], ["post", post],
  ]);
  for (const tag of KEEP_FROM_FIRST) {
    const data = first.tables.get(tag);
    if (data) out.set(tag, Buffer.from(data));
  }
  const os2 = out.get("OS/2");
  if (os2) updateOs2(os2, faces, cmap);
  if (names) {
    if (!os2 || !(names.weight >= 1 && names.weight <= 1000)) throw new Error("no OS/2 table, or weight outside 1–1000");
    os2.writeUInt16BE(names.weight, 4); // usWeightClass
    out.set("name", buildNameTable(names, first.tables.get("name")));
  }
  return writeSfnt(out);
}

function table(face: Face, tag: string): Buffer {
  const data = face.tables.get(tag);
  if (!data) throw new Error(`font has no ${tag} table`);
  return data;
}

function readFace(font: Buffer): Face {
  const version = font.readUInt32BE(0);
  if (version !== 0x00010000 && version !== 0x74727565) throw new Error("not a TrueType (glyf) font");
  const tables = new Map<string, Buffer>();
  for (let i = 0; i < font.readUInt16BE(4); i++) {
    const at = 12 + i * 16;
    const offset = font.readUInt32BE(at + 8);
    tables.set(font.toString("latin1", at, at + 4), font.subarray(offset, offset + font.readUInt32BE(at + 12)));
  }
  const face: Face = { tables, glyphs: [], advances: [], lsbs: [], cmap: new Map() };
  const numGlyphs = table(face, "maxp").readUInt16BE(4);
  const longLoca = table(face, "head").readInt16BE(50) === 1;
  const loca = table(face, "loca");
  const glyf = table(face, "glyf");
  const hmtx = table(face, "hmtx");
  const numHMetrics = table(face, "hhea").readUInt16BE(34);
  const offsetOf = (g: number) => (longLoca ? loca.readUInt32BE(g * 4) : loca.readUInt16BE(g * 2) * 2);
  for (let g = 0; g < numGlyphs; g++) {
    face.glyphs.push(glyf.subarray(offsetOf(g), offsetOf(g + 1)));
    // Glyphs past numberOfHMetrics share the last advance and store only their lsb.
    const m = Math.min(g, numHMetrics - 1);
    face.advances.push(hmtx.readUInt16BE(m * 4));
    face.lsbs.push(g < numHMetrics ? hmtx.readInt16BE(g * 4 + 2) : hmtx.readInt16BE(numHMetrics * 4 + (g - numHMetrics) * 2));
  }
  face.cmap = readCmap(table(face, "cmap"));
  return face;
}

/** Copies a glyph, renumbering the components of a composite glyph. */
function remapComposite(glyph: Buffer, remap: (g: number) => number): Buffer {
  const out = Buffer.from(glyph);
  if (out.length < 10 || out.readInt16BE(0) >= 0) return out; // simple or empty glyph
  let at = 10;
  for (;;) {
    const flags = out.readUInt16BE(at);
    out.writeUInt16BE(remap(out.readUInt16BE(at + 2)), at + 2);
    at += 4 + (flags & 0x0001 ? 4 : 2); // ARG_1_AND_2_ARE_WORDS
    if (flags & 0x0008) at += 2; // WE_HAVE_A_SCALE
    else if (flags & 0x0040) at += 4; // WE_HAVE_AN_X_AND_Y_SCALE
    else if (flags & 0x0080) at += 8; // WE_HAVE_A_TWO_BY_TWO
    if (!(flags & 0x0020)) return out; // MORE_COMPONENTS
  }
}

/** Unicode code point → glyph, from every Unicode format 4 or 12 subtable. */
function readCmap(cmap: Buffer): Map<number, number> {
  const map = new Map<number, number>();
  for (let i = 0; i < cmap.readUInt16BE(2); i++) {
    const platform = cmap.readUInt16BE(4 + i * 8);
    const encoding = cmap.readUInt16BE(6 + i * 8);
    if (!(platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10)))) continue;
    const off = cmap.readUInt32BE(8 + i * 8);
    const format = cmap.readUInt16BE(off);
    if (format === 4) {
      const segX2 = cmap.readUInt16BE(off + 6);
      for (let s = 0; s < segX2; s += 2) {
        const end = cmap.readUInt16BE(off + 14 + s);
        const start = cmap.readUInt16BE(off + 16 + segX2 + s);
        const delta = cmap.readUInt16BE(off + 16 + segX2 * 2 + s);
        const rangeAt = off + 16 + segX2 * 3 + s;
        const range = cmap.readUInt16BE(rangeAt);
        for (let c = start; c <= end && c !== 0xffff; c++) {
          let g = range === 0 ? c : cmap.readUInt16BE(rangeAt + range + (c - start) * 2);
          if (range === 0 || g !== 0) g = (g + delta) & 0xffff;
          if (g !== 0 && !map.has(c)) map.set(c, g);
        }
      }
    } else if (format === 12) {
      for (let n = 0; n < cmap.readUInt32BE(off + 12); n++) {
        const at = off + 16 + n * 12;
        const [start, end, glyph] = [0, 4, 8].map((o) => cmap.readUInt32BE(at + o)) as [number, number, number];
        for (let c = start; c <= end; c++) if (!map.has(c)) map.set(c, glyph + c - start);
      }
    }
  }
  return map;
}

/** cmap with a format 4 (BMP, 3/1) and a format 12 (full Unicode, 3/10) subtable. */
function buildCmap(map: Map<number, number>): Buffer {
  const codes = [...map.keys()].sort((a, b) => a - b);
  // Runs of consecutive code points with consecutive glyphs: format 12 groups,
  // and in the BMP, format 4 segments with a constant idDelta.
  const runs: { start: number; end: number; glyph: number }[] = [];
  for (const c of codes) {
    const g = map.get(c)!;
    const last = runs[runs.length - 1];
    if (last && c === last.end + 1 && g === last.glyph + c - last.start) last.end = c;
    else runs.push({ start: c, end: c, glyph: g });
  }
  const segments = runs.filter((r) => r.start < 0xffff).map((r) => ({ ...r, end: Math.min(r.end, 0xfffe) }));
  segments.push({ start: 0xffff, end: 0xffff, glyph: 0 }); // required terminator, maps to .notdef
  const segCount = segments.length;
  const f4 = Buffer.alloc(16 + segCount * 8);
  if (f4.length > 0xffff) throw new Error("cmap format 4 subtable too large");
  const entrySelector = Math.floor(Math.log2(segCount));
  [4, f4.length, 0, segCount * 2, 2 ** entrySelector * 2, entrySelector, (segCount - 2 ** entrySelector) * 2]
    .forEach((v, i) => f4.writeUInt16BE(v, i * 2));
  segments.forEach((s, i) => {
    f4.writeUInt16BE(s.end, 14 + i * 2);
    f4.writeUInt16BE(s.start, 16 + segCount * 2 + i * 2);
    f4.writeUInt16BE((s.glyph - s.start) & 0xffff, 16 + segCount * 4 + i * 2); // idDelta, modulo 65536
    // idRangeOffset stays 0: every segment maps through idDelta alone.
  });
  const f12 = Buffer.alloc(16 + runs.length * 12);
  f12.writeUInt16BE(12, 0);
  f12.writeUInt32BE(f12.length, 4);
  f12.writeUInt32BE(runs.length, 12);
  runs.forEach((r, i) => [r.start, r.end, r.glyph].forEach((v, j) => f12.writeUInt32BE(v, 16 + i * 12 + j * 4)));
  const header = Buffer.alloc(4 + 2 * 8);
  header.writeUInt16BE(2, 2);
  [[3, 1, header.length], [3, 10, header.length + pad4(f4.length)]].forEach(([p, e, o], i) => {
    header.writeUInt16BE(p!, 4 + i * 8);
    header.writeUInt16BE(e!, 6 + i * 8);
    header.writeUInt32BE(o!, 8 + i * 8);
  });
  return Buffer.concat([header, f4, Buffer.alloc(pad4(f4.length) - f4.length), f12]);
}

/** Coverage fields of OS/2 must describe the merged character set, not the first subset's. */
function updateOs2(os2: Buffer, faces: Face[], cmap: Map<number, number>): void {
  // ulUnicodeRange1–4, then ulCodePageRange1–2 (OS/2 version 1 and later).
  for (const o of [42, 46, 50, 54, 78, 82]) {
    if (o + 4 > os2.length) continue;
    const bits = faces.reduce((acc, f) => { const t = f.tables.get("OS/2"); return t && o + 4 <= t.length ? acc | t.readUInt32BE(o) : acc; }, 0);
    os2.writeUInt32BE(bits >>> 0, o);
  }
  const codes = [...cmap.keys()];
  if (codes.length > 0 && os2.length >= 68) {
    os2.writeUInt16BE(Math.min(0xffff, Math.min(...codes)), 64);
    os2.writeUInt16BE(Math.min(0xffff, Math.max(...codes)), 66);
  }
}

const pad4 = (n: number) => (n + 3) & ~3;

function checksum(data: Buffer): number {
  let sum = 0;
  for (let i = 0; i < data.length; i += 4)
    sum = (sum + (data[i] ?? 0) * 0x1000000 + ((data[i + 1] ?? 0) << 16) + ((data[i + 2] ?? 0) << 8) + (data[i + 3] ?? 0)) >>> 0;
  return sum;
}

/** Lays tables out in tag order, 4-byte aligned, with checksums and head.checkSumAdjustment. */
function writeSfnt(tables: Map<string, Buffer>): Buffer {
  const tags = [...tables.keys()].sort();
  const headerSize = 12 + tags.length * 16;
  const out = Buffer.alloc(headerSize + tags.reduce((n, t) => n + pad4(tables.get(t)!.length), 0));
  const entrySelector = Math.floor(Math.log2(tags.length));
  out.writeUInt32BE(0x00010000, 0);
  out.writeUInt16BE(tags.length, 4);
  out.writeUInt16BE(2 ** entrySelector * 16, 6);
  out.writeUInt16BE(entrySelector, 8);
  out.writeUInt16BE((tags.length - 2 ** entrySelector) * 16, 10);
  let offset = headerSize;
  let headOffset = -1;
  tags.forEach((tag, i) => {
    const data = tables.get(tag)!;
    const at = 12 + i * 16;
    out.write(tag, at, "latin1");
    out.writeUInt32BE(checksum(data), at + 4); // head's is taken with checkSumAdjustment = 0
    out.writeUInt32BE(offset, at + 8);
    out.writeUInt32BE(data.length, at + 12);
    data.copy(out, offset);
    if (tag === "head") headOffset = offset;
    offset += pad4(data.length);
  });
  if (headOffset >= 0) out.writeUInt32BE((0xb1b0afba - checksum(out)) >>> 0, headOffset + 8);
  return out;
}
