// The prerendered page (dist/index.html: the bundled dataset in its default state) is whole before
// any script runs, the map's static drawing among the views; the app then takes each view over in
// place: the live map replaces the drawing in its box, which does not move, with no frame in
// which the box is empty. When the address asks for another state, public/boot.js hides the
// prerendered page, the map's drawing with it.
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
      // At 375 px the filters fold away when the app starts, moving every view up alike.
      for (const key of width === 375 ? ['x', 'width', 'height', 'inFigure'] : ['x', 'y', 'width', 'height'])
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
  });
}

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
    test(`prerender: with ${what}, the prerendered map is never shown (boot.js hides the page until the app draws)`, async ({
      page,
      origin,
    }) => {
      await page.addInitScript(() => localStorage.removeItem('unga:map-renderer'));
      await page.addInitScript(recordMapBox);
      await page.goto(origin + '/' + query);
      await page.locator('svg.map-drawing').waitFor({ timeout: 30000 });
      const frames = await page.evaluate(() => window.__mapFrames);
      const seen = frames.map((f) => `${f.what}${f.hidden ? ' (hidden)' : ''}`).join(' | ');
      expect(
        frames.every((f) => f.hidden || !f.what.includes('drawing')),
        `the default state's drawing is never on screen: ${seen}`,
      ).toBeTruthy();
      await expect(page.locator('.premap')).toHaveCount(0);
    });
  });
}
