// What the benchmark installs in every page before any of the page's own scripts run
// (page.addInitScript): the same probe for our app, the static page and the Vega-Lite page, so
// "first chart" means the same thing everywhere. Results collect in window.__bench.

/**
 * Runs in the page at document start. Serialised by Playwright: it must not use anything from
 * this module's scope.
 * @param {{ loading: string, busy?: string, charts: string, marks: string, minWidth: number, minHeight: number }} cfg
 */
export function installProbe(cfg) {
  if (window.top !== window || window.__bench) return;
  const B = {
    /** performance.now() after the paint of the frame in which the first chart was found. */
    firstChart: null,
    /** What was found: tag, size, caption of its figure. */
    firstChartInfo: null,
    /** The loading indicator was seen, then went away (mutation time). */
    loadingSeen: false,
    loadingGone: null,
    longtasks: [],
    /** Event Timing entries of clicks (duration ≥ 16 ms: shorter ones are not reported). */
    events: [],
    /** timeStamp of every trusted click, to find its Event Timing entry. */
    clicks: [],
    /** The last trusted click's target (weakly held: the heap is measured too). */
    lastTarget: null,
    /**
     * Resolves, in the task after that frame's paint, with performance.now() at the first frame
     * in which nothing matches cfg.busy (views still following a filter), checked once a frame.
     */
    settled() {
      return new Promise((ok) => {
        const frame = () =>
          cfg.busy && document.querySelector(cfg.busy)
            ? requestAnimationFrame(frame)
            : setTimeout(() => ok(performance.now()), 0);
        requestAnimationFrame(frame);
      });
    },
  };
  window.__bench = B;

  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) B.longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.name === 'click')
          B.events.push({ start: e.startTime, duration: e.duration, processing: e.processingEnd - e.processingStart });
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  } catch {}
  addEventListener(
    'click',
    (e) => {
      if (!e.isTrusted) return;
      B.clicks.push(e.timeStamp);
      B.lastTarget = new WeakRef(e.target);
    },
    true,
  );

  const MARK_LIMIT = 300; // enough to find a drawn mark; bounds the cost on huge SVGs
  function drawn(el) {
    // Not painted: inside display:none, visibility:hidden (a prerendered page hidden until the
    // app replaces it) or opacity 0.
    if (el.checkVisibility && !el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) return false;
    const box = el.getBoundingClientRect();
    if (box.width < cfg.minWidth || box.height < cfg.minHeight) return false;
    if (el.localName === 'canvas') return el.width > 0 && el.height > 0;
    let n = 0;
    for (const m of el.querySelectorAll(cfg.marks)) {
      if (++n > MARK_LIMIT) break;
      if (m.closest('defs, clipPath, pattern, mask, marker, symbol')) continue;
      try {
        const b = m.getBBox();
        // A straight line is drawn with one dimension of zero.
        if (b.width > 0 || b.height > 0) return true;
      } catch {}
    }
    return false;
  }

  let scheduled = false;
  // In an animation frame: whatever is found now is in this frame's paint, and a task queued
  // from here runs after that paint.
  function check() {
    scheduled = false;
    if (B.firstChart !== null || B.firstChartInfo) return;
    for (const el of document.querySelectorAll(cfg.charts)) {
      if (!drawn(el)) continue;
      const box = el.getBoundingClientRect();
      const holder = el.closest('figure, [data-chart]');
      const caption =
        holder?.querySelector('figcaption')?.textContent ?? holder?.getAttribute('aria-label') ?? holder?.id ?? '';
      B.firstChartInfo = `${el.localName} ${Math.round(box.width)}×${Math.round(box.height)} in "${caption.trim().slice(0, 40)}"`;
      setTimeout(() => (B.firstChart = performance.now()), 0);
      return;
    }
  }

  function watchLoading() {
    if (B.loadingGone !== null) return;
    if (document.querySelector(cfg.loading)) B.loadingSeen = true;
    else if (B.loadingSeen) B.loadingGone = performance.now();
  }

  const observer = new MutationObserver(() => {
    watchLoading();
    if (!B.firstChartInfo && !scheduled) {
      scheduled = true;
      requestAnimationFrame(check);
    }
    // Stop watching once both are known, so the observer costs nothing afterwards.
    if (B.firstChartInfo && (B.loadingGone !== null || (!B.loadingSeen && document.readyState === 'complete')))
      observer.disconnect();
  });
  observer.observe(document, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: [
      'aria-busy',
      'role',
      'hidden',
      'class',
      'style',
      'width',
      'height',
      'd',
      'x',
      'y',
      'r',
      'points',
      'transform',
      'viewBox',
    ],
  });
}
