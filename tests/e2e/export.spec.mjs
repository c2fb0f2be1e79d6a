// Downloads of the deal chart from the dashboard: the SVG opens as SVG, the PNG is twice its
// size, the CSV holds exactly the filtered deals. The PNG is kept for a person to look at.
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, assert, ROOT, SHOTS } from './harness.mjs';

const TITLE = 'Deal values by company, US dollars';

async function downloadFrom(page, frame, name) {
  const [dl] = await Promise.all([page.waitForEvent('download'), frame.getByRole('button', { name }).click()]);
  const chunks = await (await dl.createReadStream()).toArray();
  return { body: Buffer.concat(chunks), filename: dl.suggestedFilename() };
}

/** Width and height of the root <svg>, parsed as the browser parses an SVG file (not as HTML). */
function svgSize(page, text) {
  return page.evaluate((svg) => {
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const root = doc.documentElement;
    return {
      errors: doc.getElementsByTagName('parsererror').length,
      tag: root.localName,
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      title: root.querySelector('title')?.textContent ?? '',
      text: root.textContent ?? '',
    };
  }, text);
}

test('export: the deal chart downloads as SVG that parses, with its title, and as a 2x PNG', async ({ page, origin }) => {
  await page.goto(origin + '/?year=2025');
  const frame = page.locator('[data-view="deals"]');
  await frame.getByRole('figure', { name: /^Deal values by company/ }).waitFor();

  const svg = await downloadFrom(page, frame, /Download SVG/);
  assert(svg.filename.endsWith('-deals-2025.svg'), `file name says view and year: ${svg.filename}`);
  const text = svg.body.toString('utf8');
  assert(text.startsWith('<?xml'), 'an XML prolog starts the file');
  const size = await svgSize(page, text);
  assert(size.errors === 0, `the file parses as SVG: ${text.slice(0, 300)}`);
  assert(size.tag === 'svg' && size.width > 0 && size.height > 0, `root <svg> with a size: ${JSON.stringify(size)}`);
  assert(size.title === TITLE && text.includes(`>${TITLE}</text>`), 'the title is in <title> and drawn as text');
  assert(size.text.includes('Year 2025.') && size.text.includes('about $4.2B'), `2025 only, Wabtec labelled: ${size.text.slice(0, 400)}`);
  assert(!/\sclass=|tabindex|foreignObject/.test(text), 'no classes, tab stops or HTML islands in the file');

  const png = await downloadFrom(page, frame, /Download PNG/);
  assert(png.filename.endsWith('-deals-2025.png'), `PNG file name: ${png.filename}`);
  assert(png.body.subarray(1, 4).toString('latin1') === 'PNG', 'the file is a PNG');
  const width = png.body.readUInt32BE(16);
  const height = png.body.readUInt32BE(20);
  assert(width === 2 * size.width && height === 2 * size.height, `PNG ${width}x${height} is twice the SVG's ${size.width}x${size.height}`);
  await writeFile(join(SHOTS, 'export-deals.png'), png.body);
});

test('export: Download CSV of the deal chart holds exactly the 2025 deals', async ({ page, origin }) => {
  await page.goto(origin + '/?year=2025');
  const frame = page.locator('[data-view="deals"]');
  const csv = await downloadFrom(page, frame, /Download CSV/);
  const [header, ...lines] = csv.body.toString('utf8').trim().split(/\r\n/);
  assert(header?.startsWith('id,session,year,company,'), `deal columns: ${header}`);

  const data = JSON.parse(readFileSync(join(ROOT, 'data/kazakhstan-unga.json'), 'utf8'));
  const sessions2025 = new Set(data.sessions.filter((s) => s.year === 2025).map((s) => s.number));
  const expected = data.deals.filter((d) => sessions2025.has(d.session)).map((d) => d.id);
  // Ids are plain tokens, so the first field is everything before the first comma.
  const ids = lines.map((l) => l.slice(0, l.indexOf(',')));
  assert(expected.length > 0 && expected.length < data.deals.length, 'the year filter leaves some deals out');
  assert(JSON.stringify(ids) === JSON.stringify(expected), `CSV ids ${ids} should be ${expected}`);
  assert(lines.every((l) => l.split(',')[2] === '2025'), 'every row is from 2025');
});

for (const { view, figure, title, expect } of [
  { view: 'map', figure: /^Counterpart countries/, title: 'Counterpart countries: engagements by country', expect: 'United States' },
  { view: 'table', figure: /^Engagements/, title: 'Engagements', expect: 'Raisi' },
  { view: 'timeline', figure: /^UNGA sessions/, title: 'UNGA sessions: engagements by day', expect: '78th' },
]) {
  test(`export: the ${view} view downloads as SVG that parses and as a 2x PNG`, async ({ page, origin }) => {
    await page.goto(origin + '/?year=2023');
    const frame = page.locator(`[data-view="${view}"]`);
    await frame.getByRole('figure', { name: figure }).waitFor();
    const svg = await downloadFrom(page, frame, /Download SVG/);
    const text = svg.body.toString('utf8');
    const size = await svgSize(page, text);
    assert(size.errors === 0 && size.width > 0 && size.height > 0, `parses with a size: ${JSON.stringify({ ...size, text: '' })}`);
    assert(size.title === title, `title: ${size.title}`);
    assert(size.text.includes(expect) && !size.text.includes('Zelenskyy'), `2023 records only: ${size.text.slice(0, 300)}`);
    const png = await downloadFrom(page, frame, /Download PNG/);
    assert(png.body.readUInt32BE(16) === 2 * size.width && png.body.readUInt32BE(20) === 2 * size.height, 'PNG at 2x');
    await writeFile(join(SHOTS, `export-${view}.png`), png.body);
  });
}
