// The studio never loses work: a second tab says the work is open elsewhere and can take it over
// (the first becomes read-only), a saved copy that cannot be read leaves the page usable with its
// rescue offered, and an address asks before replacing unsaved work.
import { test, expect } from './fixtures.mjs';

const field = (page, name) => page.getByRole('textbox', { name, exact: true });

/** Put `idb` (a value) and `local` (text) where autosave keeps its copies, from the dashboard's page (which holds no studio connection). */
async function seedStorage(page, origin, { idb, local }) {
  await page.goto(`${origin}/`);
  await page.evaluate(
    async ({ idb, local }) => {
      await new Promise((ok) => {
        const r = indexedDB.deleteDatabase('unga-studio');
        r.onsuccess = r.onerror = r.onblocked = () => ok();
      });
      localStorage.removeItem('unga-studio-work');
      if (local !== undefined) localStorage.setItem('unga-studio-work', local);
      if (idb === undefined) return;
      await new Promise((ok, fail) => {
        const open = indexedDB.open('unga-studio');
        open.onupgradeneeded = () => open.result.createObjectStore('autosave');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('autosave', 'readwrite');
          tx.objectStore('autosave').put(idb, 'work');
          tx.oncomplete = () => (open.result.close(), ok());
          tx.onerror = () => fail(tx.error);
        };
      });
    },
    { idb, local },
  );
}

/** What the studio has written to IndexedDB, as text ('' when nothing yet). */
const savedText = (page) =>
  page.evaluate(
    () =>
      new Promise((ok) => {
        const open = indexedDB.open('unga-studio');
        open.onerror = () => ok('');
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('autosave')) return (db.close(), ok(''));
          const get = db.transaction('autosave').objectStore('autosave').get('work');
          get.onsuccess = () => (db.close(), ok(JSON.stringify(get.result ?? '')));
          get.onerror = () => (db.close(), ok(''));
        };
      }),
  );

const emptyWork = (title) => ({
  dataset: {
    schemaVersion: 1,
    title,
    delegation: { country: '', leader: '', aliases: [] },
    sources: [],
    sessions: [],
    actors: [],
    engagements: [],
    deals: [],
  },
  texts: {},
  selectors: {},
  includeTexts: false,
  origin: { kind: 'empty' },
});

test('studio safety: a second tab says the work is open elsewhere, takes it over, and the first becomes read-only', async ({
  page,
  origin,
  context,
  shot,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await seedStorage(page, origin, {});
  await page.goto(`${origin}/edit.html`);
  await page.getByRole('button', { name: 'Start an empty dataset' }).click();
  await field(page, 'Title').fill('Kept by the first tab');
  await page.getByText('every change kept in this browser').waitFor();

  const second = await context.newPage();
  try {
    await second.setViewportSize({ width: 1280, height: 900 });
    await second.goto(`${origin}/edit.html`);
    const other = second
      .getByRole('alert')
      .filter({ hasText: 'The studio is open in another tab; edits here would overwrite it.' });
    await other.waitFor();
    expect(await field(second, 'Title').inputValue(), 'the second tab shows the work as kept').toBe(
      'Kept by the first tab',
    );
    expect(
      await second.locator('.columns').getAttribute('inert'),
      'the second tab is read-only until it takes over',
    ).not.toBe(null);
    await shot('studio-safety-other-tab-1280');
    await second.screenshot({ path: 'test-results/screenshots/studio-safety-second-tab-1280.png', fullPage: true });

    await second.getByRole('button', { name: 'Take over here' }).click();
    await other.waitFor({ state: 'detached' });
    await page.getByRole('alert').filter({ hasText: 'Another tab took over the work.' }).waitFor();
    expect(await page.locator('.columns').getAttribute('inert'), 'the first tab is read-only now').not.toBe(null);
    await page.getByText('read-only: the work is open in another tab').waitFor();

    await field(second, 'Title').fill('Edited in the second tab');
    await second.getByText('every change kept in this browser').waitFor();
    await page.screenshot({ path: 'test-results/screenshots/studio-safety-lost-1280.png', fullPage: true });
    // The first tab writes nothing: a reload of the second keeps its edit.
    await second.reload();
    await second.getByText('Your work was restored').waitFor();
    expect(await field(second, 'Title').inputValue(), 'the taking tab kept its edit').toBe('Edited in the second tab');
  } finally {
    await second.close();
  }
});

test('studio safety: a reshaped saved record leaves the page ready, offering its download and a fresh start', async ({
  page,
  origin,
  shot,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await seedStorage(page, origin, {
    idb: { version: 1, history: {} },
    local: '{"version":1,"history":{"past":[],"pres',
  });
  await page.goto(`${origin}/edit.html`);
  const alert = page.getByRole('alert').filter({ hasText: 'The work saved in this browser could not be read' });
  await alert.waitFor();
  await shot('studio-safety-damaged-1280');
  // Narrow, the forms are hidden but the rescue stays within reach.
  await page.setViewportSize({ width: 375, height: 800 });
  expect(
    await page.getByRole('button', { name: 'Start fresh' }).isVisible(),
    'the rescue shows at 375 px',
  ).toBeTruthy();
  await shot('studio-safety-damaged-375');
  await page.setViewportSize({ width: 1280, height: 900 });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the saved copy' }).click(),
  ]);
  expect(download.suggestedFilename(), download.suggestedFilename()).toBe('studio-work-as-saved.json');
  await page.getByRole('button', { name: 'Start fresh' }).click();
  await alert.waitFor({ state: 'detached' });
  await field(page, 'Title').fill('A fresh start');
  await page.getByText('every change kept in this browser').waitFor();
});

test('studio safety: a saved record with a readable dataset offers it back', async ({ page, origin }) => {
  const bad = emptyWork('Rescued title');
  await seedStorage(page, origin, {
    idb: {
      version: 1,
      at: Date.now(),
      file: null,
      history: { past: 'x', present: { ...bad, texts: { s1: 5 } }, future: [] },
    },
  });
  await page.goto(`${origin}/edit.html`);
  await page.getByRole('button', { name: 'Open what was rescued' }).click();
  expect(await field(page, 'Title').inputValue(), 'the rescued dataset opens').toBe('Rescued title');
});

test('studio safety: a newer localStorage copy wins over an older IndexedDB one', async ({ page, origin }) => {
  const copy = (title, at) => ({
    version: 1,
    at,
    seq: 1,
    file: null,
    history: { past: [], present: emptyWork(title), future: [] },
  });
  await seedStorage(page, origin, {
    idb: copy('Older, in IndexedDB', 1000),
    local: JSON.stringify(copy('Newer, in localStorage', 2000)),
  });
  await page.goto(`${origin}/edit.html`);
  await page.getByText('Your work was restored').waitFor();
  expect(await field(page, 'Title').inputValue(), 'the newest copy is restored').toBe('Newer, in localStorage');
});

test('studio safety: ?data= asks before replacing unsaved work, and a bad %-escape says what to fix', async ({
  page,
  origin,
  shot,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await seedStorage(page, origin, {});
  await page.goto(`${origin}/edit.html`);
  await page.getByRole('button', { name: 'Start an empty dataset' }).click();
  await field(page, 'Title').fill('Unsaved work');
  await page.getByText('every change kept in this browser').waitFor();
  // The status is shown from the first save on; wait for the save of this change before leaving
  // (a reader leaving sooner is asked by the browser's beforeunload prompt instead).
  await expect.poll(() => savedText(page), { message: 'the change is saved' }).toContain('Unsaved work');
  await page.goto(`${origin}/edit.html?data=/tests/fixtures/minimal.json`);
  const ask = page.getByRole('alertdialog');
  await ask.waitFor();
  expect(await ask.innerText(), 'the dialog names the address').toContain('/tests/fixtures/minimal.json');
  await shot('studio-safety-ask-1280');
  await ask.getByRole('button', { name: 'Keep my work' }).click();
  expect(await field(page, 'Title').inputValue(), 'the work is kept').toBe('Unsaved work');
  await page.reload();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Open it' }).click();
  await page.getByText('/tests/fixtures/minimal.json').first().waitFor();
  expect(
    (await field(page, 'Title').inputValue()).startsWith('Test fixture'),
    'the address opens when asked to',
  ).toBeTruthy();

  await seedStorage(page, origin, {});
  await page.goto(`${origin}/edit.html?data=/tests/fixtures/min%25ZZimal.json`.replace('%25', '%'));
  await page.getByRole('alert').filter({ hasText: 'which is not a %-escape: write a literal % as %25' }).waitFor();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page
      .getByRole('button', { name: 'Start an empty dataset' })
      .click()
      .then(() => page.getByRole('button', { name: 'Save JSON' }).click()),
  ]);
  expect(download.suggestedFilename().endsWith('.json'), download.suggestedFilename()).toBeTruthy();
});
