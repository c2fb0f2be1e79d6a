// The round trip without a server: the dashboard opens a file from the computer (picked or
// dropped) through the same checks as ?data=, and the studio and the dashboard hand a dataset to
// each other in this browser.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, ROOT } from './fixtures.mjs';

const MINIMAL = join(ROOT, 'tests/fixtures/minimal.json');
const TITLE = 'Test fixture: a fictional delegation at two UNGA sessions';
const rows = (page) => page.locator('#records tr[data-at]').count();
// The rows the table shows for minimal.json through ?data= (its engagements and deals).
const ROWS = 5;

test('roundtrip: minimal.json through ?data= shows as many table rows as the tests expect of it', async ({
  page,
  origin,
}) => {
  await page.goto(`${origin}/?data=/tests/fixtures/minimal.json`);
  await page.locator('#records tr[data-at]').first().waitFor();
  expect(await rows(page), `rows: ${await rows(page)}`).toBe(ROWS);
});

test('roundtrip: a file picked with "Open a dataset file…" shows its records, and the address says it is local', async ({
  page,
  origin,
  shot,
}) => {
  await page.goto(`${origin}/`);
  await page.getByRole('button', { name: 'Open a dataset file…' }).waitFor();
  expect(await page.locator('input[type=file][accept=".json,application/json"]').count(), 'one JSON file input').toBe(
    1,
  );
  await page.locator('input[type=file]').setInputFiles(MINIMAL);
  await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
  await page.locator('#records tr[data-at]').first().waitFor();
  expect(await rows(page), `the file's records: ${await rows(page)}`).toBe(ROWS);
  const search = new URL(page.url()).searchParams.get('data');
  expect(search, `the address names the local file: ${page.url()}`).toBe('local:minimal.json');
  await shot('roundtrip-local-file');
  // A reload cannot reopen the file: it says so, and offers to open it again.
  await page.reload();
  const alert = page.getByRole('alert');
  await alert.waitFor();
  expect(await alert.innerText(), await alert.innerText()).toMatch(/minimal\.json is a file opened from a computer/);
  await page.getByRole('button', { name: 'Open a dataset file…' }).waitFor();
  await shot('roundtrip-local-reload');
});

test('roundtrip: a file dropped on the dashboard shows its records; a broken one shows the problem list', async ({
  page,
  origin,
}) => {
  await page.goto(`${origin}/`);
  await page.getByRole('button', { name: 'Open a dataset file…' }).waitFor();
  const drop = (name, text) =>
    page.evaluate(
      ([name, text]) => {
        const dt = new DataTransfer();
        dt.items.add(new File([text], name, { type: 'application/json' }));
        window.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
        document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
      },
      [name, text],
    );
  await drop('minimal.json', readFileSync(MINIMAL, 'utf8'));
  await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
  await page.locator('#records tr[data-at]').first().waitFor();
  expect(await rows(page), `the file's records: ${await rows(page)}`).toBe(ROWS);
  await drop('broken.json', readFileSync(join(ROOT, 'tests/fixtures/broken.json'), 'utf8'));
  const alert = page.getByRole('alert');
  await alert.waitFor();
  const text = await alert.innerText();
  expect(
    /broken\.json/.test(text) && /engagements\[1\]\.citations/.test(text),
    `the problem list names the file and paths: ${text.slice(0, 300)}`,
  ).toBeTruthy();
  // The page still offers to open another file.
  await page.getByRole('button', { name: 'Open a dataset file…' }).waitFor();
});

test('roundtrip: the studio\'s "Open in the dashboard" shows the edited work; "Edit this dataset" opens the studio on it', async ({
  page,
  origin,
  context,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${origin}/edit.html?data=/tests/fixtures/minimal.json`);
  await page.getByText('/tests/fixtures/minimal.json').first().waitFor();
  // Edit the title in the dataset form.
  const title = page.getByRole('textbox', { name: 'Title', exact: true });
  await title.waitFor();
  await title.fill('Edited in the studio');
  await title.blur();
  const [dash] = await Promise.all([
    context.waitForEvent('page'),
    page.getByRole('button', { name: 'Open in the dashboard' }).click(),
  ]);
  await dash
    .getByRole('heading', { level: 1, name: 'Edited in the studio' })
    .waitFor({ timeout: 10000 })
    .catch(async (e) => {
      throw new Error(`${e.message}\n${dash.url()}\n${(await dash.locator('body').innerText()).slice(0, 500)}`);
    });
  expect(dash.url(), `a hand-over address: ${dash.url()}`).toMatch(/data=studio%3A|data=studio:/);
  // The studio goes on changing its work: "Edit this dataset" opens what the dashboard shows.
  await title.fill('Changed later in the studio');
  await title.blur();
  const edit = dash.getByRole('link', { name: 'Edit this dataset' });
  expect((await edit.getAttribute('href')) ?? '', 'Edit passes the same hand-over').toMatch(/data=studio/);
  await edit.click();
  await dash.waitForURL(/edit\.html/);
  // The first studio tab still owns the work, which has unsaved changes: this tab says both, and
  // replaces nothing until asked (issue 24: one owner at a time, nothing lost).
  await dash.getByRole('button', { name: 'Take over here' }).click();
  await dash.getByRole('button', { name: 'Open it' }).click();
  // Opened once, the hand-over leaves the address (a reload keeps the work made since).
  await dash.waitForURL((u) => !new URL(u).searchParams.has('data'));
  await dash.getByRole('textbox', { name: 'Title', exact: true }).waitFor();
  const value = await dash.getByRole('textbox', { name: 'Title', exact: true }).inputValue();
  expect(value, `the studio opens the handed-over work: ${value}`).toBe('Edited in the studio');
  await dash.close();
});

test('roundtrip: "Edit this dataset" on a local file opens the studio on that file', async ({ page, origin }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${origin}/`);
  await page.getByRole('button', { name: 'Open a dataset file…' }).waitFor();
  await page.locator('input[type=file]').setInputFiles(MINIMAL);
  await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
  await page.getByRole('link', { name: 'Edit this dataset' }).click();
  await page.waitForURL(/edit\.html/);
  // Work an earlier test left unsaved in this browser is never replaced without asking.
  const openIt = page.getByRole('button', { name: 'Open it' });
  await page.waitForFunction(
    () =>
      !new URLSearchParams(location.search).has('data') ||
      [...document.querySelectorAll('button')].some((b) => b.textContent?.trim() === 'Open it'),
  );
  if (await openIt.count()) await openIt.click();
  await page.waitForURL((u) => !new URL(u).searchParams.has('data'));
  const title = page.getByRole('textbox', { name: 'Title', exact: true });
  await title.waitFor();
  expect(await title.inputValue(), `the studio shows the file: ${await title.inputValue()}`).toBe(TITLE);
});
