// Downloads from the dashboard say exactly what they show: every view in every format states the
// filters and the view options in force (never something derived from the records), names its
// file after them, and carries the options the reader set (a chart coloured by session downloads
// coloured by session). PNGs are kept for a person to look at.
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect, ROOT, SHOTS } from './fixtures.mjs';
import { csvwProblems, liveFormulasInCsv, liveFormulasInJson, readCsvStrictly } from '../csvw.mjs';

const FIGURES = {
  map: /^Counterpart countries/,
  timeline: /^UNGA sessions/,
  deals: /^Deal values by company/,
  table: /^Engagements/,
};
const TITLES = {
  map: 'Counterpart countries',
  timeline: 'UNGA sessions',
  deals: 'Deal values by company',
  table: 'Engagements',
};
/** Whose data, before the view's title, in every picture. */
const DELEGATION = 'Kazakhstan · Kassym-Jomart Tokayev: ';

async function downloadFrom(page, frame, name) {
  const [dl] = await Promise.all([page.waitForEvent('download'), frame.getByRole('button', { name }).click()]);
  const chunks = await (await dl.createReadStream()).toArray();
  return { body: Buffer.concat(chunks), filename: dl.suggestedFilename() };
}

/**
 * Download CSV gives two files from one click: the table, then its CSV on the Web metadata. Each
 * is read as a reader's tools read it: the CSV strictly (header row first, every row as wide),
 * the metadata checked as CSVW against that CSV.
 */
async function csvFrom(page, frame) {
  const file = (ending) => page.waitForEvent('download', { predicate: (d) => d.suggestedFilename().endsWith(ending) });
  const [csvDl, metaDl] = await Promise.all([
    file('.csv'),
    file('.csv-metadata.json'),
    frame.getByRole('button', { name: /Download CSV/ }).click(),
  ]);
  const read = async (dl) => Buffer.concat(await (await dl.createReadStream()).toArray());
  const bytes = await read(csvDl);
  const csv = readCsvStrictly(new Uint8Array(bytes));
  const meta = JSON.parse((await read(metaDl)).toString('utf8'));
  const problems = csvwProblems(meta, { csvName: csvDl.suggestedFilename(), header: csv.header, rows: csv.rows });
  expect(problems.length, `the metadata describes its CSV as CSVW: ${problems.join('; ')}`).toBe(0);
  expect(metaDl.suggestedFilename(), `the metadata is named after its CSV: ${metaDl.suggestedFilename()}`).toBe(
    `${csvDl.suggestedFilename()}-metadata.json`,
  );
  return { bytes, csv, meta, filename: csvDl.suggestedFilename() };
}

/** The root <svg>, parsed as the browser parses an SVG file: size, title, and the texts in order. */
function parseSvg(page, text) {
  return page.evaluate((svg) => {
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const root = doc.documentElement;
    return {
      errors: doc.getElementsByTagName('parsererror').length,
      tag: root.localName,
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      title: root.querySelector('title')?.textContent ?? '',
      titleId: root.children[0]?.localName === 'title' ? root.children[0].id : 'not first',
      desc: root.children[1]?.localName === 'desc' ? (root.children[1].textContent ?? '') : '',
      descId: root.children[1]?.id,
      labelledBy: root.getAttribute('aria-labelledby'),
      describedBy: root.getAttribute('aria-describedby'),
      texts: [...root.querySelectorAll('text')].map((t) => t.textContent ?? ''),
      fills: [...new Set([...root.querySelectorAll('[fill]')].map((e) => e.getAttribute('fill')))],
    };
  }, text);
}

async function open(page, origin, query, view) {
  await page.goto(origin + '/' + query);
  const frame = page.locator(`[data-view="${view}"]`);
  await frame.getByRole('figure', { name: FIGURES[view] }).waitFor();
  return frame;
}

// Each view, each state: the SVG's subtitle, the PNG's size, the CSV's metadata, the JSON's
// context and the file names all state exactly these filters and options.
const STATES = [
  { query: '?country=IRN', context: 'Iran · all sessions', stem: 'irn' },
  { query: '?year=2025&country=USA', context: '2025 · United States', stem: '2025-usa' },
];
for (const view of ['map', 'timeline', 'deals', 'table']) {
  for (const { query, context, stem } of STATES) {
    test(`export: ${view} with ${query} states exactly its filters in SVG, PNG, CSV and JSON`, async ({
      page,
      origin,
    }) => {
      const frame = await open(page, origin, query, view);
      const svg = await downloadFrom(page, frame, /Download SVG/);
      expect(svg.filename, `file name says view and filters: ${svg.filename}`).toBe(`${view}-${stem}.svg`);
      const text = svg.body.toString('utf8');
      expect(text.startsWith('<?xml'), 'an XML prolog starts the file').toBeTruthy();
      const parsed = await parseSvg(page, text);
      expect(
        parsed.errors === 0 && parsed.tag === 'svg' && parsed.width > 0 && parsed.height > 0,
        `parses with a size: ${JSON.stringify({ ...parsed, texts: [] })}`,
      ).toBeTruthy();
      expect(
        parsed.title === DELEGATION + TITLES[view] && parsed.texts[0] === DELEGATION + TITLES[view],
        `title: ${parsed.title} / ${parsed.texts[0]}`,
      ).toBeTruthy();
      expect(
        parsed.desc.length > 20 && parsed.labelledBy === parsed.titleId && parsed.describedBy === parsed.descId,
        `labelled and described: ${JSON.stringify(parsed)}`,
      ).toBeTruthy();
      expect(parsed.texts[1], `the subtitle states the filters: "${parsed.texts[1]}" should be "${context}"`).toBe(
        context,
      );
      expect(text, 'no classes, tab stops or HTML islands in the file').not.toMatch(/\sclass=|tabindex|foreignObject/);
      expect(text, 'the bundled font is embedded').toMatch(/@font-face\s*\{\s*font-family:\s*'Noto Sans'/);

      const png = await downloadFrom(page, frame, /Download PNG/);
      expect(png.filename, `PNG file name: ${png.filename}`).toBe(`${view}-${stem}.png`);
      expect(png.body.subarray(1, 4).toString('latin1'), 'the file is a PNG').toBe('PNG');
      expect(
        png.body.readUInt32BE(16) === 2 * parsed.width && png.body.readUInt32BE(20) === 2 * parsed.height,
        'PNG at twice the size',
      ).toBeTruthy();
      if (stem === 'irn') await writeFile(join(SHOTS, `export-${view}.png`), png.body);

      const csv = await csvFrom(page, frame);
      expect(csv.filename, `CSV file name: ${csv.filename}`).toBe(`${view}-${stem}.csv`);
      expect(
        csv.bytes[0] === 0xef && csv.bytes[1] === 0xbb && csv.bytes[2] === 0xbf,
        'a UTF-8 byte-order mark, so Excel reads the file as UTF-8',
      ).toBeTruthy();
      expect(
        csv.bytes.subarray(3).toString('utf8'),
        `the header row is line 1: ${csv.bytes.subarray(0, 80).toString('utf8')}`,
      ).toMatch(/^[a-z_]+,/);
      expect(
        csv.meta['dc:title'] === TITLES[view] && csv.meta['dc:description'] === context,
        `the metadata says what the file holds: ${csv.meta['dc:title']} · ${csv.meta['dc:description']}`,
      ).toBeTruthy();
      expect(csv.meta['dc:source'].length, 'the metadata names the sources').toBeGreaterThan(0);

      const json = JSON.parse((await downloadFrom(page, frame, /Download JSON/)).body.toString('utf8'));
      expect(json.context === context && json.view === view, `JSON context: ${json.context}`).toBeTruthy();
    });
  }
}

test('export: the records are the filtered ones: Download CSV of the deal chart holds exactly the 2025 deals', async ({
  page,
  origin,
}) => {
  const frame = await open(page, origin, '?year=2025', 'deals');
  const { csv } = await csvFrom(page, frame);
  expect(csv.header.join(',').startsWith('id,session,year,company,'), `deal columns: ${csv.header}`).toBeTruthy();
  const data = JSON.parse(readFileSync(join(ROOT, 'data/kazakhstan-unga.json'), 'utf8'));
  const sessions2025 = new Set(data.sessions.filter((s) => s.year === 2025).map((s) => s.number));
  // The chart leaves cumulative investments out unless they are included: so does its file.
  const expected = data.deals
    .filter((d) => sessions2025.has(d.session) && d.basis !== 'cumulative-investment')
    .map((d) => d.id);
  const ids = csv.rows.map((row) => row[0]);
  expect(
    expected.length > 0 && expected.length < data.deals.length,
    'the year filter leaves some deals out',
  ).toBeTruthy();
  // In the chart's order (largest first): the same deals as a set.
  expect(JSON.stringify([...ids].sort()), `CSV ids ${ids} should be ${expected}`).toBe(
    JSON.stringify([...expected].sort()),
  );
  expect(ids[0], `the largest deal first, as the chart shows it: ${ids[0]}`).toBe('d2025-wabtec-agreement');
});

test('export: a hostile dataset downloads as a CSV and metadata with no live formula, both strictly readable', async ({
  page,
  origin,
}) => {
  await page.goto(`${origin}/?data=/tests/fixtures/hostile.json`);
  const frame = page.locator('[data-view="table"]');
  await frame.getByRole('figure', { name: FIGURES.table }).waitFor();
  const { csv, meta } = await csvFrom(page, frame);
  const live = [...liveFormulasInCsv(csv), ...liveFormulasInJson(meta)];
  expect(live.length, `no cell and no metadata string starts a formula: ${live.join(' | ')}`).toBe(0);
  expect(
    meta['dc:source'][0]['dc:publisher'],
    `the publisher is guarded in the metadata: ${meta['dc:source'][0]['dc:publisher']}`,
  ).toBe("'-2+3 Publisher ]]>");
  expect(csv.rows.flat(), 'and in the CSV').toContain("'-2+3 Publisher ]]>");
});

test('export: options set in the page travel to the file, the URL, the share link and the embed code', async ({
  page,
  origin,
}) => {
  const frame = await open(page, origin, '', 'deals');
  const defaultSvg = await parseSvg(page, (await downloadFrom(page, frame, /Download SVG/)).body.toString('utf8'));
  await frame.getByRole('radio', { name: 'session' }).check();
  await frame.getByRole('checkbox', { name: /Include cumulative investments/ }).check();
  await page.waitForURL(/colour-by=session&cumulative=yes/);

  const svg = await downloadFrom(page, frame, /Download SVG/);
  expect(svg.filename, `file name says the options: ${svg.filename}`).toBe('deals-by-session-cumulative.svg');
  const parsed = await parseSvg(page, svg.body.toString('utf8'));
  expect(parsed.texts[1], `subtitle: ${parsed.texts[1]}`).toBe(
    'all sessions · coloured by session · cumulative investments included',
  );
  // Coloured by session: viridis colours that the default (by basis, Okabe–Ito) file does not have.
  const sessionFills = parsed.fills.filter((f) => !defaultSvg.fills.includes(f));
  expect(sessionFills.length, `the file is coloured by session: new fills ${sessionFills}`).toBeGreaterThanOrEqual(2);
  expect(
    parsed.texts.some((t) => /\$230M/.test(t)),
    'the cumulative investment is drawn',
  ).toBeTruthy();

  await frame.getByRole('button', { name: 'Share / embed' }).click();
  const link = await frame.getByRole('textbox', { name: /Link/ }).inputValue();
  expect(
    /colour-by=session/.test(link) && /cumulative=yes/.test(link),
    `share link keeps the options: ${link}`,
  ).toBeTruthy();
  const code = await frame.getByRole('textbox', { name: /Embed code/ }).inputValue();
  expect(code, `embed code keeps the options: ${code}`).toMatch(/colour-by=session&amp;cumulative=yes&amp;embed=deals/);

  // The embed shows the chart the way it was shared.
  const src = /src="([^"]+)"/.exec(code)[1].replaceAll('&amp;', '&');
  await page.goto(src.replace(/^https?:\/\/[^/]+/, origin));
  await page.getByRole('figure', { name: FIGURES.deals }).waitFor();
  expect(
    await page.getByRole('radio', { name: 'session' }).isChecked(),
    'the embed is coloured by session',
  ).toBeTruthy();
  const h1 = await page.getByRole('heading', { level: 1 }).innerText();
  expect(h1, `the embed's heading states the options: ${h1}`).toMatch(/coloured by session/);
});
