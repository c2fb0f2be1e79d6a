// The deal chart in Chromium: bars, undisclosed list, click-to-filter by company, both widths.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { tsImport } from 'tsx/esm/api';
import { test, expect, ROOT, writeAtomically } from './fixtures.mjs';

/** A seeded synthetic dataset of 300 engagements, written at test time (never committed). */
async function generated() {
  const dir = join(ROOT, 'tests/e2e/generated');
  const { synthDataset } = await tsImport('../../scripts/synth/generate.ts', import.meta.url);
  mkdirSync(dir, { recursive: true });
  writeAtomically(join(dir, 'synth-deals-300.json'), JSON.stringify(synthDataset({ engagements: 300, seed: 7 })));
  return '/tests/e2e/generated/synth-deals-300.json';
}

const deals = (page) => page.getByRole('figure', { name: /^Deal values by company/ });

test('deals: bars keep their qualifiers, one kind of money each; undisclosed deals are listed, never drawn as zero', async ({
  page,
  origin,
}) => {
  await page.goto(origin + '/');
  const fig = deals(page);
  await fig.waitFor();
  // Wabtec's 2025 signed agreements and its 2023 plan are two bars in two groups, never "about $5.2B".
  expect(
    await fig.getByRole('button', { name: /^Wabtec about \$4\.2B/ }).count(),
    'Wabtec agreement bar named with its qualified value',
  ).toBe(1);
  expect(await fig.getByRole('button', { name: /^Wabtec about \$1B/ }).count(), 'Wabtec plan bar apart').toBe(1);
  const text = await fig.innerText();
  expect(text, `no total adds the plan to the agreement: ${text.slice(0, 300)}`).not.toMatch(/5\.2B/);
  expect(text, `undisclosed deals listed: ${text.slice(0, 300)}`).toMatch(/Value undisclosed \(9 deals\)/);
  expect(text, 'what was announced is shown for undisclosed deals').toMatch(/300,000 SMEs/);
  expect(text, 'no zero bar for an undisclosed company').not.toMatch(/Citigroup: \$0/);
  await fig.screenshot({ path: join(ROOT, 'test-results/screenshots/deals-1280.png') });
});

/** The header's figures per kind ("Signed agreements" → "about $4.2B in 1 deal"). */
async function headerKinds(page) {
  const summary = page.getByRole('region', { name: 'Summary of the selected records' });
  return summary
    .locator('dl > div')
    .evaluateAll((divs) =>
      divs.map((d) => [
        d.querySelector('dt')?.textContent?.trim() ?? '',
        (d.querySelector('dd')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      ]),
    );
}

/** The deal chart's group headings ("Signed agreements: about $4.2B (1 deal)"), as drawn. */
async function chartKinds(page) {
  return deals(page)
    .locator('svg text[font-weight="700"]')
    .evaluateAll((texts) => [...new Set(texts.map((t) => t.textContent?.trim() ?? ''))]);
}

const KINDS = [
  'Signed agreements',
  'Announced plans',
  'Financing',
  'Programs and projects',
  'Invested in earlier years',
];

for (const { name, path } of [
  { name: 'the bundled dataset', path: '/' },
  { name: 'the bundled dataset, cumulative included', path: '/?cumulative=yes&planned=yes' },
  { name: 'a small fixture with every kind', path: '/?data=/tests/fixtures/deals-small.json&cumulative=yes' },
  {
    name: 'a generated dataset',
    path: async () => `/?data=${encodeURIComponent(await generated())}&cumulative=yes&show-all=yes`,
  },
]) {
  test(`deals: no total crosses kinds, and the header and the chart print the same figure per kind (${name})`, async ({
    page,
    origin,
  }) => {
    await page.goto(origin + (typeof path === 'function' ? await path() : path));
    await deals(page).waitFor();
    await page.waitForTimeout(300);
    const header = (await headerKinds(page)).filter(([term]) => KINDS.includes(term));
    const chart = await chartKinds(page);
    expect(chart.length, `the chart has a group per kind: ${chart}`).toBeGreaterThan(0);
    // Every heading names exactly one kind, and each kind once.
    const kindsDrawn = chart.map((h) => KINDS.filter((k) => h.startsWith(`${k}:`)));
    expect(
      kindsDrawn.every((k) => k.length === 1),
      `one kind per group heading: ${chart.join(' | ')}`,
    ).toBeTruthy();
    expect(new Set(kindsDrawn.flat()).size, `each kind drawn once: ${chart.join(' | ')}`).toBe(chart.length);
    // The header's figure for a kind is the chart's: "about $4.2B in 1 deal" ↔ "about $4.2B (1 deal)".
    expect(header.length, `as many kinds in the header (${header.map((h) => h[0])}) as in the chart (${chart})`).toBe(
      chart.length,
    );
    for (const [term, figure] of header) {
      const heading = chart.find((h) => h.startsWith(`${term}:`));
      const m = /^(.*) in (\d+) deals?$/.exec(figure);
      expect(
        heading && m && heading === `${term}: ${m[1]} (${m[2]} deal${m[2] === '1' ? '' : 's'})`,
        `header "${term}: ${figure}" is the chart's "${heading}"`,
      ).toBeTruthy();
    }
    // A bar's name begins with what it shows, and no bar adds two kinds: each sits in one group.
    const bars = await deals(page)
      .locator('g.row[role="button"]')
      .evaluateAll((gs) =>
        gs.map((g) => ({
          label: g.getAttribute('aria-label') ?? '',
          shown: [...g.querySelectorAll('text')].map((t) => t.textContent?.trim()).join(' '),
        })),
      );
    expect(
      bars.length > 0 && bars.every((b) => b.label.startsWith(b.shown)),
      `names begin with the visible text: ${JSON.stringify(bars.slice(0, 3))}`,
    ).toBeTruthy();
  });
}

test('deals: clicking a bar filters by company in the URL and the other views follow', async ({ page, origin }) => {
  await page.goto(origin + '/');
  // Wabtec has a bar in two kinds; either filters by the company.
  await deals(page)
    .getByRole('button', { name: /^Wabtec/ })
    .first()
    .click();
  await page.waitForURL(/\?company=wabtec$/);
  const rows = await page
    .getByRole('figure', { name: /^Engagements/ })
    .locator('tbody tr')
    .allInnerTexts();
  expect(
    rows.length > 0 && rows.every((r) => /Wabtec|Santana|Lutnick/.test(r)),
    `only Wabtec records: ${rows.length}`,
  ).toBeTruthy();
});

test('deals: including cumulative investments adds a group of its own, never added to the agreement', async ({
  page,
  origin,
}) => {
  await page.goto(origin + '/');
  const fig = deals(page);
  await fig.getByRole('checkbox', { name: /Include cumulative/ }).check();
  await fig.getByRole('button', { name: /^Wabtec over \$230M/ }).waitFor();
  const names = await fig
    .getByRole('button', { name: /^Wabtec/ })
    .evaluateAll((gs) => gs.map((g) => g.getAttribute('aria-label')));
  expect(names.length, `three Wabtec bars, one per kind: ${names}`).toBe(3);
  expect(
    names.every((n) => !/4\.4|5\.4/.test(n ?? '')),
    `no sum of the agreement and the money spent since 2009: ${names}`,
  ).toBeTruthy();
  const summary = await page.getByRole('region', { name: 'Summary of the selected records' }).innerText();
  expect(summary, `the header shows the same kind: ${summary}`).toMatch(/Invested in earlier years\s+over \$230M/);
});

test.describe(() => {
  test.use({ viewport: { width: 375, height: 800 } });
  test('deals: at 375 px the chart fits and labels do not overflow', async ({ page, origin }) => {
    await page.goto(origin + '/');
    const fig = deals(page);
    await fig.waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `no sideways scrolling (${overflow}px)`).toBeLessThanOrEqual(0);
    await fig.screenshot({ path: join(ROOT, 'test-results/screenshots/deals-375.png') });
  });
});
