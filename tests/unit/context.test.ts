// @vitest-environment node
// The one statement of what a published view shows, and its file-name form.
import { describe, expect, it } from 'vitest';
import type { Filters } from '../../src/lib/data/query';
import type { Dataset } from '../../src/lib/data/schema';
import { contextParts, contextStatement, fileStem } from '../../src/lib/state/context';
import { DEFAULT_OPTIONS, type ViewOptions } from '../../src/lib/state/options';
import type { ViewId } from '../../src/lib/catalog/viewCatalog';
import { bundledDataset, english, filters, indexOf, i18nFor } from '../helpers';

/** The defaults with some options set. */
const withOptions = (options: Partial<ViewOptions> = {}): ViewOptions => ({ ...DEFAULT_OPTIONS, ...options });

const index = indexOf(bundledDataset());
const en = english();

const statement = (f: Partial<Filters>, o: Partial<ViewOptions> = {}, view?: ViewId) =>
  contextStatement({ filters: filters(f), options: withOptions(o), index, i18n: en, view });

describe('contextStatement', () => {
  const cases: { name: string; input: [Partial<Filters>, Partial<ViewOptions>?, ViewId?]; expected: string }[] = [
    { name: 'nothing chosen', input: [{}], expected: 'all sessions' },
    { name: 'one country, every session', input: [{ countries: ['IRN'] }], expected: 'Iran · all sessions' },
    {
      name: 'a year, a country and a type',
      input: [{ years: [2025], countries: ['USA'], actorTypes: ['company'] }],
      expected: '2025 · United States · companies',
    },
    { name: 'two years in order', input: [{ years: [2025, 2023] }], expected: '2023 and 2025' },
    {
      name: 'country names sorted by name, not by code',
      input: [{ countries: ['USA', 'IRN'] }],
      expected: 'Iran and United States · all sessions',
    },
    {
      name: 'a long list says how many more',
      input: [{ countries: ['USA', 'IRN', 'FIN', 'EST', 'HUN'] }],
      expected: 'Estonia, Finland, Hungary and 2 more · all sessions',
    },
    {
      name: 'three names are still listed',
      input: [{ years: [2023], countries: ['FIN', 'EST', 'HUN'] }],
      expected: '2023 · Estonia, Finland, and Hungary',
    },
    {
      name: 'types in words',
      input: [{ actorTypes: ['state', 'organization'] }],
      expected: 'states and organizations · all sessions',
    },
    {
      name: '"all sessions" follows every chosen filter',
      input: [{ countries: ['IRN'], actorTypes: ['state'] }],
      expected: 'Iran · states · all sessions',
    },
    { name: 'a sector', input: [{ years: [2025], sectors: ['energy'] }], expected: '2025 · energy' },
    {
      name: 'companies by name',
      input: [{ years: [2025], companies: ['wabtec', 'rio-tinto'] }],
      expected: '2025 · Wabtec and Rio Tinto',
    },
    {
      name: 'companies, long list',
      input: [{ years: [2025], companies: ['wabtec', 'pepsico', 'amazon', 'chevron', 'meta'] }],
      expected: '2025 · Wabtec, PepsiCo, Amazon and 2 more',
    },
    {
      name: 'an unknown company id as written',
      input: [{ years: [2025], companies: ['initech'] }],
      expected: '2025 · initech',
    },
    // Options are stated for the views that draw them.
    {
      name: 'deals coloured by session',
      input: [{ years: [2025] }, { colourBy: 'session' }, 'deals'],
      expected: '2025 · coloured by session',
    },
    {
      name: 'the timeline does not colour by session',
      input: [{ years: [2025] }, { colourBy: 'session' }, 'timeline'],
      expected: '2025',
    },
    {
      name: 'the map states cumulative investments',
      input: [{ years: [2025] }, { cumulative: true }, 'map'],
      expected: '2025 · cumulative investments included',
    },
    { name: 'the table does not', input: [{ years: [2025] }, { cumulative: true }, 'table'], expected: '2025' },
    { name: 'deals: every company', input: [{}, { showAll: true }, 'deals'], expected: 'all sessions · all companies' },
    { name: 'the map does not show all companies', input: [{}, { showAll: true }, 'map'], expected: 'all sessions' },
    {
      name: 'planned counted: every view',
      input: [{}, { planned: true }, 'timeline'],
      expected: 'all sessions · planned events counted',
    },
    {
      name: 'table sorted, descending',
      input: [{}, { sort: { key: 'value', descending: true } }, 'table'],
      expected: 'all sessions · sorted by Value, descending',
    },
    {
      name: 'table sorted, ascending',
      input: [{}, { sort: { key: 'who', descending: false } }, 'table'],
      expected: 'all sessions · sorted by Who',
    },
    {
      name: 'the default sort is not stated',
      input: [{}, { sort: { key: 'when', descending: false } }, 'table'],
      expected: 'all sessions',
    },
    {
      name: 'the deal chart is not sorted',
      input: [{}, { sort: { key: 'value', descending: true } }, 'deals'],
      expected: 'all sessions',
    },
    {
      name: 'table search',
      input: [{ countries: ['IRN'] }, { search: 'raisi' }, 'table'],
      expected: 'Iran · all sessions · search “raisi”',
    },
    {
      name: 'the map has no search',
      input: [{ countries: ['IRN'] }, { search: 'raisi' }, 'map'],
      expected: 'Iran · all sessions',
    },
    {
      name: 'without a view, every option is stated, in a fixed order',
      input: [
        { years: [2023] },
        {
          search: 'x',
          planned: true,
          showAll: true,
          cumulative: true,
          colourBy: 'session',
          sort: { key: 'type', descending: false },
        },
      ],
      expected:
        '2023 · coloured by session · cumulative investments included · all companies · planned events counted · sorted by Type · search “x”',
    },
  ];
  it.each(cases)('$name', ({ input, expected }) => {
    expect(statement(...input)).toBe(expected);
  });

  it('is the parts joined', () => {
    const input = {
      filters: filters({ years: [2025], countries: ['USA'] }),
      options: withOptions({ planned: true }),
      index,
      i18n: en,
      view: 'map' as const,
    };
    expect(contextParts(input)).toEqual(['2025', 'United States', 'planned events counted']);
    expect(contextStatement(input)).toBe(contextParts(input).join(' · '));
  });

  it('names translated companies and sectors in the reader language', async () => {
    const d: Dataset = bundledDataset();
    d.deals.find((x) => x.id === 'd2025-chevron-tengiz')!.sector = { en: 'energy', ru: 'энергетика' };
    const i = indexOf(d);
    const ru = await i18nFor('ru');
    const parts = contextParts({
      filters: filters({ sectors: ['energy'], companies: ['wabtec'] }),
      options: DEFAULT_OPTIONS,
      index: i,
      i18n: ru,
    });
    expect(parts).toContain('энергетика');
    expect(parts.some((p) => p.includes('Wabtec'))).toBe(true);
    expect(parts.some((p) => p.includes('energy'))).toBe(false);
  });

  it('an unknown sector key is shown as written', () => {
    expect(statement({ years: [2025], sectors: ['tourism'] })).toBe('2025 · tourism');
  });

  it('does not mutate its inputs', () => {
    const f = Object.freeze({
      years: Object.freeze([2025, 2023]),
      countries: Object.freeze(['USA', 'IRN', 'FIN', 'EST']),
      actorTypes: Object.freeze(['state'] as const),
      sectors: Object.freeze(['energy']),
      companies: Object.freeze(['wabtec']),
    }) as Filters;
    const o = Object.freeze(
      withOptions({ planned: true, sort: Object.freeze({ key: 'value', descending: true } as const) }),
    );
    const before = structuredClone({ f, o });
    contextStatement({ filters: f, options: o, index, i18n: en });
    fileStem('table', f, o);
    expect({ f, o }).toEqual(before);
  });
});

describe('fileStem', () => {
  const cases: { name: string; input: [ViewId, Partial<Filters>, Partial<ViewOptions>?]; expected: string }[] = [
    { name: 'nothing chosen', input: ['deals', {}], expected: 'deals' },
    {
      name: 'a year and a country',
      input: ['deals', { years: [2025], countries: ['USA'] }],
      expected: 'deals-2025-usa',
    },
    { name: 'one country', input: ['map', { countries: ['IRN'] }], expected: 'map-irn' },
    {
      name: 'deals by session with cumulative investments',
      input: ['deals', {}, { colourBy: 'session', cumulative: true }],
      expected: 'deals-by-session-cumulative',
    },
    {
      name: 'lists sorted',
      input: ['map', { years: [2025, 2023], countries: ['USA', 'IRN'] }],
      expected: 'map-2023-2025-irn-usa',
    },
    {
      name: 'a long list is cut with its count',
      input: ['map', { countries: ['USA', 'IRN', 'FIN', 'EST', 'HUN'] }],
      expected: 'map-est-fin-hun-and-2-more',
    },
    {
      name: 'types, sectors and companies by key',
      input: ['table', { actorTypes: ['company'], sectors: ['transport & logistics'], companies: ['rio-tinto'] }],
      expected: 'table-company-transport-logistics-rio-tinto',
    },
    {
      name: 'accents dropped, other scripts kept',
      input: ['deals', { sectors: ['énergie', 'горнодобыча'] }],
      expected: 'deals-energie-горнодобыча',
    },
    // Options only for the views that draw them.
    {
      name: 'the timeline ignores colour, cumulative, all, sort and search',
      input: [
        'timeline',
        {},
        { colourBy: 'session', cumulative: true, showAll: true, sort: { key: 'value', descending: true }, search: 'x' },
      ],
      expected: 'timeline',
    },
    { name: 'the timeline states planned', input: ['timeline', {}, { planned: true }], expected: 'timeline-planned' },
    {
      name: 'the map states cumulative and planned',
      input: ['map', { countries: ['IRN'] }, { cumulative: true, planned: true, showAll: true }],
      expected: 'map-irn-cumulative-planned',
    },
    {
      name: 'the deal chart: every company',
      input: ['deals', {}, { showAll: true, search: 'x' }],
      expected: 'deals-all',
    },
    {
      name: 'the table: sort and search',
      input: ['table', {}, { sort: { key: 'value', descending: true }, search: 'Rio Tinto', colourBy: 'session' }],
      expected: 'table-sort-desc-value-search-rio-tinto',
    },
    {
      name: 'the table: ascending sort',
      input: ['table', {}, { sort: { key: 'who', descending: false } }],
      expected: 'table-sort-who',
    },
    {
      name: 'the table: the default sort is not named',
      input: ['table', {}, { sort: { key: 'when', descending: false } }],
      expected: 'table',
    },
  ];
  it.each(cases)('$name', ({ input: [view, f, o], expected }) => {
    expect(fileStem(view, filters(f), withOptions(o))).toBe(expected);
  });

  it('stays short, never ending on a dash', () => {
    const stem = fileStem('table', filters({ sectors: ['a'.repeat(200)] }), withOptions({ search: 'b '.repeat(100) }));
    expect(stem.length).toBeLessThanOrEqual(120);
    expect(stem).not.toMatch(/-$/);
    expect(stem).toMatch(/^table-a+$/);
  });

  it('does not depend on the language (codes and ids, not names)', () => {
    expect(fileStem('map', filters({ countries: ['IRN'], companies: ['wabtec'] }), DEFAULT_OPTIONS)).toBe(
      'map-irn-wabtec',
    );
  });
});
