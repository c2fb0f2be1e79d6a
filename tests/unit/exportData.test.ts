import { describe, expect, it } from 'vitest';
import raw from '../../data/kazakhstan-unga.json';
import { parseCsv, toCsv, toJson, viewTable, type Table } from '../../src/lib/data/exportData';
import { parseDataset } from '../../src/lib/data/load';
import { filterDataset, indexDataset, NO_FILTERS } from '../../src/lib/data/query';
import type { Dataset } from '../../src/lib/data/schema';

const loaded = parseDataset(raw);
if (!loaded.ok) throw new Error('the bundled dataset must be valid for these tests');
const data: Dataset = loaded.data;
const index = indexDataset(data);

describe('toCsv', () => {
  const cases: { name: string; table: Table; expected: string }[] = [
    { name: 'plain', table: { columns: ['a', 'b'], rows: [{ a: 1, b: 'x' }] }, expected: 'a,b\r\n1,x\r\n' },
    { name: 'null is empty, never 0', table: { columns: ['v'], rows: [{ v: null }] }, expected: 'v\r\n\r\n' },
    { name: 'comma quoted', table: { columns: ['a'], rows: [{ a: 'x, y' }] }, expected: 'a\r\n"x, y"\r\n' },
    { name: 'quotes doubled', table: { columns: ['a'], rows: [{ a: 'say "hi"' }] }, expected: 'a\r\n"say ""hi"""\r\n' },
    { name: 'newline quoted', table: { columns: ['a'], rows: [{ a: 'one\ntwo' }] }, expected: 'a\r\n"one\ntwo"\r\n' },
    { name: 'edge spaces kept', table: { columns: ['a'], rows: [{ a: ' x' }] }, expected: 'a\r\n" x"\r\n' },
  ];
  it.each(cases)('$name', ({ table, expected }) => expect(toCsv(table)).toBe(expected));

  it('round-trips awkward text through parseCsv', () => {
    const table: Table = {
      columns: ['id', 'text', 'n'],
      rows: [
        { id: 'a', text: 'comma, "quote"\nnew line\r\nand CRLF', n: 4200000000 },
        { id: 'b', text: '“curly” ’ and ünïcödé', n: null },
      ],
    };
    expect(parseCsv(toCsv(table))).toEqual([
      { id: 'a', text: 'comma, "quote"\nnew line\r\nand CRLF', n: '4200000000' },
      { id: 'b', text: '“curly” ’ and ünïcödé', n: '' },
    ]);
  });
});

describe('viewTable', () => {
  const only2025 = filterDataset(index, { ...NO_FILTERS, years: [2025] });

  it('deals: exactly the filtered deals, undisclosed values empty and labelled', () => {
    const t = viewTable('deals', only2025, index);
    expect(t.rows.map((r) => r.id)).toEqual(only2025.deals.map((d) => d.id));
    const undisclosed = t.rows.filter((r) => r.value_qualifier === 'undisclosed');
    expect(undisclosed.length).toBe(only2025.deals.filter((d) => d.value === null).length);
    expect(undisclosed.every((r) => r.value_usd === null)).toBe(true);
    expect(t.rows.every((r) => r.year === 2025)).toBe(true);
  });

  it('timeline: one row per filtered engagement with its sources and quotes', () => {
    const t = viewTable('timeline', only2025, index);
    expect(t.rows).toHaveLength(only2025.engagements.length);
    expect(t.rows.every((r) => String(r.sources).includes('Orda.kz'))).toBe(true);
    expect(t.rows.every((r) => String(r.quotes).length > 0)).toBe(true);
  });

  it('map: countries and organizations with counts that add up to the engagements met', () => {
    const t = viewTable('map', filterDataset(index, NO_FILTERS), index);
    const usa = t.rows.find((r) => r.code === 'USA');
    expect(usa?.kind).toBe('country');
    expect(Number(usa?.engagements)).toBeGreaterThan(0);
    expect(t.rows.some((r) => r.kind === 'organization' && r.counterpart === 'United Nations')).toBe(true);
  });

  it('table: engagements and deals together, told apart by "record"', () => {
    const t = viewTable('table', only2025, index);
    expect(t.rows.filter((r) => r.record === 'engagement')).toHaveLength(only2025.engagements.length);
    expect(t.rows.filter((r) => r.record === 'deal')).toHaveLength(only2025.deals.length);
    expect(t.columns[0]).toBe('record');
  });

  it('CSV rows equal the filtered records after a round trip', () => {
    const t = viewTable('deals', only2025, index);
    const back = parseCsv(toCsv(t));
    expect(back.map((r) => r.id)).toEqual(t.rows.map((r) => String(r.id)));
    expect(back.map((r) => r.summary)).toEqual(t.rows.map((r) => r.summary));
  });

  it('does not mutate the filtered records', () => {
    const before = structuredClone(only2025);
    viewTable('table', only2025, index);
    viewTable('map', only2025, index);
    expect(only2025).toEqual(before);
  });
});

describe('toJson', () => {
  it('keeps numbers as numbers and undisclosed as null, with the filters that produced it', () => {
    const t = viewTable('deals', filterDataset(index, NO_FILTERS), index);
    const json = JSON.parse(toJson(t, { title: 'Deals', view: 'deals', filters: NO_FILTERS, sources: ['Kazinform'] }));
    expect(json.view).toBe('deals');
    expect(json.rows.length).toBe(data.deals.length);
    expect(json.rows.some((r: { value_usd: unknown }) => r.value_usd === 4200000000)).toBe(true);
    expect(json.rows.some((r: { value_usd: unknown }) => r.value_usd === null)).toBe(true);
  });
});
