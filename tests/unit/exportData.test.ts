// @vitest-environment node
// CSV and JSON downloads: exactly the records a view shows, names in the reader's language,
// undisclosed values empty (never 0), a context line, and no formulas for spreadsheets to run.
import { csvParse, csvParseRows } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { BOM, guardCell, toCsv, toJson, viewTable, type Cell, type ExportView, type JsonMeta, type ShownRecords, type Table } from '../../src/lib/data/exportData';
import { filterDataset, indexDataset, NO_FILTERS, type DatasetIndex, type Filtered } from '../../src/lib/data/query';
import type { Dataset } from '../../src/lib/data/schema';
import { DEFAULT_OPTIONS } from '../../src/lib/state/options';
import { querySmall } from '../fixtures/querySmall';
import { bundledDataset, english, filters, i18nFor, indexOf } from '../helpers';

const en = english();
const index = indexDataset(querySmall());
const all = filterDataset(index, NO_FILTERS);
const shownAll: ShownRecords = { engagements: all.engagements, deals: all.deals };

/** The fixture with a change. */
function variant(change: (d: Dataset) => void): DatasetIndex {
  const d = querySmall();
  change(d);
  return indexDataset(d);
}
const table = (view: ExportView, i: DatasetIndex, f: Filtered = filterDataset(i, NO_FILTERS), includePlanned = false, i18n = en) =>
  viewTable(view, f, { engagements: f.engagements, deals: f.deals }, i, i18n, includePlanned);
const row = (t: Table, id: string) => t.rows.find((r) => r.id === id);

/** The CSV body after the byte-order mark and the "# …" line, as d3-dsv reads it. */
function body(csv: string): string {
  expect(csv.startsWith(BOM + '# ')).toBe(true);
  return csv.slice(csv.indexOf('\r\n') + 2);
}

describe('viewTable: deals', () => {
  const t = table('deals', index);

  it('has one column per field, in a fixed order', () => {
    expect(t.columns).toEqual(['id', 'session', 'year', 'company', 'company_country', 'value_usd', 'value_qualifier', 'basis', 'status', 'sector', 'summary', 'sites', 'sources', 'source_urls', 'quotes']);
  });

  const cases: { name: string; input: string; expected: Record<string, Cell> }[] = [
    {
      name: 'a disclosed deal with its source address',
      input: 'd-acme-plan',
      expected: {
        id: 'd-acme-plan',
        session: 78,
        year: 2023,
        company: 'Acme Rail',
        company_country: 'USA',
        value_usd: 1e9,
        value_qualifier: 'about',
        basis: 'investment-plan',
        status: 'held',
        sector: 'transport & logistics',
        summary: 'Investment in a locomotive plant',
        sites: '',
        sources: 'Example Wire',
        source_urls: 'https://example.org/wire/leader-2023',
        quotes: 'about $1 billion',
      },
    },
    {
      name: 'an undisclosed deal: empty value, never 0, labelled "undisclosed"',
      input: 'd-globex-wind',
      expected: {
        id: 'd-globex-wind',
        session: 79,
        year: 2024,
        company: 'Globex Energy',
        company_country: 'DEU',
        value_usd: null,
        value_qualifier: 'undisclosed',
        basis: 'project',
        status: 'held',
        sector: 'energy',
        summary: 'Wind farm project',
        sites: '',
        sources: 'Sample Gazette',
        source_urls: '',
        quotes: 'a wind farm',
      },
    },
  ];
  it.each(cases)('$name', ({ input, expected }) => {
    expect(row(t, input)).toEqual(expected);
  });

  it('rows are exactly the shown deals, in their order (the chart may leave some out)', () => {
    const shown: ShownRecords = { engagements: [], deals: [all.deals[4]!, all.deals[0]!] };
    expect(viewTable('deals', all, shown, index, en, false).rows.map((r) => r.id)).toEqual(['d-zeta', 'd-acme-plan']);
  });

  it('no value is ever 0', () => {
    expect(t.rows.filter((r) => r.value_usd === null).map((r) => r.id)).toEqual(['d-globex-wind']);
    expect(t.rows.some((r) => r.value_usd === 0)).toBe(false);
  });

  it('status says planned, sites are listed', () => {
    const i = variant((d) => {
      d.deals[4]!.status = 'planned';
      d.deals[4]!.sites = [
        { name: 'Mine A', lon: 70, lat: 50 },
        { name: 'Mine B', lon: 71, lat: 51 },
      ];
    });
    const r = row(table('deals', i), 'd-zeta');
    expect(r).toMatchObject({ status: 'planned', sites: 'Mine A; Mine B' });
  });
});

describe('viewTable: timeline (engagements)', () => {
  const t = table('timeline', index);

  it('one row per shown engagement, in order', () => {
    expect(t.rows.map((r) => r.id)).toEqual(all.engagements.map((e) => e.id));
    expect(t.columns).toEqual(['id', 'session', 'year', 'date', 'type', 'status', 'participants', 'countries', 'organizations', 'topics', 'summary', 'sources', 'source_urls', 'quotes']);
  });

  const cases: { name: string; input: string; expected: Record<string, Cell> }[] = [
    {
      name: 'people labelled with whom they speak for, counterpart countries, month-only date',
      input: 'e-roundtable',
      expected: {
        id: 'e-roundtable',
        session: 79,
        year: 2024,
        date: '2024-09',
        type: 'roundtable',
        status: 'held',
        participants: 'Rafael Rail (Acme Rail); Gina Globex (Globex Energy); Home Minister',
        countries: 'USA; FRA',
        organizations: '',
        topics: 'Energy',
        summary: 'Energy roundtable with investors',
        sources: 'Sample Gazette',
        source_urls: '',
        quotes: 'Investors gathered for an energy roundtable.',
      },
    },
    {
      name: 'organizations, and no date',
      input: 'e-un',
      expected: {
        id: 'e-un',
        session: 78,
        year: 2023,
        date: null,
        type: 'summit',
        status: 'held',
        participants: 'Ana Chief (United Nations); Asia Forum',
        countries: '',
        organizations: 'United Nations; Asia Forum',
        topics: 'Climate',
        summary: 'Meeting with the UN chief and the Asia Forum',
        sources: 'Sample Gazette',
        source_urls: '',
        quotes: 'The leader met the UN chief.',
      },
    },
  ];
  it.each(cases)('$name', ({ input, expected }) => {
    expect(row(t, input)).toEqual(expected);
  });

  it('a planned engagement says so; several citations of one source name it once', () => {
    const i = variant((d) => {
      d.engagements[1]!.status = 'planned';
      d.engagements[1]!.citations.push({ source: 'wire', quote: 'Second quote.' }, { source: 'gazette', quote: 'Third.' });
    });
    expect(row(table('timeline', i), 'e-usa')).toMatchObject({
      status: 'planned',
      sources: 'Example Wire; Sample Gazette',
      source_urls: 'https://example.org/wire/leader-2023; ',
      quotes: 'The two presidents discussed trade. | Second quote. | Third.',
    });
  });

  it('the bundled dataset: planned events marked, every 2025 row cites Orda.kz', () => {
    const b = indexOf(bundledDataset());
    const only2025 = filterDataset(b, filters({ years: [2025] }));
    const rows = table('timeline', b, only2025).rows;
    expect(rows).toHaveLength(only2025.engagements.length);
    expect(rows.every((r) => String(r.sources).includes('Orda.kz'))).toBe(true);
    const planned = table('timeline', b).rows.filter((r) => r.status === 'planned').map((r) => r.id);
    expect(planned).toEqual(['e2023-unga-speech', 'e2023-c5-plus-1-summit']);
  });
});

describe('viewTable: names in the reader language', () => {
  const translated = variant((d) => {
    const name = (id: string, ru: string) => (d.actors.find((a) => a.id === id)!.name = { en: String(d.actors.find((a) => a.id === id)!.name), ru });
    name('acme', 'Акме Рейл');
    name('acme-ceo', 'Рафаэль Рейл');
    name('un', 'Организация Объединённых Наций');
    d.deals[0]!.sector = { en: 'transport & logistics', ru: 'транспорт и логистика' };
    d.deals[0]!.summary = { en: 'Investment in a locomotive plant', ru: 'Инвестиции в локомотивный завод' };
    d.engagements[2]!.topics = [{ en: 'rail', ru: 'железные дороги' }, 'trade'];
  });

  it('Russian where the dataset has it, the original elsewhere', async () => {
    const ru = await i18nFor('ru');
    const deals = table('deals', translated, undefined, false, ru);
    expect(row(deals, 'd-acme-plan')).toMatchObject({ company: 'Акме Рейл', sector: 'транспорт и логистика', summary: 'Инвестиции в локомотивный завод' });
    expect(row(deals, 'd-zeta')).toMatchObject({ company: 'Zeta Mining', sector: 'mining, metals' });
    const timeline = table('timeline', translated, undefined, false, ru);
    expect(row(timeline, 'e-acme')).toMatchObject({ participants: 'Рафаэль Рейл (Акме Рейл)', topics: 'Железные дороги; Trade' });
    expect(row(timeline, 'e-un')).toMatchObject({ participants: 'Ana Chief (Организация Объединённых Наций); Asia Forum', organizations: 'Организация Объединённых Наций; Asia Forum' });
    const map = table('map', translated, undefined, false, ru);
    expect(map.rows.find((r) => r.code === 'USA')!.counterpart).toBe(ru.country('USA'));
    expect(ru.country('USA')).not.toBe('United States');
    expect(map.rows.find((r) => r.kind === 'organization' && r.engagements === 1 && String(r.counterpart).startsWith('Орг'))).toBeTruthy();
  });

  it('English shows the English names', () => {
    expect(row(table('deals', translated), 'd-acme-plan')).toMatchObject({ company: 'Acme Rail', sector: 'transport & logistics' });
  });
});

describe('viewTable: map (counterparts)', () => {
  it('countries then organizations, with counts and the people met', () => {
    const t = table('map', index);
    expect(t.columns).toEqual(['counterpart', 'kind', 'code', 'engagements', 'counterparts_met']);
    expect(t.rows).toEqual([
      { counterpart: 'United States', kind: 'country', code: 'USA', engagements: 3, counterparts_met: 'Pat President (United States); Sam Envoy (United States); Rafael Rail (Acme Rail)' },
      { counterpart: 'France', kind: 'country', code: 'FRA', engagements: 2, counterparts_met: 'Gina Globex (Globex Energy); Claire Ministre (France)' },
      { counterpart: 'Asia Forum', kind: 'organization', code: null, engagements: 1, counterparts_met: 'Asia Forum' },
      { counterpart: 'United Nations', kind: 'organization', code: null, engagements: 1, counterparts_met: 'Ana Chief (United Nations)' },
    ]);
  });

  const planned = variant((d) => (d.engagements[1]!.status = 'planned'));
  const cases: { name: string; input: boolean; expected: [number, string] }[] = [
    { name: 'planned events left out of the counts', input: false, expected: [2, 'Rafael Rail (Acme Rail)'] },
    { name: 'planned events counted when asked', input: true, expected: [3, 'Pat President (United States); Sam Envoy (United States); Rafael Rail (Acme Rail)'] },
  ];
  it.each(cases)('$name', ({ input, expected }) => {
    const usa = table('map', planned, undefined, input).rows.find((r) => r.code === 'USA')!;
    expect([usa.engagements, usa.counterparts_met]).toEqual(expected);
  });

  it('only the filtered engagements', () => {
    const t = table('map', index, filterDataset(index, filters({ years: [2024] })));
    expect(t.rows.map((r) => [r.code, r.engagements])).toEqual([
      ['FRA', 2],
      ['USA', 1],
    ]);
  });
});

describe('viewTable: table (engagements and deals together)', () => {
  const f = filterDataset(index, filters({ years: [2023] }));
  const t = viewTable('table', f, { engagements: f.engagements, deals: f.deals }, index, en, false);

  it('one file, a "record" column first telling them apart, every column once', () => {
    expect(t.columns[0]).toBe('record');
    expect(new Set(t.columns).size).toBe(t.columns.length);
    expect(t.columns).toEqual([
      'record',
      ...['id', 'session', 'year', 'date', 'type', 'status', 'participants', 'countries', 'organizations', 'topics', 'summary', 'sources', 'source_urls', 'quotes'],
      ...['company', 'company_country', 'value_usd', 'value_qualifier', 'basis', 'sector', 'sites'],
    ]);
    expect(t.rows.map((r) => [r.record, r.id])).toEqual([
      ['engagement', 'e-un'],
      ['engagement', 'e-usa'],
      ['engagement', 'e-acme'],
      ['deal', 'd-acme-plan'],
      ['deal', 'd-acme-service'],
    ]);
  });

  it('only the records shown (the table search narrows them)', () => {
    const shown: ShownRecords = { engagements: [f.engagements[2]!], deals: [] };
    expect(viewTable('table', f, shown, index, en, false).rows.map((r) => r.id)).toEqual(['e-acme']);
  });
});

describe('guardCell: no formulas for spreadsheets', () => {
  const cases: { input: Cell | undefined; expected: string }[] = [
    { input: '=SUM(A1)', expected: "'=SUM(A1)" },
    { input: '+1 555 0100', expected: "'+1 555 0100" },
    { input: '@cmd', expected: "'@cmd" },
    { input: '-x', expected: "'-x" },
    { input: '\tindent', expected: "'\tindent" },
    { input: '\rreturn', expected: "'\rreturn" },
    // Text with apostrophes of its own before a trigger gets one more, so the guard can be undone
    // (found by the property tests: "'\r\n" read back as "\r\n").
    { input: "'=SUM(A1)", expected: "''=SUM(A1)" },
    { input: "''-x", expected: "'''-x" },
    { input: "'-5", expected: "''-5" },
    { input: "'plain", expected: "'plain" },
    // Numbers, written as text or not, are left alone.
    { input: '-5', expected: '-5' },
    { input: '3.2', expected: '3.2' },
    { input: '-0.75', expected: '-0.75' },
    { input: -5, expected: '-5' },
    { input: 3.2, expected: '3.2' },
    { input: 0, expected: '0' },
    { input: 4200000000, expected: '4200000000' },
    // Harmless text and empties.
    { input: 'a = b', expected: 'a = b' },
    { input: '', expected: '' },
    { input: null, expected: '' },
    { input: undefined, expected: '' },
  ];
  it.each(cases)('$input → $expected', ({ input, expected }) => {
    expect(guardCell(input)).toBe(expected);
  });
});

describe('toCsv', () => {
  // RFC 4180: CRLF rows, fields with commas, quotes or line breaks quoted, quotes doubled.
  const cases: { name: string; input: Table; expected: string }[] = [
    { name: 'plain', input: { columns: ['a', 'b'], rows: [{ a: 1, b: 'x' }] }, expected: 'a,b\r\n1,x\r\n' },
    { name: 'null is empty, never 0', input: { columns: ['v'], rows: [{ v: null }] }, expected: 'v\r\n\r\n' },
    { name: 'a missing field is empty', input: { columns: ['a', 'b'], rows: [{ a: 'x' }] }, expected: 'a,b\r\nx,\r\n' },
    { name: 'comma quoted', input: { columns: ['a'], rows: [{ a: 'x, y' }] }, expected: 'a\r\n"x, y"\r\n' },
    { name: 'quotes doubled', input: { columns: ['a'], rows: [{ a: 'say "hi"' }] }, expected: 'a\r\n"say ""hi"""\r\n' },
    { name: 'a line break inside a field is quoted and kept as it is', input: { columns: ['a'], rows: [{ a: 'one\ntwo' }] }, expected: 'a\r\n"one\ntwo"\r\n' },
    // RFC 4180: spaces are part of a field; d3-dsv needs no quotes to keep them (see the round trip).
    { name: 'edge spaces kept', input: { columns: ['a'], rows: [{ a: ' x ' }] }, expected: 'a\r\n x \r\n' },
    { name: 'a formula guarded', input: { columns: ['a', 'n'], rows: [{ a: '=SUM(A1)', n: -5 }] }, expected: "a,n\r\n'=SUM(A1),-5\r\n" },
    { name: 'no rows: the header only', input: { columns: ['a', 'b'], rows: [] }, expected: 'a,b\r\n' },
  ];
  it.each(cases)('$name', ({ input, expected }) => {
    expect(toCsv(input)).toBe(BOM + expected);
  });

  it('starts with the byte-order mark, then one "# " line saying what the file holds', () => {
    const csv = toCsv({ columns: ['a'], rows: [{ a: 1 }] }, 'Deals · 2025 · United States\nSources: Orda.kz');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toBe(`${BOM}# Deals · 2025 · United States Sources: Orda.kz\r\na\r\n1\r\n`);
  });

  it('round-trips awkward text through d3-dsv, after the context line', () => {
    const t: Table = {
      columns: ['id', 'text', 'n', 'formula'],
      rows: [
        { id: 'a', text: 'comma, "quote"\nnew line\r\nand CRLF', n: 4200000000, formula: '=HYPERLINK("x")' },
        { id: 'b', text: '“curly” ’ and ünïcödé, Қазақстан, Niinistö', n: null, formula: '-3.5' },
        { id: 'c', text: ' edge spaces ', n: -5, formula: '@x' },
      ],
    };
    expect(csvParse(body(toCsv(t, 'about')))).toEqual(
      Object.assign(
        [
          { id: 'a', text: 'comma, "quote"\nnew line\r\nand CRLF', n: '4200000000', formula: `'=HYPERLINK("x")` },
          { id: 'b', text: '“curly” ’ and ünïcödé, Қазақстан, Niinistö', n: '', formula: '-3.5' },
          { id: 'c', text: ' edge spaces ', n: '-5', formula: "'@x" },
        ],
        { columns: ['id', 'text', 'n', 'formula'] },
      ),
    );
  });

  it('every view of the bundled dataset: the rows read back equal the table, undisclosed values empty', () => {
    const b = indexOf(bundledDataset());
    const f = filterDataset(b, NO_FILTERS);
    for (const view of ['map', 'timeline', 'deals', 'table'] as const) {
      const t = viewTable(view, f, { engagements: f.engagements, deals: f.deals }, b, en, false);
      const rows = csvParseRows(body(toCsv(t, `${view} · all sessions`)));
      expect(rows[0], view).toEqual(t.columns);
      expect(rows.slice(1), view).toEqual(t.rows.map((r) => t.columns.map((c) => guardCell(r[c]))));
      if (view === 'deals') {
        const at = t.columns.indexOf('value_usd');
        const undisclosed = rows.slice(1).filter((r) => r[t.columns.indexOf('value_qualifier')] === 'undisclosed');
        expect(undisclosed.length).toBeGreaterThan(0);
        expect(undisclosed.every((r) => r[at] === '')).toBe(true);
        expect(rows.slice(1).some((r) => r[at] === '4200000000')).toBe(true);
      }
    }
  });
});

describe('toJson', () => {
  it('keeps numbers as numbers and undisclosed as null, with what the file shows', () => {
    const t = table('deals', index);
    const meta: JsonMeta = {
      title: 'Deal values by company',
      view: 'deals',
      context: 'all sessions',
      filters: NO_FILTERS,
      options: DEFAULT_OPTIONS,
      lang: 'en',
      sources: ['Example Wire', 'Sample Gazette'],
    };
    const text = toJson(t, meta);
    expect(text.endsWith('}\n')).toBe(true);
    const json = JSON.parse(text);
    expect(json).toEqual({ ...meta, columns: t.columns, rows: t.rows });
    expect(json.rows.find((r: { id: string }) => r.id === 'd-acme-plan').value_usd).toBe(1e9);
    expect(json.rows.find((r: { id: string }) => r.id === 'd-globex-wind').value_usd).toBeNull();
  });
});

describe('inputs are not mutated', () => {
  it('by viewTable, toCsv and toJson', () => {
    const d = querySmall();
    const i = indexDataset(d);
    const f = filterDataset(i, NO_FILTERS);
    const before = structuredClone(d);
    const shown: ShownRecords = Object.freeze({ engagements: Object.freeze([...f.engagements]), deals: Object.freeze([...f.deals]) });
    for (const view of ['map', 'timeline', 'deals', 'table'] as const) {
      const t = viewTable(view, f, shown, i, en, true);
      const tBefore = structuredClone(t);
      toCsv(t, 'x');
      toJson(t, { title: 't', view, context: 'c', filters: NO_FILTERS, options: DEFAULT_OPTIONS, lang: 'en', sources: [] });
      expect(t).toEqual(tBefore);
    }
    expect(d).toEqual(before);
    expect([...f.e]).toEqual([0, 1, 2, 3, 4, 5]);
    expect(shownAll.deals).toHaveLength(5);
  });
});
