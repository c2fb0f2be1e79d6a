// @vitest-environment node
// The Engagements table's model: rows, order, search, pages and words. No DOM needed.
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../src/lib/i18n/i18n';
import enMessages from '../../src/lib/i18n/messages/en/index';
import type { Dataset } from '../../src/lib/data/schema';
import { SORT_KEYS, type SortKey } from '../../src/lib/state/options';
import {
  captionNotes,
  emptyReason,
  emptyState,
  pageOf,
  pageRows,
  rangeLabel,
  sortCaption,
  staticTable,
  tableCounts,
  tableOrder,
  tableRecords,
} from '../../src/views/EngagementTable/model';
import { tableRow, type TableRow } from '../../src/views/EngagementTable/rowWords';
import { collationRanks } from '../../src/views/EngagementTable/collation';
import { fold, tableKeys } from '../../src/views/EngagementTable/tableKeys';
import { mulberry32, synthDataset } from '../../scripts/synth/generate';
import { bundledDataset, english, exportInput, filters, fixture, indexOf } from '../helpers';

const i18n = english();
const small = indexOf(fixture('query-small.json'));
const bundled = indexOf(bundledDataset());

/** Ids of the rows a reader sees, in order. */
function ids(
  index = small,
  o: { sort?: { key: SortKey; descending: boolean }; search?: string; filters?: Parameters<typeof filters>[0] } = {},
) {
  const input = exportInput(index, { filters: o.filters });
  const keys = tableKeys(index, i18n);
  const order = tableOrder(keys, input.filtered, {
    sort: o.sort ?? { key: 'when', descending: false },
    search: o.search ?? '',
  });
  return Array.from(order.rows, (r) => tableRow(keys, r).id);
}

function rowById(id: string, index = small): TableRow {
  const keys = tableKeys(index, i18n);
  for (let r = 0; r < keys.rows; r++) if ((keys.engagement(r) ?? keys.deal(r))!.id === id) return tableRow(keys, r);
  throw new Error(`no record "${id}"`);
}

describe('tableRow: one row per engagement and per deal, in the reader’s words', () => {
  type Shown = Pick<TableRow, 'kind' | 'session' | 'date' | 'type' | 'value' | 'undisclosed' | 'planned'> & {
    who: string[];
    what: string;
  };
  const cases: { name: string; id: string; index?: typeof small; expected: Shown }[] = [
    {
      name: 'an engagement with two people, each with the body they speak for',
      id: 'e-usa',
      expected: {
        kind: 'engagement',
        session: '78th session, 2023',
        date: '19 September 2023',
        type: 'meeting',
        who: ['Pat President (United States)', 'Sam Envoy (United States)'],
        what: 'Talks with the United States on trade',
        value: null,
        undisclosed: false,
        planned: false,
      },
    },
    {
      name: 'an engagement dated to the month',
      id: 'e-roundtable',
      expected: {
        kind: 'engagement',
        session: '79th session, 2024',
        date: 'September 2024',
        type: 'round table',
        who: ['Rafael Rail (Acme Rail)', 'Gina Globex (Globex Energy)', 'Home Minister'],
        what: 'Energy roundtable with investors',
        value: null,
        undisclosed: false,
        planned: false,
      },
    },
    {
      name: 'an undated engagement without participants',
      id: 'e-speech',
      expected: {
        kind: 'engagement',
        session: '79th session, 2024',
        date: 'date not reported',
        type: 'speech',
        who: [],
        what: 'Address to the General Assembly',
        value: null,
        undisclosed: false,
        planned: false,
      },
    },
    {
      name: 'a deal is its own row, dated by the engagement it was made at',
      id: 'd-acme-plan',
      expected: {
        kind: 'deal',
        session: '78th session, 2023',
        date: '18 September 2023',
        type: 'investment plan',
        who: ['Acme Rail'],
        what: 'Investment in a locomotive plant',
        value: 'about $1B',
        undisclosed: false,
        planned: false,
      },
    },
    {
      name: 'a deal without an engagement is undated',
      id: 'd-acme-service',
      expected: {
        kind: 'deal',
        session: '78th session, 2023',
        date: 'date not reported',
        type: 'signed agreement',
        who: ['Acme Rail'],
        what: 'Service agreement for locomotives',
        value: '$250M',
        undisclosed: false,
        planned: false,
      },
    },
    {
      name: 'an undisclosed value says so, never 0',
      id: 'd-globex-wind',
      expected: {
        kind: 'deal',
        session: '79th session, 2024',
        date: 'September 2024',
        type: 'project',
        who: ['Globex Energy'],
        what: 'Wind farm project',
        value: 'undisclosed',
        undisclosed: true,
        planned: false,
      },
    },
    {
      name: 'a lower bound and an upper bound keep their qualifiers',
      id: 'd-globex-cumulative',
      expected: {
        kind: 'deal',
        session: '79th session, 2024',
        date: 'date not reported',
        type: 'cumulative investment',
        who: ['Globex Energy'],
        what: 'Investments since 2000',
        value: 'over $5B',
        undisclosed: false,
        planned: false,
      },
    },
    {
      name: 'a planned event is tagged',
      id: 'e2023-c5-plus-1-summit',
      index: bundled,
      expected: {
        kind: 'engagement',
        session: '78th session, 2023',
        date: 'date not reported',
        type: 'summit',
        who: expect.any(Array) as never,
        what: expect.stringMatching(/^Announced as upcoming/) as never,
        value: null,
        undisclosed: false,
        planned: true,
      },
    },
  ];
  it.each(cases)('$name', ({ id, index, expected }) => {
    const row = rowById(id, index);
    expect({ ...row, who: row.who.map((w) => w.text), what: row.what.text }).toMatchObject(expected);
  });

  it('links each citation’s publisher to its source and keeps the quote', () => {
    expect(rowById('e-usa').citations).toEqual([
      {
        publisher: 'Example Wire',
        title: 'Test Leader meets partners in New York',
        url: 'https://example.org/wire/leader-2023',
        quote: { text: 'The two presidents discussed trade.' },
      },
    ]);
    expect(rowById('e-un').citations[0]).toMatchObject({ publisher: 'Sample Gazette', url: undefined });
  });

  it('tags exactly the planned records of the bundled dataset', () => {
    const keys = tableKeys(bundled, i18n);
    const planned = Array.from({ length: keys.rows }, (_, r) => tableRow(keys, r))
      .filter((row) => row.planned)
      .map((row) => row.id);
    expect(planned).toEqual(['e2023-unga-speech', 'e2023-c5-plus-1-summit']);
  });

  it('marks a dataset text shown in another language than the page’s', () => {
    const data: Dataset = { ...fixture('query-small.json'), language: 'ru' };
    data.engagements[1] = { ...data.engagements[1]!, summary: { en: 'Trade talks', ru: 'Переговоры о торговле' } };
    const index = indexOf(data);
    const keys = tableKeys(index, i18n);
    const usa = tableRow(keys, 1);
    expect(usa.what).toEqual({ text: 'Trade talks' });
    expect(usa.who[0]).toEqual({ text: 'Pat President (United States)', lang: 'ru' });
    expect(usa.citations[0]!.quote.lang).toBe('ru');
    expect(tableRow(keys, 0).what).toEqual({ text: 'Meeting with the UN chief and the Asia Forum', lang: 'ru' });
  });
});

describe('tableOrder: sorted by every column, both ways, ties in chronological order', () => {
  const chronological = [
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
  ];
  const cases: { key: SortKey; descending: boolean; expected: string[] }[] = [
    // Session, then day; a deal right after its engagement; undated records last in their session.
    { key: 'when', descending: false, expected: chronological },
    {
      key: 'when',
      descending: true,
      expected: [
        'e-france',
        'e-roundtable',
        'd-globex-wind',
        'e-speech',
        'd-globex-cumulative',
        'd-zeta',
        'e-usa',
        'e-acme',
        'd-acme-plan',
        'e-un',
        'd-acme-service',
      ],
    },
    // Engagement types, then deal bases, each in alphabetical order of their words.
    {
      key: 'type',
      descending: false,
      expected: [
        'e-acme',
        'e-usa',
        'e-france',
        'e-roundtable',
        'e-speech',
        'e-un',
        'd-globex-cumulative',
        'd-zeta',
        'd-acme-plan',
        'd-globex-wind',
        'd-acme-service',
      ],
    },
    {
      key: 'type',
      descending: true,
      expected: [
        'd-acme-service',
        'd-globex-wind',
        'd-acme-plan',
        'd-zeta',
        'd-globex-cumulative',
        'e-un',
        'e-speech',
        'e-roundtable',
        'e-acme',
        'e-usa',
        'e-france',
      ],
    },
    // No participant named: last, whichever the direction.
    {
      key: 'who',
      descending: false,
      expected: [
        'd-acme-plan',
        'd-acme-service',
        'e-un',
        'e-france',
        'd-globex-wind',
        'd-globex-cumulative',
        'e-usa',
        'e-acme',
        'e-roundtable',
        'd-zeta',
        'e-speech',
      ],
    },
    {
      key: 'who',
      descending: true,
      expected: [
        'd-zeta',
        'e-roundtable',
        'e-acme',
        'e-usa',
        'd-globex-wind',
        'd-globex-cumulative',
        'e-france',
        'e-un',
        'd-acme-plan',
        'd-acme-service',
        'e-speech',
      ],
    },
    {
      key: 'what',
      descending: false,
      expected: [
        'e-acme',
        'e-speech',
        'd-zeta',
        'e-roundtable',
        'd-acme-plan',
        'd-globex-cumulative',
        'e-france',
        'e-un',
        'd-acme-service',
        'e-usa',
        'd-globex-wind',
      ],
    },
    {
      key: 'what',
      descending: true,
      expected: [
        'd-globex-wind',
        'e-usa',
        'd-acme-service',
        'e-un',
        'e-france',
        'd-globex-cumulative',
        'd-acme-plan',
        'e-roundtable',
        'd-zeta',
        'e-speech',
        'e-acme',
      ],
    },
    // Undisclosed values, then engagements (no value to give), last either way, never as 0.
    {
      key: 'value',
      descending: false,
      expected: [
        'd-acme-service',
        'd-zeta',
        'd-acme-plan',
        'd-globex-cumulative',
        'd-globex-wind',
        'e-acme',
        'e-usa',
        'e-un',
        'e-roundtable',
        'e-france',
        'e-speech',
      ],
    },
    {
      key: 'value',
      descending: true,
      expected: [
        'd-globex-cumulative',
        'd-acme-plan',
        'd-zeta',
        'd-acme-service',
        'd-globex-wind',
        'e-acme',
        'e-usa',
        'e-un',
        'e-roundtable',
        'e-france',
        'e-speech',
      ],
    },
  ];
  it.each(cases)('$key, descending: $descending', ({ key, descending, expected }) => {
    expect(ids(small, { sort: { key, descending } })).toEqual(expected);
  });

  // The descending order is made from the ascending one (runs of equal values reversed): check
  // it against a plain sort the other way, on a dataset with many ties and missing values.
  it.each(SORT_KEYS)('%s, descending, equals a full sort the other way', (key) => {
    const index = indexOf(synthDataset({ engagements: 1500, seed: 3 }));
    const keys = tableKeys(index, i18n);
    const chrono = new Map(Array.from(keys.order('when', false), (r, at) => [r, at]));
    const rows = Array.from({ length: keys.rows }, (_, r) => tableRow(keys, r));
    const day = (r: number) => {
      const linked = r < keys.nE ? r : index.dEngagement[r - keys.nE]!;
      return linked >= 0 ? index.eDay[linked]! : NaN;
    };
    const ranks = (labels: string[]) => collationRanks(labels, i18n.compare);
    const who = ranks(rows.map((row) => row.who.map((w) => w.text).join(', ')));
    const what = ranks(rows.map((row) => row.what.text));
    const type = ranks(rows.map((row) => row.type));
    // [group, missing, value]: group and value descending, missing last.
    const sortKey = (r: number): [number, number, number] => {
      const row = rows[r]!;
      if (key === 'when')
        return [
          -(keys.engagement(r) ?? keys.deal(r))!.session,
          Number.isNaN(day(r)) ? 1 : 0,
          Number.isNaN(day(r)) ? 0 : -day(r),
        ];
      if (key === 'value') {
        const usd = keys.deal(r)?.value?.usd;
        return [0, row.kind === 'engagement' ? 2 : usd === undefined ? 1 : 0, -(usd ?? 0)];
      }
      if (key === 'type') return [row.kind === 'deal' ? -1 : 0, 0, -type[r]!];
      if (key === 'who') return [0, row.who.length ? 0 : 1, -who[r]!];
      return [0, 0, -what[r]!];
    };
    const expected = rows
      .map((row) => row.r)
      .sort((a, b) => {
        const [ka, kb] = [sortKey(a), sortKey(b)];
        return (
          ka[0] - kb[0] || ka[1] - kb[1] || ka[2] - kb[2] || (key === 'when' ? 0 : chrono.get(a)! - chrono.get(b)!)
        );
      });
    const actual = Array.from(keys.order(key, true));
    if (key === 'when') {
      // Within a day, ties keep the chronological (dataset) order: compare the keys only.
      expect(actual.map(sortKey)).toEqual(expected.map(sortKey));
    } else expect(actual).toEqual(expected);
  });

  it('lists every filtered record once, and only those', () => {
    for (const key of SORT_KEYS) {
      const listed = ids(small, { sort: { key, descending: true }, filters: { years: [2024] } });
      expect([...listed].sort()).toEqual([
        'd-globex-cumulative',
        'd-globex-wind',
        'd-zeta',
        'e-france',
        'e-roundtable',
        'e-speech',
      ]);
    }
    expect(ids(small, { filters: { years: [2025] } })).toEqual([]);
  });

  it('gives strings the collator calls equal one rank', () => {
    expect(Array.from(collationRanks(['b', 'A', 'a', 'Ä', 'c'], english().compare))).toEqual([1, 0, 0, 0, 2]);
    expect(Array.from(collationRanks(['item 10', 'item 9', 'Item 9'], english().compare))).toEqual([1, 0, 0]);
    expect(Array.from(collationRanks([], english().compare))).toEqual([]);
  });

  // collationRanks asks the collator only where code points could disagree with it: check it
  // against the collator alone on strings made to disagree (digits, accents, й and ё, Kazakh
  // letters, Latin against Cyrillic, punctuation, no-break spaces), in the three languages.
  it.each(['en', 'ru', 'kk'])('orders like the %s collator itself', (lang) => {
    const collator = new Intl.Collator(lang, { numeric: true, sensitivity: 'base' });
    const pieces = [
      'a',
      'b',
      'z',
      'A',
      'é',
      'e\u0301',
      'e',
      'а',
      'б',
      'я',
      'Я',
      'и',
      'й',
      'е',
      'ё',
      'ә',
      'і',
      'қ',
      '1',
      '2',
      '10',
      '09',
      ' ',
      '\u00a0',
      '-',
      ',',
      '(',
      "'",
      'ß',
      'ss',
    ];
    const random = mulberry32(7);
    const strings = Array.from({ length: 1500 }, () =>
      Array.from({ length: Math.floor(random() * 6) }, () => pieces[Math.floor(random() * pieces.length)]).join(''),
    );
    const distinct = [...new Set(strings)].sort(collator.compare);
    const expected: number[] = [];
    distinct.forEach((s, i) =>
      expected.push(
        i > 0 && collator.compare(distinct[i - 1]!, s) !== 0 ? expected[i - 1]! + 1 : (expected[i - 1] ?? 0),
      ),
    );
    const rankOf = new Map(distinct.map((s, i) => [s, expected[i]!]));
    expect(Array.from(collationRanks(strings, collator.compare))).toEqual(strings.map((s) => rankOf.get(s)));
  });
});

describe('search: every listed row, case- and accent-insensitive', () => {
  const cases: {
    name: string;
    search: string;
    filters?: Parameters<typeof filters>[0];
    index?: typeof small;
    expected: string[];
  }[] = [
    {
      name: 'a name, in any case',
      search: 'ACME',
      expected: ['e-acme', 'd-acme-plan', 'd-acme-service', 'e-roundtable'],
    },
    { name: 'every word must occur, anywhere in the row', search: 'acme plant', expected: ['e-acme', 'd-acme-plan'] },
    { name: 'a quote', search: 'presidents discussed', expected: ['e-usa'] },
    { name: 'a publisher', search: 'example wire', expected: ['e-acme', 'd-acme-plan', 'e-usa', 'e-speech', 'd-zeta'] },
    { name: 'a type in the page’s words', search: 'round table', expected: ['e-roundtable'] },
    { name: 'a deal basis', search: 'signed agreement', expected: ['d-acme-service'] },
    { name: 'within the filters only', search: 'acme', filters: { years: [2024] }, expected: ['e-roundtable'] },
    { name: 'nothing', search: 'zzz', expected: [] },
    {
      name: 'blank is no search',
      search: '   ',
      expected: [
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
      ],
    },
    { name: 'without the accents the name has', search: 'niinisto', index: bundled, expected: ['e2023-niinisto'] },
    {
      name: 'with accents the name lacks, in capitals',
      search: 'NÍINÎSTÖ',
      index: bundled,
      expected: ['e2023-niinisto'],
    },
    {
      name: 'a name with accents elsewhere in it',
      search: 'pirc musar',
      index: bundled,
      expected: ['e2023-pirc-musar'],
    },
  ];
  it.each(cases)('$name', ({ search, filters: f, index, expected }) => {
    expect(ids(index ?? small, { search, filters: f })).toEqual(expected);
  });

  it('counts the rows under the filters apart from the matches', () => {
    const order = tableOrder(tableKeys(small, i18n), exportInput(small).filtered, {
      sort: { key: 'when', descending: false },
      search: 'Acme',
    });
    expect({ matches: order.rows.length, filtered: order.filtered, words: order.words }).toEqual({
      matches: 4,
      filtered: 11,
      words: ['acme'],
    });
  });

  it('folds case and accents', () => {
    expect(fold('António GUTERRES, Niinistö, Ёлка')).toBe('antonio guterres, niinisto, елка');
  });

  it('hands the downloads exactly the listed records, in order', () => {
    const keys = tableKeys(small, i18n);
    const order = tableOrder(keys, exportInput(small).filtered, {
      sort: { key: 'value', descending: true },
      search: 'globex',
    });
    const records = tableRecords(keys, order);
    expect(records.deals.map((d) => d.id)).toEqual(['d-globex-cumulative', 'd-globex-wind']);
    expect(records.engagements.map((e) => e.id)).toEqual(['e-roundtable']);
  });
});

describe('pages', () => {
  const cases: { total: number; page: number; size: number; expected: string; start: number; end: number }[] = [
    { total: 11148, page: 0, size: 50, expected: '1–50 of 11,148', start: 0, end: 50 },
    { total: 11148, page: 1, size: 50, expected: '51–100 of 11,148', start: 50, end: 100 },
    { total: 11148, page: 999, size: 50, expected: '11,101–11,148 of 11,148', start: 11100, end: 11148 },
    { total: 11148, page: -3, size: 100, expected: '1–100 of 11,148', start: 0, end: 100 },
    { total: 36, page: 0, size: 50, expected: '1–36 of 36', start: 0, end: 36 },
    { total: 1, page: 0, size: 25, expected: '1–1 of 1', start: 0, end: 1 },
    { total: 0, page: 0, size: 50, expected: '0–0 of 0', start: 0, end: 0 },
  ];
  it.each(cases)('$total rows, page $page of $size: "$expected"', ({ total, page, size, expected, start, end }) => {
    const p = pageOf(total, page, size);
    expect({ label: rangeLabel(p, i18n), start: p.start, end: p.end }).toEqual({ label: expected, start, end });
  });

  it('makes words only for the rows of the page', () => {
    const keys = tableKeys(bundled, i18n);
    const order = tableOrder(keys, exportInput(bundled).filtered, {
      sort: { key: 'when', descending: false },
      search: '',
    });
    const second = pageRows(keys, order, pageOf(order.rows.length, 1, 25));
    expect(second.map((r) => r.r)).toEqual(Array.from(order.rows.subarray(25, 36)));
  });
});

describe('words: counts with plurals, planned records, empty states, captions', () => {
  const counts: { engagements: number; deals: number; expected: string }[] = [
    { engagements: 1, deals: 0, expected: '1 engagement and 0 deals, each with its sources' },
    { engagements: 2, deals: 1, expected: '2 engagements and 1 deal, each with its sources' },
    { engagements: 11148, deals: 2000, expected: '11,148 engagements and 2,000 deals, each with its sources' },
  ];
  it.each(counts)('$expected', ({ engagements, deals, expected }) => {
    expect(captionNotes({ engagements, deals, planned: 0, includePlanned: false }, i18n)).toEqual([expected]);
  });

  it('leaves planned records out of the counts unless asked, and says so', () => {
    const { filtered } = exportInput(bundled);
    const notCounted = tableCounts(bundled, filtered, { planned: false });
    expect(notCounted).toEqual({ engagements: 22, deals: 12, planned: 2, includePlanned: false });
    expect(captionNotes(notCounted, i18n)).toEqual([
      '22 engagements and 12 deals, each with its sources',
      '2 planned records are listed but not counted.',
    ]);
    expect(captionNotes(tableCounts(bundled, filtered, { planned: true }), i18n)).toEqual([
      '24 engagements and 12 deals, each with its sources',
      '2 planned records are counted as if held.',
    ]);
    expect(captionNotes({ engagements: 3, deals: 0, planned: 1, includePlanned: false }, i18n)[1]).toBe(
      '1 planned record is listed but not counted.',
    );
  });

  it('says why nothing is listed, and offers what undoes it', () => {
    const empty = indexOf({ ...fixture('query-small.json'), engagements: [], deals: [] });
    const reasonOf = (index: typeof small, f: Parameters<typeof filters>[0], search: string) => {
      const order = tableOrder(tableKeys(index, i18n), exportInput(index, { filters: f }).filtered, {
        sort: { key: 'when', descending: false },
        search,
      });
      const reason = emptyReason(tableKeys(index, i18n), order);
      return reason && { reason, ...emptyState(reason, filters(f), search, i18n) };
    };
    expect(reasonOf(small, {}, '')).toBeNull();
    expect(reasonOf(empty, {}, '')).toEqual({
      reason: 'dataset',
      text: 'This dataset has no engagements or deals.',
      clearFilters: false,
      clearSearch: false,
    });
    expect(reasonOf(small, { years: [2025] }, '')).toEqual({
      reason: 'filters',
      text: 'No records match these filters.',
      clearFilters: true,
      clearSearch: false,
    });
    expect(reasonOf(small, {}, ' zzz ')).toEqual({
      reason: 'search',
      text: 'No records match the search “zzz”.',
      clearFilters: false,
      clearSearch: true,
    });
  });

  it('captions the table with its order', () => {
    expect(sortCaption({ sort: { key: 'value', descending: true } }, i18n)).toBe(
      'Engagements and deals, sorted by Value, descending',
    );
    expect(sortCaption({ sort: { key: 'when', descending: false } }, i18n)).toBe(
      'Engagements and deals, sorted by When',
    );
  });

  it('notes how many rows a picture leaves out, with the right plural', () => {
    expect(staticTable(exportInput(bundled)).notes).toEqual([
      'Showing 25 of 36 records; the CSV export has all of them.',
      '2 records announced as still to come are tagged “planned”.',
    ]);
    expect(staticTable(exportInput(small), 10).notes).toEqual([
      'Showing 10 of 11 records; the CSV export has all of them.',
    ]);
    expect(staticTable(exportInput(small)).notes).toEqual([]);
    expect(staticTable(exportInput(bundled, { options: { search: 'c5+1' } })).notes).toEqual([
      '1 record announced as still to come is tagged “planned”.',
    ]);
  });
});

describe('keys are made once per dataset and language', () => {
  it('shares them between renders, and makes new ones for another language or dataset', () => {
    expect(tableKeys(small, english())).toBe(tableKeys(small, english()));
    const ru = createI18n({ lang: 'ru', messages: enMessages, countryNames: new Map() });
    expect(tableKeys(small, ru)).not.toBe(tableKeys(small, english()));
    expect(tableKeys(indexOf(fixture('query-small.json')), english())).not.toBe(tableKeys(small, english()));
  });
});

describe('inputs are not mutated', () => {
  it('leaves the dataset, the index and the filtered records as they were', () => {
    const index = indexOf(fixture('query-small.json'));
    const input = exportInput(index, {
      filters: { years: [2023] },
      options: { sort: { key: 'who', descending: true }, search: 'acme' },
    });
    const dataBefore = structuredClone(index.data);
    const eBefore = Array.from(input.filtered.e);
    const dBefore = Array.from(input.filtered.d);
    const dealsBefore = [...input.filtered.deals];
    const optionsBefore = structuredClone(input.options);
    const keys = tableKeys(index, i18n);
    for (const key of SORT_KEYS) {
      for (const descending of [false, true]) {
        const order = tableOrder(keys, input.filtered, { sort: { key, descending }, search: 'a' });
        pageRows(keys, order, pageOf(order.rows.length, 0, 50));
      }
    }
    staticTable(input);
    expect(index.data).toEqual(dataBefore);
    expect(Array.from(input.filtered.e)).toEqual(eBefore);
    expect(Array.from(input.filtered.d)).toEqual(dBefore);
    expect(input.filtered.deals).toEqual(dealsBefore);
    expect(input.options).toEqual(optionsBefore);
  });
});
