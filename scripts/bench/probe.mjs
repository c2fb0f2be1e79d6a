// What the benchmark installs in every page before any of the page's own scripts run
// (page.addInitScript): the same probe for our app, the static page and the Vega-Lite page, so
// "first chart" and "all views" mean the same thing everywhere. Results collect in window.__bench.
//
// It also watches clicks (B.arm … B.disarm, driven from measure.mjs): in which frame each view
// changed, how many DOM nodes the click changed in each, and whether views that followed later
// said so with aria-busy meanwhile.

/**
 * Runs in the page at document start. Serialised by Playwright: it must not use anything from
 * this module's scope.
 * @param {{ loading: string, busy?: string, charts: string, marks: string, minWidth: number, minHeight: number,
 *   views?: { view: string, region: string, draws?: string, marks?: string, minMarks?: number }[] }} cfg
 *   views: the page's views, for "all views" and the click watch. `region` finds the view's box
 *   (every match is tried); `draws` the drawings inside it (without it, the region itself is the
 *   drawing); `marks` (default cfg.marks) what is drawn in them, `minMarks` (default 1) how many
 *   must have a non-zero size. A canvas counts once something has been drawn on it.
 */
export function installProbe(cfg) {
  if (window.top !== window || window.__bench) return;
  const views = cfg.views ?? [];
  const B = {
    /** performance.now() after the paint of the frame in which the first chart was found. */
    firstChart: null,
    /** What was found: tag, size, caption of its figure. */
    firstChartInfo: null,
    /** The views looked for (cfg.views). */
    viewNames: views.map((v) => v.view),
    /** Per view: performance.now() after the paint of the frame in which it was first found drawn. */
    views: {},
    /** performance.now() after the paint of the first frame in which every view of cfg.views was drawn. */
    allViews: null,
    /** The view found drawn last (the one "all views" waited for). */
    allViewsLast: null,
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
      if (W && W.t0 === null) {
        W.t0 = e.timeStamp;
        W.t0Frame = W.frameNow();
      }
    },
    true,
  );

  // Canvases something was drawn on (WebGL draw calls, 2D fills and strokes): a MapLibre canvas
  // counts as drawn once it has rendered, and its redraws count as its view changing.
  const painted = new WeakSet();
  function noteDraw(canvas) {
    if (!canvas || canvas.localName !== 'canvas') return;
    if (!painted.has(canvas)) {
      painted.add(canvas);
      if (!B.allViewsFound) schedule();
    }
    if (W && W.t0 !== null) W.canvasDraw(canvas);
  }
  for (const [Ctx, names] of [
    [
      globalThis.WebGLRenderingContext,
      ['drawArrays', 'drawElements', 'drawArraysInstancedANGLE', 'drawElementsInstancedANGLE'],
    ],
    [
      globalThis.WebGL2RenderingContext,
      ['drawArrays', 'drawElements', 'drawArraysInstanced', 'drawElementsInstanced', 'drawRangeElements'],
    ],
    [globalThis.CanvasRenderingContext2D, ['fill', 'stroke', 'fillRect', 'strokeRect', 'drawImage', 'fillText']],
  ]) {
    for (const name of names) {
      const original = Ctx?.prototype?.[name];
      if (typeof original !== 'function') continue;
      Ctx.prototype[name] = function (...args) {
        noteDraw(this.canvas);
        return original.apply(this, args);
      };
    }
  }

  const MARK_LIMIT = 300; // enough to find a drawn mark; bounds the cost on huge SVGs
  /** Shown at all: not inside display:none, visibility:hidden (a prerendered page hidden until the app replaces it) or opacity 0. */
  const shown = (el) => !el.checkVisibility || el.checkVisibility({ visibilityProperty: true, opacityProperty: true });
  const bigEnough = (el) => {
    const box = el.getBoundingClientRect();
    return box.width >= cfg.minWidth && box.height >= cfg.minHeight;
  };
  /** Marks (of `selector`) of non-zero size in `el`: at least `min` of them. */
  function hasMarks(el, selector, min) {
    let n = 0;
    let found = 0;
    for (const m of el.querySelectorAll(selector)) {
      if (++n > Math.max(MARK_LIMIT, min * 4)) break;
      if (m.closest('defs, clipPath, pattern, mask, marker, symbol')) continue;
      try {
        // SVG marks by their geometry (a straight line is drawn with one dimension of zero); HTML
        // ones (table rows) by their box.
        const b = typeof m.getBBox === 'function' ? m.getBBox() : m.getBoundingClientRect();
        if ((b.width > 0 || b.height > 0) && ++found >= min) return true;
      } catch {}
    }
    return false;
  }
  function drawn(el) {
    if (!shown(el) || !bigEnough(el)) return false;
    if (el.localName === 'canvas') return el.width > 0 && el.height > 0;
    return hasMarks(el, cfg.marks, 1);
  }

  /** The view's drawing, if it is drawn now; the one found last time is checked first (cheaply). */
  const lastDrawing = new Map();
  function viewDrawing(v) {
    const last = lastDrawing.get(v.view);
    if (last?.isConnected && shown(last) && bigEnough(last)) return last;
    for (const region of document.querySelectorAll(v.region)) {
      const candidates = v.draws ? region.querySelectorAll(v.draws) : [region];
      for (const el of candidates) {
        if (!shown(el) || !bigEnough(el)) continue;
        const ok =
          el.localName === 'canvas'
            ? el.width > 0 && el.height > 0 && painted.has(el)
            : hasMarks(el, v.marks ?? cfg.marks, v.minMarks ?? 1);
        if (ok) {
          lastDrawing.set(v.view, el);
          return el;
        }
      }
    }
    return null;
  }

  let scheduled = false;
  function schedule() {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(check);
  }
  // In an animation frame: whatever is found now is in this frame's paint, and a task queued
  // from here runs after that paint.
  function check() {
    scheduled = false;
    if (!B.firstChartInfo) checkFirstChart();
    if (!B.allViewsFound && views.length) checkViews();
  }
  function checkFirstChart() {
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
  // "All views": the first frame in which every view is drawn at once (a view drawn, then taken
  // away again, is waited for again).
  const firstFound = new Set();
  function checkViews() {
    const now = views.filter((v) => viewDrawing(v) !== null);
    const fresh = now.filter((v) => !firstFound.has(v.view));
    for (const v of fresh) firstFound.add(v.view);
    const all = now.length === views.length;
    if (all) {
      B.allViewsFound = true;
      B.allViewsLast = fresh.length ? fresh.map((v) => v.view).join(', ') : null;
    }
    if (fresh.length || all)
      setTimeout(() => {
        const t = performance.now();
        for (const v of fresh) B.views[v.view] = t;
        if (all) B.allViews = t;
      }, 0);
  }

  function watchLoading() {
    if (B.loadingGone !== null) return;
    if (document.querySelector(cfg.loading)) B.loadingSeen = true;
    else if (B.loadingSeen) B.loadingGone = performance.now();
  }

  const observer = new MutationObserver(() => {
    watchLoading();
    if (!B.firstChartInfo || (!B.allViewsFound && views.length)) schedule();
    // Stop watching once all is known, so the observer costs nothing afterwards.
    if (
      B.firstChartInfo &&
      (B.allViewsFound || !views.length) &&
      (B.loadingGone !== null || (!B.loadingSeen && document.readyState === 'complete'))
    )
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

  // ---------------------------------------------------------------------------------------------
  // The click watch. arm() just before a click; the click's timeStamp is t0. A rAF loop numbers
  // the frames and stamps each one's paint (a task queued from its rAF runs after that paint); a
  // mutation seen before frame f's paint stamp is painted in frame f, one seen after it in f+1.
  // ---------------------------------------------------------------------------------------------
  let W = null;
  const busySelector = cfg.busy ?? '[aria-busy="true"]';
  /** aria-busy on the view: 'self' (its box or inside it), 'ancestor' (a box around it, such as all the views'), or null. */
  function busyOf(region) {
    if (!region) return null;
    if (region.matches(busySelector) || region.querySelector(busySelector)) return 'self';
    if (region.parentElement?.closest(busySelector)) return 'ancestor';
    return null;
  }
  const onScreen = (el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth;
  };
  const counts = () => ({ attributes: 0, characterData: 0, added: 0, removed: 0 });
  const regionsOf = () => {
    const out = new Map();
    for (const v of views) {
      // The box shown, if a view has more than one (a prerendered one hidden under the live one).
      const all = [...document.querySelectorAll(v.region)];
      out.set(v.view, all.find((r) => shown(r)) ?? all[0] ?? null);
    }
    return out;
  };

  /** Starts watching; a watch already running is dropped. */
  B.arm = () => {
    if (W) W.stop();
    const regions = regionsOf();
    const w = {
      t0: null,
      t0Frame: null,
      frame: 0,
      paintedFrame: 0,
      paints: [0],
      regions,
      views: {},
      other: counts(),
      lastChangeAt: null,
      lastChangeFrame: 0,
      marks: {},
      waiters: [],
      stopped: false,
    };
    for (const v of views) {
      const region = regions.get(v.view);
      w.views[v.view] = {
        present: !!region,
        visible: !!region && onScreen(region),
        nodes: counts(),
        frames: [],
        canvasFrames: 0,
        busy: [],
        scrolledAt: null,
      };
    }
    const viewOf = (node) => {
      for (const [view, region] of w.regions) if (region && region.contains(node)) return view;
      return null;
    };
    const frameNow = (w.frameNow = () => (w.paintedFrame === w.frame ? w.frame + 1 : w.frame));
    const changed = (view, f) => {
      const frames = w.views[view].frames;
      if (frames[frames.length - 1] !== f) frames.push(f);
      w.lastChangeAt = performance.now();
      w.lastChangeFrame = f;
    };
    w.observer = new MutationObserver((records) => {
      if (w.t0 === null) return;
      // A view's box replaced (hydration, a view loaded late): find the boxes again.
      for (const region of w.regions.values())
        if (region && !region.isConnected) {
          w.regions = regionsOf();
          break;
        }
      const f = frameNow();
      for (const r of records) {
        const view = viewOf(r.target);
        const c = view ? w.views[view].nodes : w.other;
        if (r.type === 'attributes') c.attributes++;
        else if (r.type === 'characterData') c.characterData++;
        else {
          c.added += r.addedNodes.length;
          c.removed += r.removedNodes.length;
        }
        if (view) changed(view, f);
      }
    });
    w.observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    w.canvasDraw = (canvas) => {
      const view = viewOf(canvas);
      if (!view) return;
      const f = frameNow();
      const frames = w.views[view].frames;
      if (frames[frames.length - 1] !== f) w.views[view].canvasFrames++;
      changed(view, f);
    };
    const tick = () => {
      if (w.stopped) return;
      const f = ++w.frame;
      setTimeout(() => {
        w.paints[f] = performance.now();
        w.paintedFrame = f;
        if (w.t0 !== null)
          for (const [view, region] of w.regions) {
            const b = busyOf(region);
            if (b) w.views[view]?.busy.push([f, b]);
          }
        for (const waiter of [...w.waiters]) waiter();
      }, 0);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    w.stop = () => {
      w.stopped = true;
      w.observer.disconnect();
      for (const waiter of [...w.waiters]) waiter(true);
    };
    W = w;
    return true;
  };

  /**
   * Resolves after a frame's paint once the views are quiet: the click was seen, no view has
   * changed for `quietMs` and `quietFrames` frames, and none of `views` (default: those on screen
   * at the click) is aria-busy itself ('all': nothing on the page is). At the latest after `capMs`
   * from the call: then `quiet` is false. `mark` names this moment for disarm().
   */
  B.watchQuiet = ({ quietMs = 300, quietFrames = 5, capMs = 10_000, views: which, all = false, mark } = {}) =>
    new Promise((ok) => {
      const w = W;
      if (!w) return ok({ quiet: false, armed: false });
      const started = performance.now();
      const names = which ?? Object.keys(w.views).filter((v) => w.views[v].visible);
      const waiter = (stopped) => {
        const now = performance.now();
        const since = w.lastChangeAt ?? w.t0 ?? now;
        const quiet =
          w.t0 !== null &&
          now - since >= quietMs &&
          w.frame - w.lastChangeFrame >= quietFrames &&
          (all ? !document.querySelector(busySelector) : names.every((v) => busyOf(w.regions.get(v)) !== 'self'));
        if (!quiet && !stopped && now - started < capMs) return;
        w.waiters.splice(w.waiters.indexOf(waiter), 1);
        if (mark) w.marks[mark] = w.frame;
        ok({ quiet, clicked: w.t0 !== null, frame: w.frame });
      };
      w.waiters.push(waiter);
    });

  /** The views not on screen at the click that may still follow it: busy, or not changed yet. */
  B.pendingViews = () => {
    const w = W;
    if (!w) return [];
    return Object.entries(w.views)
      .filter(([view, v]) => v.present && !v.visible && (!v.frames.length || busyOf(w.regions.get(view))))
      .map(([view]) => view);
  };

  /** Scrolls a view's box to the top of the viewport, so that a view that waits for it follows. */
  B.scrollToView = (view) => {
    const w = W;
    const region = w?.regions.get(view);
    if (!region) return false;
    region.scrollIntoView({ block: 'start' });
    w.views[view].scrolledAt = w.t0 === null ? null : performance.now() - w.t0;
    return true;
  };

  /**
   * Stops the watch and says what the click did, in ms after its input (t0):
   *  - everyVisible: paint of the frame in which the last view on screen at the click changed, up
   *    to the moment marked 'visible' (later changes of those views, such as a tooltip moved by
   *    the scrolling after it, are not theirs);
   *  - per view: visible, first/last change, frames with changes, nodes changed (attributes,
   *    characterData, added, removed), canvas frames, whether and where it was aria-busy in the
   *    frames before its last change, and when the bench scrolled to it;
   *  - the longest task from t0 to everyVisible, and to the end of the watch.
   */
  B.disarm = () => {
    const w = W;
    if (!w) return null;
    w.stop();
    W = null;
    if (w.t0 === null) return { clicked: false };
    const t0 = w.t0;
    const at = (f) => (f && w.paints[f] !== undefined ? w.paints[f] - t0 : null);
    const visibleUntil = w.marks.visible ?? w.frame;
    const out = { clicked: true, views: {}, other: { ...w.other, total: total(w.other) } };
    let everyVisible = null;
    let everyView = null;
    for (const [view, v] of Object.entries(w.views)) {
      const frames = v.visible ? v.frames.filter((f) => f <= visibleUntil) : v.frames;
      const first = frames[0] ?? null;
      const last = frames[frames.length - 1] ?? null;
      // The frames before its last change: was the view aria-busy in every one of them?
      const pending = last === null ? w.frame : last - 1;
      const busyFrames = v.busy.filter(([f]) => f >= w.t0Frame && f <= pending);
      const sampled = [];
      for (let f = w.t0Frame; f <= pending; f++) if (w.paints[f] !== undefined) sampled.push(f);
      out.views[view] = {
        present: v.present,
        visible: v.visible,
        firstChange: at(first),
        lastChange: at(last),
        frames: frames.length,
        canvasFrames: v.canvasFrames,
        nodes: { ...v.nodes, total: total(v.nodes) },
        pendingFrames: sampled.length,
        busyFrames: busyFrames.length,
        busyWhere: [...new Set(busyFrames.map(([, b]) => b))],
        scrolledAt: v.scrolledAt,
      };
      const t = at(last);
      if (t !== null && v.visible) everyVisible = Math.max(everyVisible ?? 0, t);
      if (t !== null) everyView = Math.max(everyView ?? 0, t);
    }
    out.everyVisible = everyVisible;
    out.everyView = everyView;
    out.end = performance.now() - t0;
    out.frames = w.frame;
    const longest = (until) =>
      Math.max(
        0,
        ...B.longtasks.filter((t) => t.start + t.duration > t0 && t.start < t0 + until).map((t) => t.duration),
      );
    out.longestTask = longest(everyVisible ?? 0);
    out.longestTaskAll = longest(out.end);
    out.tasksOver50 = B.longtasks.filter((t) => t.start + t.duration > t0 && t.start < t0 + out.end).length;
    return out;
  };
  const total = (c) => c.attributes + c.characterData + c.added + c.removed;
}
