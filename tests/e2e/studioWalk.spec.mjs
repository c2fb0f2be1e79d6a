// The studio's walk-through (docs/studio.md, "Walk-through"), counted: from an empty studio and a pasted
// article to a valid dataset of three engagements, in at most 25 actions. An action is a click, a
// typed field, a selection, or a key press that is not typing. The article is a test fixture
// written from issue 24's description (tests/fixtures/studio-india.txt).
import { execFileSync } from 'node:child_process';
import { studioWithoutSavedWork } from './support.mjs';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, ROOT } from './fixtures.mjs';

const OUT = join(ROOT, 'test-results', 'studio');
const ARTICLE = readFileSync(join(ROOT, 'tests', 'fixtures', 'studio-india.txt'), 'utf8').split(/^-{10}\n/m)[1];
const PASSAGE =
  "On September 24, on the sidelines of the 78th session of the UN General Assembly, India's External Affairs Minister held bilateral meetings with the delegations of Bosnia, the Czech Republic and the UK.";
/** The dashboard's "Open in the dashboard" is one more click after the studio's part. */
const TO_DASHBOARD = 1;

test('studio walk: a pasted article becomes a valid dataset of three engagements in at most 25 actions', async ({
  page,
  origin,
  shot,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await studioWithoutSavedWork(page, origin);
  await page.evaluate(() => localStorage.clear());
  await page.reload();

  let actions = 0;
  const log = [];
  const count = (what) => {
    actions += 1;
    log.push(what);
  };
  const click = async (locator, what) => {
    await locator.click();
    count(`click ${what}`);
  };
  const type = async (locator, text) => {
    await locator.fill(text);
    count(`type "${text.length > 40 ? `${text.slice(0, 40)}…` : text}"`);
  };
  const press = async (key) => {
    await page.keyboard.press(key);
    count(`press ${key}`);
  };
  const button = (name) => page.getByRole('button', { name, exact: true });
  const field = (name) => page.getByRole('textbox', { name, exact: true });
  const combo = (name) => page.getByRole('combobox', { name, exact: true });

  await click(button('Start an empty dataset'), 'Start an empty dataset');
  // An empty studio lists what a dataset needs, not errors.
  await page.getByRole('button', { name: 'A dataset needs' }).waitFor();

  // The dataset: its title and delegation.
  await type(field('Title'), 'India at UNGA 78');
  await type(combo('Country'), 'India');
  await press('Enter');
  await type(field('Leader'), 'External Affairs Minister of India');

  // The source: publisher, date, and the article pasted; its headline becomes the title.
  await click(
    page.getByRole('navigation', { name: 'Parts of the dataset' }).getByRole('button', { name: /^Sources/ }),
    'Sources',
  );
  await click(button('Add a source'), 'Add a source');
  await type(field('Publisher'), 'Test Fixture Wire');
  await type(field('Published'), '2023-09-25');
  await type(page.getByRole('textbox', { name: "Paste the article's text" }), ARTICLE);
  await click(button('Use this text'), 'Use this text');
  expect(await field('Article title').inputValue(), 'the headline is the title').toBe(
    "India's External Affairs Minister at the 78th UN General Assembly",
  );

  // One passage, three meetings: each a new engagement citing it.
  const box = page.locator('[role="textbox"][aria-readonly="true"]');
  await box.waitFor();
  await page.evaluate((passage) => {
    const el = document.querySelector('[role="textbox"][aria-readonly="true"]');
    const start = el.textContent.indexOf(passage);
    if (start < 0) throw new Error('the article does not hold the passage');
    const end = start + passage.length;
    const range = document.createRange();
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    let pos = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const len = node.data.length;
      if (start >= pos && start < pos + len) range.setStart(node, start - pos);
      if (end > pos && end <= pos + len) range.setEnd(node, end - pos);
      pos += len;
    }
    el.focus();
    document.getSelection().removeAllRanges();
    document.getSelection().addRange(range);
  }, PASSAGE);
  count('select the passage (a drag)');
  await page.getByText(/^Selected \(\d+ characters\):/).waitFor();

  const meetings = [
    ['Bosnia', 'Bosnia and Herzegovina', 'BIH'],
    ['Czech Republic', 'Czechia', 'CZE'],
    ['UK', 'United Kingdom', 'GBR'],
  ];
  for (const [typed, name] of meetings) {
    await click(button('New engagement'), 'New engagement');
    expect(await field('Date').inputValue(), "the date is the day the passage names, in the source's year").toBe(
      '2023-09-24',
    );
    const participant = combo('Add a participant');
    await type(participant, typed);
    const first = page.locator(
      `#${await participant.getAttribute('aria-controls')} [role="option"][aria-selected="true"]`,
    );
    expect((await first.innerText()).startsWith(name), `"${typed}" offers ${name} first`).toBeTruthy();
    await press('Enter');
    await type(field('Summary'), `Bilateral meeting with ${name}.`);
  }
  await page.getByText(/can cite another record/).waitFor();

  // Valid: no problems, the preview draws the dataset.
  await page.getByRole('button', { name: 'No problems' }).waitFor();
  await shot('studioWalk-1280');
  const total = actions + TO_DASHBOARD;
  console.log(`    (walk: ${total} actions, opening the dashboard included)\n      ${log.join('\n      ')}`);
  expect(total, `the walk takes ${total} actions (at most 25):\n${log.join('\n')}`).toBeLessThanOrEqual(25);

  // The dataset saved from the studio passes `npm run validate`, and its quotes are in the article.
  mkdirSync(OUT, { recursive: true });
  const [download] = await Promise.all([page.waitForEvent('download'), button('Save JSON').click()]);
  const file = join(OUT, 'studio-walk.json');
  await download.saveAs(file);
  const saved = JSON.parse(readFileSync(file, 'utf8'));
  expect(saved.engagements.length, `three engagements (${saved.engagements.length})`).toBe(3);
  expect(
    saved.sessions.length === 1 && saved.sessions[0].number === 78 && saved.sessions[0].year === 2023,
    `session 78 from the source's date: ${JSON.stringify(saved.sessions)}`,
  ).toBeTruthy();
  const states = saved.actors.map((a) => `${a.type}:${a.country}`).sort();
  expect(JSON.stringify(states), `three states with their countries: ${states}`).toBe(
    JSON.stringify(['state:BIH', 'state:CZE', 'state:GBR']),
  );
  const validated = execFileSync(
    join(ROOT, 'node_modules', '.bin', 'tsx'),
    [join(ROOT, 'scripts', 'validate.ts'), file],
    { cwd: ROOT, encoding: 'utf8', env: { ...process.env, INIT_CWD: ROOT } },
  );
  expect(validated, validated).toMatch(/valid \(/);
});
