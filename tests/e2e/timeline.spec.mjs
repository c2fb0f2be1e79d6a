// The timeline of UNGA sessions in Chromium: session toggles, marks with tooltips, both widths.
import { join } from 'node:path';
import { test, assert, ROOT } from './harness.mjs';

const timeline = (page) => page.getByRole('figure', { name: /^UNGA sessions/ });

test('timeline: sessions with the gap between them, one mark per engagement', async ({ page, origin }) => {
  await page.goto(origin + '/');
  const fig = timeline(page);
  await fig.waitFor();
  const text = await fig.innerText();
  assert(/78th/.test(text) && /80th/.test(text), 'both sessions labelled');
  assert(/79th\s+(session\s+)?(· )?2024/.test(text) && /no recorded visit/.test(text), `the 79th session shows as a gap: ${text.slice(0, 400)}`);
  const marks = await fig.getByRole('img').count();
  assert(marks === 24, `one mark per engagement (24), got ${marks}`);
  await fig.screenshot({ path: join(ROOT, 'test-results/screenshots/timeline-1280.png') });
});

test('timeline: clicking a session filters by its year; hovering a mark shows who, what and the publisher', async ({ page, origin }) => {
  await page.goto(origin + '/');
  const fig = timeline(page);
  await fig.getByRole('button', { name: /^78th/ }).click();
  await page.waitForURL(/\?year=2023$/);
  assert((await fig.getByRole('button', { name: /^78th/ }).getAttribute('aria-pressed')) === 'true', 'the session shows as selected');
  const rows = await page.getByRole('figure', { name: /^Engagements/ }).locator('tbody tr').allInnerTexts();
  assert(rows.length > 0 && !rows.some((r) => /Zelenskyy/.test(r)), 'the table follows the year');
  const raisi = fig.getByRole('img', { name: /Raisi/ });
  await raisi.hover();
  const tip = await fig.getByRole('tooltip').innerText();
  assert(/Raisi/.test(tip) && /Kazinform/.test(tip), `tooltip names who and the publisher: ${tip}`);
});

test('timeline and deal chart: marks that are buttons press like buttons: no text caret or selection in the drawing', async ({ page, origin }) => {
  await page.goto(origin + '/');
  const marks = [
    ['a session', timeline(page).getByRole('button', { name: /^78th/ })],
    ['a bar', page.getByRole('figure', { name: /^Deal values by company/ }).locator('svg [role="button"]').first()],
  ];
  for (const [what, mark] of marks) {
    await page.evaluate(() => getSelection()?.removeAllRanges());
    await mark.click();
    const selection = await page.evaluate(() => getSelection()?.type);
    assert(selection === 'None', `pressing ${what} leaves no caret or selection (${selection})`);
    await mark.click();
  }
});

test('timeline: keyboard reaches sessions and toggles them with Enter', async ({ page, origin }) => {
  await page.goto(origin + '/');
  const session = timeline(page).getByRole('button', { name: /^80th/ });
  await session.focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/\?year=2025$/);
  await page.keyboard.press('Enter');
  await page.waitForURL((u) => u.search === '');
});

test('timeline: at 375 px it stays inside the screen with labels readable', async ({ page, origin }) => {
  await page.goto(origin + '/');
  const fig = timeline(page);
  await fig.waitFor();
  const box = await fig.boundingBox();
  assert(box.x >= 0 && box.x + box.width <= 375, `figure inside the viewport: ${JSON.stringify(box)}`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert(overflow <= 0, `no sideways scrolling (${overflow}px)`);
  await fig.screenshot({ path: join(ROOT, 'test-results/screenshots/timeline-375.png') });
}, { viewport: { width: 375, height: 800 } });
