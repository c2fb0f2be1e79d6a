// The world map in a Chromium without WebGL (a browser of its own: launch options apply to a whole
// file): the SVG fallback draws the same map and filters on click. The other map tests: map.spec.mjs.
import { test, expect, launchOptions } from './fixtures.mjs';

test.use({ launchOptions: launchOptions(['--disable-webgl', '--disable-3d-apis']) });

test('map: without WebGL the SVG fallback draws the same map and filters on click', async ({ page, origin, shot }) => {
  await page.goto(origin + '/');
  const svg = page.getByRole('group', { name: 'World map' });
  await svg.waitFor({ timeout: 20000 });
  expect(await page.locator('.maplibre canvas').count(), 'no MapLibre canvas').toBe(0);
  // Iran rather than the United States: a click lands on the middle of the shape's box, and the
  // box of the US (with Alaska and Hawaii) is centred over Canada.
  await svg.getByRole('button', { name: /^Iran/ }).click();
  await page.waitForURL(/\?country=IRN$/);
  const rows = await page
    .getByRole('figure', { name: /^Engagements/ })
    .locator('tbody tr')
    .count();
  expect(rows, `the table follows the click: ${rows} rows`).toBe(1);
  await shot('map-svg-fallback-1280');
});
