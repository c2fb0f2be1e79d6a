// Embedding: one view alone, auto-height through public/embed.js on a host page, share code.
import { test, expect } from './fixtures.mjs';

/** Every published view says whose data it shows before its view and filters (attribution.ts). */
const WHOSE = 'Kazakhstan · Kassym-Jomart Tokayev: ';

test.describe(() => {
  test.use({ viewport: { width: 600, height: 700 } });
  test('?embed=table shows only that view, a source line and a link to the full dashboard', async ({
    page,
    origin,
    shot,
  }) => {
    await page.goto(origin + '/?embed=table&year=2025');
    await page.getByRole('figure', { name: /^Engagements/ }).waitFor();
    // A complete page for assistive technology: one main landmark, one level-1 heading that states the filters.
    expect(await page.getByRole('main').count(), 'one main landmark').toBe(1);
    const h1 = page.getByRole('heading', { level: 1 });
    expect(await h1.count(), 'one level-1 heading').toBe(1);
    expect(await h1.innerText(), `the heading follows the filters: ${await h1.innerText()}`).toBe(
      `${WHOSE}Engagements · 2025`,
    );
    expect(await page.getByRole('complementary', { name: 'Filters' }).count(), 'no filter panel').toBe(0);
    expect(await page.getByRole('region', { name: 'Sources', exact: true }).count(), 'no dashboard header').toBe(0);
    expect(await page.locator('figure').count(), 'exactly one view').toBe(1);
    const sourceLine = page.locator('p', { hasText: 'Open the full dashboard' });
    const source = await sourceLine.getByRole('link', { name: 'Orda.kz' }).getAttribute('href');
    expect(source?.startsWith('https://en.orda.kz/'), 'source line links the publisher').toBeTruthy();
    const full = await sourceLine.getByRole('link', { name: 'Open the full dashboard' }).getAttribute('href');
    expect(full?.endsWith('/?year=2025'), `link keeps the filters and drops embed: ${full}`).toBeTruthy();
    await shot('embed-table-600');
  });
});

test('a host page with embed.js: each iframe takes its content height; foreign iframes are ignored', async ({
  page,
  origin,
  shot,
}) => {
  await page.goto(origin + '/tests/e2e/host/index.html');
  const first = page.locator('#first');
  const second = page.locator('#second');
  await page.waitForFunction(
    () => ['first', 'second'].every((id) => parseFloat(document.getElementById(id).style.height) > 200),
    null,
    { timeout: 10000 },
  );
  for (const [frame, id] of [
    [first, 'first'],
    [second, 'second'],
  ]) {
    const outer = await frame.evaluate((el) => el.getBoundingClientRect().height);
    const inner = await page
      .frameLocator(`#${id}`)
      .locator('body')
      .evaluate((el) => el.getBoundingClientRect().height);
    expect(Math.abs(outer - inner), `${id}: iframe ${outer}px tall for content of ${inner}px`).toBeLessThanOrEqual(2);
  }
  const h1 = await first.evaluate((el) => el.getBoundingClientRect().height);
  const h2 = await second.evaluate((el) => el.getBoundingClientRect().height);
  expect(h2, `the 2023 view (more rows, narrower) is taller: ${h2} vs ${h1}`).toBeGreaterThan(h1);
  const foreign = await page.locator('#foreign').evaluate((el) => el.style.height);
  expect(foreign, `a foreign iframe keeps its height, got ${foreign}`).toBe('50px');
  const rows = await page.frameLocator('#first').locator('tbody tr:visible').count();
  expect(rows, `the first embed shows only the Zelenskyy meeting, got ${rows} rows`).toBe(1);
  await shot('embed-host-page');
});

test('Share / embed gives the link to this state and iframe code for the view', async ({ page, origin }) => {
  await page.goto(origin + '/?year=2023');
  const frame = page.locator('[data-view="table"]');
  await frame.getByRole('button', { name: 'Share / embed' }).click();
  const link = await frame.getByRole('textbox', { name: /Link to this view/ }).inputValue();
  expect(link, `share link: ${link}`).toBe(`${origin}/?year=2023`);
  const code = await frame.getByRole('textbox', { name: /Embed code/ }).inputValue();
  expect(
    code.includes(`src="${origin}/?year=2023&amp;embed=table"`) && code.includes('/embed.js'),
    `embed code: ${code}`,
  ).toBeTruthy();
});

test('Download CSV gives exactly the filtered records', async ({ page, origin }) => {
  await page.goto(origin + '/?year=2025&country=UKR');
  const frame = page.locator('[data-view="table"]');
  const [dl] = await Promise.all([
    page.waitForEvent('download'),
    frame.getByRole('button', { name: /Download CSV/ }).click(),
  ]);
  const text = await (await dl.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
  expect(text.startsWith('\ufeff'), 'a byte-order mark, so Excel reads the file as UTF-8').toBeTruthy();
  const lines = text.slice(1).trim().split(/\r\n/);
  // What the file holds is said in its CSV on the Web metadata, downloaded beside it (export.spec.mjs).
  expect(lines[0].startsWith('record,id,'), `the header row is line 1: ${lines[0]}`).toBeTruthy();
  expect(lines.length, `header and one record, got ${lines.length}: ${text.slice(0, 300)}`).toBe(2);
  expect(lines[1], 'the record is the Zelenskyy meeting').toMatch(/Zelenskyy/);
  expect(dl.suggestedFilename(), `file name says the filters: ${dl.suggestedFilename()}`).toBe('table-2025-ukr.csv');
});

/** The embeds a report might show, the view's name (its figure's accessible name begins with it), and a reader's click on one of its marks. */
const EMBEDS = [
  {
    view: 'timeline',
    name: 'UNGA sessions',
    click: (page) =>
      page
        .getByRole('figure')
        .getByRole('button', { name: /^80th session/ })
        .click(),
  },
  {
    view: 'map',
    name: 'Counterpart countries',
    click: (page) =>
      page
        .getByRole('figure')
        .getByRole('button', { name: /^United States/ })
        .first()
        .click(),
  },
  {
    view: 'deals',
    name: 'Deal values by company',
    click: (page) =>
      page
        .getByRole('figure')
        .getByRole('button', { name: /^Wabtec/ })
        .first()
        .click(),
  },
  // The table's own filter is its search box.
  {
    view: 'table',
    name: 'Engagements',
    click: (page) => page.getByRole('figure').getByRole('searchbox', { name: 'Search' }).fill('Zelenskyy'),
  },
];
const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role="heading"]';

for (const { view, name } of EMBEDS) {
  test(`?embed=${view}&year=2025 has one heading, which states the filters; the figure keeps its name`, async ({
    page,
    origin,
  }) => {
    await page.goto(`${origin}/?embed=${view}&year=2025`);
    const figure = page.getByRole('figure', { name: new RegExp(`^${name}`) });
    await figure.waitFor();
    const headings = await page.locator(HEADINGS).allInnerTexts();
    expect(headings.length, `one heading, got ${JSON.stringify(headings)}`).toBe(1);
    expect(headings[0], `the heading states whose data, the view and the filters: ${headings[0]}`).toBe(
      `${WHOSE}${name} · 2025`,
    );
    // The view's name is read once as the heading and kept as the figure's name, not shown twice.
    const shown = await page.evaluate((name) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const boxes = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (n.textContent.trim() !== name) continue;
        const r = n.parentElement.getBoundingClientRect();
        if (r.width > 1 && r.height > 1) boxes.push(n.parentElement.tagName);
      }
      return boxes;
    }, name);
    expect(shown.length, `the view's name alone is not shown again under the heading: ${shown}`).toBe(0);
  });
}

for (const { view, name, click } of EMBEDS) {
  test(`?embed=${view}&year=2025: after a reader's click, "Back to the published view" restores what the author published`, async ({
    page,
    origin,
    shot,
  }) => {
    await page.goto(`${origin}/?embed=${view}&year=2025`);
    await page.getByRole('figure', { name: new RegExp(`^${name}`) }).waitFor();
    const h1 = page.getByRole('heading', { level: 1 });
    const back = page.getByRole('button', { name: 'Back to the published view' });
    expect(await back.count(), 'no way back before anything changed').toBe(0);
    const entries = await page.evaluate(() => history.length);
    await click(page);
    await page.waitForFunction(
      (published) => document.querySelector('h1')?.textContent !== published,
      `${WHOSE}${name} · 2025`,
    );
    const changed = await h1.innerText();
    expect(
      changed.startsWith(`${WHOSE}${name} · `),
      `the heading states what the reader chose: ${changed}`,
    ).toBeTruthy();
    await back.waitFor();
    const note = await page.getByRole('status').filter({ has: back }).innerText();
    expect(note, `the note says what was published: ${note}`).toContain('Its author published: 2025.');
    expect(await page.evaluate(() => history.length), 'no history entry: the host page keeps its Back button').toBe(
      entries,
    );
    await shot(`embed-${view}-changed`);
    await back.click();
    await page.waitForFunction(
      (published) => document.querySelector('h1')?.textContent === published,
      `${WHOSE}${name} · 2025`,
    );
    expect(await back.count(), 'the way back goes once it is taken').toBe(0);
    expect(
      await page.evaluate(() => document.activeElement?.tagName),
      'focus lands on the heading, not lost with the button',
    ).toBe('H1');
    expect(new URL(page.url()).searchParams.get('year'), `the address is the published one again: ${page.url()}`).toBe(
      '2025',
    );
  });
}

test('a changed embed reloaded by its host still knows what its author published', async ({ page, origin }) => {
  await page.goto(`${origin}/?embed=timeline&year=2025`);
  await page.getByRole('figure', { name: /^UNGA sessions/ }).waitFor();
  await EMBEDS[0].click(page);
  await page.getByRole('button', { name: 'Back to the published view' }).waitFor();
  await page.reload();
  await page.getByRole('figure', { name: /^UNGA sessions/ }).waitFor();
  expect(await page.getByRole('heading', { level: 1 }).innerText(), "the reader's view is kept").toBe(
    `${WHOSE}UNGA sessions · all sessions`,
  );
  await page.getByRole('button', { name: 'Back to the published view' }).click();
  await page.waitForFunction((h) => document.querySelector('h1')?.textContent === h, `${WHOSE}UNGA sessions · 2025`);
});

test("the embed code titles the iframe with the view and its context, the words of the embed's heading", async ({
  page,
  origin,
}) => {
  await page.goto(origin + '/?year=2025');
  const frame = page.locator('[data-view="deals"]');
  await frame.getByRole('button', { name: 'Share / embed' }).click();
  const code = await frame.getByRole('textbox', { name: /Embed code/ }).inputValue();
  const doc = await page.evaluate((code) => {
    const iframe = new DOMParser().parseFromString(code, 'text/html').querySelector('iframe');
    return { title: iframe.getAttribute('title'), src: iframe.getAttribute('src') };
  }, code);
  expect(doc.title, `iframe title: ${doc.title}`).toBe(`${WHOSE}Deal values by company · 2025`);
  await page.goto(doc.src.replace(/^https?:\/\/[^/]+/, origin));
  await page.getByRole('figure', { name: /^Deal values by company/ }).waitFor();
  expect(
    await page.getByRole('heading', { level: 1 }).innerText(),
    'the frame is announced by the words it shows',
  ).toBe(doc.title);
});

test('a host page pasting two embed codes, each with its script: one listener, each iframe sized to its content', async ({
  page,
  origin,
  shot,
}) => {
  await page.goto(origin + '/tests/e2e/host/two-scripts.html');
  await page.waitForFunction(
    () => ['first', 'second'].every((id) => parseFloat(document.getElementById(id).style.height) > 200),
    null,
    { timeout: 10000 },
  );
  // Both scripts have run once the second one has: wait for the page to finish loading them.
  await page.waitForLoadState('load');
  const scripts = await page.evaluate(() => [...document.scripts].filter((s) => s.src.endsWith('/embed.js')).length);
  expect(scripts, `the page carries two copies of the script: ${scripts}`).toBe(2);
  const listeners = await page.evaluate(() => window.embedListeners);
  expect(listeners, `embed.js loaded twice listens once, got ${listeners} listeners`).toBe(1);
  for (const id of ['first', 'second']) {
    const outer = await page.locator(`#${id}`).evaluate((el) => el.getBoundingClientRect().height);
    const inner = await page
      .frameLocator(`#${id}`)
      .locator('body')
      .evaluate((el) => el.getBoundingClientRect().height);
    expect(Math.abs(outer - inner), `${id}: iframe ${outer}px tall for content of ${inner}px`).toBeLessThanOrEqual(2);
  }
  await shot('embed-host-two-scripts');
});
