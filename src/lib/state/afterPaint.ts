/**
 * Waiting for the browser to paint: the page's one helper for work that must not hold up the
 * frame being drawn (a hydration, a view following a filter, the map's code).
 */

/** Runs `fn` after the browser has painted the current frame; returns a function that cancels it. */
export type AfterPaint = (fn: () => void) => () => void;

/**
 * The frame's paint happens after requestAnimationFrame callbacks: a task queued from one runs
 * after that paint. Where there are no frames (a hidden tab, a test), a plain task.
 */
export const afterPaint: AfterPaint = (fn) => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  if (typeof requestAnimationFrame !== 'function') {
    timer = setTimeout(fn, 0);
    return () => clearTimeout(timer);
  }
  const frame = requestAnimationFrame(() => (timer = setTimeout(fn, 0)));
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
};

/**
 * After the next paint and once the browser is idle (within `timeout` ms): for what should never
 * delay a chart, such as the map's code.
 */
export function afterPaintIdle(timeout = 1000): Promise<void> {
  return new Promise((resolve) =>
    afterPaint(() =>
      typeof requestIdleCallback === 'function' ? requestIdleCallback(() => resolve(), { timeout }) : resolve(),
    ),
  );
}
