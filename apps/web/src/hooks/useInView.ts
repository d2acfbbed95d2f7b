import { useCallback, useRef, useState } from "react";

/**
 * Whether an element is within (or near) the viewport, kept up to date with an
 * IntersectionObserver. True until the observer first says otherwise, so that a first render,
 * and a browser without the observer, draw everything at once. Returns a callback ref.
 */
export function useInView(margin = "25%"): [ref: (el: HTMLElement | null) => void, inView: boolean] {
  const [inView, setInView] = useState(true);
  const observer = useRef<IntersectionObserver | null>(null);
  const ref = useCallback(
    (el: HTMLElement | null) => {
      observer.current?.disconnect();
      observer.current = null;
      if (!el || typeof IntersectionObserver === "undefined") return;
      observer.current = new IntersectionObserver((entries) => {
        const last = entries[entries.length - 1];
        if (last) setInView(last.isIntersecting);
      }, { rootMargin: margin });
      observer.current.observe(el);
    },
    [margin],
  );
  return [ref, inView];
}
