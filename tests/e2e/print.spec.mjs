// Print is a report: printed to PDF by Chromium, one page per view (on a filter whose table fits
// a page), no view wider than the page, no control or empty heading on paper, the filters stated
// on every view's page, session labels, table headers and quotes kept. The bundled dataset and
// 2025 are printed within a page budget and their PDFs read back with poppler's pdftotext (the
// table's headers on every page it continues on, no control's words, a running footer); the PDFs
// and their pages as PNGs are kept in test-results/ for a person to look at.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect, ROOT } from './fixtures.mjs';

// A4 landscape less the 10 mm margins of app.css, in CSS pixels.
const PAGE_WIDTH = Math.floor(((297 - 20) / 25.4) * 96);

async function ready(page, origin, query) {
  await page.goto(origin + '/' + query);
  await page.getByRole('figure', { name: /^Engagements/ }).waitFor();
  await page.locator('.maplibre[data-ready="true"], .map-drawing').first().waitFor({ timeout: 30_000 });
  // The SVG map that replaces MapLibre's canvas on paper is fetched while idle.
  await page.waitForTimeout(1500);
}

test('print: one page per view, the filters stated on each, nothing cut, no controls', async ({ page, origin }) => {
  await ready(page, origin, '?country=UKR');
  const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  await writeFile(join(ROOT, 'test-results', 'print-ukr.pdf'), pdf);
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages, `four views, four pages: got ${pages}`).toBe(4);

  // The same layout, examined: print media at the page's width.
  await page.setViewportSize({ width: PAGE_WIDTH, height: 800 });
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  const report = await page.evaluate((width) => {
    const visible = (el) => {
      const s = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      return (
        s.display !== 'none' &&
        s.visibility !== 'hidden' &&
        r.width > 0 &&
        r.height > 0 &&
        !el.closest('.visually-hidden')
      );
    };
    const frames = [...document.querySelectorAll('.frame')].map((f) => ({
      view: f.getAttribute('data-view'),
      width: Math.max(
        f.scrollWidth,
        ...[...f.querySelectorAll('svg, table')].map(
          (e) => e.getBoundingClientRect().right - f.getBoundingClientRect().left,
        ),
      ),
      context: f.querySelector('.print-context')?.textContent?.trim(),
      contextShown: visible(f.querySelector('.print-context')),
      source: f.querySelector('.print-source')?.textContent?.trim(),
    }));
    const controls = [
      ...document.querySelectorAll('button:not(.print-text), input, select, textarea, [role="toolbar"], progress'),
    ]
      .filter(visible)
      .map((e) => e.outerHTML.slice(0, 80));
    const emptyHeadings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6, figcaption, .list-title')]
      .filter(visible)
      .filter((h) => {
        if (!h.textContent?.trim()) return true;
        // A list title with nothing visible after it prints as an empty heading.
        const list = h.nextElementSibling;
        return h.classList.contains('list-title') && list && ![...list.querySelectorAll('li')].some(visible);
      })
      .map((h) => h.outerHTML.slice(0, 80));
    const text = document.body.innerText;
    return { width, frames, controls, emptyHeadings, text };
  }, PAGE_WIDTH);
  for (const f of report.frames) {
    expect(f.width, `${f.view} fits the page width: ${Math.round(f.width)} px of ${report.width}`).toBeLessThanOrEqual(
      report.width + 1,
    );
    expect(
      f.contextShown && f.context === 'Ukraine · all sessions',
      `${f.view} states the filter on paper: ${f.context}`,
    ).toBeTruthy();
    expect(f.source ?? '', `${f.view} names its sources: ${f.source}`).toMatch(/^Sources?: /);
  }
  expect(report.controls.length, `no control on paper: ${report.controls.join(' | ')}`).toBe(0);
  expect(report.emptyHeadings.length, `no empty heading on paper: ${report.emptyHeadings.join(' | ')}`).toBe(0);
  expect(report.text, 'session labels are printed').toMatch(/80th session · 2025/);
  expect(report.text, 'table headers are printed').toMatch(/When\s+Type\s+Who\s+What/);
  expect(report.text, 'quotes are printed').toMatch(/Toqayev later met with Ukrainian President Volodymyr Zelenskyy/);
  expect(report.text.split('Countries')[1] ?? '', 'the map’s list prints as text').toMatch(/Ukraine/);
  // On paper the map is SVG: the SVG map itself, or (where MapLibre draws on screen) its SVG stand-in.
  const paper = await page.evaluate(() => {
    const box = document.querySelector('.map-box');
    const visible = (el) => el && getComputedStyle(el).display !== 'none' && el.getBoundingClientRect().width > 0;
    return {
      svg: [...box.querySelectorAll('svg.map-drawing')].some(visible),
      canvas:
        [...box.querySelectorAll('.print-map ~ * canvas, canvas')]
          .filter((c) => !c.closest('.print-map'))
          .some(visible) && !box.querySelector('.print-map svg'),
    };
  });
  expect(
    paper.svg && !paper.canvas,
    `the map prints as SVG, not as a WebGL canvas: ${JSON.stringify(paper)}`,
  ).toBeTruthy();
});

test('print: a long view continues over pages, each view still starting its own', async ({ page, origin }) => {
  await ready(page, origin, '?year=2023');
  await page.emulateMedia({ media: 'print' });
  const breaks = await page.evaluate(() =>
    [...document.querySelectorAll('.frame')].map((f) => getComputedStyle(f).breakBefore),
  );
  expect(JSON.stringify(breaks), `the map follows the title; each other view starts a page: ${breaks}`).toBe(
    JSON.stringify(['auto', 'page', 'page', 'page']),
  );
  const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages, `at least a page per view: ${pages}`).toBeGreaterThanOrEqual(4);
  await writeFile(join(ROOT, 'test-results', 'print-2023.pdf'), pdf);
});

test('print: where MapLibre draws the map on screen, paper gets its SVG drawing', async ({ page, origin }) => {
  await page.addInitScript(() => localStorage.setItem('unga:map-renderer', 'maplibre'));
  await page.goto(origin + '/?country=UKR');
  await page.locator('.maplibre[data-ready="true"]').waitFor({ timeout: 30_000 });
  await page.waitForTimeout(1500);
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  expect(await page.locator('.print-map svg.map-drawing').count(), 'the SVG stand-in is drawn for paper').toBe(1);
  await page.evaluate(() => localStorage.removeItem('unga:map-renderer'));
});

const DATASET_TITLE = JSON.parse(readFileSync(join(ROOT, 'data', 'kazakhstan-unga.json'), 'utf8')).title.en;
// The words of every control, disclosure and hint the screen shows (en): none belongs on paper.
// "Deal sites" alone is the map legend's title; the disclosure reads "Deal sites (2)".
const CONTROL_WORDS = [
  /Clear filters/,
  /Show all/,
  /select to filter/,
  /Deal sites \(\d/,
  /▶/,
  /Show the data/,
  /Download/,
  /Share \/ embed/,
  /Skip to/,
  /\bQuote\b/,
  /Rows per page/,
  /Next page/,
  /Search/,
  /English/,
  /Русский/,
  /Қазақша/,
];
const TABLE_HEADERS = /When\s+Type\s+Who\s+What\s+Value\s+Sources/;
// A record's first line in the table: its session at the start of a line (the deal list's
// "project · 78th session, 2023" is not).
const TABLE_ROW = /^\s*\d+(?:st|nd|rd|th) session,/gm;

/** The page printed to an A4 landscape PDF, kept with its pages as PNGs; the text of each page. */
async function printed(page, name) {
  const pdf = await page.pdf({ format: 'A4', landscape: true, preferCSSPageSize: true, printBackground: true });
  const file = join(ROOT, 'test-results', `print-${name}.pdf`);
  await writeFile(file, pdf);
  execFileSync('pdftoppm', ['-png', '-r', '50', file, join(ROOT, 'test-results', `print-${name}`)]);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  return text.split('\f').slice(0, -1);
}

for (const { query, name, budget } of [
  { query: '', name: 'all', budget: 10 },
  { query: '?year=2025', name: '2025', budget: 7 },
]) {
  test(`print ${name}: within ${budget} A4 pages, the table's headers on each of its pages, a running footer, no control`, async ({
    page,
    origin,
  }) => {
    await ready(page, origin, query);
    const pages = await printed(page, name);
    const n = pages.length;
    expect(n, `${name} prints in at most ${budget} pages: got ${n}`).toBeLessThanOrEqual(budget);
    // The map's page is the first: the title, the summary and the whole map view, nothing of it left over.
    expect(
      pages[0].includes(DATASET_TITLE) && /Counterpart countries/.test(pages[0]) && /Basemap:/.test(pages[0]),
      'the first page has the title, summary and map',
    ).toBeTruthy();
    expect(
      pages[1],
      `the map's view ends on the first page; the timeline starts the second: ${pages[1].slice(0, 80)}`,
    ).toMatch(/^\s*Kazakhstan · Kassym-Jomart Tokayev: UNGA sessions/);
    const tablePages = pages
      .map((text, k) => ({ k, rows: (text.match(TABLE_ROW) ?? []).length, text }))
      .filter((p) => p.rows);
    expect(
      tablePages.length > 0 && /^\s*Kazakhstan · Kassym-Jomart Tokayev: Engagements/.test(tablePages[0].text),
      'the table starts a page under its title',
    ).toBeTruthy();
    for (const p of tablePages)
      expect(TABLE_HEADERS.test(p.text), `page ${p.k + 1} of the table repeats its column headers`).toBeTruthy();
    // Every page of the table but its last is full: at least 8 records on each.
    for (const p of tablePages.slice(0, -1))
      expect(p.rows, `page ${p.k + 1} holds at least 8 records: ${p.rows}`).toBeGreaterThanOrEqual(8);
    pages.forEach((text, k) => {
      const lines = text.split('\n').filter((l) => l.trim());
      // A running footer: the dataset's title and "k / n" on the last line of every page.
      const footer = lines.at(-1) ?? '';
      expect(
        footer.includes(DATASET_TITLE) && new RegExp(`\\b${k + 1}\\s*/\\s*${n}\\s*$`).test(footer),
        `page ${k + 1} has its running footer: ${footer}`,
      ).toBeTruthy();
      // No page holds only overflow: more than its footer and a line or two.
      expect(lines.length, `page ${k + 1} holds more than overflow: ${lines.join(' | ')}`).toBeGreaterThan(4);
      for (const words of CONTROL_WORDS)
        expect(words.test(text), `no control on paper: ${words} on page ${k + 1}`).toBeFalsy();
    });
  });
}

test('print from a phone: the table prints as a table, not as cards', async ({ page, origin }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await ready(page, origin, '?year=2025');
  const pages = await printed(page, '2025-phone');
  expect(pages.length, `within the budget from a phone too: ${pages.length}`).toBeLessThanOrEqual(7);
  const tablePages = pages.filter((text) => text.match(TABLE_ROW));
  expect(
    tablePages.length > 0 && tablePages.every((text) => TABLE_HEADERS.test(text)),
    'each page of the table has the column headers in a row',
  ).toBeTruthy();
});
