// The app shell and the Engagements view, on the bundled dataset and on broken input.
import { test, assert, onScreen } from './harness.mjs';

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
  assert(/Kazakhstan/.test(h1), `title shows the dataset title, got "${h1}"`);
  const sources = await page.getByRole('region', { name: 'Sources', exact: true }).innerText();
  assert(/Kazinform/.test(sources) && /Orda\.kz/.test(sources), `both publishers listed: ${sources}`);
  const rows = await rowTexts(page);
  assert(rows.length >= 20, `expected every engagement and deal as a row, got ${rows.length}`);
  assert(rows.some((r) => /Raisi/.test(r)) && rows.some((r) => /Zelenskyy/.test(r)), 'both sessions present');
  const link = table(page).getByRole('link', { name: 'Kazinform' }).first();
  assert((await link.getAttribute('href'))?.startsWith('https://en.inform.kz/'), 'publisher is linked to the article');
  await shot('dashboard-1280');
});

test('?year=2023 shows the Iranian president and hides the 2025 meetings', async ({ page, origin }) => {
  await page.goto(origin + '/?year=2023');
  await ready(page);
  const rows = await rowTexts(page);
  assert(
    rows.some((r) => /Raisi/.test(r)),
    'Raisi meeting shown',
  );
  assert(
    !rows.some((r) => /Zelenskyy|Trump|Lutnick|2025/.test(r)),
    `no 2025 rows: ${rows.filter((r) => /2025/.test(r))}`,
  );
  const pressed = await page.getByRole('button', { name: /^2023/ }).getAttribute('aria-pressed');
  assert(pressed === 'true', 'the 2023 session control shows as selected');
});

test('?country=UKR shows only the Zelenskyy meeting', async ({ page, origin }) => {
  await page.goto(origin + '/?country=UKR');
  await ready(page);
  const rows = await rowTexts(page);
  assert(rows.length === 1, `exactly one row, got ${rows.length}: ${rows.join(' / ')}`);
  assert(/Zelenskyy/.test(rows[0] ?? ''), 'it is the Zelenskyy meeting');
});

test('filters write the URL; Back and Forward restore them; Clear filters empties them', async ({ page, origin }) => {
  await page.goto(origin + '/');
  await ready(page);
  const all = (await rowTexts(page)).length;
  await page.getByRole('button', { name: /^2025/ }).click();
  await page.waitForURL(/\?year=2025$/);
  const only2025 = (await rowTexts(page)).length;
  assert(only2025 > 0 && only2025 < all, `year filter narrows the table (${only2025} of ${all})`);
  await page.getByRole('checkbox', { name: 'Ukraine' }).check();
  await page.waitForURL(/\?year=2025&country=UKR$/);
  assert((await rowTexts(page)).length === 1, 'country filter narrows further');
  await page.goBack();
  await page.waitForURL(/\?year=2025$/);
  assert((await rowTexts(page)).length === only2025, 'Back restores the previous filters');
  await page.goForward();
  await page.waitForURL(/country=UKR/);
  assert((await rowTexts(page)).length === 1, 'Forward re-applies them');
  await page.getByRole('complementary', { name: 'Filters' }).getByRole('button', { name: 'Clear filters' }).click();
  await page.waitForURL((u) => u.search === '');
  assert((await rowTexts(page)).length === all, 'Clear filters shows everything again');
});

test('unknown and malformed parameters are ignored with a visible notice', async ({ page, origin }) => {
  await page.goto(origin + '/?year=20x3,2025&country=ZZZ&colour=red');
  await ready(page);
  const notice = await page.getByRole('status').filter({ hasText: 'Ignored' }).innerText();
  assert(/20x3/.test(notice) && /ZZZ/.test(notice) && /colour/.test(notice), `each problem named: ${notice}`);
  const rows = await rowTexts(page);
  assert(rows.length > 0 && !rows.some((r) => /Raisi/.test(r)), 'the valid part (year=2025) still applies');
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
  assert(/\w+\[\d+\]\.\w+/.test(text), `paths like deals[0].company are listed: ${text}`);
  assert((await alert.locator('li').count()) >= 2, 'one item per problem');
  await shot('broken-dataset-1280');
});

test(
  'a dataset address that does not exist says so in the alert',
  async ({ page, origin }) => {
    await page.goto(origin + '/?data=/tests/fixtures/does-not-exist.json');
    const text = await page.getByRole('alert').innerText();
    assert(/404/.test(text), `HTTP status reported: ${text}`);
  },
  { allowConsoleErrors: true },
);

test('text from a dataset is rendered as text, never as HTML', async ({ page, origin }) => {
  await page.goto(origin + '/?data=/tests/fixtures/html-injection.json');
  await ready(page);
  assert(
    (await page.locator('img[src="x"], script[data-injected]').count()) === 0,
    'no element created from dataset text',
  );
  const h1 = await page.getByRole('heading', { level: 1 }).innerText();
  assert(h1.includes('<img'), `markup shows literally: ${h1}`);
});

test(
  'at 375 px the page fits the screen and the table turns into cards',
  async ({ page, origin, shot }) => {
    await page.goto(origin + '/');
    await ready(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert(overflow <= 0, `no sideways scrolling (${overflow}px too wide)`);
    await shot('dashboard-375');
  },
  { viewport: { width: 375, height: 800 } },
);
