import { EMBED_HEIGHT_MESSAGE } from "./hostSnippet";

/** The width the chart may use: the frame's full width less the page padding. */
function availableWidth(root: HTMLElement): number {
  const style = getComputedStyle(root);
  // innerWidth, not clientWidth: a vertical scrollbar, shown until the host has resized the frame,
  // must not narrow the chart, or the taller narrow chart and the wider short one could alternate.
  const width = window.innerWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  return Math.max(240, Math.floor(width));
}

/**
 * Keeps the embed sized: redraws at each new width (ResizeObserver) and posts the
 * content height to the host page, once now and after every change. Work is moved
 * to the next frame so that redrawing inside the observer never loops it.
 */
export function autoSize(root: HTMLElement, chart: string, redraw?: (width: number) => void): void {
  let drawnWidth = -1;
  let pending = false;
  const update = () => {
    pending = false;
    const width = availableWidth(root);
    if (redraw && width !== drawnWidth) {
      drawnWidth = width;
      redraw(width);
    }
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    // A cross-site frame may run before it has been laid out (height 0): the observer reports it once it is.
    if (height > 0) window.parent.postMessage({ type: EMBED_HEIGHT_MESSAGE, height, chart }, "*");
  };
  update();
  new ResizeObserver(() => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(update);
  }).observe(document.documentElement);
}
