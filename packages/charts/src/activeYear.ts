import type { ChartLayout } from "./chartLayout.js";

/**
 * The year nearest to a pointer at `offsetX` (px from the SVG's left edge): the inverse
 * of the x scale, rounded and clamped to the term. Pure arithmetic, no DOM measuring.
 */
export function yearAt(layout: ChartLayout, offsetX: number, base: number, end: number): number {
  const year = Math.round(layout.xScale.invert(offsetX));
  return Math.min(end, Math.max(base, year));
}

/**
 * The active year after a key press, or `null` when the key is not a chart key.
 * Arrows step a year, Home/End jump to the term's ends, Escape clears the focus label.
 */
export function yearAfterKey(key: string, active: number | undefined, base: number, end: number): number | undefined | null {
  switch (key) {
    case "ArrowLeft":
    case "ArrowDown":
      return active === undefined ? end : Math.max(base, active - 1);
    case "ArrowRight":
    case "ArrowUp":
      return active === undefined ? base : Math.min(end, active + 1);
    case "Home":
      return base;
    case "End":
      return end;
    case "Escape":
      return undefined;
    default:
      return null;
  }
}
