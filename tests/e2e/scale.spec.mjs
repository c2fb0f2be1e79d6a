// The dashboard at scale, on a seeded synthetic dataset of 10,000 engagements generated at test
// time (never committed): every view renders, the table counts and pages through, a search finds
// a record on a later page, filters keep every view consistent, and the page never stops
// answering (no task over 1 s — a loose bound for a test; the real targets live in npm run bench).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { tsImport } from 'tsx/esm/api';
import { test, expect, ROOT, onScreen, writeAtomically } from './fixtures.mjs';

const DIR = join(ROOT, 'tests/e2e/generated');
const FILE = join(DIR, 'synth-10000.json');
const URL_PATH = '/tests/e2e/generated/synth-10000.json';

let dataset;
async function ensureDataset() {
  if (dataset) return dataset;
  const { synthDataset } = await tsImport('../../scripts/synth/generate.ts', import.meta.url);
  dataset = synthDataset({ engagements: 10000, seed: 1 });
  // Written afresh each run: the file served and the object the assertions read are the same data.
  mkdirSync(DIR, { recursive: true });
  writeAtomically(FILE, JSON.stringify(dataset));
  return dataset;
}

/** Long tasks seen by the page, recorded from the start. */
const LONG_TASKS = `
  window.__longTasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push(e.duration); }).observe({ type: 'longtask', buffered: true });
`;

async function open(page, origin, query = '') {
  await ensureDataset();
  await page.addInitScript(LONG_TASKS);
  await page.goto(`${origin}/?data=${encodeURIComponent(URL_PATH)}${query}`);
  await page.getByRole('figure', { name: /^Engagements/ }).waitFor({ timeout: 60_000 });
  return page.getByRole('figure', { name: /^Engagements/ });
}

/** The pager's "1–50 of N", read on screen (views out of sight skip rendering, and innerText with it). */
const rangeText = async (table) => {
  const range = table.getByRole('navigation').locator('.range');
  await onScreen(range);
  return range.innerText();
};
const count = (text) => Number(text.replace(/[^\d]/g, ''));

test('scale: 10,000 engagements load, every view renders, the table shows its count and pages through', async ({
  page,
  origin,
  shot,
}) => {
  const table = await open(page, origin);
  for (const name of [/^Counterpart countries/, /^UNGA sessions/, /^Deal values by company/]) {
    expect(await page.getByRole('figure', { name }).isVisible(), `${name} is drawn`).toBeTruthy();
  }
  const data = await ensureDataset();
  const total = data.engagements.length + data.deals.length;
  const first = await rangeText(table);
  expect(first.replace(/\s/g, ' '), `the count of every record is shown: ${first}`).toBe(
    `1–50 of ${total.toLocaleString('en-US')}`,
  );
  expect(await table.locator('tbody tr').count(), 'the DOM holds one page of rows, not 10,000').toBe(50);
  await table.getByRole('button', { name: 'Next page' }).click();
  expect((await rangeText(table)).startsWith('51–100 of'), `next page: ${await rangeText(table)}`).toBeTruthy();
  // The compact timeline: one group per session, not a mark per engagement.
  const sessions = await page
    .getByRole('figure', { name: /^UNGA sessions/ })
    .getByRole('button')
    .count();
  expect(sessions > 10 && sessions <= 200, `one control per session (${sessions})`).toBeTruthy();
  const longest = Math.max(0, ...(await page.evaluate(() => window.__longTasks)));
  expect(longest, `no task over 1 s while loading and paging (longest ${Math.round(longest)} ms)`).toBeLessThan(1000);
  await shot('scale-10k-1280');
});

test('scale: a search finds a record that sits on a later page', async ({ page, origin }) => {
  const table = await open(page, origin);
  const data = await ensureDataset();
  // A record far down the default order (by date): its summary's words find it.
  const target = data.engagements[data.engagements.length - 7];
  const words = (typeof target.summary === 'string' ? target.summary : Object.values(target.summary)[0])
    .split(/\s+/)
    .slice(0, 6)
    .join(' ');
  await table.getByRole('searchbox').fill(words);
  await page.waitForFunction(
    (w) => [...document.querySelectorAll('tbody tr')].some((r) => r.textContent?.includes(w)),
    words,
    { timeout: 10_000 },
  );
  const range = await rangeText(table);
  expect(count(range.split('of')[1]), `the search narrows every row, not one page: ${range}`).toBeLessThan(100);
  await page.waitForURL(/[?&]q=/);
});

/** The engagements each view counts: the summary's number, the table's caption, the timeline's sessions. */
async function counts(page) {
  return page.evaluate(() => {
    const num = (t) => Number((t ?? '').replace(/[^\d]/g, '') || 0);
    const dts = [...document.querySelectorAll('dl dt')];
    const summary = num(
      dts.find((d) => d.textContent?.trim() === 'Engagements')?.nextElementSibling?.firstChild?.textContent,
    );
    const tableFigure = [...document.querySelectorAll('figure')].find((f) =>
      /^Engagements/.test(f.querySelector('figcaption')?.textContent ?? ''),
    );
    const table = num(
      /([\d,]+) engagements? and/.exec(tableFigure?.querySelector('figcaption')?.textContent ?? '')?.[1],
    );
    const timelineFigure = [...document.querySelectorAll('figure')].find((f) =>
      /^UNGA sessions/.test(f.querySelector('figcaption')?.textContent ?? ''),
    );
    const sessions = [...(timelineFigure?.querySelectorAll('[role="button"], button') ?? [])]
      .map((b) => b.getAttribute('aria-label') ?? '')
      .filter((n) => /session/.test(n) && !/not in the year filter/.test(n))
      .map((n) => num(/: ([\d,]+) engagements?/.exec(n)?.[1]));
    return { summary, table, timeline: sessions.reduce((a, b) => a + b, 0) };
  });
}

test('scale: filtering keeps every view consistent, and the page keeps answering', async ({ page, origin }) => {
  const table = await open(page, origin);
  const all = await counts(page);
  expect(
    all.summary > 9000 && all.summary === all.table && all.table === all.timeline,
    `every view counts the same engagements: ${JSON.stringify(all)}`,
  ).toBeTruthy();
  // The most frequent counterpart country, from the filter panel.
  const panel = page.getByRole('complementary', { name: 'Filters' });
  await panel
    .getByRole('group', { name: /Counterpart country/ })
    .getByRole('checkbox')
    .first()
    .check();
  await page.waitForURL(/country=/);
  const one = await counts(page);
  expect(
    one.summary > 0 && one.summary < all.summary,
    `the filter narrows (${one.summary} of ${all.summary})`,
  ).toBeTruthy();
  expect(
    one.summary === one.table && one.table === one.timeline,
    `every view follows: ${JSON.stringify(one)}`,
  ).toBeTruthy();
  const map = await page
    .getByRole('figure', { name: /^Counterpart countries/ })
    .locator('p')
    .first()
    .innerText();
  // Every engagement left involves the chosen country (others may take part too): the map's top country has them all.
  expect(map, `the map's chosen country counts every engagement shown (${one.summary}): ${map}`).toContain(
    `(${one.summary.toLocaleString('en-US')})`,
  );
  // A session toggled on the timeline: the table and the summary follow.
  await page
    .getByRole('figure', { name: /^UNGA sessions/ })
    .getByRole('button', { name: /session/ })
    .first()
    .click();
  await page.waitForURL(/year=/);
  const year = await counts(page);
  expect(
    year.summary === year.table && year.summary <= one.summary,
    `after a session click: ${JSON.stringify(year)}`,
  ).toBeTruthy();
  await table.getByRole('searchbox').fill('zzzz-no-such-text');
  await table
    .getByText(/No records match|Clear the search/)
    .first()
    .waitFor();
  const longest = Math.max(0, ...(await page.evaluate(() => window.__longTasks)));
  expect(longest, `no task over 1 s while filtering (longest ${Math.round(longest)} ms)`).toBeLessThan(1000);
});

test('scale: a dataset named by ?data= is requested while the page parses, before the app runs', async ({
  page,
  origin,
}) => {
  await open(page, origin);
  const t = await page.evaluate((name) => {
    const data = performance.getEntriesByType('resource').find((e) => e.name.includes(name));
    const nav = performance.getEntriesByType('navigation')[0];
    return {
      requested: data?.startTime,
      parsed: nav?.domInteractive,
      count: performance.getEntriesByType('resource').filter((e) => e.name.includes(name)).length,
    };
  }, 'synth-10000.json');
  // Module scripts run only after parsing ends (domInteractive): a request before it is the inline script's.
  expect(
    t.requested !== undefined && t.requested < t.parsed,
    `requested at ${Math.round(t.requested)} ms, parsing ended at ${Math.round(t.parsed)} ms`,
  ).toBeTruthy();
  expect(t.count, `the worker does not fetch it a second time (${t.count} requests)`).toBe(1);
});

/**
 * Frame by frame after a script click on the filter panel's first year: what the page would
 * paint (read in each requestAnimationFrame callback, just before the paint).
 */
const FRAMES_AFTER_CLICK = `(async () => {
  const button = [...document.querySelectorAll('aside button')].find((b) => /^\\s*\\d{4}\\b/.test(b.textContent ?? ''));
  const views = document.getElementById('views');
  const frames = [];
  const before = { search: location.search, busy: views.getAttribute('aria-busy') };
  button.click();
  // Svelte applies a change in a microtask of the same task: let those run, nothing else.
  for (let i = 0; i < 20; i++) await Promise.resolve();
  const sameTask = { pressed: button.getAttribute('aria-pressed'), busy: views.getAttribute('aria-busy') };
  await new Promise((done) => {
    const frame = () => {
      const body = document.querySelector('[data-view="table"] tbody');
      frames.push({ pressed: button.getAttribute('aria-pressed'), busy: views.getAttribute('aria-busy'), search: location.search, rows: body ? body.rows.length : null });
      if (views.getAttribute('aria-busy') === 'true' && frames.length < 600) requestAnimationFrame(frame);
      else done();
    };
    requestAnimationFrame(frame);
  });
  return { before, sameTask, frames };
})()`;

test('scale: a filter answers in the next frame; the views follow in the frames after, then the address is written', async ({
  page,
  origin,
}) => {
  await open(page, origin);
  await page.locator('#views[aria-busy="false"]').waitFor({ timeout: 30_000 });
  const all = await counts(page);
  const { before, sameTask, frames } = await page.evaluate(FRAMES_AFTER_CLICK);
  expect(before.busy, `the views had settled before the click (${before.busy})`).toBe('false');
  expect(
    sameTask.pressed === 'true' && sameTask.busy === 'true',
    `in the click's task the button is pressed and the views are marked busy: ${JSON.stringify(sameTask)}`,
  ).toBeTruthy();
  const first = frames[0];
  expect(
    first.pressed === 'true' && first.busy === 'true' && first.search === before.search,
    `the next frame shows the pressed button, views still following, the address unchanged: ${JSON.stringify(first)}`,
  ).toBeTruthy();
  const last = frames.at(-1);
  expect(last.busy, `the views finish following (${frames.length} frames)`).toBe('false');
  expect(
    frames.length,
    `the four views follow over several frames, not in one task (${frames.length} frames)`,
  ).toBeGreaterThanOrEqual(3);
  expect(
    frames.slice(0, -1).every((f) => f.search === before.search),
    'the address waits until every view follows',
  ).toBeTruthy();
  await page.waitForURL(/[?&]year=\d{4}/);
  const one = await counts(page);
  expect(
    one.summary < all.summary && one.summary === one.table && one.table === one.timeline,
    `once settled every view counts the same: ${JSON.stringify(one)}`,
  ).toBeTruthy();
});

test("scale: the table's new page comes in two frames, half its rows while the views are busy, all once they are not", async ({
  page,
  origin,
}) => {
  await open(page, origin);
  await page.locator('#views[aria-busy="false"]').waitFor({ timeout: 30_000 });
  const { frames } = await page.evaluate(FRAMES_AFTER_CLICK);
  const last = frames.at(-1);
  expect(
    last.busy === 'false' && last.rows === 50,
    `settled: a whole page of 50 rows (${JSON.stringify(last)})`,
  ).toBeTruthy();
  const half = frames.filter((f) => f.rows === 25);
  expect(
    half.length >= 1 && half.every((f) => f.busy === 'true'),
    `the first half shows for a frame, always while the views are busy: ${JSON.stringify(frames)}`,
  ).toBeTruthy();
  expect(frames.indexOf(half.at(-1)), 'then the rest').toBeLessThan(
    frames.findIndex((f) => f.rows === 50 && f.busy === 'false'),
  );
});

test('scale: the map follows in one task, its drawing, summary and the country list beside it together', async ({
  page,
  origin,
}) => {
  await open(page, origin);
  await page.locator('#views[aria-busy="false"]').waitFor({ timeout: 30_000 });
  // Each step is a task of its own: a MutationObserver hears each task's changes in one batch.
  const { batches, settled } = await page.evaluate(`(async () => {
    const figure = document.querySelector('[data-view="map"] figure');
    const summary = figure.querySelector('.summary');
    const side = figure.querySelector('.side');
    const batches = [];
    const seen = new MutationObserver((records) => {
      batches.push({
        summary: records.some((r) => summary.contains(r.target)),
        list: records.some((r) => side.contains(r.target)),
        busy: document.getElementById('views').getAttribute('aria-busy'),
      });
    });
    seen.observe(figure, { subtree: true, childList: true, characterData: true, attributes: true });
    [...document.querySelectorAll('aside button')].find((b) => /^\\s*\\d{4}\\b/.test(b.textContent ?? '')).click();
    await new Promise((done) => {
      const wait = () => (document.getElementById('views').getAttribute('aria-busy') === 'false' ? done() : setTimeout(wait, 20));
      setTimeout(wait, 20);
    });
    await new Promise((done) => setTimeout(done, 50));
    seen.disconnect();
    return { batches: batches.filter((b) => b.summary || b.list), settled: document.getElementById('views').getAttribute('aria-busy') };
  })()`);
  expect(settled, 'the views settle').toBe('false');
  const first = batches.findIndex((b) => b.summary);
  const list = batches.findIndex((b) => b.list);
  expect(
    first >= 0 && list >= 0,
    `both the summary and the list follow the year: ${JSON.stringify(batches)}`,
  ).toBeTruthy();
  expect(
    batches[first].list && first === list,
    `the summary and the list change in the same task: ${JSON.stringify(batches)}`,
  ).toBeTruthy();
});

test('scale: the views on screen follow together in one task; those off screen are busy until they follow, those scrolled to first', async ({
  page,
  origin,
}) => {
  await open(page, origin);
  await page.locator('#views[aria-busy="false"]').waitFor({ timeout: 30_000 });
  await page.evaluate(() => window.scrollTo(0, 0));
  // Each task's changes come to a MutationObserver in one batch: record, per batch, which views
  // changed and which were marked busy.
  const { batches, visible } = await page.evaluate(`(async () => {
    const frames = [...document.querySelectorAll('#views > section[data-view]')];
    const visible = frames.filter((f) => { const r = f.getBoundingClientRect(); return r.bottom > 0 && r.top < innerHeight; }).map((f) => f.dataset.view);
    const batches = [];
    const seen = new MutationObserver((records) => {
      const changed = new Set();
      for (const r of records) {
        const el = r.target.nodeType === 1 ? r.target : r.target.parentElement;
        const view = el?.closest('#views > section[data-view]');
        if (view && !(r.type === 'attributes' && r.attributeName === 'aria-busy')) changed.add(view.dataset.view);
      }
      batches.push({ changed: [...changed], busy: frames.filter((f) => f.getAttribute('aria-busy') === 'true').map((f) => f.dataset.view) });
    });
    seen.observe(document.getElementById('views'), { subtree: true, childList: true, characterData: true, attributes: true });
    [...document.querySelectorAll('aside button')].find((b) => /^\\s*\\d{4}\\b/.test(b.textContent ?? '')).click();
    await new Promise((done) => {
      const wait = () => (document.getElementById('views').getAttribute('aria-busy') === 'false' ? done() : setTimeout(wait, 10));
      setTimeout(wait, 10);
    });
    await new Promise((done) => setTimeout(done, 50));
    seen.disconnect();
    return { batches: batches.filter((b) => b.changed.length), visible };
  })()`);
  expect(visible.length >= 1 && visible.length < 4, `some views are on screen, some not: ${visible}`).toBeTruthy();
  const offscreen = ['map', 'timeline', 'deals', 'table'].filter((v) => !visible.includes(v));
  // The task in which the views on screen follow (the click's own task marks them all busy, and
  // may change a pressed state in them): every view on screen changes in it and is no longer
  // busy; the views off screen are still busy and have not followed.
  const first = batches.find((b) => visible.some((v) => !b.busy.includes(v)));
  expect(
    visible.every((v) => first.changed.includes(v)),
    `every view on screen follows in the first task: ${JSON.stringify(batches)}`,
  ).toBeTruthy();
  expect(
    offscreen.every((v) => first.busy.includes(v)) && visible.every((v) => !first.busy.includes(v)),
    `views off screen are busy until they follow, those on screen are not: ${JSON.stringify(first)}`,
  ).toBeTruthy();
  expect(
    offscreen.every((v) => batches.some((b) => b.changed.includes(v))) && batches.at(-1).busy.length === 0,
    `then the views off screen follow, and none is left busy: ${JSON.stringify(batches)}`,
  ).toBeTruthy();

  // Scrolled to as the reader clicks: the table, now on screen, follows before the views above it
  // that went out of sight.
  const order = await page.evaluate(`(async () => {
    const table = document.querySelector('#views > section[data-view="table"]');
    const frames = [...document.querySelectorAll('#views > section[data-view]')];
    const followed = [];
    const watch = new MutationObserver(() => {
      for (const f of frames) if (f.getAttribute('aria-busy') === 'false' && f.dataset.busySeen && !followed.includes(f.dataset.view)) followed.push(f.dataset.view);
      for (const f of frames) if (f.getAttribute('aria-busy') === 'true') f.dataset.busySeen = '1';
    });
    watch.observe(document.getElementById('views'), { subtree: true, attributes: true, attributeFilter: ['aria-busy'] });
    [...document.querySelectorAll('aside button')].find((b) => /^\\s*\\d{4}\\b/.test(b.textContent ?? '')).click();
    table.scrollIntoView();
    await new Promise((done) => {
      const wait = () => (document.getElementById('views').getAttribute('aria-busy') === 'false' ? done() : setTimeout(wait, 10));
      setTimeout(wait, 10);
    });
    watch.disconnect();
    for (const f of frames) delete f.dataset.busySeen;
    return followed;
  })()`);
  expect(
    order.indexOf('table') >= 0 &&
      order.indexOf('table') < order.indexOf('timeline') &&
      order.indexOf('table') < order.indexOf('deals'),
    `the table, scrolled to, follows before the views it passed: ${order}`,
  ).toBeTruthy();
});

test("scale: a small dataset (the bundled one) is drawn in the click's own task, never staged", async ({
  page,
  origin,
}) => {
  await page.goto(`${origin}/`);
  await page.getByRole('figure', { name: /^Engagements/ }).waitFor({ timeout: 30_000 });
  const { sameTask, frames } = await page.evaluate(FRAMES_AFTER_CLICK);
  expect(
    sameTask.busy === 'false' && frames.every((f) => f.busy === 'false'),
    `no view lags behind: ${JSON.stringify({ sameTask, frames })}`,
  ).toBeTruthy();
  expect(
    frames[0].search !== '' && /year=/.test(frames[0].search),
    `the address is written at once: ${frames[0].search}`,
  ).toBeTruthy();
});

test('scale: an embedded view of a large dataset is marked busy while it follows a click, then shows it', async ({
  page,
  origin,
}) => {
  await ensureDataset();
  await page.goto(`${origin}/?embed=timeline&data=${encodeURIComponent(URL_PATH)}`);
  const main = page.locator('main.embed');
  await page.locator('main.embed[aria-busy="false"] figure').waitFor({ timeout: 60_000 });
  const seen = await page.evaluate(async () => {
    const main = document.querySelector('main.embed');
    const button = [...main.querySelectorAll('figure [role="button"], figure button')].find((b) =>
      /session/.test(b.getAttribute('aria-label') ?? b.textContent ?? ''),
    );
    // An SVG mark has no click(): dispatch one, as the browser would.
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, view: window }));
    for (let i = 0; i < 20; i++) await Promise.resolve();
    const during = main.getAttribute('aria-busy');
    await new Promise((done) => {
      const frame = () => (main.getAttribute('aria-busy') === 'true' ? requestAnimationFrame(frame) : done());
      requestAnimationFrame(frame);
    });
    return { during, after: main.getAttribute('aria-busy'), heading: document.querySelector('h1')?.textContent ?? '' };
  });
  expect(
    seen.during === 'true' && seen.after === 'false',
    `busy while following, then not: ${JSON.stringify(seen)}`,
  ).toBeTruthy();
  expect(seen.heading, `the heading states the chosen session's year: ${seen.heading}`).toMatch(/\d{4}/);
  await page.waitForURL(/[?&]year=\d{4}/);
  expect(await main.getAttribute('aria-busy'), 'settled once the address is written').toBe('false');
});
