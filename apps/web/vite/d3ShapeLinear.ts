/**
 * The part of d3-shape the charts use, for the app and embed builds (vite.config.ts aliases
 * `d3-shape` here): `line()` and `area()` with the default linear curve, every point defined,
 * and `.digits(n)`. The path strings are the same as d3-shape's (d3-path's moveTo/lineTo/closePath
 * with appendRound), so the app draws what the command line draws; d3-shape's bundled curves,
 * symbols, arcs and pies (about 4 KB gzip) stay out of the initial bundle. A method the charts do
 * not use is absent, and calling it fails loudly.
 */
type Accessor<T> = (d: T, i: number, data: readonly T[]) => number;

function writer(digits: number | null) {
  const k = digits === null ? 0 : 10 ** Math.floor(digits);
  const num = (v: number) => (digits === null ? +v : Math.round(v * k) / k);
  let out = "";
  let open = false;
  return {
    move(x: number, y: number) {
      out += `M${num(x)},${num(y)}`;
      open = true;
    },
    line(x: number, y: number) {
      out += `L${num(x)},${num(y)}`;
    },
    close() {
      if (open) out += "Z";
    },
    done: () => out || null,
  };
}

export function line<T = [number, number]>() {
  let x: Accessor<T> = (d) => (d as unknown as [number, number])[0];
  let y: Accessor<T> = (d) => (d as unknown as [number, number])[1];
  let digits: number | null = 3; // d3-shape's default
  const gen = (data: Iterable<T>): string | null => {
    const pts = Array.from(data);
    const w = writer(digits);
    pts.forEach((d, i) => (i === 0 ? w.move(+x(d, i, pts), +y(d, i, pts)) : w.line(+x(d, i, pts), +y(d, i, pts))));
    // d3's linear curve closes a one-point line.
    if (pts.length === 1) w.close();
    return w.done();
  };
  gen.x = (f: Accessor<T>) => ((x = f), gen);
  gen.y = (f: Accessor<T>) => ((y = f), gen);
  gen.digits = (n: number) => ((digits = n), gen);
  return gen;
}

export function area<T>() {
  let x: Accessor<T> = (d) => (d as unknown as [number, number])[0];
  let y0: Accessor<T> = () => 0;
  let y1: Accessor<T> = (d) => (d as unknown as [number, number])[1];
  let digits: number | null = 3; // d3-shape's default
  const gen = (data: Iterable<T>): string | null => {
    const pts = Array.from(data);
    if (!pts.length) return null;
    const w = writer(digits);
    const xs = pts.map((d, i) => +x(d, i, pts));
    const lows = pts.map((d, i) => +y0(d, i, pts));
    pts.forEach((d, i) => (i === 0 ? w.move(xs[i]!, +y1(d, i, pts)) : w.line(xs[i]!, +y1(d, i, pts))));
    // Back along the lower edge, then closed: as d3's linear curve draws an area.
    for (let i = pts.length - 1; i >= 0; i--) w.line(xs[i]!, lows[i]!);
    w.close();
    return w.done();
  };
  gen.x = (f: Accessor<T>) => ((x = f), gen);
  gen.y0 = (f: Accessor<T>) => ((y0 = f), gen);
  gen.y1 = (f: Accessor<T>) => ((y1 = f), gen);
  gen.digits = (n: number) => ((digits = n), gen);
  return gen;
}
