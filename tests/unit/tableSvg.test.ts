// @vitest-environment node
// The Engagements table as an exported SVG file: snapshots (light and dark, three datasets, one
// sorted by value), what the file says, and one rendered to PNG under test-results/ to look at.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { renderViewSvg } from '../../src/export/render';
import { delegationLine } from '../../src/lib/state/attribution';
import { ttfFiles } from '../../scripts/export/fonts';
import { DARK, LIGHT } from '../../src/lib/basics/theme';
import type { ThemeName } from '../../src/lib/basics/theme';
import type { ViewOptions } from '../../src/lib/state/options';
import { bundledDataset, english, exportInput, fixture, indexOf, ROOT } from '../helpers';

const datasets = {
  kazakhstan: () => indexOf(bundledDataset()),
  'query-small': () => indexOf(fixture('query-small.json')),
  'timeline-small': () => indexOf(fixture('timeline-small.json')),
};

/** The words of every <text>, in document order. */
const texts = (svg: string) =>
  [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!.replaceAll('&amp;', '&'));

/** The file parses as SVG: resvg refuses malformed XML. */
const parses = (svg: string) => new Resvg(svg, { font: { loadSystemFonts: false, fontFiles: ttfFiles() } });

const cases: { name: keyof typeof datasets; theme: ThemeName; options?: Partial<ViewOptions>; file: string }[] = [
  { name: 'kazakhstan', theme: 'light', file: 'table-kazakhstan-light.svg' },
  { name: 'kazakhstan', theme: 'dark', file: 'table-kazakhstan-dark.svg' },
  { name: 'query-small', theme: 'light', file: 'table-query-small-light.svg' },
  { name: 'query-small', theme: 'dark', file: 'table-query-small-dark.svg' },
  { name: 'timeline-small', theme: 'light', file: 'table-timeline-small-light.svg' },
  { name: 'timeline-small', theme: 'dark', file: 'table-timeline-small-dark.svg' },
  {
    name: 'kazakhstan',
    theme: 'light',
    options: { sort: { key: 'value', descending: true } },
    file: 'table-kazakhstan-by-value-light.svg',
  },
];

describe('table SVG snapshots', () => {
  it.each(cases)('$file', async ({ name, theme, options, file }) => {
    const index = datasets[name]();
    const svg = await renderViewSvg('table', exportInput(index, { theme, options }));
    await expect(svg).toMatchFileSnapshot(`../snapshots/${file}`);
    parses(svg);
    const t = theme === 'dark' ? DARK : LIGHT;
    expect(svg).toContain(`fill="${t.bg}"`);
    expect(svg).not.toContain(theme === 'dark' ? `fill="${LIGHT.fg}"` : `fill="${DARK.fg}"`);
    const words = texts(svg);
    expect(words[0]).toBe(`${delegationLine(index, english())}: Engagements`);
    for (const heading of ['When', 'Type', 'Who', 'What', 'Value', 'Sources']) expect(words).toContain(heading);
    // Glyphs the bundled font lacks never appear: arrows and marks are drawn as shapes.
    expect(svg).not.toMatch(/[▲▼↕✕●★→]/);
  });
});

describe('what the file says', () => {
  it('draws the first 25 of the bundled dataset’s 36 rows, says so, tags planned ones and italicises undisclosed values', async () => {
    const svg = await renderViewSvg('table', exportInput(datasets.kazakhstan()));
    const words = texts(svg);
    expect(words.filter((w) => /^\d+th session, \d{4}$/.test(w))).toHaveLength(25);
    expect(words).toContain('Showing 25 of 36 records; the CSV export has all of them.');
    expect(words.filter((w) => w === 'planned')).toHaveLength(2);
    expect(svg.match(/stroke-dasharray="3 2"/g)).toHaveLength(2);
    expect(svg).toMatch(/<text[^>]*font-style="italic"[^>]*>undisclosed<\/text>/);
    expect(words.at(-1)).toBe(
      "Sources: Kazinform, Orda.kz · Kazakhstan's President at the UN General Assembly, 2023 and 2025.",
    );
  });

  it('honours the sort and the search, as the page does, and says them under the title', async () => {
    const svg = await renderViewSvg(
      'table',
      exportInput(datasets['query-small'](), {
        options: { sort: { key: 'value', descending: true }, search: 'globex' },
      }),
    );
    const words = texts(svg);
    expect(words[1]).toBe('all sessions · sorted by Value, descending · search “globex”');
    expect(words.filter((w) => /^(over|about|up to)? ?\$|^undisclosed$/.test(w))).toEqual(['over $5B', 'undisclosed']);
    expect(words).toContain('Energy roundtable with investors');
    expect(words).not.toContain('Wind farm project'.replace('Wind', 'Copper'));
    expect(words.filter((w) => /session, \d{4}$/.test(w))).toHaveLength(3);
  });

  it('says why it is empty', async () => {
    const svg = await renderViewSvg('table', exportInput(datasets['query-small'](), { filters: { years: [2025] } }));
    expect(texts(svg)).toContain('No records match these filters.');
    parses(svg);
  });

  it('renders to PNG with the bundled font (test-results/table-kazakhstan-light.png)', async () => {
    const svg = await renderViewSvg('table', exportInput(datasets.kazakhstan()));
    const png = parses(svg).render().asPng();
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    const dir = path.join(ROOT, 'test-results');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'table-kazakhstan-light.png'), png);
    const dark = await renderViewSvg('table', exportInput(datasets['query-small'](), { theme: 'dark', width: 640 }));
    writeFileSync(path.join(dir, 'table-query-small-dark-640.png'), parses(dark).render().asPng());
  });
});
