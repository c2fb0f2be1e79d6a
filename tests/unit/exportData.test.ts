// @vitest-environment node
// CSV and JSON downloads: exactly the records a view shows, names in the reader's language,
// undisclosed values empty (never 0), a plain table with its CSV on the Web metadata beside it,
// and no formulas for spreadsheets to run in any file.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { afterAll, describe, expect, it } from 'vitest';
import {
  BOM,
  guardCell,
  toCsv,
  toJson,
  viewTable,
  type Cell,
  type JsonMeta,
  type ShownRecords,
  type Table,
} from '../../src/lib/downloads/exportData';
import type { ViewId } from '../../src/lib/catalog/viewCatalog';
import { csvFiles, csvMetadata, type CsvAbout } from '../../src/lib/downloads/csvMetadata';
import { csvwProblems, liveFormulasInCsv, liveFormulasInJson, readCsvStrictly } from '../csvw.mjs';
import { filterDataset, indexDataset, NO_FILTERS, type DatasetIndex, type Filtered } from '../../src/lib/data/query';
import type { Dataset } from '../../src/lib/data/schema';
import { DEFAULT_OPTIONS } from '../../src/lib/state/options';
import { querySmall } from '../fixtures/querySmall';
import { bundledDataset, english, filters, fixture, i18nFor, indexOf } from '../helpers';

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
const table = (
  view: ViewId,
  i: DatasetIndex,
  f: Filtered = filterDataset(i, NO_FILTERS),
  includePlanned = false,
  i18n = en,
) => viewTable(view, f, { engagements: f.engagements, deals: f.deals }, i, i18n, includePlanned);
const row = (t: Table, id: string) => t.rows.find((r) => r.id === id);

/** The CSV's bytes, as a file on disk holds them. */
const bytes = (csv: string) => new TextEncoder().encode(csv);

describe('viewTable: deals', () => {
  const t = table('deals', index);

  it('has one column per field, in a fixed order', () => {
    expect(t.columns).toEqual([
      'id',
      'session',
      'year',
      'company',
      'company_country',
      'value_usd',
      'value_qualifier',
      'basis',
      'status',
      'sector',
      'summary',
      'sites',
      'sources',
      'source_urls',
      'quotes',
    ]);
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
    expect(t.columns).toEqual([
      'id',
      'session',
      'year',
      'date',
      'type',
      'status',
      'participants',
      'countries',
      'organizations',
      'topics',
      'summary',
      'sources',
      'source_urls',
      'quotes',
    ]);
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
      d.engagements[1]!.citations.push(
        { source: 'wire', quote: 'Second quote.' },
        { source: 'gazette', quote: 'Third.' },
      );
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
    const planned = table('timeline', b)
      .rows.filter((r) => r.status === 'planned')
      .map((r) => r.id);
    expect(planned).toEqual(['e2023-unga-speech', 'e2023-c5-plus-1-summit']);
  });
});

describe('viewTable: names in the reader language', () => {
  const translated = variant((d) => {
    const name = (id: string, ru: string) =>
      (d.actors.find((a) => a.id === id)!.name = { en: String(d.actors.find((a) => a.id === id)!.name), ru });
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
    expect(row(deals, 'd-acme-plan')).toMatchObject({
      company: 'Акме Рейл',
      sector: 'транспорт и логистика',
      summary: 'Инвестиции в локомотивный завод',
    });
    expect(row(deals, 'd-zeta')).toMatchObject({ company: 'Zeta Mining', sector: 'mining, metals' });
    const timeline = table('timeline', translated, undefined, false, ru);
    expect(row(timeline, 'e-acme')).toMatchObject({
      participants: 'Рафаэль Рейл (Акме Рейл)',
      topics: 'Железные дороги; Trade',
    });
    expect(row(timeline, 'e-un')).toMatchObject({
      participants: 'Ana Chief (Организация Объединённых Наций); Asia Forum',
      organizations: 'Организация Объединённых Наций; Asia Forum',
    });
    const map = table('map', translated, undefined, false, ru);
    expect(map.rows.find((r) => r.code === 'USA')!.counterpart).toBe(ru.country('USA'));
    expect(ru.country('USA')).not.toBe('United States');
    expect(
      map.rows.find((r) => r.kind === 'organization' && r.engagements === 1 && String(r.counterpart).startsWith('Орг')),
    ).toBeTruthy();
  });

  it('English shows the English names', () => {
    expect(row(table('deals', translated), 'd-acme-plan')).toMatchObject({
      company: 'Acme Rail',
      sector: 'transport & logistics',
    });
  });
});

describe('viewTable: map (counterparts)', () => {
  it('countries then organizations, with counts and the people met', () => {
    const t = table('map', index);
    expect(t.columns).toEqual(['counterpart', 'kind', 'code', 'engagements', 'counterparts_met']);
    expect(t.rows).toEqual([
      {
        counterpart: 'United States',
        kind: 'country',
        code: 'USA',
        engagements: 3,
        counterparts_met: 'Pat President (United States); Sam Envoy (United States); Rafael Rail (Acme Rail)',
      },
      {
        counterpart: 'France',
        kind: 'country',
        code: 'FRA',
        engagements: 2,
        counterparts_met: 'Gina Globex (Globex Energy); Claire Ministre (France)',
      },
      { counterpart: 'Asia Forum', kind: 'organization', code: null, engagements: 1, counterparts_met: 'Asia Forum' },
      {
        counterpart: 'United Nations',
        kind: 'organization',
        code: null,
        engagements: 1,
        counterparts_met: 'Ana Chief (United Nations)',
      },
    ]);
  });

  const planned = variant((d) => (d.engagements[1]!.status = 'planned'));
  const cases: { name: string; input: boolean; expected: [number, string] }[] = [
    { name: 'planned events left out of the counts', input: false, expected: [2, 'Rafael Rail (Acme Rail)'] },
    {
      name: 'planned events counted when asked',
      input: true,
      expected: [3, 'Pat President (United States); Sam Envoy (United States); Rafael Rail (Acme Rail)'],
    },
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
      ...[
        'id',
        'session',
        'year',
        'date',
        'type',
        'status',
        'participants',
        'countries',
        'organizations',
        'topics',
        'summary',
        'sources',
        'source_urls',
        'quotes',
      ],
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
    {
      name: 'a line break inside a field is quoted and kept as it is',
      input: { columns: ['a'], rows: [{ a: 'one\ntwo' }] },
      expected: 'a\r\n"one\ntwo"\r\n',
    },
    // RFC 4180: spaces are part of a field; d3-dsv needs no quotes to keep them (see the round trip).
    { name: 'edge spaces kept', input: { columns: ['a'], rows: [{ a: ' x ' }] }, expected: 'a\r\n x \r\n' },
    {
      name: 'a formula guarded',
      input: { columns: ['a', 'n'], rows: [{ a: '=SUM(A1)', n: -5 }] },
      expected: "a,n\r\n'=SUM(A1),-5\r\n",
    },
    { name: 'no rows: the header only', input: { columns: ['a', 'b'], rows: [] }, expected: 'a,b\r\n' },
  ];
  it.each(cases)('$name', ({ input, expected }) => {
    expect(toCsv(input)).toBe(BOM + expected);
  });

  it('the header row is line 1, right after the byte-order mark: no comment line', () => {
    const csv = toCsv({ columns: ['a', 'b'], rows: [{ a: 1, b: '# not a comment' }] });
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toBe(`${BOM}a,b\r\n1,# not a comment\r\n`);
    // Decoded as UTF-8 (browsers, pandas, R in a UTF-8 locale), the mark is gone: the first header is "a", not "\ufeffa".
    expect(readCsvStrictly(bytes(csv)).header).toEqual(['a', 'b']);
  });

  it('guards the header row like every other row', () => {
    expect(toCsv({ columns: ['=x', 'ok'], rows: [] })).toBe(`${BOM}'=x,ok\r\n`);
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
    expect(csvParse(new TextDecoder().decode(bytes(toCsv(t))))).toEqual(
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
      const { header, rows: body } = readCsvStrictly(bytes(toCsv(t)));
      const rows = [header, ...body];
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

const VIEWS = ['map', 'timeline', 'deals', 'table'] as const;

describe('csvMetadata: CSV on the Web metadata beside the CSV', () => {
  const b = indexOf(bundledDataset());
  const f = filterDataset(b, filters({ years: [2025] }));
  const shown: ShownRecords = { engagements: f.engagements, deals: f.deals };
  const about = (view: ViewId, o: Partial<CsvAbout> = {}): CsvAbout => ({
    csvName: `${view}-2025.csv`,
    title: 'Deal values by company',
    context: '2025',
    shown,
    index: b,
    i18n: en,
    ...o,
  });

  it.each(VIEWS)(
    '%s: the CSV reads strictly and its metadata validates as CSVW, naming its columns in order',
    (view) => {
      const t = viewTable(view, f, shown, b, en, false);
      const files = csvFiles(t, about(view));
      expect(files.csv.name).toBe(`${view}-2025.csv`);
      expect(files.metadata.name).toBe(`${view}-2025.csv-metadata.json`);
      const csv = readCsvStrictly(bytes(files.csv.text));
      expect(csv.rows).toHaveLength(t.rows.length);
      const meta = JSON.parse(files.metadata.text);
      expect(csvwProblems(meta, { csvName: files.csv.name, header: csv.header, rows: csv.rows })).toEqual([]);
      expect(meta.tableSchema.columns.map((c: { name: string }) => c.name)).toEqual(t.columns);
      expect(meta.tableSchema.columns.map((c: { titles: string }) => c.titles)).toEqual(csv.header);
    },
  );

  it('says what the old comment line said, and more: title, context, sources with addresses, dataset, units, empty = undisclosed', () => {
    const t = viewTable('deals', f, shown, b, en, false);
    const meta = JSON.parse(csvMetadata(t, about('deals')));
    expect(meta).toMatchObject({
      '@context': 'http://www.w3.org/ns/csvw',
      url: 'deals-2025.csv',
      'dc:title': 'Deal values by company',
      'dc:description': '2025',
      'dc:language': 'en',
      'dc:isPartOf': { 'dc:title': en.text(b.data.title, b.datasetLang).text },
    });
    // 2025's records cite Orda.kz only: the sources are those of the records in the file.
    expect(meta['dc:source'].map((s: Record<string, string>) => s['dc:publisher'])).toEqual(['Orda.kz']);
    expect(meta['dc:source'][0]['@id']).toBe(b.data.sources.find((s) => s.publisher === 'Orda.kz')!.url);
    const column = (name: string) => meta.tableSchema.columns.find((c: { name: string }) => c.name === name);
    expect(column('value_usd')).toMatchObject({ datatype: 'number', null: '' });
    expect(column('value_usd')['dc:description']).toMatch(/US dollars.*empty when the sources give no value/);
    expect(column('year').datatype).toBe('integer');
    expect(column('session').datatype).toBe('integer');
    expect(meta['rdfs:comment'].join(' ')).toMatch(/empty cell means the sources give no value/);
    expect(meta['rdfs:comment'].join(' ')).toMatch(/apostrophe/);
  });

  it('a date may stop at the month: a string with a pattern, which every date of the bundled dataset matches', () => {
    const all = filterDataset(b, NO_FILTERS);
    const t = viewTable('timeline', all, { engagements: all.engagements, deals: all.deals }, b, en, false);
    const files = csvFiles(
      t,
      about('timeline', { csvName: 'timeline.csv', shown: { engagements: all.engagements, deals: [] } }),
    );
    const csv = readCsvStrictly(bytes(files.csv.text));
    const meta = JSON.parse(files.metadata.text);
    expect(meta.tableSchema.columns.find((c: { name: string }) => c.name === 'date').datatype).toEqual({
      base: 'string',
      format: '^\\d{4}(-\\d{2}(-\\d{2})?)?$',
    });
    expect(csvwProblems(meta, { csvName: 'timeline.csv', header: csv.header, rows: csv.rows })).toEqual([]);
  });

  it("in the reader's language", async () => {
    const ru = await i18nFor('ru');
    const t = viewTable('deals', f, shown, b, ru, false);
    const meta = JSON.parse(csvMetadata(t, about('deals', { i18n: ru })));
    expect(meta['dc:language']).toBe('ru');
    expect(meta.tableSchema.columns.find((c: { name: string }) => c.name === 'value_usd')['dc:description']).toMatch(
      /долларах США/,
    );
  });

  it('a file with no records still says where the dataset comes from', () => {
    const t = viewTable('deals', f, { engagements: [], deals: [] }, b, en, false);
    const meta = JSON.parse(csvMetadata(t, about('deals', { shown: { engagements: [], deals: [] } })));
    expect(meta['dc:source'].map((s: Record<string, string>) => s['dc:publisher']).sort()).toEqual([
      'Kazinform',
      'Orda.kz',
    ]);
  });

  it('the checks can fail: a metadata file that does not describe its CSV is caught', () => {
    const t = viewTable('deals', f, shown, b, en, false);
    const files = csvFiles(t, about('deals'));
    const csv = readCsvStrictly(bytes(files.csv.text));
    const good = JSON.parse(files.metadata.text);
    const broken = (change: (m: typeof good) => void) => {
      const m = structuredClone(good);
      change(m);
      return csvwProblems(m, { csvName: files.csv.name, header: csv.header, rows: csv.rows });
    };
    expect(broken((m) => (m.url = 'other.csv'))).toHaveLength(1);
    expect(broken((m) => m.tableSchema.columns.reverse()).length).toBeGreaterThan(0);
    expect(broken((m) => (m.tableSchema.columns[0].datatype = 'text'))).toHaveLength(1);
    expect(
      broken((m) => (m.tableSchema.columns.find((c: { name: string }) => c.name === 'company').datatype = 'integer')),
    ).toHaveLength(1);
    expect(broken((m) => delete m['dc:source'])).toHaveLength(1);
    expect(broken((m) => (m.creator = 'x'))).toHaveLength(1);
    // And the old file, a comment line first, is no table.
    expect(() =>
      readCsvStrictly(bytes(`${BOM}# Deals · 2025 · Sources: Orda.kz.\r\n${files.csv.text.slice(1)}`)),
    ).toThrow(/comment/);
    expect(() => readCsvStrictly(bytes(`${BOM}a,b\r\n1\r\n`))).toThrow(/row 2 has 1 cells/);
    expect(() => readCsvStrictly(bytes(`${BOM}a,b\n1,2\r\n`))).toThrow(/bare LF/);
  });
});

describe('hostile text stays inert in every file', () => {
  // The hostile fixture, with a second publisher whose comma once split a comment line into a live "=2+5" cell.
  const d = fixture('hostile.json');
  d.sources.push({ id: 'reuters', publisher: 'Reuters,=2+5', title: '@title', url: 'https://example.org/r' });
  d.deals[0]!.citations.push({ source: 'reuters', quote: '=quote' });
  const h = indexDataset(d);
  const f = filterDataset(h, NO_FILTERS);
  const shown: ShownRecords = { engagements: f.engagements, deals: f.deals };

  it.each(VIEWS)('%s: no cell of the CSV and no string of its metadata is a formula', (view) => {
    const t = viewTable(view, f, shown, h, en, false);
    const files = csvFiles(t, {
      csvName: `${view}.csv`,
      title: '=Title',
      context: '+context',
      shown,
      index: h,
      i18n: en,
    });
    const csv = readCsvStrictly(bytes(files.csv.text));
    const meta = JSON.parse(files.metadata.text);
    expect(liveFormulasInCsv(csv)).toEqual([]);
    expect(liveFormulasInJson(meta)).toEqual([]);
    expect(csvwProblems(meta, { csvName: `${view}.csv`, header: csv.header, rows: csv.rows })).toEqual([]);
    expect(meta['dc:title']).toBe("'=Title");
    expect(meta['dc:description']).toBe("'+context");
    expect(meta['dc:source'].map((s: Record<string, string>) => s['dc:publisher'])).toEqual([
      "'-2+3 Publisher ]]>",
      'Reuters,=2+5',
    ]);
    expect(meta['dc:isPartOf']['dc:title']).toMatch(/^'=HYPERLINK/);
    // The checks see what they must: without the guard, they would find formulas.
    expect(liveFormulasInJson({ t: '=Title' })).toHaveLength(1);
  });

  it('the comma-laden publisher is one quoted cell, never split into a "=2+5" cell', () => {
    const t = viewTable('deals', f, shown, h, en, false);
    const text = toCsv(t);
    expect(text).toContain('"\'-2+3 Publisher ]]>; Reuters,=2+5"');
    const csv = readCsvStrictly(bytes(text));
    const at = csv.header.indexOf('sources');
    expect(csv.rows.find((r) => r[0] === 'd1')![at]).toBe("'-2+3 Publisher ]]>; Reuters,=2+5");
    expect(csv.rows.flat().some((cell) => cell.startsWith('=2+5'))).toBe(false);
  });
});

describe("Python's csv module reads the same table", () => {
  const python = spawnSync('python3', ['--version']).status === 0;
  const scratch = mkdtempSync(join(tmpdir(), 'csv-python-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  if (!python) console.warn('python3 not found: the csv-module check is skipped');

  it.skipIf(!python).each(VIEWS)('%s (hostile and bundled datasets)', (view) => {
    for (const [name, data] of [
      ['hostile', fixture('hostile.json')],
      ['bundled', bundledDataset()],
    ] as const) {
      const i = indexDataset(data);
      const f = filterDataset(i, NO_FILTERS);
      const text = toCsv(viewTable(view, f, { engagements: f.engagements, deals: f.deals }, i, en, false));
      const file = join(scratch, `${name}-${view}.csv`);
      writeFileSync(file, text);
      // Default reader; 'utf-8-sig' is Python's name for UTF-8 that may start with a byte-order mark.
      const out = execFileSync(
        'python3',
        [
          '-c',
          'import csv, json, sys\nwith open(sys.argv[1], newline="", encoding="utf-8-sig") as f: print(json.dumps(list(csv.reader(f))))',
          file,
        ],
        { encoding: 'utf8' },
      );
      const rows: string[][] = JSON.parse(out);
      const strict = readCsvStrictly(bytes(text));
      expect(rows, `${name} ${view}`).toEqual([strict.header, ...strict.rows]);
      expect(rows.every((r) => r.length === strict.header.length)).toBe(true);
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
  it('by viewTable, toCsv, csvMetadata and toJson', () => {
    const d = querySmall();
    const i = indexDataset(d);
    const f = filterDataset(i, NO_FILTERS);
    const before = structuredClone(d);
    const shown: ShownRecords = Object.freeze({
      engagements: Object.freeze([...f.engagements]),
      deals: Object.freeze([...f.deals]),
    });
    for (const view of ['map', 'timeline', 'deals', 'table'] as const) {
      const t = viewTable(view, f, shown, i, en, true);
      const tBefore = structuredClone(t);
      toCsv(t);
      csvMetadata(t, { csvName: 'x.csv', title: 't', context: 'c', shown, index: i, i18n: en });
      toJson(t, {
        title: 't',
        view,
        context: 'c',
        filters: NO_FILTERS,
        options: DEFAULT_OPTIONS,
        lang: 'en',
        sources: [],
      });
      expect(t).toEqual(tBefore);
    }
    expect(d).toEqual(before);
    expect([...f.e]).toEqual([0, 1, 2, 3, 4, 5]);
    expect(shownAll.deals).toHaveLength(5);
  });
});
