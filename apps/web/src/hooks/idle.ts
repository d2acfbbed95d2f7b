/** Work for when the page is idle (requestIdleCallback, or a task where there is none), cancellable. */
export const idle: { request: (cb: () => void) => number; cancel: (id: number) => void } =
  typeof requestIdleCallback === "function"
    ? { request: (cb) => requestIdleCallback(cb, { timeout: 200 }), cancel: (id) => cancelIdleCallback(id) }
    : { request: (cb) => setTimeout(cb, 0) as unknown as number, cancel: (id) => clearTimeout(id) };

/**
 * Work for right after the next frame is painted: a task posted from an animation frame callback
 * runs once that frame is done. Unlike an idle callback, which Chromium may hold back for 50 ms
 * and more while frames follow each other, it runs within a frame of the request, so that work
 * prepared for a held key's next repeat (30–50 ms later) is ready in time; and it never delays
 * the paint of what the request's own task changed.
 */
export const afterPaint: { request: (cb: () => void) => () => void } = {
  request(cb) {
    if (typeof requestAnimationFrame !== "function") {
      const t = setTimeout(cb, 0);
      return () => clearTimeout(t);
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => (timer = setTimeout(cb, 0)));
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  },
};
