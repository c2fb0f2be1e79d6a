// @vitest-environment node
// The table's pure layout module: no DOM needed.
import { describe, expect, it } from 'vitest';
import { NO_FILTERS, filterDataset, indexDataset, type Filtered } from '../../src/lib/data/query';
import type { DealValue } from '../../src/lib/data/schema';
import { SORT_KEYS, sortRows, tableRows, type Row, type SortDirection, type SortKey } from '../../src/views/EngagementTable/rows';
import { querySmall } from '../fixtures/querySmall';

const data = querySmall();
const index = indexDataset(data);
const all = filterDataset(index, NO_FILTERS);
const rows = tableRows(all, index);

function rowOf(id: string, list: readonly Row[] = rows): Row {
  const r = list.find((x) => x.id === id);
  if (!r) throw new Error(`no row "${id}"`);
  return r;
}

describe('tableRows', () => {
  it('one row per engagement, then one per deal, in dataset order', () => {
    expect(rows.map((r) => `${r.kind} ${r.id}`)).toEqual([
      'engagement e-un',
      'engagement e-usa',
      'engagement e-acme',
      'engagement e-roundtable',
      'engagement e-france',
      'engagement e-speech',
      'deal d-acme-plan',
      'deal d-acme-service',
      'deal d-globex-wind',
      'deal d-globex-cumulative',
      'deal d-zeta',
    ]);
  });

  type Shown = Pick<Row, 'sessionLabel' | 'date' | 'dateLabel' | 'type' | 'who' | 'what' | 'valueLabel'> & { year: number | undefined };
  const cases: { name: string; input: string; expected: Shown }[] = [
    {
      name: 'an engagement with two people, each with the body they speak for',
      input: 'e-usa',
      expected: { sessionLabel: '78th · 2023', year: 2023, date: '2023-09-19', dateLabel: '19 September 2023', type: 'bilateral', who: 'Pat President (United States); Sam Envoy (United States)', what: 'Talks with the United States on trade', valueLabel: '' },
    },
    {
      name: 'an engagement dated to the month',
      input: 'e-roundtable',
      expected: { sessionLabel: '79th · 2024', year: 2024, date: '2024-09', dateLabel: 'September 2024', type: 'roundtable', who: 'Rafael Rail (Acme Rail); Gina Globex (Globex Energy); Home Minister', what: 'Energy roundtable with investors', valueLabel: '' },
    },
    {
      name: 'an undated engagement without participants',
      input: 'e-speech',
      expected: { sessionLabel: '79th · 2024', year: 2024, date: null, dateLabel: 'date not reported', type: 'speech', who: '—', what: 'Address to the General Assembly', valueLabel: '' },
    },
    {
      name: 'a deal takes the date of its engagement',
      input: 'd-acme-plan',
      expected: { sessionLabel: '78th · 2023', year: 2023, date: '2023-09-18', dateLabel: '18 September 2023', type: 'deal: investment plan', who: 'Acme Rail', what: 'Investment in a locomotive plant', valueLabel: 'about $1B' },
    },
    {
      name: 'a deal without an engagement is undated',
      input: 'd-acme-service',
      expected: { sessionLabel: '78th · 2023', year: 2023, date: null, dateLabel: 'date not reported', type: 'deal: signed agreement', who: 'Acme Rail', what: 'Service agreement for locomotives', valueLabel: '$250M' },
    },
    {
      name: 'an undisclosed value says so',
      input: 'd-globex-wind',
      expected: { sessionLabel: '79th · 2024', year: 2024, date: '2024-09', dateLabel: 'September 2024', type: 'deal: project', who: 'Globex Energy', what: 'Wind farm project', valueLabel: 'undisclosed' },
    },
    {
      name: 'a cumulative investment keeps its lower bound',
      input: 'd-globex-cumulative',
      expected: { sessionLabel: '79th · 2024', year: 2024, date: null, dateLabel: 'date not reported', type: 'deal: cumulative investment', who: 'Globex Energy', what: 'Investments since 2000', valueLabel: 'over $5B' },
    },
    {
      name: 'an upper bound',
      input: 'd-zeta',
      expected: { sessionLabel: '79th · 2024', year: 2024, date: null, dateLabel: 'date not reported', type: 'deal: financing', who: 'Zeta Mining', what: 'Copper mine financing', valueLabel: 'up to $300M' },
    },
  ];
  it.each(cases)('$name', ({ input, expected }) => {
    const r = rowOf(input);
    const shown: Shown = { sessionLabel: r.sessionLabel, year: r.year, date: r.date, dateLabel: r.dateLabel, type: r.type, who: r.who, what: r.what, valueLabel: r.valueLabel };
    expect(shown).toEqual(expected);
  });

  it('engagements have no value; deals keep theirs, null when undisclosed', () => {
    expect(rowOf('e-acme').value).toBeUndefined();
    expect(rowOf('d-zeta').value).toEqual({ usd: 300_000_000, qualifier: 'up-to' });
    expect(rowOf('d-globex-wind').value).toBeNull();
  });

  it('citations carry publisher, title, link and the quote', () => {
    expect(rowOf('e-usa').citations).toEqual([
      { publisher: 'Example Wire', title: 'Test Leader meets partners in New York', url: 'https://example.org/wire/leader-2023', quote: 'The two presidents discussed trade.' },
    ]);
    expect(rowOf('d-acme-service').citations).toEqual([
      { publisher: 'Sample Gazette', title: 'Deals announced in New York', url: undefined, quote: '$250 million' },
    ]);
  });

  it('a citation of an unknown source shows the source id; a session without a year shows only its ordinal', () => {
    const d = querySmall();
    const idx = indexDataset({ ...d, sources: [], sessions: [] });
    const [row] = tableRows({ engagements: d.engagements.slice(1, 2), deals: [] }, idx);
    expect(row?.citations).toEqual([{ publisher: 'wire', title: '', url: undefined, quote: 'The two presidents discussed trade.' }]);
    expect(row?.sessionLabel).toBe('78th');
    expect(row?.year).toBeUndefined();
  });

  it('only the filtered records, and nothing for nothing', () => {
    const filtered = filterDataset(index, { ...NO_FILTERS, years: [2023] });
    expect(tableRows(filtered, index).map((r) => r.id)).toEqual(['e-un', 'e-usa', 'e-acme', 'd-acme-plan', 'd-acme-service']);
    expect(tableRows({ engagements: [], deals: [] }, index)).toEqual([]);
  });

  it('does not mutate its input', () => {
    const d = querySmall();
    const filtered: Filtered = filterDataset(indexDataset(d), NO_FILTERS);
    const before = structuredClone(d);
    const filteredBefore = structuredClone(filtered);
    tableRows(filtered, indexDataset(d));
    expect(d).toEqual(before);
    expect(filtered).toEqual(filteredBefore);
  });
});

describe('sortRows', () => {
  const row = (id: string, session: number, date: string | null, type: string, who: string, what: string, value: DealValue | undefined): Row => ({
    id,
    kind: value === undefined ? 'engagement' : 'deal',
    session,
    year: 1945 + session,
    sessionLabel: '',
    date,
    dateLabel: '',
    type,
    who,
    what,
    value,
    valueLabel: '',
    citations: [],
  });
  // r1 and r3 share a type, r2 and r4 a (case-insensitive) who, r2 and r5 a what, r3 and r5 a value.
  const input: readonly Row[] = Object.freeze([
    row('r1', 78, '2023-09-19', 'bilateral', 'bob', 'Beta', undefined),
    row('r2', 78, null, 'summit', 'Alice', 'alpha', { usd: 1e9, qualifier: 'about' }),
    row('r3', 79, '2024-09-01', 'bilateral', 'carol', 'Gamma', { usd: 2e8, qualifier: 'exact' }),
    row('r4', 78, '2023-09-18', 'deal: project', 'alice', 'delta', null),
    row('r5', 79, null, 'summit', 'Dave', 'alpha', { usd: 2e8, qualifier: 'exact' }),
  ]);

  const cases: { key: SortKey; direction: SortDirection; expected: string[] }[] = [
    // Session first, then day; undated rows last within their session, in both directions.
    { key: 'when', direction: 'ascending', expected: ['r4', 'r1', 'r2', 'r3', 'r5'] },
    { key: 'when', direction: 'descending', expected: ['r3', 'r5', 'r1', 'r4', 'r2'] },
    // Ties keep the input order, in both directions.
    { key: 'type', direction: 'ascending', expected: ['r1', 'r3', 'r4', 'r2', 'r5'] },
    { key: 'type', direction: 'descending', expected: ['r2', 'r5', 'r4', 'r1', 'r3'] },
    // Case-insensitive.
    { key: 'who', direction: 'ascending', expected: ['r2', 'r4', 'r1', 'r3', 'r5'] },
    { key: 'who', direction: 'descending', expected: ['r5', 'r3', 'r1', 'r2', 'r4'] },
    { key: 'what', direction: 'ascending', expected: ['r2', 'r5', 'r1', 'r4', 'r3'] },
    { key: 'what', direction: 'descending', expected: ['r3', 'r4', 'r1', 'r2', 'r5'] },
    // Undisclosed (r4) and no value at all (r1) last, in both directions.
    { key: 'value', direction: 'ascending', expected: ['r3', 'r5', 'r2', 'r1', 'r4'] },
    { key: 'value', direction: 'descending', expected: ['r2', 'r3', 'r5', 'r1', 'r4'] },
  ];
  it.each(cases)('$key $direction', ({ key, direction, expected }) => {
    expect(sortRows(input, key, direction).map((r) => r.id)).toEqual(expected);
  });

  it('covers every sort key', () => {
    expect(new Set(cases.map((c) => c.key))).toEqual(new Set(SORT_KEYS));
  });

  it('a month-only date sorts before the days of that month', () => {
    const list = [row('day', 79, '2024-09-24', 't', 'w', 'x', undefined), row('month', 79, '2024-09', 't', 'w', 'x', undefined)];
    expect(sortRows(list, 'when', 'ascending').map((r) => r.id)).toEqual(['month', 'day']);
  });

  it('sorts the fixture table: undated rows last in each session, deals after their engagement on a shared day', () => {
    expect(sortRows(rows, 'when', 'ascending').map((r) => r.id)).toEqual([
      'e-acme',
      'd-acme-plan',
      'e-usa',
      'e-un',
      'd-acme-service',
      'e-roundtable',
      'd-globex-wind',
      'e-france',
      'e-speech',
      'd-globex-cumulative',
      'd-zeta',
    ]);
  });

  it('returns a new array and leaves its input as it was', () => {
    const copy = [...input];
    const before = structuredClone(copy);
    const sorted = sortRows(copy, 'who', 'descending');
    expect(sorted).not.toBe(copy);
    expect(copy.map((r) => r.id)).toEqual(['r1', 'r2', 'r3', 'r4', 'r5']);
    expect(copy).toEqual(before);
    expect(sortRows([], 'when', 'ascending')).toEqual([]);
  });
});
