// The world map in Chromium: MapLibre with software WebGL, the SVG fallback without WebGL,
// hover and click-to-filter, and lazy loading of maplibre-gl.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, ROOT } from './fixtures.mjs';

const mapFigure = (page) => page.getByRole('figure', { name: /^Counterpart countries/ });

/**
 * Chromium here draws WebGL in software, where the page prefers the SVG map (MapLibre's repaints
 * stall a software renderer); these tests ask for MapLibre, as a reader with a GPU gets it.
 */
const MAPLIBRE = () => localStorage.setItem('unga:map-renderer', 'maplibre');

async function readyMap(page) {
  const el = page.locator('.maplibre[data-ready="true"]');
  await el.waitFor({ timeout: 30000 });
  return el;
}

test('map: MapLibre renders a canvas, with the computed summary and the legend', async ({ page, origin, shot }) => {
  await page.addInitScript(MAPLIBRE);
  await page.goto(origin + '/');
  const el = await readyMap(page);
  expect(await el.locator('canvas').count(), 'a WebGL canvas is present').toBeGreaterThanOrEqual(1);
  const caption = await mapFigure(page).locator('figcaption').innerText();
  expect(caption, `caption: ${caption}`).toMatch(/^Counterpart countries/);
  const described = await mapFigure(page).evaluate((f) =>
    (f.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' '),
  );
  expect(described, `summary computed from data: ${described}`).toMatch(
    /8 counterpart countries; most engagements: United States \(10\)/,
  );
  const legend = await mapFigure(page).innerText();
  expect(
    /Home: Kazakhstan/.test(legend) && /No engagements/.test(legend),
    'legend names home and neutral',
  ).toBeTruthy();
  expect(legend, 'organizations listed beside the map').toMatch(/United Nations/);
  await mapFigure(page).screenshot({ path: join(ROOT, 'test-results/screenshots/map-1280.png') });
  await shot('map-page-1280');
});

test('map: hovering a country shows its tooltip; clicking filters every view and the URL', async ({ page, origin }) => {
  await page.addInitScript(MAPLIBRE);
  await page.goto(origin + '/');
  const el = await readyMap(page);
  const anchors = JSON.parse((await el.getAttribute('data-anchors')) ?? '{}');
  expect(anchors.IRN, `Iran has an anchor: ${Object.keys(anchors)}`).toBeTruthy();
  const box = await el.boundingBox();
  await page.mouse.move(box.x + anchors.IRN[0], box.y + anchors.IRN[1]);
  const tip = mapFigure(page).locator('.tooltip');
  await tip.waitFor();
  const text = await tip.innerText();
  expect(/Iran/.test(text) && /1 engagement/.test(text) && /Raisi/.test(text), `tooltip: ${text}`).toBeTruthy();
  await page.mouse.click(box.x + anchors.IRN[0], box.y + anchors.IRN[1]);
  await page.waitForURL(/\?country=IRN$/);
  const rows = await page
    .getByRole('figure', { name: /^Engagements/ })
    .locator('tbody tr')
    .allInnerTexts();
  expect(rows.length === 1 && /Raisi/.test(rows[0]), `the table follows: ${rows.length} rows`).toBeTruthy();
  const pressed = await page.getByRole('button', { name: /^Iran, 1 engagement/ }).getAttribute('aria-pressed');
  expect(pressed, 'the companion list shows Iran selected').toBe('true');
});

test('map: every counterpart can be toggled from the keyboard through the companion list', async ({ page, origin }) => {
  // Each test has a browser context of its own now: the renderer is asked for here, not left in
  // localStorage by an earlier test as with the old runner's shared profile.
  await page.addInitScript(MAPLIBRE);
  await page.goto(origin + '/');
  await readyMap(page);
  const estonia = page.getByRole('button', { name: /^Estonia/ });
  await estonia.focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/country=EST/);
  await page.keyboard.press('Space');
  await page.waitForURL((u) => !u.search.includes('EST'));
});

// Without WebGL (the SVG fallback drawing the same map): mapNoWebgl.spec.mjs, a browser of its own.

/**
 * Loses (restore=false) or gives back the WebGL context of MapLibre's canvas, as a GPU reset does.
 * getContext with MapLibre's own type returns its context; the extension is kept on the canvas,
 * because a lost context hands out no extensions.
 */
const loseContext = (page, restore = false) =>
  page.locator('.maplibre canvas').evaluate((canvas, restore) => {
    if (!restore) canvas.loseExtension = canvas.getContext('webgl2').getExtension('WEBGL_lose_context');
    if (restore) canvas.loseExtension.restoreContext();
    else canvas.loseExtension.loseContext();
  }, restore);

for (const width of [1280, 375]) {
  test.describe(() => {
    test.use({ viewport: { width, height: 900 } });
    test(`map: a lost WebGL context gives way to the SVG map with a notice, and MapLibre comes back (${width} px)`, async ({
      page,
      origin,
    }) => {
      await page.addInitScript(MAPLIBRE);
      await page.goto(origin + '/');
      const el = await readyMap(page);
      const before = await page.locator('.map-box').boundingBox();
      await loseContext(page);
      const svg = mapFigure(page).getByRole('group', { name: 'World map' });
      await svg.waitFor({ timeout: 10000 });
      const notice = mapFigure(page).getByRole('status').filter({ hasText: 'graphics card' });
      expect(await notice.innerText(), 'the notice says why').toBe(
        'The graphics card stopped drawing the map, so a simpler map is shown.',
      );
      expect(await el.locator('canvas').isVisible(), 'the blank canvas is hidden').toBeFalsy();
      const after = await page.locator('.map-box').boundingBox();
      expect(
        after.width === before.width && after.height === before.height,
        `the map keeps its box: ${JSON.stringify([before, after])}`,
      ).toBeTruthy();
      await mapFigure(page).screenshot({ path: join(ROOT, `test-results/screenshots/map-context-lost-${width}.png`) });
      // The drawing is the live map: a click filters.
      await svg.getByRole('button', { name: /^Iran/ }).click();
      await page.waitForURL(/\?country=IRN$/);
      expect(
        await svg.getByRole('button', { name: /^Iran/ }).getAttribute('aria-pressed'),
        'the drawing shows Iran selected',
      ).toBe('true');
      await loseContext(page, true);
      await page.locator('.maplibre[data-ready="true"]').waitFor({ timeout: 30000 });
      expect(await el.locator('canvas').isVisible(), 'the MapLibre canvas is back').toBeTruthy();
      expect(await svg.count(), 'the drawing is gone').toBe(0);
      expect(await notice.count(), 'the notice is gone').toBe(0);
      // The restored map still answers: Iran, selected while the drawing stood in, toggles off.
      const anchors = JSON.parse((await el.getAttribute('data-anchors')) ?? '{}');
      const box = await el.boundingBox();
      await page.mouse.click(box.x + anchors.IRN[0], box.y + anchors.IRN[1]);
      await page.waitForURL((u) => !u.search.includes('IRN'));
    });
  });
}

test.describe(() => {
  test.use({ viewport: { width: 375, height: 800 } });
  test('map: at 375 px the map fits, with its list and legend below', async ({ page, origin }) => {
    await page.addInitScript(MAPLIBRE); // as above: no longer left in localStorage by an earlier test
    await page.goto(origin + '/');
    await readyMap(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `no sideways scrolling (${overflow}px)`).toBeLessThanOrEqual(0);
    await mapFigure(page).screenshot({ path: join(ROOT, 'test-results/screenshots/map-375.png') });
  });
});

test('map: maplibre-gl is not in the first JavaScript chunk, and loads only when the map needs it', async ({
  page,
  origin,
}) => {
  const html = readFileSync(join(ROOT, 'dist/index.html'), 'utf8');
  const entries = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  expect(entries.length, 'index.html names its entry chunk').toBeGreaterThanOrEqual(1);
  for (const entry of entries) {
    const code = readFileSync(join(ROOT, 'dist', entry), 'utf8');
    expect(code, `${entry} must not contain maplibre-gl`).not.toContain('Style is not done loading');
    expect(code.length, `${entry} stays small (${code.length} bytes)`).toBeLessThan(600_000);
  }
  const maplibreChunks = readdirSync(join(ROOT, 'dist/assets')).filter(
    (f) => f.startsWith('maplibre-gl') && f.endsWith('.js'),
  );
  expect(maplibreChunks.length, 'maplibre-gl is its own chunk').toBeGreaterThanOrEqual(1);
  const requested = [];
  page.on('request', (r) => requested.push(r.url()));
  await page.goto(origin + '/?embed=table');
  await page.getByRole('figure').first().waitFor();
  await page.waitForTimeout(500);
  expect(
    requested.some((u) => u.includes('maplibre')),
    'a page without the map never downloads maplibre-gl',
  ).toBeFalsy();
});

test('map: where WebGL is emulated in software, the SVG map is drawn (MapLibre would stall every repaint)', async ({
  page,
  origin,
}) => {
  // The browser is shared with the tests above, which asked for MapLibre: forget that choice.
  await page.addInitScript(() => localStorage.removeItem('unga:map-renderer'));
  await page.goto(origin + '/');
  await mapFigure(page).locator('.map-drawing').waitFor({ timeout: 30000 });
  expect(await page.locator('.maplibre').count(), 'no MapLibre on a software renderer').toBe(0);
  const renderer = await page.evaluate(() => {
    const gl = document.createElement('canvas').getContext('webgl');
    const info = gl?.getExtension('WEBGL_debug_renderer_info');
    return info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : '';
  });
  expect(renderer, `this browser's WebGL is software: ${renderer}`).toMatch(/SwiftShader|llvmpipe/i);
});

/**
 * A point where the mark itself is on top (not a neighbour, a site or the tooltip), nearest the
 * middle of what is hit, with the extent of the hit area in px: sampled over the mark's box.
 */
const hitArea = (mark) =>
  mark.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const step = Math.max(0.5, Math.min(box.width, box.height) / 40);
    const hits = [];
    for (let x = box.left + step / 2; x < box.right; x += step) {
      for (let y = box.top + step / 2; y < box.bottom; y += step) {
        if (document.elementFromPoint(x, y)?.closest('[data-code]') === el) hits.push([x, y]);
      }
    }
    if (!hits.length) return null;
    const xs = hits.map((h) => h[0]);
    const ys = hits.map((h) => h[1]);
    const cx = (Math.min(...xs) + Math.max(...xs)) / 2;
    const cy = (Math.min(...ys) + Math.max(...ys)) / 2;
    const at = hits.reduce((a, b) => (Math.hypot(b[0] - cx, b[1] - cy) < Math.hypot(a[0] - cx, a[1] - cy) ? b : a));
    return {
      x: at[0],
      y: at[1],
      width: Math.max(...xs) - Math.min(...xs) + step,
      height: Math.max(...ys) - Math.min(...ys) + step,
    };
  });

const DATASETS = [
  { name: 'bundled', query: '' },
  // Luxembourg, Malta, Singapore and Tuvalu (no shape in the basemap at all), an approximate site.
  { name: 'small countries', query: '?data=/tests/fixtures/map-small-countries.json' },
];

for (const { name, query } of DATASETS) {
  for (const width of [1280, 375]) {
    test.describe(() => {
      test.use({ viewport: { width, height: 900 } });
      test(`map: every listed counterpart has a mark of 6 × 6 px or more that shows its tooltip on hover and on focus (${name}, ${width} px)`, async ({
        page,
        origin,
      }) => {
        await page.goto(`${origin}/${query}`);
        const figure = mapFigure(page);
        const svg = figure.getByRole('group', { name: 'World map' });
        await svg.waitFor({ timeout: 30000 });
        const list = figure.getByRole('list', { name: /^Countries/ }).getByRole('button');
        const labels = await list.evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label')));
        expect(labels.length, `the list names the counterparts: ${labels}`).toBeGreaterThanOrEqual(4);
        const tip = figure.locator('.tooltip');
        for (const label of labels) {
          const country = label.split(',')[0];
          const mark = svg.locator(`[data-code][aria-label="${label}"]`);
          expect(await mark.count(), `${label}: one mark on the map`).toBe(1);
          // Focusing the list (below the map on a phone) scrolled the page: the map comes back first.
          await svg.evaluate((el) => el.scrollIntoView({ block: 'center' }));
          const mapBox = await svg.boundingBox();
          const hit = await hitArea(mark);
          expect(hit, `${label}: its mark can be seen and pointed at (nothing covers all of it)`).toBeTruthy();
          expect(
            hit.width >= 6 && hit.height >= 6,
            `${label}: a mark of at least 6 × 6 px (${hit.width.toFixed(1)} × ${hit.height.toFixed(1)})`,
          ).toBeTruthy();
          expect(
            hit.x >= mapBox.x &&
              hit.x <= mapBox.x + mapBox.width &&
              hit.y >= mapBox.y &&
              hit.y <= mapBox.y + mapBox.height,
            `${label}: inside the map's frame`,
          ).toBeTruthy();
          await page.mouse.move(hit.x, hit.y);
          await tip.filter({ hasText: country }).waitFor({ timeout: 5000 });
          await page.mouse.move(0, 0);
          await list
            .filter({ has: page.locator(`text="${country}"`) })
            .first()
            .focus();
          await tip.filter({ hasText: country }).waitFor({ timeout: 5000 });
          await page.locator('body').focus();
        }
        // Every deal site too: pointed at, and reached from the keyboard (one tab stop, arrows between).
        await svg.evaluate((el) => el.scrollIntoView({ block: 'center' }));
        const sites = svg.locator('[data-site]');
        const count = await sites.count();
        for (let i = 0; i < count; i++) {
          const site = sites.nth(i);
          const box = await site.boundingBox();
          expect(box.width >= 6 && box.height >= 6, `site ${i}: at least 6 × 6 px`).toBeTruthy();
          const top = await site.evaluate((el) => {
            const r = el.getBoundingClientRect();
            return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2) === el;
          });
          expect(top, `site ${i}: not covered by another mark at its centre`).toBeTruthy();
          await site.hover();
          const title = (await site.getAttribute('aria-label')).split(':')[0];
          await tip.filter({ hasText: title.replace(/ \(.*$/, '') }).waitFor({ timeout: 5000 });
        }
        if (count) {
          await page.mouse.move(0, 0);
          await sites.first().focus();
          for (let i = 0; i < count; i++) {
            const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-site'));
            expect(focused, `site ${i} has focus`).toBeTruthy();
            await tip.waitFor({ timeout: 5000 });
            await page.keyboard.press('ArrowRight');
          }
        }
      });
    });
  }
}

test('map: an approximate site says so in its tooltip and the legend shows its dashed ring', async ({
  page,
  origin,
}) => {
  await page.goto(`${origin}/?data=/tests/fixtures/map-small-countries.json`);
  const figure = mapFigure(page);
  const svg = figure.getByRole('group', { name: 'World map' });
  await svg.waitFor({ timeout: 30000 });
  const dashed = svg.locator('[data-site][stroke-dasharray]');
  expect(await dashed.count(), 'one dashed site').toBe(1);
  await dashed.hover();
  await figure
    .locator('.tooltip')
    .filter({ hasText: /Approximate location/ })
    .waitFor({ timeout: 5000 });
  expect(await figure.innerText(), 'the legend names the dashed ring').toMatch(/approximate location/);
});

test('map: with nothing matching, the notice stands above the map and the chosen country stays in sight', async ({
  page,
  origin,
}) => {
  await page.goto(`${origin}/?country=IRN&year=2025`);
  const figure = mapFigure(page);
  const svg = figure.getByRole('group', { name: 'World map' });
  await svg.waitFor({ timeout: 30000 });
  const notice = figure.getByRole('status').filter({ hasText: 'No engagements match these filters.' });
  const [n, m] = [await notice.boundingBox(), await svg.boundingBox()];
  expect(n.y + n.height, `the notice is above the map: ${JSON.stringify([n, m])}`).toBeLessThanOrEqual(m.y);
  const iran = svg.getByRole('button', { name: /^Iran/ });
  expect(await iran.getAttribute('aria-pressed'), 'Iran is selected').toBe('true');
  expect(await hitArea(iran), 'Iran can be seen').toBeTruthy();
});
