// One measured page load: launch a fresh browser, install the probe, load the page, read what
// the probe saw (first chart, all views), and (for our app) click the filter toggles, watching
// what each click changes in every view, and read the heap.
//
// Every wait has its own timer here in Node: while a page's main thread is stuck in a long task,
// Playwright's own timeouts (waitForFunction, click) do not fire, and closing its context hangs
// too. So each run gets its own browser, closed (which ends its renderers) when time is up.
import { installProbe } from './probe.mjs';

const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

/** Rejects with "timeout" when `promise` takes longer than `ms`. */
function within(promise, ms) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, fail) => (timer = setTimeout(() => fail(new Error('timeout')), Math.max(0, ms)))),
  ]).finally(() => clearTimeout(timer));
}

/** Resolves after the next frame has painted (rAF, then a task queued from it). */
const afterPaint = () => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));

/**
 * How a trusted click is made. The pointer rests on the element first, as a reader's does before
 * clicking, long enough for what hovering draws (tooltips, the 120 ms fade of an outline) to be
 * painted, so it is not billed to the click. Then the click lands this many ms after a frame's
 * paint, in turn: a reader's hand is not in step with the screen, and clicks all made at one
 * phase just after a paint wait up to a frame longer than clicks spread over it.
 */
const REST_MS = 200;
const CLICK_PHASES_MS = [2, 10, 6, 14];
let clicksMade = 0;

/**
 * A fresh browser (own profile, cache and renderer) with the probe installed; `errors` collects
 * uncaught exceptions and console errors. `close()` never waits more than 30 s.
 */
async function openPage(launch, probe) {
  const browser = await launch();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (err) => errors.push(`uncaught: ${String(err?.message ?? err).split('\n')[0]}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text().split('\n')[0]}`);
  });
  page.on('crash', () => errors.push('the page crashed (out of memory?)'));
  // A browser that goes away on its own (its process killed or crashed) is said, not taken for a
  // slow page: its run's later steps fail with "Target … has been closed".
  let closing = false;
  browser.on(
    'disconnected',
    () => closing || errors.push('the browser exited during the run (not closed by the bench)'),
  );
  // Requests of the page and of its workers (a dataset fetched in a worker is not in the page's
  // Resource Timing), with wall-clock times.
  const network = [];
  page.on('requestfinished', (req) => {
    const t = req.timing();
    network.push({ name: req.url(), wallStart: t.startTime, responseEnd: t.responseEnd });
  });
  await page.addInitScript(installProbe, probe);
  const cdp = await context.newCDPSession(page);
  const close = () => {
    closing = true;
    return within(browser.close(), 30_000).catch(() => {});
  };
  return { page, cdp, errors, close, network };
}

/**
 * Resource Timing entries of the page, then the requests only the network saw (workers'),
 * converted to the page's clock (performance.timeOrigin); those are marked `source: 'network'`.
 */
async function allResources(page, network, ms) {
  const entries = await resources(page, ms);
  const timeOrigin = await within(
    page.evaluate(() => performance.timeOrigin),
    ms,
  );
  const seen = new Set(entries.map((e) => e.name));
  for (const n of network) {
    if (seen.has(n.name) || !(n.responseEnd >= 0)) continue;
    entries.push({
      name: n.name,
      start: n.wallStart - timeOrigin,
      end: n.wallStart + n.responseEnd - timeOrigin,
      source: 'network',
    });
  }
  return entries;
}

async function heapMB(cdp, ms) {
  try {
    await within(cdp.send('HeapProfiler.collectGarbage'), ms);
    await within(cdp.send('HeapProfiler.collectGarbage'), ms);
    const { usedSize } = await within(cdp.send('Runtime.getHeapUsage'), ms);
    return usedSize / 2 ** 20;
  } catch {
    return null;
  }
}

const bench = (page, ms) =>
  within(
    page.evaluate(() => window.__bench),
    ms,
  );

/** Resource Timing entries of the page, for the dataset's arrival and the JS loaded before first chart. */
const resources = (page, ms) =>
  within(
    page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => ({
        name: e.name,
        start: e.startTime,
        end: e.responseEnd,
        transfer: e.transferSize,
        body: e.encodedBodySize,
        type: e.initiatorType,
      })),
    ),
    ms,
  );

/**
 * Arrival of the dataset: the last response of its URL that ended before the first chart (a
 * Vega-Lite page fetches the same file once per data source), else the first to end.
 */
export function datasetArrival(entries, datasetPath, firstChart) {
  const matching = entries.filter((e) => new URL(e.name).pathname === datasetPath && e.end > 0);
  // The page's own Resource Timing first; a worker's fetch (network events) only without it.
  const timed = matching.filter((e) => e.source !== 'network');
  const mine = timed.length ? timed : matching;
  if (!mine.length) return null;
  const before = mine.filter((e) => firstChart !== null && e.end <= firstChart);
  return before.length ? Math.max(...before.map((e) => e.end)) : Math.min(...mine.map((e) => e.end));
}

/** Waits until the page settles after load: no long task for 500 ms (at most `capMs`). */
async function settle(page, capMs) {
  const until = Date.now() + capMs;
  await sleep(300);
  while (Date.now() < until) {
    const quiet = await within(
      page.evaluate(() => {
        const ends = window.__bench.longtasks.map((t) => t.start + t.duration);
        return performance.now() - Math.max(0, ...ends) > 500;
      }),
      until - Date.now(),
    ).catch(() => false);
    if (quiet) return;
    await sleep(200);
  }
}

/** How long a page is given to draw all its views once its first chart is there. */
const ALL_VIEWS_WAIT_MS = 20_000;

/**
 * Loads a page and reads load, first-chart and all-views times. `expectLoading`: our app shows a
 * loading indicator.
 */
async function load(page, url, { expectLoading, deadline }) {
  const left = () => deadline - Date.now();
  await page.goto(url, { waitUntil: 'commit', timeout: Math.max(1000, left()) });
  const out = {
    load: null,
    firstChart: null,
    firstChartInfo: null,
    allViews: null,
    allViewsLast: null,
    views: {},
    status: 'ok',
  };
  const ready = expectLoading
    ? () =>
        window.__bench &&
        (window.__bench.loadingGone !== null || (!window.__bench.loadingSeen && window.__bench.firstChart !== null))
    : () => window.__bench && window.__bench.firstChart !== null;
  const wait = (fn, ms) => within(page.waitForFunction(fn, null, { timeout: Math.max(1, ms), polling: 100 }), ms);
  try {
    await wait(ready, left());
  } catch {
    out.status = 'timeout';
    return out;
  }
  // The dataset is in: give the first chart up to 30 s more (its own timeout, not the page's).
  await wait(() => window.__bench.firstChart !== null, Math.min(30_000, left())).catch(() => {});
  // Then every view (a page with no views configured has none to wait for).
  await wait(
    () => window.__bench.allViews !== null || !window.__bench.viewNames.length,
    Math.min(ALL_VIEWS_WAIT_MS, left()),
  ).catch(() => {});
  const b = await bench(page, Math.max(1000, left()));
  out.load = b.loadingGone;
  out.firstChart = b.firstChart;
  out.firstChartInfo = b.firstChartInfo;
  out.allViews = b.allViews;
  out.allViewsLast = b.allViewsLast;
  out.views = b.views;
  out.viewNames = b.viewNames;
  if (expectLoading && !b.loadingSeen) {
    // No loading indicator: the page came with its data (prerendered and hydrated). Its module
    // scripts have run, hydration included, by the end of DOMContentLoaded.
    const nav = await within(
      page.evaluate(() => performance.getEntriesByType('navigation')[0]?.toJSON() ?? null),
      Math.max(1000, left()),
    );
    out.load = nav?.domContentLoadedEventEnd || null;
    out.loadBasis = 'DOMContentLoaded';
    out.documentEnd = nav?.responseEnd ?? null;
  }
  return out;
}

/** Finds a toggle's element; null when it is not on the page (reported as "n/a"). */
async function findToggle(page, toggle, ms) {
  try {
    const locator = toggle.locate(page);
    await within(locator.waitFor({ state: 'attached', timeout: ms }), ms);
    return await within(locator.elementHandle({ timeout: ms }), ms);
  } catch {
    return null;
  }
}

/**
 * A trusted click (through the browser's input pipeline), timed by the Event Timing API and
 * watched by the probe (B.arm … B.disarm): what it changed in each view, and when. The mouse goes
 * to the element's centre (quicker than Playwright's actionability checks), rests there, and
 * clicks; if the click lands on something else, Playwright's checked click is used instead.
 * Returns { eventTiming: ms or null (under 16 ms), watch: what B.disarm() said }.
 */
async function watchedClick(page, handle, ms) {
  const n = await within(
    page.evaluate(() => window.__bench.clicks.length),
    ms,
  );
  await within(handle.scrollIntoViewIfNeeded({ timeout: Math.min(15_000, ms) }), ms);
  const box = await within(handle.boundingBox(), ms);
  if (box) {
    // The pointer arrives first, as a reader's does: what hovering shows (a tooltip, an outline)
    // is painted before the click, which is then timed on its own.
    await within(page.mouse.move(box.x + box.width / 2, box.y + box.height / 2), ms);
    await sleep(REST_MS);
    const phase = CLICK_PHASES_MS[clicksMade++ % CLICK_PHASES_MS.length];
    // The watch starts here, after the hover has painted: what changes from the click on is the click's.
    await within(
      page.evaluate(
        (wait) => window.__bench.arm() && new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, wait))),
        phase,
      ),
      ms,
    );
    await within(page.mouse.click(box.x + box.width / 2, box.y + box.height / 2), ms);
  }
  const hit =
    box &&
    (await within(
      handle.evaluate(
        (el, i) => window.__bench.clicks.length > i && el.contains(window.__bench.lastTarget?.deref() ?? null),
        n,
      ),
      ms,
    ));
  let eventTiming;
  if (!hit) {
    // Missed (covered, or no box): Playwright's click waits until the element can take it.
    await within(page.evaluate(afterPaint), ms);
    const again = await within(
      page.evaluate(() => window.__bench.clicks.length),
      ms,
    );
    await within(
      page.evaluate(() => window.__bench.arm()),
      ms,
    );
    await within(handle.click({ timeout: Math.min(15_000, ms) }), ms);
    eventTiming = await finishTrusted(page, again, ms);
  } else eventTiming = await finishTrusted(page, n, ms);
  return { eventTiming, watch: await followViews(page, ms) };
}

/**
 * After a watched click: waits until the views on screen have followed (quiet for 300 ms and 5
 * frames, none of them aria-busy), marks that moment, then scrolls to each view off screen that
 * has not followed yet or is still aria-busy (a view may wait until it is scrolled to), waits
 * for it, waits until nothing on the page is aria-busy, and ends the watch.
 */
async function followViews(page, ms) {
  const run = (fn, arg) => within(page.evaluate(fn, arg), ms);
  await run(() => window.__bench.watchQuiet({ mark: 'visible' }));
  const pending = await run(() => window.__bench.pendingViews());
  if (pending.length) {
    // Out of the way, so that what the scrolling brings under the pointer does not hover.
    await within(page.mouse.move(1, 1), ms);
    for (const view of pending) {
      await run((v) => window.__bench.scrollToView(v), view);
      await run((v) => window.__bench.watchQuiet({ views: [v] }), view);
    }
  }
  await run(() => window.__bench.watchQuiet({ all: true, quietMs: 50, quietFrames: 2 }));
  return run(() => window.__bench.disarm());
}

async function finishTrusted(page, n, ms) {
  await within(page.evaluate(afterPaint), ms);
  const stamp = await within(
    page.evaluate((i) => window.__bench.clicks[i] ?? null, n),
    ms,
  );
  if (stamp === null) throw new Error('the click did not reach the page');
  // Entries are delivered shortly after the paint; no entry means the click took under 16 ms.
  for (let k = 0; k < 10; k++) {
    const entry = await within(
      page.evaluate((t) => {
        const near = window.__bench.events.filter((e) => Math.abs(e.start - t) < 2);
        return near.sort((a, b) => Math.abs(a.start - t) - Math.abs(b.start - t))[0] ?? null;
      }, stamp),
      ms,
    );
    if (entry) return entry.duration;
    await sleep(30);
  }
  return null;
}

/**
 * Lets the previous toggle's follow-up work (views still following, map restyle, garbage
 * collection) finish first: the next click lands on an idle page, as a reader's usually does.
 */
async function pause(page, ms) {
  await within(
    page.evaluate(async () => {
      await window.__bench.settled();
      await new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
      await new Promise((ok) =>
        typeof requestIdleCallback === 'function'
          ? requestIdleCallback(() => ok(), { timeout: 1000 })
          : setTimeout(ok, 50),
      );
    }),
    ms,
  );
  await sleep(30);
}

async function fresh(page, toggle, handle, ms) {
  const connected = await within(
    handle.evaluate((el) => el.isConnected),
    ms,
  ).catch(() => false);
  return connected ? handle : findToggle(page, toggle, Math.min(ms, 5000));
}

/**
 * Toggles each kind `perKind` times by watched trusted click (`perKind` even, so the filters end
 * as they started). Stops at the deadline.
 */
async function toggleAll(page, toggles, perKind, deadline) {
  const left = () => deadline - Date.now();
  const results = {};
  for (const toggle of toggles) {
    const r = (results[toggle.kind] = { eventTiming: [], watch: [], status: 'ok' });
    let handle = await findToggle(page, toggle, Math.min(3000, Math.max(1, left())));
    if (!handle) {
      r.status = 'n/a';
      continue;
    }
    try {
      for (let i = 0; i < perKind; i++) {
        if (left() <= 0) throw new Error('timeout');
        await pause(page, left());
        handle = await fresh(page, toggle, handle, left());
        if (!handle) throw new Error('the element went away after a toggle');
        const { eventTiming, watch } = await watchedClick(page, handle, left());
        r.eventTiming.push(eventTiming === null ? { below: 16 } : { ms: eventTiming });
        r.watch.push(watch);
      }
    } catch (err) {
      r.status = /timeout|Timeout/.test(String(err?.message))
        ? 'timeout'
        : `error: ${String(err?.message ?? err).split('\n')[0]}`;
    }
  }
  return results;
}

/**
 * One run of our app: load, first chart, dataset arrival, heap after load, toggles, heap after
 * them, long tasks (load phase = navigation until the page settled, then the toggles phase).
 */
export async function runApp(launch, { url, datasetPath, probe, toggles, perKind, timeoutMs }) {
  const deadline = Date.now() + timeoutMs;
  const left = () => Math.max(1, deadline - Date.now());
  const { page, cdp, errors, close, network } = await openPage(launch, probe);
  const result = { errors };
  try {
    Object.assign(result, await load(page, url, { expectLoading: true, deadline }));
    if (result.status !== 'ok') return result;
    await settle(page, Math.min(10_000, left()));
    const entries = await allResources(page, network, left());
    result.arrival = datasetArrival(entries, datasetPath, result.firstChart);
    // Data that came inside the page arrives with the document.
    if (result.arrival === null && result.loadBasis) result.arrival = result.documentEnd;
    result.resources = entries;
    result.heapAfterLoad = await heapMB(cdp, left());
    const loadPhaseEnd = await within(
      page.evaluate(() => performance.now()),
      left(),
    );
    result.toggles = await toggleAll(page, toggles, perKind, deadline);
    const togglesEnd = await within(
      page.evaluate(() => performance.now()),
      left(),
    ).catch(() => Infinity);
    result.heapAfterToggles = await heapMB(cdp, left());
    const b = await bench(page, left()).catch(() => null);
    if (b) {
      const phase = (from, to) => b.longtasks.filter((t) => t.start >= from && t.start < to);
      result.longtasksLoad = summarizeTasks(phase(0, loadPhaseEnd));
      result.longtasksToggles = summarizeTasks(phase(loadPhaseEnd, togglesEnd));
    }
    if (left() <= 1) result.status = 'timeout';
  } catch (err) {
    result.status = /timeout|Timeout/.test(String(err?.message))
      ? 'timeout'
      : `error: ${String(err?.message ?? err).split('\n')[0]}`;
  } finally {
    await close();
  }
  return result;
}

const summarizeTasks = (tasks) => ({
  count: tasks.length,
  longest: tasks.length ? Math.max(...tasks.map((t) => t.duration)) : 0,
});

/** The "no growth" check: toggle a year `count` times by script click; heap before and after. */
export async function runToggleLoop(launch, { url, probe, toggle, count, timeoutMs }) {
  const deadline = Date.now() + timeoutMs;
  const left = () => Math.max(1, deadline - Date.now());
  const { page, cdp, errors, close } = await openPage(launch, probe);
  const result = { errors, requested: count, done: 0, status: 'ok' };
  try {
    const loaded = await load(page, url, { expectLoading: true, deadline });
    if (loaded.status !== 'ok') return { ...result, status: loaded.status };
    await settle(page, Math.min(10_000, left()));
    let handle = await findToggle(page, toggle, 3000);
    if (!handle) return { ...result, status: 'n/a' };
    result.heapBefore = await heapMB(cdp, left());
    const started = Date.now();
    while (result.done < count && left() > 1) {
      handle = await fresh(page, toggle, handle, left());
      if (!handle) throw new Error('the element went away after a toggle');
      // In batches of 50 (an even number, so the filter ends as it started), each waiting for every view.
      const batch = Math.min(50, count - result.done);
      await within(
        page.evaluate(
          async ([el, n]) => {
            for (let i = 0; i < n; i++) {
              if (typeof el.click === 'function') el.click();
              else el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, view: window }));
              await window.__bench.settled();
            }
          },
          [handle, batch],
        ),
        left(),
      );
      result.done += batch;
    }
    result.msPerToggle = (Date.now() - started) / Math.max(1, result.done);
    result.heapAfter = await heapMB(cdp, left());
    if (result.done < count) result.status = 'timeout';
  } catch (err) {
    result.status = /timeout|Timeout/.test(String(err?.message))
      ? 'timeout'
      : `error: ${String(err?.message ?? err).split('\n')[0]}`;
  } finally {
    await close();
  }
  return result;
}

/** One run of a comparison page (static or Vega-Lite): first chart, all views and dataset arrival. */
export async function runComparison(launch, { url, datasetPath, probe, timeoutMs }) {
  const deadline = Date.now() + timeoutMs;
  const { page, errors, close, network } = await openPage(launch, probe);
  const result = { errors };
  try {
    Object.assign(result, await load(page, url, { expectLoading: false, deadline }));
    if (result.status === 'ok') {
      const entries = await allResources(page, network, Math.max(1000, deadline - Date.now()));
      result.arrival = datasetPath ? datasetArrival(entries, datasetPath, result.firstChart) : null;
      result.resources = entries;
    }
  } catch (err) {
    result.status = /timeout|Timeout/.test(String(err?.message))
      ? 'timeout'
      : `error: ${String(err?.message ?? err).split('\n')[0]}`;
  } finally {
    await close();
  }
  return result;
}
