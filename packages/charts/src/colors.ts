/**
 * Scenario colours from the Okabe–Ito palette, chosen to stay distinct for the
 * common colour-vision deficiencies and to keep 3:1 contrast on white.
 * The first is the reference scenario (and the only colour of a single-scenario chart).
 */
export const SCENARIO_COLORS: readonly string[] = ["#0072B2", "#D55E00", "#009E73", "#CC79A7"];

/** Neutral inks: text, axes, targets. Verdict colours always come with a check or cross icon and a word. */
export const INK = {
  text: "#1F2328",
  muted: "#57606A",
  grid: "#E4E7EB",
  axis: "#8C959F",
  target: "#24292F",
  targetAlt: "#8C959F",
  band: "#24292F",
  met: "#1A7F37",
  missed: "#B42318",
  background: "#FFFFFF",
  focusBox: "#FFFFFF",
} as const;

/** Colour of the series at position i (compare views cycle when given more than four). */
export function seriesColor(i: number): string {
  return SCENARIO_COLORS[i % SCENARIO_COLORS.length]!;
}

/** Fonts with Vietnamese glyphs first, then common fallbacks, so exported files render on any machine. */
export const FONT_FAMILY = '"Be Vietnam Pro", "Noto Sans", "DejaVu Sans", Arial, sans-serif';
