// The dataset studio (edit.html), driven as a user would: articles in, cited records out,
// checked as they are made, kept across a reload, undone, and saved as a file that passes
// `npm run validate` and `npm run check-quotes` against the same articles.
import { execFileSync } from 'node:child_process';
import { studioWithoutSavedWork } from './support.mjs';
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, ROOT } from './fixtures.mjs';

// STUDIO_SEEDS points elsewhere (or nowhere, to try the fallback article).
const SEEDS = process.env.STUDIO_SEEDS ?? join(ROOT, '..', 'shared', 'seeds');
const OUT = join(ROOT, 'test-results', 'studio');

// The two news articles the bundled dataset was built from, when ../shared is there; else a short
// article invented for this test, so it runs everywhere.
const SEED_ARTICLES = [
  {
    file: join(SEEDS, '000_b77c83a51c02fa55.txt'),
    publisher: 'Orda.kz',
    title: 'New York: Toqayev Speaks With Trump, Zelenskyy, and UN Leaders',
    url: 'https://en.orda.kz/new-york-toqayev-speaks-with-trump-zelenskyy-and-un-leaders-8442',
    engagement:
      'Kazakh President Qasym-Jomart Toqayev held talks with US President Donald Trump during his working visit to New York.',
    participant: { name: 'Donald Trump', country: 'USA' },
    deal: 'In New York, a signing ceremony was held for agreements worth about $4.2 billion with the American company Wabtec, attended by US Commerce Secretary Howard Lutnick.',
    company: 'Wabtec',
    cite: 'The two leaders discussed prospects for bilateral cooperation, focusing on economic and trade issues.',
  },
  {
    file: join(SEEDS, '001_e3a99f17bc1b81d2.txt'),
    publisher: 'Kazinform',
    title: 'Tokayev’s visit to NYC so far: meetings with world leaders, captains of industry',
    url: 'https://en.inform.kz/news/tokayevs-visit-to-nyc-so-far-meetings-with-world-leaders-captains-of-industry-f79d63/',
    published: '2023-09-19',
    engagement: 'On Day 1, September 17, the Head of State met with President and CEO of Wabtec Rafael Santana',
    // "President and CEO of Wabtec Rafael Santana": he speaks for Wabtec, which places him on the map.
    participant: { name: 'Rafael Santana', affiliation: 'Wabtec' },
    deal: 'The Kazakh side welcomed Wabtec’s plans to invest about $1 billion in the transport and logistics industry',
    company: 'Wabtec',
  },
];
const FICTIONAL_ARTICLE = {
  file: join(ROOT, 'tests', 'fixtures', 'studio-article.txt'),
  publisher: 'Example Test Wire',
  title: 'Test Leader opens a busy week in New York (fictional)',
  url: 'https://example.org/fictional/test-leader-new-york',
  published: '2025-09-23',
  engagement:
    'The fictional President Test Leader held talks with Prime Minister Mara Quill of Norway on the sidelines of the 80th session of the UN General Assembly.',
  participant: { name: 'Mara Quill', country: 'NOR' },
  deal: 'a signing ceremony was held for agreements worth about $1.5 billion with the imaginary company Northwind Rail',
  company: 'Northwind Rail',
  cite: 'The two discussed grain corridors and a joint school for rail engineers.',
};

function articles() {
  if (existsSync(SEEDS) && SEED_ARTICLES.every((a) => existsSync(a.file))) return SEED_ARTICLES;
  console.log(
    `    (notice: ${SEEDS} is absent: the studio test builds its dataset from tests/fixtures/studio-article.txt alone)`,
  );
  return [FICTIONAL_ARTICLE];
}

/** Select a passage of the article shown, as a mouse drag would (a DOM Range over its text). */
async function selectPassage(page, passage, { collapsed = false } = {}) {
  await page.evaluate(
    ([passage, collapsed]) => {
      const box = document.querySelector('[role="textbox"][aria-readonly="true"]');
      const text = box.textContent;
      const start = text.indexOf(passage);
      if (start < 0) throw new Error(`the article does not hold "${passage}"`);
      const end = collapsed ? start : start + passage.length;
      const range = document.createRange();
      const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
      let pos = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const len = node.data.length;
        if (start >= pos && start < pos + len) range.setStart(node, start - pos);
        if (end > pos && end <= pos + len) range.setEnd(node, end - pos);
        if (collapsed && start >= pos && start < pos + len) range.setEnd(node, start - pos);
        pos += len;
      }
      box.focus();
      const sel = document.getSelection();
      sel.removeAllRanges();
      sel.addRange(range);
    },
    [passage, collapsed],
  );
  await page
    .getByText(/^Selected \(\d+ characters?\):/)
    .or(page.getByText('Select a passage of the article to cite it.'))
    .first()
    .waitFor();
}

const field = (page, name) => page.getByRole('textbox', { name, exact: true });

async function pick(page, comboName, typed, option) {
  const box = page.getByRole('combobox', { name: comboName, exact: true });
  await box.click();
  await box.fill(typed);
  await page.getByRole('option', { name: option }).first().click();
}

async function section(page, name) {
  await page
    .getByRole('navigation', { name: 'Parts of the dataset' })
    .getByRole('button', { name: new RegExp(`^${name}`) })
    .click();
}

test('studio: builds a small dataset from two articles, keeps it across a reload, undoes, saves a valid file', async ({
  page,
  origin,
  shot,
}) => {
  const list = articles();
  mkdirSync(OUT, { recursive: true });
  let unloadWarning = false;
  page.on('dialog', async (d) => {
    if (d.type() === 'beforeunload') unloadWarning = true;
    await d.accept();
  });
  await page.setViewportSize({ width: 1280, height: 900 });
  await studioWithoutSavedWork(page, origin);
  await page.reload();
  await page.getByRole('button', { name: 'Start an empty dataset' }).click();

  // The dataset's own fields.
  await field(page, 'Title').fill('Kazakhstan at UNGA 78 and 80 (studio test)');
  await pick(page, 'Country', 'kazakh', /Kazakhstan/);
  await field(page, 'Leader').fill(list === SEED_ARTICLES ? 'Kassym-Jomart Tokayev' : 'Test Leader');

  // Two sessions: the number sets the year.
  await section(page, 'Sessions');
  for (const n of ['78', '80']) {
    await page.getByRole('button', { name: 'Add a session' }).click();
    await field(page, 'Session number').fill(n);
  }
  expect(await field(page, 'Year').inputValue(), 'session 80 opens in 2025').toBe('2025');

  // The sources, each with its article text pasted.
  for (const a of list) {
    await section(page, 'Sources');
    await page.getByRole('button', { name: 'Add a source' }).click();
    await field(page, 'Publisher').fill(a.publisher);
    await field(page, 'Article title').fill(a.title);
    await field(page, 'Address (URL)').fill(a.url);
    if (a.published) await field(page, 'Published').fill(a.published);
    await field(page, 'Language').fill('en');
    await page.getByRole('textbox', { name: "Paste the article's text" }).fill(readFileSync(a.file, 'utf8'));
    await page.getByRole('button', { name: 'Use this text' }).click();
    a.id = await field(page, 'Id').inputValue();
  }
  expect(list[0].id, `source id suggested from the publisher: ${list[0].id}`).toBe(
    list === SEED_ARTICLES ? 'orda-kz' : 'example-test-wire-2025',
  );

  for (const [k, a] of list.entries()) {
    // The participant: selected from the keyboard in the first article (caret, then Shift+arrows).
    await section(page, 'Sources');
    await page.getByRole('button', { name: new RegExp(`^${a.publisher.replace('.', '\\.')}`) }).click();
    await page.getByRole('button', { name: 'Show the article to cite from' }).click();
    if (k === 0) {
      await selectPassage(page, a.participant.name, { collapsed: true });
      for (let i = 0; i < a.participant.name.length; i++) await page.keyboard.press('Shift+ArrowRight');
      await page.getByText(`Selected (${a.participant.name.length} characters):`).waitFor();
      await page.keyboard.press('Enter');
      const focused = await page.evaluate(() => document.activeElement?.textContent?.trim());
      expect(focused, `Enter in the article goes to the actions (focus on "${focused}")`).toBe('New engagement');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      expect(await field(page, 'Name').inputValue(), 'the new actor is named by the selection').toBe(
        a.participant.name,
      );
      if (a.participant.country)
        await pick(page, 'Country', a.participant.country, new RegExp(`${a.participant.country}$`));
    }

    // A new engagement from a selected passage: its quote is the passage.
    await page.getByRole('button', { name: /^Article$/ }).click();
    await selectPassage(page, a.engagement);
    await page.getByRole('button', { name: 'New engagement' }).click();
    expect(await field(page, 'Quote 1').inputValue(), 'the quote is the selected text').toBe(a.engagement);
    await page.getByText('Found in the article.').first().waitFor();
    await field(page, 'Summary').fill(`Talks with ${a.participant.name}.`);
    await pick(
      page,
      'Add a participant',
      a.participant.name,
      a.participant.name === list[0].participant.name ? new RegExp(`^${a.participant.name}`) : /New person/,
    );

    // A new deal: the value the passage states is read from it.
    await selectPassage(page, a.deal);
    await page.getByRole('button', { name: 'New deal' }).click();
    expect(
      await page.getByRole('radio', { name: 'Disclosed', exact: true }).isChecked(),
      'the passage gives a value',
    ).toBeTruthy();
    await pick(page, 'Company', a.company, new RegExp(`${a.company}`));
    await field(page, 'Sector').fill('transport & logistics');
    await field(page, 'Summary').fill(`Deal with ${a.company}.`);
    if (a.participant.affiliation) {
      await section(page, 'Actors');
      await page.getByRole('button', { name: new RegExp(`^${a.participant.name}`) }).click();
      await pick(page, 'Speaks for', a.participant.affiliation, new RegExp(`^${a.participant.affiliation}`));
      await page.getByRole('button', { name: /^Article$/ }).click();
    }

    // One more passage as a citation of the engagement.
    if (a.cite) {
      await selectPassage(page, a.cite);
      await page
        .getByRole('combobox', { name: 'or add as citation to' })
        .selectOption({ label: `meeting: ${a.participant.name}` });
      await page.getByRole('button', { name: 'Add citation' }).click();
      expect(await field(page, 'Quote 2').inputValue(), 'the second citation is the selected text').toBe(a.cite);
    }
  }

  // Highlighted quotes in the article, no problems left.
  await page.getByRole('button', { name: /^Article$/ }).click();
  const marks = await page.locator('[role="textbox"][aria-readonly="true"] mark').count();
  expect(marks, `the article highlights its quotes (${marks})`).toBeGreaterThanOrEqual(2);
  await page.getByRole('button', { name: 'No problems' }).waitFor();
  await shot('studio-article-1280');
  await page.setViewportSize({ width: 1024, height: 800 });
  await page.waitForTimeout(300);
  await shot('studio-article-1024');
  await page.setViewportSize({ width: 1280, height: 900 });

  // The preview: the dashboard's views on the dataset as it stands.
  await page.getByRole('button', { name: /^Preview$/ }).click();
  const deals = page.getByRole('figure', { name: /^Deal values by company/ });
  await expect(deals, 'the deal chart shows the new deal').toContainText(list[0].company, { useInnerText: true });
  const table = page.getByRole('figure', { name: /^Engagements/ });
  await expect(table, 'the table shows the new engagement').toContainText(list[0].participant.name, {
    useInnerText: true,
  });
  await shot('studio-preview-1280');
  await page.setViewportSize({ width: 1024, height: 800 });
  await page.waitForTimeout(500);
  await shot('studio-preview-1024');
  await page.setViewportSize({ width: 1280, height: 900 });

  // A reload restores the work (the page warns first: the file is not saved yet).
  const before = await page.getByRole('navigation', { name: 'Parts of the dataset' }).innerText();
  await page.waitForTimeout(500);
  await page.reload();
  await page.getByText(/Your work was restored/).waitFor();
  expect(unloadWarning, 'leaving with unsaved changes asks first').toBeTruthy();
  const after = await page.getByRole('navigation', { name: 'Parts of the dataset' }).innerText();
  expect(after, `the same records after a reload:\n${before}\n---\n${after}`).toBe(before);

  // Undo one change with Ctrl+Z.
  await section(page, 'Engagements');
  const type = page.getByRole('combobox', { name: 'Type', exact: true });
  await type.selectOption({ label: 'call' });
  await page.locator('h1').click();
  await page.keyboard.press('Control+z');
  expect(await type.inputValue(), 'Ctrl+Z undid the type change').toBe('"bilateral"');
  await page.keyboard.press('Control+Shift+z');
  expect(await type.inputValue(), 'Ctrl+Shift+Z redid it').toBe('"call"');
  await page.keyboard.press('Control+z');

  // Save: a file with stable key order that validates and whose quotes are in their articles.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save JSON' }).click(),
  ]);
  const file = join(OUT, 'studio-dataset.json');
  await download.saveAs(file);
  const text = readFileSync(file, 'utf8');
  expect(
    text.startsWith('{\n  "schemaVersion": 1,\n  "title": '),
    'keys in the format order, two-space indentation',
  ).toBeTruthy();
  const saved = JSON.parse(text);
  expect(
    saved.engagements.length === list.length && saved.deals.length === list.length,
    'one engagement and one deal per article',
  ).toBeTruthy();
  expect(
    saved.deals[0].value.usd > 0 && saved.deals[0].value.qualifier === 'about',
    `the deal keeps its value: ${JSON.stringify(saved.deals[0].value)}`,
  ).toBeTruthy();
  expect('text' in saved.sources[0], 'article texts stay out of the file unless asked').toBeFalsy();
  await page.getByText('no unsaved changes to the file').waitFor();
  const run = (script, args) =>
    execFileSync(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'scripts', script), ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, INIT_CWD: ROOT },
    });
  const validated = run('validate.ts', [file]);
  expect(validated, validated).toMatch(/valid \(/);
  const pairs = list.map((a) => `${a.id}=${a.file}`);
  const quotes = run('check-quotes.ts', [file, ...pairs]);
  expect(quotes, quotes).toMatch(/found verbatim/);
  writeFileSync(join(OUT, 'studio-check.txt'), `${validated}\n${quotes}`);
});

test('studio: a dataset with problems opens with them listed, and one is fixed in place', async ({
  page,
  origin,
  shot,
}) => {
  await studioWithoutSavedWork(page, origin);
  await page.reload();
  await page
    .locator('input[type="file"][accept^=".json"]')
    .setInputFiles(join(ROOT, 'tests', 'fixtures', 'broken.json'));
  const count = page.getByRole('button', { name: /^\d+ problems$/ });
  await count.waitFor();
  const n = Number((await count.innerText()).split(' ')[0]);
  expect(n, `the broken fixture's problems are listed (${n})`).toBeGreaterThanOrEqual(2);
  await page.getByRole('button', { name: /^Problems \(/ }).click();
  const item = page.getByRole('listitem').filter({ hasText: 'deals[1].value.usd' });
  expect(await item.innerText(), 'the problem says what to fix').toContain('usd must be positive');
  await shot('studio-problems-1280');
  await item.getByRole('button').click();
  const usd = field(page, 'Amount in US dollars');
  await usd.waitFor();
  expect(await usd.evaluate((el) => el === document.activeElement), 'the link focuses the field').toBeTruthy();
  await usd.fill('5 million');
  await page.getByRole('listitem').filter({ hasText: 'deals[1].value.usd' }).waitFor({ state: 'detached' });
  const left = Number((await count.innerText()).split(' ')[0]);
  expect(left, `one problem fewer (${left} of ${n})`).toBe(n - 1);
});

test("studio: opens the dashboard's ?data= dataset, and says so at narrow widths while still opening, checking and saving", async ({
  page,
  origin,
  shot,
}) => {
  await page.setViewportSize({ width: 800, height: 900 });
  await studioWithoutSavedWork(page, origin);
  await page.goto(`${origin}/edit.html?data=/tests/fixtures/minimal.json`);
  await page.getByText(/need a window at least 1024 pixels wide/).waitFor();
  await page.getByText('/tests/fixtures/minimal.json').first().waitFor();
  await page.getByRole('heading', { name: 'No problems' }).first().waitFor();
  expect(await page.getByRole('main').isVisible(), 'the forms are hidden at 800 px').toBeFalsy();
  await shot('studio-narrow-800');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save JSON' }).click(),
  ]);
  expect(download.suggestedFilename(), download.suggestedFilename()).toBe('minimal.json');
  const back = await page.getByRole('link', { name: 'Back to the dashboard' }).getAttribute('href');
  expect(back, `back to the same dataset: ${back}`).toBe('./?data=%2Ftests%2Ffixtures%2Fminimal.json');
});

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

// The studio's own parts; the preview's views have their own audits (a11y.spec.mjs).
async function audit(page) {
  // Evaluated, not added as an inline <script>: the page's policy (script-src 'self') blocks those.
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () =>
    // @ts-ignore axe is injected above
    window.axe.run(
      { exclude: [['[aria-label="Preview"]']] },
      { resultTypes: ['violations'], runOnly: ['wcag2a', 'wcag2aa', 'best-practice'] },
    ),
  );
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    );
}

test('studio: axe finds no serious or critical violations in the forms, the article and the problem list', async ({
  page,
  origin,
}) => {
  await studioWithoutSavedWork(page, origin);
  await page.goto(`${origin}/edit.html?data=/tests/fixtures/broken.json`);
  await page.getByRole('button', { name: /^\d+ problems$/ }).waitFor();
  const found = [];
  for (const part of ['Dataset', 'Sources', 'Sessions', 'Actors', 'Engagements', 'Deals']) {
    await section(page, part);
    await page.waitForTimeout(200);
    found.push(...(await audit(page)).map((p) => `${part}: ${p}`));
  }
  await section(page, 'Sources');
  await page
    .getByRole('textbox', { name: "Paste the article's text" })
    .fill(readFileSync(FICTIONAL_ARTICLE.file, 'utf8'));
  await page.getByRole('button', { name: 'Use this text' }).click();
  await page.getByRole('button', { name: 'Show the article to cite from' }).click();
  await selectPassage(page, 'Mara Quill');
  found.push(...(await audit(page)).map((p) => `Article: ${p}`));
  await page.getByRole('button', { name: /^Problems \(/ }).click();
  found.push(...(await audit(page)).map((p) => `Problems: ${p}`));
  expect(found.length, found.join('\n')).toBe(0);
});

test('studio: an .html article keeps only what its readers see, and says what its styles hid', async ({
  page,
  origin,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await studioWithoutSavedWork(page, origin);
  await page.reload();
  await page.getByRole('button', { name: 'Start an empty dataset' }).click();
  await section(page, 'Sources');
  await page.getByRole('button', { name: 'Add a source' }).click();
  await field(page, 'Publisher').fill('Example Wire');
  const html =
    '<html><head><style>.promo { display: none }</style></head><body><p>The president met the minister.</p>' +
    '<p class="promo">The president signed a $9 billion deal.</p><p style="visibility:hidden">Another planted line.</p></body></html>';
  await page
    .locator('input[type="file"][accept*=".html"]')
    .setInputFiles({ name: 'article.html', mimeType: 'text/html', buffer: Buffer.from(html) });
  await page.getByText(/The page hid 2 elements with its own styles/).waitFor();
  const article = await page.evaluate(() => document.body.innerText);
  expect(article, 'the visible paragraph is the article').toContain('The president met the minister.');
  expect(
    !article.includes('$9 billion') && !article.includes('planted'),
    'text the page hid is not offered as the article',
  ).toBeTruthy();
});
