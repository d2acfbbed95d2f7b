import { inflateSync } from "node:zlib";

/** A decoded 8-bit RGBA PNG as one darkness flag per pixel (sum of RGB below half). */
export interface InkMap {
  width: number;
  height: number;
  dark: Uint8Array;
}

/** Decodes resvg's PNG output (8-bit RGBA, non-interlaced) into an ink map. */
export function inkMap(png: Buffer): InkMap {
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  if (png[24] !== 8 || png[25] !== 6 || png[28] !== 0) throw new Error("expected 8-bit RGBA, non-interlaced");
  const idat: Buffer[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    if (png.toString("latin1", at + 4, at + 8) === "IDAT") idat.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  const dark = new Uint8Array(width * height);
  let prev = Buffer.alloc(stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = Buffer.from(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)));
    for (let x = 0; x < stride; x++) {
      const a = x >= 4 ? line[x - 4]! : 0;
      const b = prev[x]!;
      const c = x >= 4 ? prev[x - 4]! : 0;
      const p = a + b - c;
      const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      line[x] = (line[x]! + [0, a, b, (a + b) >> 1, paeth][filter]!) & 0xff;
    }
    for (let x = 0; x < width; x++) dark[y * width + x] = line[x * 4]! + line[x * 4 + 1]! + line[x * 4 + 2]! < 3 * 128 ? 1 : 0;
    prev = line;
  }
  return { width, height, dark };
}

/** Dark pixels in a rectangle of the map (the whole map by default). */
export function inkIn(map: InkMap, x0 = 0, y0 = 0, w = map.width, h = map.height): number {
  let n = 0;
  for (let y = y0; y < y0 + h; y++) for (let x = x0; x < x0 + w; x++) n += map.dark[y * map.width + x]!;
  return n;
}

/** The rectangle's pixels as a string of 0/1, to compare two cells exactly. */
export function cellBits(map: InkMap, x0: number, y0: number, w: number, h: number): string {
  let s = "";
  for (let y = y0; y < y0 + h; y++) for (let x = x0; x < x0 + w; x++) s += map.dark[y * map.width + x]!;
  return s;
}
