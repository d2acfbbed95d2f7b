/**
 * The part of d3-interpolate that d3-scale's linear scales use on numeric ranges, for the app and
 * embed builds (vite.config.ts aliases `d3-interpolate` here). The charts' scales map numbers to
 * pixels, never colours or strings, so d3-interpolate's colour and string parsers (d3-color,
 * about 4 KB gzip) stay out of the initial bundle. The formulas match d3-interpolate's number.js
 * and round.js; a non-number range is refused loudly rather than drawn wrong.
 */
function numeric(v: unknown): number {
  if (typeof v === "number") return v;
  if (v instanceof Date || (typeof v === "object" && v !== null && typeof (v as { valueOf(): unknown }).valueOf() === "number"))
    return Number(v);
  throw new TypeError(`d3-interpolate (numbers only in this build): cannot interpolate ${typeof v}`);
}

export function interpolateNumber(a: unknown, b: unknown): (t: number) => number {
  const x = numeric(a);
  const y = numeric(b);
  return (t) => x * (1 - t) + y * t;
}

export function interpolateRound(a: unknown, b: unknown): (t: number) => number {
  const x = numeric(a);
  const y = numeric(b);
  return (t) => Math.round(x * (1 - t) + y * t);
}

export const interpolate = interpolateNumber;

export function piecewise(
  first: ((a: unknown, b: unknown) => (t: number) => unknown) | unknown[],
  second?: unknown[],
): (t: number) => unknown {
  const interp = second === undefined ? interpolate : (first as (a: unknown, b: unknown) => (t: number) => unknown);
  const values = (second === undefined ? first : second) as unknown[];
  const n = values.length - 1;
  const parts: Array<(t: number) => unknown> = [];
  for (let i = 0; i < n; i++) parts.push(interp(values[i], values[i + 1]));
  return (t) => {
    const i = Math.max(0, Math.min(n - 1, Math.floor((t *= n))));
    return parts[i]!(t - i);
  };
}
