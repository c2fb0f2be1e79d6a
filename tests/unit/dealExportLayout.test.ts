import { describe, expect, it } from 'vitest';
import fixture from '../fixtures/deals-small.json';
import { parseDataset } from '../../src/lib/data/load';
import { filterDataset, indexDataset, NO_FILTERS, type DatasetIndex, type Filters } from '../../src/lib/data/query';
import { textWidth, wrapText } from '../../src/export/svgText';
import { dealDrawing } from '../../src/views/DealChart/drawing';
import {
  exportLayout,
  LEGEND_FONT,
  legendMarks,
  plainSpaces,
  sourceLine,
  SWATCH,
  undisclosedEntries,
  undisclosedLines,
  yearsNote,
} from '../../src/views/DealChart/exportLayout';
import { dealModel } from '../../src/views/DealChart/layout';
import { textWidth as labelWidth } from '../../src/views/DealChart/geometry';

function load(json: unknown): DatasetIndex {
  const result = parseDataset(json);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return indexDataset(result.data);
}

const index = load(fixture);
const filtered = (f: Partial<Filters> = {}) => filterDataset(index, { ...NO_FILTERS, ...f });
const basis = { colourBy: 'basis', includeCumulative: false } as const;

describe('yearsNote: the year filter, read from the records shown', () => {
  it.each([
    { filters: {}, expected: '' },
    { filters: { years: [2025] }, expected: 'Year 2025. ' },
    { filters: { years: [2023, 2025] }, expected: '' },
    { filters: { companies: ['nobody'] }, expected: '' },
  ])('$filters → "$expected"', ({ filters, expected }) => expect(yearsNote(filtered(filters), index)).toBe(expected));
});

describe('undisclosed deals as lines of text', () => {
  it('names each company once, with basis and session, counting repeated deals', () => {
    const model = dealModel(filtered().deals, index, basis);
    expect(undisclosedEntries(model)).toEqual(['Acme Mining and Metallurgical Holdings International (programme, 80th session)', 'Boeing (signed agreement, 80th session)', 'SME Fund (programme, 78th session)']);
  });

  const entries = Array.from({ length: 200 }, (_, i) => `Company ${i} (project, 80th session)`);
  it.each([
    { name: 'none', input: [], width: 900, max: 4, lines: 0, end: undefined },
    { name: 'a short list, whole', input: entries.slice(0, 3), width: 900, max: 4, lines: 1, end: /session\)\.$/ },
    { name: '200 entries, cut to 4 lines', input: entries, width: 900, max: 4, lines: 4, end: /and \d+ more, listed in the CSV export\.$/ },
    { name: 'narrow: cut to 2 lines', input: entries, width: 300, max: 2, lines: 2, end: /listed in the CSV export\.$/ },
  ])('$name', ({ input, width, max, lines, end }) => {
    const out = undisclosedLines(input, width, max);
    expect(out).toHaveLength(lines);
    if (end) expect(out.join(' ')).toMatch(end);
    for (const line of out) expect(line.split(' ').length === 1 || textWidth(line, 12) <= width).toBe(true);
    expect(out).toEqual(out.length ? wrapText(out.join(' '), width, 12) : []);
  });

  it('only counts the companies when not even one name fits', () => {
    expect(undisclosedLines(entries, 200, 3).join(' ')).toBe('Undisclosed: deals of 200 companies, listed in the CSV export.');
  });

  it('names as many entries as fit: one more would take another line', () => {
    const out = undisclosedLines(entries, 900, 4).join(' ');
    const named = Number(/and (\d+) more/.exec(out)?.[1]);
    const shown = entries.length - named;
    const oneMore = `Undisclosed: ${entries.slice(0, shown + 1).join(', ')} and ${named - 1} more, listed in the CSV export.`;
    expect(wrapText(oneMore, 900, 12).length).toBeGreaterThan(4);
  });
});

describe('legend, sources and the whole layout', () => {
  it.each([960, 400, 200])('legend entries flow into rows within %d px, without overlapping', (width) => {
    const model = dealModel(filtered().deals, index, { colourBy: 'basis', includeCumulative: true });
    const { marks, height } = legendMarks(model, () => '#000000', width);
    expect(marks).toHaveLength(model.legend.length);
    const end = (m: (typeof marks)[number]) => m.x + SWATCH + 5 + labelWidth(m.label, LEGEND_FONT);
    for (const m of marks) expect(end(m)).toBeLessThanOrEqual(width);
    marks.slice(1).forEach((m, i) => {
      const prev = marks[i]!;
      if (m.y === prev.y) expect(m.x).toBeGreaterThan(end(prev));
      else expect(m.x).toBe(0);
    });
    expect(height).toBe((marks.at(-1)?.y ?? 0) + 20);
    if (width <= 400) expect(new Set(marks.map((m) => m.y)).size).toBeGreaterThan(1);
  });

  it.each([
    { filters: {}, expected: /^Sources: Akorda, Kazinform\. Deals whose value/ },
    { filters: { companies: ['wabtec'] }, expected: /^Sources: Akorda, Kazinform\.$/ },
    { filters: { companies: ['citi'] }, expected: /^Source: Akorda\.$/ },
    { filters: { companies: ['nobody'] }, expected: /^Data: Deal chart test fixture/ },
  ])('source line for $filters', ({ filters, expected }) => {
    expect(sourceLine(dealModel(filtered(filters).deals, index, basis), index)).toMatch(expected);
  });

  it('draws what the interactive chart draws at the same width, inside the frame padding', () => {
    const layout = exportLayout(index, filtered(), { ...basis, width: 960 });
    const screen = dealDrawing(filtered().deals, index, { ...basis, width: 928, expanded: false });
    expect(layout.drawing.geometry).toEqual(screen.geometry);
    expect(layout.subtitle).toBe(screen.total);
    expect(layout.chartHeight).toBe(layout.notesY + layout.notes.length * 16);
    expect(layout.hatch).toEqual([]);
  });

  it('collects hatch colours from cumulative segments and legend swatches, once each', () => {
    const layout = exportLayout(index, filtered(), { colourBy: 'session', includeCumulative: true, width: 960 });
    expect(layout.hatch).toHaveLength(2);
    expect(new Set(layout.hatch).size).toBe(2);
  });

  it('makes no-break spaces plain, since "&nbsp;" is not XML', () => {
    expect(plainSpaces('GE\u00a0Healthcare\u00a0Co')).toBe('GE Healthcare Co');
  });

  it('does not mutate its input', () => {
    const before = structuredClone(index.data);
    const input = filtered();
    const copy = structuredClone(input);
    exportLayout(index, input, { colourBy: 'session', includeCumulative: true, width: 360 });
    expect(index.data).toEqual(before);
    expect(input).toEqual(copy);
  });
});
