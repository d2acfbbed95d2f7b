import { useCallback, useState, type ReactNode } from "react";
import { createPortal } from "react-dom";

/**
 * Renders `children` with `css` in a shadow root: the app's styles (tables, badges,
 * `.num`, `.verdict`…) do not reach them, so a document shared with the command line
 * looks the same in the app as in its own file. Fonts declared by the page still apply.
 */
export function ShadowSheet({ css, className, children }: { css: string; className?: string; children: ReactNode }) {
  const [root, setRoot] = useState<ShadowRoot | null>(null);
  const host = useCallback((el: HTMLDivElement | null) => {
    if (el) setRoot(el.shadowRoot ?? el.attachShadow({ mode: "open" }));
  }, []);
  return (
    <div ref={host} className={className}>
      {root &&
        createPortal(
          <>
            <style>{css}</style>
            {children}
          </>,
          root,
        )}
    </div>
  );
}
