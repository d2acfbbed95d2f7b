/**
 * The part of d3-format the charts use (tick precision), for the app and embed builds
 * (vite.config.ts aliases `d3-format` here). d3-format builds its default locale at module load,
 * so the bundler keeps all of it (about 2 KB gzip) for one function. The formulas are d3-format's
 * (exponent.js, precisionFixed.js, precisionRound.js, precisionPrefix.js). The charts label ticks
 * with core's formatNumber, never with d3's formatters: those fail loudly in this build.
 */
function exponent(x: number): number {
  const a = Math.abs(x);
  if (!Number.isFinite(a) || a === 0) return NaN;
  const e = a.toExponential();
  return +e.slice(e.indexOf("e") + 1);
}

export function precisionFixed(step: number): number {
  return Math.max(0, -exponent(Math.abs(step)));
}

export function precisionRound(step: number, max: number): number {
  step = Math.abs(step);
  max = Math.abs(max) - step;
  return Math.max(0, exponent(max) - exponent(step)) + 1;
}

export function precisionPrefix(step: number, value: number): number {
  return Math.max(0, Math.max(-8, Math.min(8, Math.floor(exponent(value) / 3))) * 3 - exponent(Math.abs(step)));
}

const absent = (name: string) => () => {
  throw new Error(`d3-format ${name} is not in this build: format numbers with @lotrinh/core's formatNumber`);
};
export const format = absent("format");
export const formatPrefix = absent("formatPrefix");
export const formatSpecifier = absent("formatSpecifier");
