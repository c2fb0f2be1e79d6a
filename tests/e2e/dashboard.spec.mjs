// The app shell and the Engagements view, on the bundled dataset and on broken input.
import { test, expect, onScreen } from './fixtures.mjs';

const table = (page) => page.getByRole('figure', { name: /^Engagements/ });

async function ready(page) {
  await page.getByRole('heading', { level: 1 }).waitFor();
  await table(page).waitFor();
}

/** The rows' text, read once the table is on screen (views out of sight skip rendering, and innerText with it). */
async function rowTexts(page) {
  await onScreen(table(page));
  return table(page).locator('tbody tr').allInnerTexts();
}

test('default dataset renders header, sources, summary and the Engagements table', async ({ page, origin, shot }) => {
  await page.goto(origin + '/');
  await ready(page);
  const h1 = await page.getByRole('heading', { level: 1 }).innerText();
  expect(h1, `title shows the dataset title, got "${h1}"`).toMatch(/Kazakhstan/);
  const sources = await page.getByRole('region', { name: 'Sources', exact: true }).innerText();
  expect(/Kazinform/.test(sources) && /Orda\.kz/.test(sources), `both publishers listed: ${sources}`).toBeTruthy();
  const rows = await rowTexts(page);
  expect(rows.length, `expected every engagement and deal as a row, got ${rows.length}`).toBeGreaterThanOrEqual(20);
  expect(
    rows.some((r) => /Raisi/.test(r)) && rows.some((r) => /Zelenskyy/.test(r)),
    'both sessions present',
  ).toBeTruthy();
  const link = table(page).getByRole('link', { name: 'Kazinform' }).first();
  expect(
    (await link.getAttribute('href'))?.startsWith('https://en.inform.kz/'),
    'publisher is linked to the article',
  ).toBeTruthy();
  await shot('dashboard-1280');
});

test('?year=2023 shows the Iranian president and hides the 2025 meetings', async ({ page, origin }) => {
  await page.goto(origin + '/?year=2023');
  await ready(page);
  const rows = await rowTexts(page);
  expect(
    rows.some((r) => /Raisi/.test(r)),
    'Raisi meeting shown',
  ).toBeTruthy();
  expect(
    rows.some((r) => /Zelenskyy|Trump|Lutnick|2025/.test(r)),
    `no 2025 rows: ${rows.filter((r) => /2025/.test(r))}`,
  ).toBeFalsy();
  const pressed = await page.getByRole('button', { name: /^2023/ }).getAttribute('aria-pressed');
  expect(pressed, 'the 2023 session control shows as selected').toBe('true');
});

test('?country=UKR shows only the Zelenskyy meeting', async ({ page, origin }) => {
  await page.goto(origin + '/?country=UKR');
  await ready(page);
  const rows = await rowTexts(page);
  expect(rows.length, `exactly one row, got ${rows.length}: ${rows.join(' / ')}`).toBe(1);
  expect(rows[0] ?? '', 'it is the Zelenskyy meeting').toMatch(/Zelenskyy/);
});

test('filters write the URL; Back and Forward restore them; Clear filters empties them', async ({ page, origin }) => {
  await page.goto(origin + '/');
  await ready(page);
  const all = (await rowTexts(page)).length;
  await page.getByRole('button', { name: /^2025/ }).click();
  await page.waitForURL(/\?year=2025$/);
  const only2025 = (await rowTexts(page)).length;
  expect(only2025 > 0 && only2025 < all, `year filter narrows the table (${only2025} of ${all})`).toBeTruthy();
  await page.getByRole('checkbox', { name: 'Ukraine' }).check();
  await page.waitForURL(/\?year=2025&country=UKR$/);
  expect((await rowTexts(page)).length, 'country filter narrows further').toBe(1);
  await page.goBack();
  await page.waitForURL(/\?year=2025$/);
  expect((await rowTexts(page)).length, 'Back restores the previous filters').toBe(only2025);
  await page.goForward();
  await page.waitForURL(/country=UKR/);
  expect((await rowTexts(page)).length, 'Forward re-applies them').toBe(1);
  await page.getByRole('complementary', { name: 'Filters' }).getByRole('button', { name: 'Clear filters' }).click();
  await page.waitForURL((u) => u.search === '');
  expect((await rowTexts(page)).length, 'Clear filters shows everything again').toBe(all);
});

test('unknown and malformed parameters are ignored with a visible notice', async ({ page, origin }) => {
  await page.goto(origin + '/?year=20x3,2025&country=ZZZ&colour=red');
  await ready(page);
  const notice = await page.getByRole('status').filter({ hasText: 'Ignored' }).innerText();
  expect(
    /20x3/.test(notice) && /ZZZ/.test(notice) && /colour/.test(notice),
    `each problem named: ${notice}`,
  ).toBeTruthy();
  const rows = await rowTexts(page);
  expect(
    rows.length > 0 && !rows.some((r) => /Raisi/.test(r)),
    'the valid part (year=2025) still applies',
  ).toBeTruthy();
});

test('a broken dataset via ?data= shows an alert listing each problem with its JSON path', async ({
  page,
  origin,
  shot,
}) => {
  await page.goto(origin + '/?data=/tests/fixtures/broken.json');
  const alert = page.getByRole('alert');
  await alert.waitFor();
  const text = await alert.innerText();
  expect(text, `paths like deals[0].company are listed: ${text}`).toMatch(/\w+\[\d+\]\.\w+/);
  expect(await alert.locator('li').count(), 'one item per problem').toBeGreaterThanOrEqual(2);
  await shot('broken-dataset-1280');
});

test.describe(() => {
  test.use({ allowConsoleErrors: true });
  test('a dataset address that does not exist says so in the alert', async ({ page, origin }) => {
    await page.goto(origin + '/?data=/tests/fixtures/does-not-exist.json');
    const text = await page.getByRole('alert').innerText();
    expect(text, `HTTP status reported: ${text}`).toMatch(/404/);
  });
});

test('text from a dataset is rendered as text, never as HTML', async ({ page, origin }) => {
  await page.goto(origin + '/?data=/tests/fixtures/html-injection.json');
  await ready(page);
  expect(
    await page.locator('img[src="x"], script[data-injected]').count(),
    'no element created from dataset text',
  ).toBe(0);
  const h1 = await page.getByRole('heading', { level: 1 }).innerText();
  expect(h1, `markup shows literally: ${h1}`).toContain('<img');
});

test.describe(() => {
  test.use({ viewport: { width: 375, height: 800 } });
  test('at 375 px the page fits the screen and the table turns into cards', async ({ page, origin, shot }) => {
    await page.goto(origin + '/');
    await ready(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `no sideways scrolling (${overflow}px too wide)`).toBeLessThanOrEqual(0);
    await shot('dashboard-375');
  });
});
