// The prerendered page (dist/index.html: the bundled dataset in its default state) is whole before
// any script runs, the map's static drawing and the table's first page among the views; the app
// then takes each view over in place: the live map replaces the drawing in its box, which does not
// move, with no frame in which the box is empty, and the live table replaces its prerendered page
// in the same frame. No box moves on the way (the filters fold by the width, the header keeps the
// place of its "Open a dataset file…" button). When the address asks for another state,
// public/boot.js hides the prerendered page, the map's drawing and the table with it.
import { join } from 'node:path';
import { test, expect, SHOTS } from './fixtures.mjs';

const mapFigure = (page) => page.getByRole('figure', { name: /^Counterpart countries/ });
/** The prerendered drawing: a picture named as the live map is. */
const drawing = (page) => mapFigure(page).getByRole('img', { name: 'World map' });

const box = (page) =>
  page.locator('.map-box').evaluate((el) => {
    const r = el.getBoundingClientRect();
    const figure = el.closest('figure').getBoundingClientRect();
    return { x: r.x, y: r.y + scrollY, width: r.width, height: r.height, inFigure: r.y - figure.y };
  });

/**
 * Records, once a frame from the page's first, what the map box shows (the prerendered drawing,
 * the SVG map, MapLibre, a notice, or nothing) and where the box is: window.__mapFrames.
 */
function recordMapBox() {
  const frames = (window.__mapFrames = []);
  const shown = (el) => el?.checkVisibility({ visibilityProperty: true });
  const frame = () => {
    const el = document.querySelector('.map-box');
    if (el) {
      const r = el.getBoundingClientRect();
      const figure = el.closest('figure').getBoundingClientRect();
      const what =
        [
          [...el.querySelectorAll('.premap svg')].some(shown) && 'drawing',
          shown(el.querySelector('svg.map-drawing')) && 'svg',
          shown(el.querySelector('.maplibre[data-ready] canvas')) && 'maplibre',
          shown(el.querySelector('.notice')) && 'notice',
        ]
          .filter(Boolean)
          .join('+') || 'empty';
      const at = `${Math.round(r.x)},${Math.round(r.y - figure.y)} ${Math.round(r.width)}×${Math.round(r.height)}`;
      if (frames.at(-1)?.what !== what || frames.at(-1)?.at !== at) frames.push({ what, at, hidden: !shown(el) });
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

const tableFigure = (page) => page.getByRole('figure', { name: /^Engagements/ });

/** Each view's box on the page (its section), in document coordinates. */
const viewBoxes = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('#views > [data-view]')].map((el) => {
      const r = el.getBoundingClientRect();
      return { view: el.dataset.view, x: r.x, y: r.y + scrollY, width: r.width, height: r.height };
    }),
  );

/**
 * Records, once a frame from the page's first, what the table's box shows (the prerendered table,
 * the live one, the loading box, or nothing) and its size: window.__tableFrames.
 */
function recordTableBox() {
  const frames = (window.__tableFrames = []);
  const shown = (el) => !!el?.checkVisibility({ visibilityProperty: true });
  const frame = () => {
    const el = document.querySelector('[data-view="table"]');
    // Once the page has been parsed past the table (the frame after it is not a partial page).
    if (el && document.querySelector('[data-view="table"] .toolbar')) {
      const r = el.getBoundingClientRect();
      const what =
        [
          shown(el.querySelector('[data-prerendered] table')) && 'prerendered',
          [...el.querySelectorAll('table')].some((t) => !t.closest('[data-prerendered]') && shown(t)) && 'live',
          shown(el.querySelector('.loading')) && 'loading',
        ]
          .filter(Boolean)
          .join('+') || 'empty';
      const size = `${Math.round(r.width)}×${Math.round(r.height)}`;
      if (frames.at(-1)?.what !== what || frames.at(-1)?.size !== size)
        frames.push({ what, size, hidden: !shown(el), tables: el.querySelectorAll('table').length });
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

for (const width of [1280, 375]) {
  test.describe(`${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test.describe('before any script', () => {
      test.use({ javaScriptEnabled: false });

      test(`prerender: the map is drawn in its box with the other views, named as the live map (${width} px)`, async ({
        page,
        origin,
        shot,
      }) => {
        await page.goto(origin + '/');
        for (const name of [/^Counterpart countries/, /^UNGA sessions/, /^Deal values by company/])
          await expect(page.getByRole('figure', { name }), `${name} is in the page`).toBeVisible();
        await expect(drawing(page), 'the map is a picture named "World map"').toBeVisible();
        await expect(drawing(page), 'one drawing shown at this width').toHaveCount(1);
        await expect(mapFigure(page).getByText('Loading the map…'), 'no loading notice').toHaveCount(0);
        // It fills the box, whose aspect ratio the live map keeps.
        const [outer, inner] = [await box(page), await drawing(page).boundingBox()];
        expect(
          Math.abs(inner.width - outer.width) + Math.abs(inner.height - outer.height),
          'the drawing fills its box',
        ).toBeLessThan(2);
        expect(outer.width / outer.height, 'the box is twice as wide as high').toBeCloseTo(2, 1);
        // Drawn: countries, the ones met in their class colours, the home hatch.
        const marks = await drawing(page).evaluate((svg) => ({
          paths: svg.querySelectorAll('path').length,
          fills: new Set([...svg.querySelectorAll('path')].map((p) => p.getAttribute('fill'))).size,
          hatch: !!svg.querySelector('path[fill^="url(#premap-hatch"]'),
        }));
        expect(marks.paths, `countries drawn: ${marks.paths}`).toBeGreaterThan(100);
        expect(marks.fills, 'land, sea and class colours').toBeGreaterThanOrEqual(4);
        expect(marks.hatch, 'home is hatched').toBeTruthy();
        await mapFigure(page).screenshot({ path: join(SHOTS, `prerender-map-nojs-${width}.png`) });
        await shot(`prerender-nojs-${width}`);
      });

      test(`prerender: the table's first page is there, named as the live table, its links and skip link working (${width} px)`, async ({
        page,
        origin,
      }) => {
        await page.goto(origin + '/');
        await expect(tableFigure(page), 'the Engagements figure is in the page').toBeVisible();
        await expect(tableFigure(page)).toHaveAccessibleName(/^Engagements 22 engagements and 12 deals/);
        await expect(page.getByRole('figure', { name: /^Engagements/ }), 'one figure of that name').toHaveCount(1);
        const table = tableFigure(page).getByRole('table', { name: 'Engagements and deals, sorted by When' });
        await expect(table, 'a table with its caption').toHaveCount(1);
        await expect(tableFigure(page).locator('.loading'), 'no loading box').toHaveCount(0);
        // As many rows as its first page has: "1–36 of 36" (50 a page).
        const range = await tableFigure(page).getByRole('navigation', { name: 'Table pages' }).innerText();
        const [, last, total] = range.match(/^1–(\d+) of (\d+)/) ?? [];
        expect(Number(last), `the pager says ${range}`).toBe(Math.min(50, Number(total)));
        await expect(page.locator('#records > tr[data-at]'), 'one row a record').toHaveCount(Number(last));
        // Its headers (on a phone, the sort buttons above the cards; the sources are said in each card).
        expect((await table.locator('thead th').allTextContents()).map((t) => t.trim())).toEqual([
          'When',
          'Type',
          'Who',
          'What',
          'Value',
          'Sources',
        ]);
        // The sources are links to their articles, opened without a script.
        const links = table.getByRole('link', { name: 'Kazinform' });
        expect(await links.count(), 'the records link their sources').toBeGreaterThan(10);
        expect(await links.first().getAttribute('href')).toMatch(/^https:\/\/en\.inform\.kz\//);
        // The page's skip link lands on the rows.
        await page.locator('a.skip-link[href="#records"]').focus();
        await page.keyboard.press('Enter');
        await expect(page.locator('#records'), 'the skip link lands on the rows').toBeFocused();
        await tableFigure(page).screenshot({ path: join(SHOTS, `prerender-table-nojs-${width}.png`) });
      });
    });

    test(`prerender: the SVG map takes the drawing's place in the same frame, in a box that does not move (${width} px)`, async ({
      page,
      origin,
      browser,
    }) => {
      const warnings = [];
      page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
      // The box as the page is before any script runs.
      const plain = await browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled: false });
      const before = await plain.newPage();
      await before.goto(origin + '/');
      const first = await box(before);
      await plain.close();

      await page.addInitScript(() => localStorage.removeItem('unga:map-renderer'));
      await page.addInitScript(recordMapBox);
      await page.goto(origin + '/');
      await mapFigure(page).locator('svg.map-drawing').waitFor({ timeout: 30000 });
      const frames = await page.evaluate(() => window.__mapFrames);
      const seen = frames.map((f) => `${f.what} ${f.at}`).join(' | ');
      expect(frames[0].what, `the first frame shows the drawing: ${seen}`).toBe('drawing');
      expect(
        frames.every((f) => f.what === 'drawing' || f.what === 'svg'),
        `every frame shows the drawing or the map, never both, never neither: ${seen}`,
      ).toBeTruthy();
      expect(new Set(frames.map((f) => f.at)).size, `the box stays where it is in its figure: ${seen}`).toBe(1);

      const after = await box(page);
      for (const key of ['x', 'y', 'width', 'height', 'inFigure'])
        expect(
          Math.abs(after[key] - first[key]),
          `${key}: ${first[key]} before any script, ${after[key]} after`,
        ).toBeLessThan(1);

      // One map, named once: the drawing is gone, the live map has the name.
      await expect(drawing(page)).toHaveCount(0);
      await expect(mapFigure(page).getByRole('group', { name: 'World map' })).toHaveCount(1);
      await expect(page.getByRole('figure', { name: /^Counterpart countries/ })).toHaveCount(1);
      expect(
        warnings.filter((w) => /hydration/i.test(w)),
        'hydrated without a mismatch',
      ).toEqual([]);
    });

    test(`prerender: the live table takes the prerendered one's place in the same frame, one table after (${width} px)`, async ({
      page,
      origin,
    }) => {
      await page.addInitScript(recordTableBox);
      await page.goto(origin + '/');
      await page.locator('[data-view="table"] table').first().waitFor();
      await expect(page.locator('[data-prerendered]'), 'the prerendered table is gone').toHaveCount(0, {
        timeout: 30000,
      });
      await page.locator('#views[aria-busy="false"]').waitFor();
      const frames = await page.evaluate(() => window.__tableFrames);
      const seen = frames.map((f) => `${f.what} ${f.size} (${f.tables})`).join(' | ');
      expect(frames[0].what, `the first frame shows the prerendered table: ${seen}`).toBe('prerendered');
      expect(
        frames.every((f) => f.what === 'prerendered' || f.what === 'live'),
        `every frame shows one table, never both, never a loading or empty box: ${seen}`,
      ).toBeTruthy();
      expect(frames.at(-1).what).toBe('live');
      expect(new Set(frames.map((f) => f.size)).size, `the box keeps its size: ${seen}`).toBe(1);
      // One table, named once; the skip link's target is its rows.
      await expect(page.getByRole('figure', { name: /^Engagements/ })).toHaveCount(1);
      await expect(tableFigure(page).getByRole('table', { name: 'Engagements and deals, sorted by When' })).toHaveCount(
        1,
      );
      await expect(page.locator('#records')).toHaveCount(1);
      await expect(tableFigure(page).getByRole('searchbox', { name: 'Search' })).toHaveCount(1);
    });

    test(`prerender: no view's box moves from the page before any script to the settled app (${width} px)`, async ({
      page,
      origin,
      browser,
    }) => {
      const plain = await browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled: false });
      const before = await plain.newPage();
      await before.goto(origin + '/');
      const first = await viewBoxes(before);
      await plain.close();

      await page.addInitScript(() => localStorage.removeItem('unga:map-renderer'));
      await page.goto(origin + '/');
      await mapFigure(page).locator('svg.map-drawing').waitFor({ timeout: 30000 });
      await expect(page.locator('[data-prerendered]')).toHaveCount(0, { timeout: 30000 });
      await expect(page.getByRole('button', { name: 'Open a dataset file…' })).toBeVisible();
      await page.locator('#views[aria-busy="false"]').waitFor();
      const after = await viewBoxes(page);
      const said = (b) => b.map((v) => `${v.view} ${Math.round(v.y)}+${Math.round(v.height)}`).join(', ');
      expect(after.map((v) => v.view)).toEqual(first.map((v) => v.view));
      // Nothing above the views moves them (the filters fold by the width, the header keeps the
      // open button's place), nor does the map or the table change size. The timeline and the
      // deal chart are prerendered at 640 px and laid out again at their own width: a view below
      // them moves by what they grew, and by nothing else.
      expect(Math.abs(after[0].y - first[0].y), `the first view stays: ${said(first)} → ${said(after)}`).toBeLessThan(
        1,
      );
      for (let k = 0; k < first.length; k++) {
        expect(Math.abs(after[k].x - first[k].x), `${first[k].view}: x`).toBeLessThan(1);
        expect(Math.abs(after[k].width - first[k].width), `${first[k].view}: width`).toBeLessThan(1);
        if (k > 0) {
          const gap = (b) => b[k].y - (b[k - 1].y + b[k - 1].height);
          expect(
            Math.abs(gap(after) - gap(first)),
            `${first[k].view} follows the view above it as closely: ${said(first)} → ${said(after)}`,
          ).toBeLessThan(1);
        }
      }
      for (const view of ['map', 'table']) {
        const [a, b] = [first, after].map((boxes) => boxes.find((v) => v.view === view));
        expect(Math.abs(a.height - b.height), `the ${view} keeps its height`).toBeLessThan(1);
      }
      // Folded by the width on a phone, and said to be: the toggle says what the panel is.
      const toggle = page.locator('.filters-toggle');
      if (width === 375) {
        await expect(toggle).toHaveAttribute('aria-expanded', 'false');
        await expect(page.locator('#filter-panel')).toBeHidden();
        await toggle.click();
        await expect(toggle).toHaveAttribute('aria-expanded', 'true');
        await expect(page.locator('#filter-panel')).toBeVisible();
      } else {
        await expect(toggle, 'no toggle beside the panel on a wide screen').toBeHidden();
        await expect(page.locator('#filter-panel')).toBeVisible();
      }
    });
  });
}

test("prerender: a filter chosen before the table's code has arrived takes the prerendered table away (it shows the default state)", async ({
  page,
  origin,
}) => {
  let release;
  const held = new Promise((ok) => (release = ok));
  await page.route(/\/EngagementTable-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(origin + '/');
  await page.locator('#views[aria-busy="false"]').waitFor();
  await expect(page.locator('[data-prerendered] table'), 'the prerendered table, adopted by the app').toBeVisible();
  await page
    .getByRole('region', { name: 'Filters' })
    .getByRole('button', { name: /^\s*2025\b/ })
    .click();
  await page.waitForURL(/\?year=2025$/);
  await expect(page.locator('[data-prerendered]'), 'the table of every year is gone').toHaveCount(0);
  await expect(page.locator('[data-view="table"] .loading'), 'the box says the table is coming').toBeVisible();
  release();
  await expect(tableFigure(page).getByRole('table')).toBeVisible({ timeout: 30000 });
  const sessions = await page.locator('#records .session').allInnerTexts();
  expect(sessions.length, 'rows of 2025').toBeGreaterThan(0);
  expect(
    sessions.every((s) => s.startsWith('80th')),
    `2025's rows only: ${[...new Set(sessions)].join(', ')}`,
  ).toBeTruthy();
});

test('prerender: where MapLibre draws the map, the drawing stays over it until it has drawn', async ({
  page,
  origin,
}) => {
  // This Chromium's WebGL is software, where the page prefers the SVG map: ask for MapLibre, as a GPU gets.
  await page.addInitScript(() => localStorage.setItem('unga:map-renderer', 'maplibre'));
  await page.addInitScript(recordMapBox);
  await page.goto(origin + '/');
  await page.locator('.maplibre[data-ready="true"]').waitFor({ timeout: 30000 });
  await expect(page.locator('.premap')).toHaveCount(0, { timeout: 10000 });
  const frames = await page.evaluate(() => window.__mapFrames);
  const seen = frames.map((f) => `${f.what} ${f.at}`).join(' | ');
  expect(frames[0].what, `the first frame shows the drawing: ${seen}`).toBe('drawing');
  expect(
    frames.every((f) => ['drawing', 'drawing+maplibre', 'maplibre'].includes(f.what)),
    `the drawing until MapLibre has drawn, never an empty box: ${seen}`,
  ).toBeTruthy();
  expect(frames.at(-1).what).toBe('maplibre');
  expect(new Set(frames.map((f) => f.at)).size, `the box stays where it is: ${seen}`).toBe(1);
  await expect(drawing(page)).toHaveCount(0);
});

test('prerender: a filter chosen before the live map has drawn takes the drawing away (it shows the default state)', async ({
  page,
  origin,
}) => {
  // The basemap held back, so that the click comes while the drawing is still there.
  let release;
  const held = new Promise((ok) => (release = ok));
  await page.route(/countries-50m-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.addInitScript(() => localStorage.removeItem('unga:map-renderer'));
  await page.goto(origin + '/');
  await expect(drawing(page)).toBeVisible();
  await page.locator('#views[aria-busy="false"]').waitFor();
  await page
    .getByRole('region', { name: 'Filters' })
    .getByRole('button', { name: /^\s*2025\b/ })
    .click();
  await page.waitForURL(/\?year=2025$/);
  await expect(drawing(page), 'the drawing of every year is gone').toHaveCount(0);
  await expect(mapFigure(page).getByText('Loading the map…'), 'the box says the map is coming').toBeVisible();
  release();
  await expect(mapFigure(page).getByRole('group', { name: 'World map' })).toBeVisible({ timeout: 30000 });
});

for (const [what, query, locale] of [
  ['an address with filters', '?year=2025', 'en-US'],
  ['another language', '', 'ru-RU'],
]) {
  test.describe(() => {
    test.use({ locale });
    test(`prerender: with ${what}, the prerendered map and table are never shown (boot.js hides the page until the app draws)`, async ({
      page,
      origin,
    }) => {
      await page.addInitScript(() => localStorage.removeItem('unga:map-renderer'));
      await page.addInitScript(recordMapBox);
      await page.addInitScript(recordTableBox);
      await page.goto(origin + '/' + query);
      await page.locator('svg.map-drawing').waitFor({ timeout: 30000 });
      await page.locator('#records').waitFor();
      const frames = await page.evaluate(() => window.__mapFrames);
      const seen = frames.map((f) => `${f.what}${f.hidden ? ' (hidden)' : ''}`).join(' | ');
      expect(
        frames.every((f) => f.hidden || !f.what.includes('drawing')),
        `the default state's drawing is never on screen: ${seen}`,
      ).toBeTruthy();
      await expect(page.locator('.premap')).toHaveCount(0);
      const tables = await page.evaluate(() => window.__tableFrames);
      const tablesSeen = tables.map((f) => `${f.what}${f.hidden ? ' (hidden)' : ''}`).join(' | ');
      expect(
        tables.every((f) => f.hidden || !f.what.includes('prerendered')),
        `the default state's table is never on screen: ${tablesSeen}`,
      ).toBeTruthy();
      await expect(page.locator('[data-prerendered]')).toHaveCount(0);
    });
  });
}
