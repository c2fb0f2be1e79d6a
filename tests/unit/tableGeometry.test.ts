// @vitest-environment node
// The static table's layout and its export: columns across the width, every line inside its
// column, rows stacked, and the picture honouring the page's sort and search.
import { describe, expect, it } from 'vitest';
import { textWidth } from '../../src/lib/basics/textMeasure';
import tableExport from '../../src/views/EngagementTable/export';
import { fitLines, FONT, HEADER, tableGeometry, type TableGeometry } from '../../src/views/EngagementTable/geometry';
import { staticTable } from '../../src/views/EngagementTable/model';
import type { ViewExport } from '../../src/views/shared/types';
import { viewTitle } from '../../src/lib/catalog/viewCatalog';
import { bundledDataset, exportInput, fixture, indexOf } from '../helpers';

/** The table's export as the registry sees it. */
const spec: ViewExport = tableExport;

const small = indexOf(fixture('query-small.json'));
const bundled = indexOf(bundledDataset());

/** The text of a cell of the drawn rows, lines joined. */
const cellText = (g: TableGeometry, row: number, column: string) => {
  const at = g.columns.findIndex((c) => c.key === column);
  return g.rows[row]!.cells[at]!.lines.map((l) => l.text).join(' ');
};

describe('fitLines', () => {
  const cases: { name: string; text: string; width: number; max: number; expected: string[] }[] = [
    {
      name: 'short text stays one line',
      text: 'Wind farm project',
      width: 200,
      max: 3,
      expected: ['Wind farm project'],
    },
    {
      name: 'long text wraps',
      text: 'Investment in a locomotive plant',
      width: 110,
      max: 3,
      expected: ['Investment in a', 'locomotive plant'],
    },
    {
      name: 'too many lines end in an ellipsis',
      text: 'one two three four five six seven eight nine ten',
      width: 50,
      max: 2,
      expected: ['one two', 'three fo…'],
    },
    {
      name: 'a word wider than the column is cut',
      text: 'Supercalifragilisticexpialidocious',
      width: 60,
      max: 2,
      expected: ['Supercalif…'],
    },
    { name: 'nothing gives no lines', text: '   ', width: 60, max: 2, expected: [] },
  ];
  it.each(cases)('$name', ({ text, width, max, expected }) => {
    const lines = fitLines(text, width, max);
    expect(lines).toEqual(expected);
    for (const line of lines) expect(textWidth(line, FONT)).toBeLessThanOrEqual(width);
  });
});

describe('tableGeometry', () => {
  it.each([960, 640, 420])('puts the columns side by side across %i px, and every line inside its column', (width) => {
    const g = tableGeometry(staticTable(exportInput(bundled)), width);
    const spans = g.columns.map(
      (c) => (c.anchor === 'end' ? [c.x - c.width, c.x] : [c.x, c.x + c.width]) as [number, number],
    );
    expect(spans[0]![0]).toBe(0);
    expect(spans.at(-1)![1]).toBeCloseTo(width, 6);
    spans.forEach((s, i) => i > 0 && expect(s[0]).toBeGreaterThan(spans[i - 1]![1]));
    expect(g.columns.map((c) => c.key)).toEqual(
      width < 560 ? ['when', 'type', 'who', 'what', 'value'] : ['when', 'type', 'who', 'what', 'value', 'source'],
    );
    for (const row of g.rows) {
      row.cells.forEach((cell, i) => {
        for (const line of cell.lines)
          expect(textWidth(line.text, FONT, line.weight)).toBeLessThanOrEqual(g.columns[i]!.width + 0.01);
        if (cell.tag) expect(cell.tag.width).toBeLessThanOrEqual(g.columns[i]!.width);
      });
    }
  });

  it('stacks the rows under the header, each as tall as its tallest cell', () => {
    const g = tableGeometry(staticTable(exportInput(small)), 928);
    expect(g.rows).toHaveLength(11);
    expect(g.rows[0]!.y).toBe(HEADER);
    g.rows.forEach((row, i) => {
      if (i > 0) expect(row.y).toBe(g.rows[i - 1]!.y + g.rows[i - 1]!.height);
      const lines = Math.max(...row.cells.map((c) => c.lines.length + (c.tag ? 1 : 0)));
      expect(row.height).toBe(lines * 14 + 14);
    });
    expect(g.height).toBe(g.rows.at(-1)!.y + g.rows.at(-1)!.height);
  });

  it('says what each row is: session in bold, a deal tagged, undisclosed in italics, planned tagged', () => {
    const g = tableGeometry(staticTable(exportInput(bundled)), 928);
    const when = g.rows[0]!.cells[0]!;
    expect(when.lines.map((l) => [l.text, l.weight, l.tone])).toEqual([
      ['78th session, 2023', 700, 'fg'],
      ['September 2023', 400, 'muted'],
    ]);
    const texts = g.rows.map((_, i) => cellText(g, i, 'type'));
    expect(texts).toContain('deal investment plan');
    const undisclosed = g.rows.flatMap((r) => r.cells[4]!.lines).filter((l) => l.text === 'undisclosed');
    expect(undisclosed.length).toBeGreaterThan(0);
    expect(undisclosed.every((l) => l.italic && l.tone === 'muted')).toBe(true);
    const tags = g.rows.flatMap((r) => r.cells.map((c) => c.tag?.text).filter(Boolean));
    expect(tags).toEqual(['planned', 'planned']);
  });

  it('says why nothing is drawn', () => {
    const g = tableGeometry(staticTable(exportInput(small, { options: { search: 'zzz' } })), 928);
    expect(g.rows).toEqual([]);
    expect(g.empty?.text).toBe('No records match the search “zzz”.');
    expect(g.height).toBeGreaterThan(HEADER);
  });
});

describe('export', () => {
  it('draws the first rows in the page’s order and search, with notes and the publishers they cite', () => {
    const input = exportInput(bundled, { options: { sort: { key: 'value', descending: true } } });
    const drawing = spec.draw({ ...input, width: 928 }, {});
    const g = drawing.props.geometry as TableGeometry;
    expect(drawing.props.static).toBe(true);
    expect(drawing.height).toBe(g.height);
    expect(g.rows.slice(0, 3).map((_, i) => cellText(g, i, 'value'))).toEqual([
      'about $4.2B',
      'about $1B',
      'over $230M',
    ]);
    // Of the two planned engagements, only one is among the first 25 by value (then by date).
    expect(drawing.notes).toEqual([
      'Showing 25 of 36 records; the CSV export has all of them.',
      '1 record announced as still to come is tagged “planned”.',
    ]);
    expect(drawing.sources).toEqual(['Orda.kz', 'Kazinform']);
    expect(viewTitle('table', input.i18n)).toBe('Engagements');
  });

  it('draws only the rows the search finds, and cites only their publishers', () => {
    const drawing = spec.draw({ ...exportInput(small, { options: { search: 'gazette wind' } }), width: 928 }, {});
    const g = drawing.props.geometry as TableGeometry;
    expect(g.rows.map((_, i) => cellText(g, i, 'what'))).toEqual(['Wind farm project']);
    expect(drawing.notes).toEqual([]);
    expect(drawing.sources).toEqual(['Sample Gazette']);
  });
});
