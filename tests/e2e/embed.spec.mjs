// Embedding: one view alone, auto-height through public/embed.js on a host page, share code.
import { test, assert } from './harness.mjs';

test('?embed=table shows only that view, a source line and a link to the full dashboard', async ({ page, origin, shot }) => {
  await page.goto(origin + '/?embed=table&year=2025');
  await page.getByRole('figure', { name: /^Engagements/ }).waitFor();
  // A complete page for assistive technology: one main landmark, one level-1 heading that states the filters.
  assert((await page.getByRole('main').count()) === 1, 'one main landmark');
  const h1 = page.getByRole('heading', { level: 1 });
  assert((await h1.count()) === 1, 'one level-1 heading');
  assert((await h1.innerText()) === 'Engagements · 2025', `the heading follows the filters: ${await h1.innerText()}`);
  assert((await page.getByRole('complementary', { name: 'Filters' }).count()) === 0, 'no filter panel');
  assert((await page.getByRole('region', { name: 'Sources', exact: true }).count()) === 0, 'no dashboard header');
  assert((await page.locator('figure').count()) === 1, 'exactly one view');
  const sourceLine = page.locator('p', { hasText: 'Open the full dashboard' });
  const source = await sourceLine.getByRole('link', { name: 'Orda.kz' }).getAttribute('href');
  assert(source?.startsWith('https://en.orda.kz/'), 'source line links the publisher');
  const full = await sourceLine.getByRole('link', { name: 'Open the full dashboard' }).getAttribute('href');
  assert(full?.endsWith('/?year=2025'), `link keeps the filters and drops embed: ${full}`);
  await shot('embed-table-600');
}, { viewport: { width: 600, height: 700 } });

test('a host page with embed.js: each iframe takes its content height; foreign iframes are ignored', async ({ page, origin, shot }) => {
  await page.goto(origin + '/tests/e2e/host/index.html');
  const first = page.locator('#first');
  const second = page.locator('#second');
  await page.waitForFunction(() => ['first', 'second'].every((id) => parseFloat(document.getElementById(id).style.height) > 200), null, { timeout: 10000 });
  for (const [frame, id] of [[first, 'first'], [second, 'second']]) {
    const outer = await frame.evaluate((el) => el.getBoundingClientRect().height);
    const inner = await page.frameLocator(`#${id}`).locator('body').evaluate((el) => el.getBoundingClientRect().height);
    assert(Math.abs(outer - inner) <= 2, `${id}: iframe ${outer}px tall for content of ${inner}px`);
  }
  const h1 = await first.evaluate((el) => el.getBoundingClientRect().height);
  const h2 = await second.evaluate((el) => el.getBoundingClientRect().height);
  assert(h2 > h1, `the 2023 view (more rows, narrower) is taller: ${h2} vs ${h1}`);
  const foreign = await page.locator('#foreign').evaluate((el) => el.style.height);
  assert(foreign === '50px', `a foreign iframe keeps its height, got ${foreign}`);
  const rows = await page.frameLocator('#first').locator('tbody tr').count();
  assert(rows === 1, `the first embed shows only the Zelenskyy meeting, got ${rows} rows`);
  await shot('embed-host-page');
});

test('Share / embed gives the link to this state and iframe code for the view', async ({ page, origin }) => {
  await page.goto(origin + '/?year=2023');
  const frame = page.locator('[data-view="table"]');
  await frame.getByRole('button', { name: 'Share / embed' }).click();
  const link = await frame.getByRole('textbox', { name: /Link to this view/ }).inputValue();
  assert(link === `${origin}/?year=2023`, `share link: ${link}`);
  const code = await frame.getByRole('textbox', { name: /Embed code/ }).inputValue();
  assert(code.includes(`src="${origin}/?year=2023&amp;embed=table"`) && code.includes('/embed.js'), `embed code: ${code}`);
});

test('Download CSV gives exactly the filtered records', async ({ page, origin }) => {
  await page.goto(origin + '/?year=2025&country=UKR');
  const frame = page.locator('[data-view="table"]');
  const [dl] = await Promise.all([page.waitForEvent('download'), frame.getByRole('button', { name: /Download CSV/ }).click()]);
  const text = await (await dl.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
  assert(text.startsWith('\ufeff'), 'a byte-order mark, so Excel reads the file as UTF-8');
  const lines = text.slice(1).trim().split(/\r\n/);
  // What the file holds is said in its CSV on the Web metadata, downloaded beside it (export.spec.mjs).
  assert(lines[0].startsWith('record,id,'), `the header row is line 1: ${lines[0]}`);
  assert(lines.length === 2, `header and one record, got ${lines.length}: ${text.slice(0, 300)}`);
  assert(/Zelenskyy/.test(lines[1]), 'the record is the Zelenskyy meeting');
  assert(dl.suggestedFilename() === 'table-2025-ukr.csv', `file name says the filters: ${dl.suggestedFilename()}`);
});
