// The Engagements table in the browser: a record's quote is a few key presses from page load, the
// keys are shown while the rows have focus, and the columns leave "What" room enough for short rows.
import { test, expect } from './fixtures.mjs';

const ready = (page) => page.locator('#records tr[data-at]').first().waitFor();
const focused = (page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return {
      text: el?.textContent?.trim() ?? '',
      quote: !!el?.matches('#records tr[data-at="0"] .quote-toggle'),
      skip: !!el?.matches('a.skip-link[href="#records"]'),
    };
  });

test('table: from page load, at most 5 Tab presses (following the skip link) reach the first record’s Quote button, and Enter opens it', async ({
  page,
  origin,
}) => {
  await page.goto(origin + '/');
  await ready(page);
  let tabs = 0;
  let followed = false;
  for (; tabs < 60;) {
    await page.keyboard.press('Tab');
    tabs += 1;
    const now = await focused(page);
    if (now.quote) break;
    if (now.skip && !followed) {
      expect(now.text, `the skip link reads "${now.text}"`).toBe('Skip to the engagements table');
      expect(
        await page.locator('a.skip-link[href="#records"]').isVisible(),
        'the skip link shows when it has focus',
      ).toBeTruthy();
      await page.keyboard.press('Enter');
      followed = true;
    }
  }
  expect(followed, 'a skip link to the table is among the first Tab stops').toBeTruthy();
  expect((await focused(page)).quote, 'Tab never reached the first record’s Quote button').toBeTruthy();
  expect(tabs, `${tabs} Tab presses to the first record’s Quote button`).toBeLessThanOrEqual(5);
  // The keys are shown while the rows have focus.
  const hint = page.locator('#records').locator('xpath=ancestor::table/following-sibling::p[1]');
  expect(await hint.isVisible(), 'the keys note shows while the table has focus').toBeTruthy();
  expect(await hint.innerText(), 'the note says what the arrows do').toMatch(/up and down arrows/);
  await page.keyboard.press('Enter');
  const button = page.locator('#records tr[data-at="0"] .quote-toggle').first();
  expect(await button.getAttribute('aria-expanded'), 'Enter opens the quote').toBe('true');
  const quote = page.locator(`[id="${await button.getAttribute('aria-controls')}"]`);
  expect(await quote.isVisible(), 'the opened quote is visible').toBeTruthy();
  // It reads across the table, not in the narrow sources column.
  const [q, table] = await Promise.all([quote.boundingBox(), page.locator('#records').boundingBox()]);
  expect(
    q.width,
    `the quote is ${Math.round(q.width)} px wide in a ${Math.round(table.width)} px table`,
  ).toBeGreaterThan(table.width * 0.5);
});

test.describe(() => {
  test.use({ viewport: { width: 1280, height: 900 } });
  test('table: at 1280 px "What" is the widest column and most rows are a few lines tall', async ({
    page,
    origin,
    shot,
  }) => {
    await page.goto(origin + '/');
    await ready(page);
    const { what, others, heights, line } = await page.evaluate(() => {
      const widths = Object.fromEntries(
        [...document.querySelectorAll('#records tr[data-at="0"] td')].map((td) => [
          td.className.split(' ')[0],
          td.getBoundingClientRect().width,
        ]),
      );
      const rows = [...document.querySelectorAll('#records tr[data-at]')].map(
        (tr) => tr.getBoundingClientRect().height,
      );
      const td = document.querySelector('#records td.what');
      return {
        what: widths.what,
        others: Object.entries(widths)
          .filter(([k]) => k !== 'what')
          .map(([, w]) => w),
        heights: rows,
        line: parseFloat(getComputedStyle(td).lineHeight) || 20,
      };
    });
    await shot('table-1280');
    expect(
      others.every((w) => w < what),
      `What (${Math.round(what)} px) is narrower than another column (${others.map(Math.round).join(', ')})`,
    ).toBeTruthy();
    expect(what, `What is ${Math.round(what)} px wide`).toBeGreaterThanOrEqual(350);
    const sorted = [...heights].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)];
    // Padding of 16 px; a row of five lines of text or fewer.
    expect(
      median,
      `the median row is ${Math.round(median)} px tall (${Math.round((median - 16) / line)} lines)`,
    ).toBeLessThanOrEqual(5 * line + 16 + 1);
  });
});

test.describe(() => {
  test.use({ viewport: { width: 375, height: 800 } });
  test('table: at 375 px each record is a card, nothing wider than the screen, and its quote opens', async ({
    page,
    origin,
    shot,
  }) => {
    await page.goto(origin + '/');
    await ready(page);
    const row = page.locator('#records tr[data-at="0"]');
    await row.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    const box = await row.boundingBox();
    expect(
      box.x >= 0 && box.x + box.width <= 375,
      `the first card spans ${Math.round(box.x)}–${Math.round(box.x + box.width)} px`,
    ).toBeTruthy();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(overflow, `the page is ${overflow} px wide`).toBeLessThanOrEqual(375);
    const button = row.locator('.quote-toggle').first();
    await button.click();
    const quote = page.locator(`[id="${await button.getAttribute('aria-controls')}"]`);
    expect(await quote.isVisible(), 'the quote opens in a card').toBeTruthy();
    const q = await quote.boundingBox();
    expect(q.x + q.width, 'the quote fits the screen').toBeLessThanOrEqual(375);
    await shot('table-375');
  });
});
