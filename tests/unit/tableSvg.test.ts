// @vitest-environment node
// The Engagements table as an exported SVG file: what the file says, and two rendered to PNG under
// test-results/ to look at. Its snapshots are in tests/unit/snapshots.test.ts.
import { describe, expect, it } from 'vitest';
import { renderViewSvg } from '../../src/export/render';
import { bundledDataset, exportInput, fixture, indexOf } from '../helpers';
import { png, textsOf, writeForALook } from '../snapshot';

const datasets = {
  kazakhstan: () => indexOf(bundledDataset()),
  'query-small': () => indexOf(fixture('query-small.json')),
};

const texts = textsOf;

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
    png(svg); // resvg refuses malformed XML
  });

  it('renders to PNG with the bundled font (test-results/table-kazakhstan-light.png)', async () => {
    const svg = await renderViewSvg('table', exportInput(datasets.kazakhstan()));
    const image = png(svg);
    expect(image.subarray(1, 4).toString()).toBe('PNG');
    writeForALook('table-kazakhstan-light.png', image);
    const dark = await renderViewSvg('table', exportInput(datasets['query-small'](), { theme: 'dark', width: 640 }));
    writeForALook('table-query-small-dark-640.png', png(dark));
  });
});
