// The deal chart in Chromium: bars, undisclosed list, click-to-filter by company, both widths.
import { join } from 'node:path';
import { test, assert, ROOT } from './harness.mjs';

const deals = (page) => page.getByRole('figure', { name: /^Deal values by company/ });

test('deals: bars keep their qualifiers, undisclosed deals are listed, never drawn as zero', async ({ page, origin }) => {
  await page.goto(origin + '/');
  const fig = deals(page);
  await fig.waitFor();
  const bar = fig.getByRole('button', { name: /^Wabtec: about \$5\.2B/ });
  assert((await bar.count()) === 1, 'Wabtec bar named with its qualified value');
  const text = await fig.innerText();
  assert(/Value undisclosed \(9 deals\)/.test(text), `undisclosed deals listed: ${text.slice(0, 300)}`);
  assert(/300,000 SMEs/.test(text), 'what was announced is shown for undisclosed deals');
  assert(!/Citigroup: \$0/.test(text), 'no zero bar for an undisclosed company');
  await fig.screenshot({ path: join(ROOT, 'test-results/screenshots/deals-1280.png') });
});

test('deals: clicking a bar filters by company in the URL and the other views follow', async ({ page, origin }) => {
  await page.goto(origin + '/');
  await deals(page).getByRole('button', { name: /^Wabtec/ }).click();
  await page.waitForURL(/\?company=wabtec$/);
  const rows = await page.getByRole('figure', { name: /^Engagements/ }).locator('tbody tr').allInnerTexts();
  assert(rows.length > 0 && rows.every((r) => /Wabtec|Santana|Lutnick/.test(r)), `only Wabtec records: ${rows.length}`);
});

test('deals: including cumulative investments adds the hatched Wabtec segment', async ({ page, origin }) => {
  await page.goto(origin + '/');
  const fig = deals(page);
  await fig.getByRole('checkbox', { name: /Include cumulative/ }).check();
  const name = await fig.getByRole('button', { name: /^Wabtec/ }).getAttribute('aria-label');
  assert(/5\.43B/.test(name ?? ''), `the total now includes over $230M: ${name}`);
});

test('deals: at 375 px the chart fits and labels do not overflow', async ({ page, origin }) => {
  await page.goto(origin + '/');
  const fig = deals(page);
  await fig.waitFor();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert(overflow <= 0, `no sideways scrolling (${overflow}px)`);
  await fig.screenshot({ path: join(ROOT, 'test-results/screenshots/deals-375.png') });
}, { viewport: { width: 375, height: 800 } });
