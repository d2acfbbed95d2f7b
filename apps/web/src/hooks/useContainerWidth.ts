import { useCallback, useRef, useState } from "react";

/**
 * The width of an element, kept up to date with a ResizeObserver. Charts never
 * measure the DOM themselves; they get this width. Returns a callback ref.
 */
export function useContainerWidth(): [ref: (el: HTMLElement | null) => void, width: number] {
  const [width, setWidth] = useState(0);
  const observer = useRef<ResizeObserver | null>(null);
  const ref = useCallback((el: HTMLElement | null) => {
    observer.current?.disconnect();
    observer.current = null;
    if (!el) return;
    setWidth(Math.floor(el.getBoundingClientRect().width));
    observer.current = new ResizeObserver((entries) => {
      const w = entries[0]?.contentRect.width;
      // Whole pixels: sub-pixel jitter must not redraw every chart.
      if (w !== undefined) setWidth(Math.floor(w));
    });
    observer.current.observe(el);
  }, []);
  return [ref, width];
}
