// @vitest-environment node
// Pure string code: no DOM needed.
import { describe, expect, it } from 'vitest';
import { NO_FILTERS, type Filters } from '../../src/lib/data/query';
import { ACTOR_TYPES } from '../../src/lib/basics/vocabulary';
import { DEFAULT_OPTIONS, SORT_KEYS, type ViewOptions } from '../../src/lib/state/options';
import {
  KNOWN_PARAMS,
  THEMES,
  fromQuery,
  toQuery,
  withoutDefaults,
  type Notice,
  type ParsedQuery,
  type UrlState,
} from '../../src/lib/state/url';
import { VIEW_IDS } from '../../src/lib/catalog/viewCatalog';
import { LANGUAGES } from '../../src/lib/i18n/languages';
import { mulberry32 } from '../../scripts/synth/generate';
import { english, filters } from '../helpers';

const en = english();
/** A notice as the page words it in English. */
const words = (n: Notice) => en.t(n.key, n.values);

describe('fromQuery', () => {
  const cases: { name: string; input: string; expected: Omit<ParsedQuery, 'notices'> }[] = [
    { name: 'an empty query is no filter', input: '', expected: { filters: NO_FILTERS } },
    { name: 'a bare question mark is no filter', input: '?', expected: { filters: NO_FILTERS } },
    {
      name: 'years, sorted as numbers',
      input: '?year=2025,2023',
      expected: { filters: filters({ years: [2023, 2025] }) },
    },
    {
      name: 'without the leading question mark',
      input: 'year=2023',
      expected: { filters: filters({ years: [2023] }) },
    },
    {
      name: 'a repeated parameter adds to the list',
      input: '?year=2025&year=2023',
      expected: { filters: filters({ years: [2023, 2025] }) },
    },
    {
      name: 'duplicates removed',
      input: '?year=2023,2023&country=USA,usa',
      expected: { filters: filters({ years: [2023], countries: ['USA'] }) },
    },
    {
      name: 'empty items and spaces ignored',
      input: '?year=,%202023%20,,&country=',
      expected: { filters: filters({ years: [2023] }) },
    },
    {
      name: 'countries in lower or mixed case become upper case',
      input: '?country=usa,Irn',
      expected: { filters: filters({ countries: ['IRN', 'USA'] }) },
    },
    {
      name: 'actor types',
      input: '?type=state,person',
      expected: { filters: filters({ actorTypes: ['person', 'state'] }) },
    },
    {
      name: 'a sector with an encoded ampersand and spaces',
      input: '?sector=transport%20%26%20logistics,energy',
      expected: { filters: filters({ sectors: ['energy', 'transport & logistics'] }) },
    },
    {
      name: 'a plus sign is a space',
      input: '?sector=food+%26+beverage',
      expected: { filters: filters({ sectors: ['food & beverage'] }) },
    },
    {
      name: 'a sector whose name has an encoded comma stays one sector',
      input: '?sector=mining%2C%20metals,energy',
      expected: { filters: filters({ sectors: ['energy', 'mining, metals'] }) },
    },
    {
      name: 'companies',
      input: '?company=wabtec,rio-tinto',
      expected: { filters: filters({ companies: ['rio-tinto', 'wabtec'] }) },
    },
    {
      name: 'a data URL with its own query string',
      input: '?data=https%3A%2F%2Fexample.org%2Fd.json%3Fv%3D2',
      expected: { filters: NO_FILTERS, data: 'https://example.org/d.json?v=2' },
    },
    { name: 'an empty data parameter is no data URL', input: '?data=%20', expected: { filters: NO_FILTERS } },
    { name: 'embed', input: '?embed=map', expected: { filters: NO_FILTERS, embed: 'map' } },
    { name: 'theme', input: '?theme=dark', expected: { filters: NO_FILTERS, theme: 'dark' } },
    // view options
    {
      name: 'colour by session',
      input: '?colour-by=session',
      expected: { filters: NO_FILTERS, options: { colourBy: 'session' } },
    },
    {
      name: 'colour by basis is the default: no options',
      input: '?colour-by=basis',
      expected: { filters: NO_FILTERS },
    },
    {
      name: 'cumulative=yes',
      input: '?cumulative=yes',
      expected: { filters: NO_FILTERS, options: { cumulative: true } },
    },
    {
      name: 'flags also read true and 1, in any case',
      input: '?cumulative=TRUE&show-all=1&planned=Yes',
      expected: { filters: NO_FILTERS, options: { cumulative: true, showAll: true, planned: true } },
    },
    {
      name: 'a flag set to its default (no) is no option',
      input: '?planned=no&show-all=false&cumulative=0',
      expected: { filters: NO_FILTERS },
    },
    {
      name: 'sort descending by value',
      input: '?sort=-value',
      expected: { filters: NO_FILTERS, options: { sort: { key: 'value', descending: true } } },
    },
    {
      name: 'sort ascending by type',
      input: '?sort=type',
      expected: { filters: NO_FILTERS, options: { sort: { key: 'type', descending: false } } },
    },
    {
      name: 'sort descending by when differs from the default',
      input: '?sort=-when',
      expected: { filters: NO_FILTERS, options: { sort: { key: 'when', descending: true } } },
    },
    { name: 'sort ascending by when is the default', input: '?sort=when', expected: { filters: NO_FILTERS } },
    {
      name: 'search text, trimmed',
      input: '?q=%20wabtec%20rail%20',
      expected: { filters: NO_FILTERS, options: { search: 'wabtec rail' } },
    },
    {
      name: 'search text keeps its commas',
      input: '?q=rail,%20mining',
      expected: { filters: NO_FILTERS, options: { search: 'rail, mining' } },
    },
    { name: 'empty search is none', input: '?q=+', expected: { filters: NO_FILTERS } },
    { name: 'a language', input: '?lang=kk', expected: { filters: NO_FILTERS, lang: 'kk' } },
    {
      name: 'everything at once, in any order',
      input:
        '?lang=ru&q=tengiz&theme=auto&sort=-value&embed=table&planned=yes&company=acme&sector=energy&show-all=yes&type=company&cumulative=yes&country=fra&colour-by=session&year=2024&data=%2Fd.json',
      expected: {
        filters: {
          years: [2024],
          countries: ['FRA'],
          actorTypes: ['company'],
          sectors: ['energy'],
          companies: ['acme'],
        },
        options: {
          colourBy: 'session',
          cumulative: true,
          showAll: true,
          planned: true,
          sort: { key: 'value', descending: true },
          search: 'tengiz',
        },
        data: '/d.json',
        embed: 'table',
        theme: 'auto',
        lang: 'ru',
      },
    },
  ];
  it.each(cases)('$name', ({ input, expected }) => {
    expect(fromQuery(input)).toEqual({ ...expected, notices: [] });
  });

  // Each notice names the value as written and shows how to write it.
  const malformed: {
    name: string;
    input: string;
    expected: { filters?: Partial<Filters>; options?: Partial<ViewOptions>; notices: RegExp[] };
  }[] = [
    {
      name: 'a two-digit year',
      input: '?year=23,2023',
      expected: { filters: { years: [2023] }, notices: [/year "23".*four-digit.*\?year=2023,2025/] },
    },
    { name: 'a five-digit year', input: '?year=20230', expected: { notices: [/year "20230".*four-digit/] } },
    { name: 'a word for a year', input: '?year=last', expected: { notices: [/year "last"/] } },
    {
      name: 'a code that is no country',
      input: '?country=XYZ,usa',
      expected: { filters: { countries: ['USA'] }, notices: [/country "XYZ".*alpha-3.*\?country=USA,IRN/] },
    },
    {
      name: 'a two-letter country code, quoted as written',
      input: '?country=us',
      expected: { notices: [/country "us".*alpha-3/] },
    },
    {
      name: 'an unknown actor type',
      input: '?type=robot,state',
      expected: { filters: { actorTypes: ['state'] }, notices: [/type "robot".*person, state, organization, company/] },
    },
    { name: 'a type in capitals', input: '?type=State', expected: { notices: [/type "State"/] } },
    {
      name: 'a company id with spaces',
      input: '?company=acme%20rail',
      expected: { notices: [/company "acme rail".*company's id.*\?company=wabtec/] },
    },
    {
      name: 'an unknown view to embed',
      input: '?embed=chart',
      expected: { notices: [/embed "chart".*map, timeline, deals, table/] },
    },
    { name: 'an unknown theme', input: '?theme=neon', expected: { notices: [/theme "neon".*light, dark, auto/] } },
    {
      name: 'an unknown parameter',
      input: '?years=2023',
      expected: { notices: [/unknown parameter "years".*Known parameters: year, country/] },
    },
    {
      name: 'an unknown parameter given twice gets one notice',
      input: '?utm=a&utm=b&year=2023',
      expected: { filters: { years: [2023] }, notices: [/unknown parameter "utm"/] },
    },
    {
      name: 'two problems, two notices',
      input: '?year=99&foo=1',
      expected: { notices: [/unknown parameter "foo"/, /year "99"/] },
    },
    // view options and language
    {
      name: 'an unknown colouring',
      input: '?colour-by=sector',
      expected: { notices: [/^Ignored colour-by "sector": use one of basis, session\.$/] },
    },
    {
      name: 'the American spelling is another parameter',
      input: '?color-by=session',
      expected: { notices: [/unknown parameter "color-by"/] },
    },
    {
      name: 'a flag that is neither yes nor no',
      input: '?cumulative=maybe',
      expected: { notices: [/^Ignored cumulative "maybe": write cumulative=yes or cumulative=no\.$/] },
    },
    {
      name: 'a flag without a value',
      input: '?show-all=&planned=yes',
      expected: { options: { planned: true }, notices: [/show-all "".*show-all=yes or show-all=no/] },
    },
    {
      name: 'an unknown sort column',
      input: '?sort=-price',
      expected: {
        notices: [
          /^Ignored sort "-price": use one of when, type, who, what, value, with a leading minus.*\?sort=-value\.$/,
        ],
      },
    },
    { name: 'a sort column in capitals', input: '?sort=Value', expected: { notices: [/sort "Value"/] } },
    {
      name: 'a language the product does not speak',
      input: '?lang=fr',
      expected: { notices: [/^Ignored lang "fr": use one of en, ru, kk\.$/] },
    },
    { name: 'a regional language tag', input: '?lang=ru-RU', expected: { notices: [/lang "ru-RU"/] } },
    {
      name: 'good and bad options side by side',
      input: '?colour-by=session&sort=size&planned=yes&lang=de',
      expected: { options: { colourBy: 'session', planned: true }, notices: [/sort "size"/, /lang "de"/] },
    },
  ];
  it.each(malformed)('$name', ({ input, expected }) => {
    const got = fromQuery(input);
    expect(got.filters).toEqual(filters(expected.filters));
    expect(got.options).toEqual(expected.options);
    expect(got.notices).toHaveLength(expected.notices.length);
    expected.notices.forEach((pattern, i) => expect(words(got.notices[i]!)).toMatch(pattern));
  });

  it('notices are message keys with the values to fill in, not English sentences', () => {
    expect(fromQuery('?year=23&cumulative=maybe').notices).toEqual([
      { key: 'notice.year', values: { value: '23' } },
      { key: 'notice.flag', values: { name: 'cumulative', value: 'maybe' } },
    ]);
  });

  it('lists every known parameter in the unknown-parameter notice', () => {
    const [notice] = fromQuery('?zoom=3').notices;
    const text = words(notice!);
    for (const name of KNOWN_PARAMS) expect(text).toContain(name);
    for (const name of ['colour-by', 'cumulative', 'show-all', 'planned', 'sort', 'q', 'lang'])
      expect(KNOWN_PARAMS).toContain(name);
  });

  it('never throws, whatever the query', () => {
    for (const q of [
      '?%',
      '?year=%E0%A4%A',
      '?=&&=',
      '?country=' + 'a'.repeat(5000),
      '?&&&',
      '?q=%',
      '?sort=-',
      '?lang=',
      '?colour-by=%FF',
      '?%=%',
    ]) {
      expect(() => fromQuery(q)).not.toThrow();
    }
  });
});

describe('withoutDefaults', () => {
  const cases: { name: string; input: Partial<ViewOptions>; expected: Partial<ViewOptions> }[] = [
    { name: 'nothing', input: {}, expected: {} },
    { name: 'every default', input: DEFAULT_OPTIONS, expected: {} },
    { name: 'a changed flag', input: { ...DEFAULT_OPTIONS, showAll: true }, expected: { showAll: true } },
    {
      name: 'a changed sort direction',
      input: { sort: { key: 'when', descending: true } },
      expected: { sort: { key: 'when', descending: true } },
    },
    {
      name: 'a changed sort key',
      input: { sort: { key: 'who', descending: false } },
      expected: { sort: { key: 'who', descending: false } },
    },
    { name: 'search', input: { search: 'x', colourBy: 'basis' }, expected: { search: 'x' } },
  ];
  it.each(cases)('$name', ({ input, expected }) => {
    expect(withoutDefaults(input)).toEqual(expected);
  });
});

describe('toQuery', () => {
  const cases: { name: string; input: UrlState; expected: string }[] = [
    { name: 'no filters → empty string', input: { filters: NO_FILTERS }, expected: '' },
    {
      name: 'years sorted as numbers, duplicates removed',
      input: { filters: filters({ years: [2025, 2023, 2025] }) },
      expected: '?year=2023,2025',
    },
    {
      name: 'countries sorted',
      input: { filters: filters({ countries: ['USA', 'IRN'] }) },
      expected: '?country=IRN,USA',
    },
    {
      name: 'types sorted',
      input: { filters: filters({ actorTypes: ['state', 'company'] }) },
      expected: '?type=company,state',
    },
    {
      name: 'a sector with an ampersand and spaces',
      input: { filters: filters({ sectors: ['transport & logistics'] }) },
      expected: '?sector=transport%20%26%20logistics',
    },
    {
      name: 'a comma inside a sector is encoded, the separating comma is not',
      input: { filters: filters({ sectors: ['mining, metals', 'energy'] }) },
      expected: '?sector=energy,mining%2C%20metals',
    },
    {
      name: 'companies sorted',
      input: { filters: filters({ companies: ['wabtec', 'amazon'] }) },
      expected: '?company=amazon,wabtec',
    },
    {
      name: 'a data URL with its own query string',
      input: { filters: NO_FILTERS, data: 'https://example.org/d.json?v=2' },
      expected: '?data=https%3A%2F%2Fexample.org%2Fd.json%3Fv%3D2',
    },
    { name: 'embed', input: { filters: NO_FILTERS, embed: 'deals' }, expected: '?embed=deals' },
    { name: 'theme', input: { filters: NO_FILTERS, theme: 'light' }, expected: '?theme=light' },
    { name: 'lang', input: { filters: NO_FILTERS, lang: 'kk' }, expected: '?lang=kk' },
    // view options: defaults are left out
    {
      name: 'every default option → empty string',
      input: { filters: NO_FILTERS, options: DEFAULT_OPTIONS },
      expected: '',
    },
    {
      name: 'a default option written out → empty string',
      input: { filters: NO_FILTERS, options: { cumulative: false, colourBy: 'basis', search: '' } },
      expected: '',
    },
    {
      name: 'colour by session',
      input: { filters: NO_FILTERS, options: { colourBy: 'session' } },
      expected: '?colour-by=session',
    },
    {
      name: 'flags as yes',
      input: { filters: NO_FILTERS, options: { cumulative: true, showAll: true, planned: true } },
      expected: '?cumulative=yes&show-all=yes&planned=yes',
    },
    {
      name: 'sort descending with a minus',
      input: { filters: NO_FILTERS, options: { sort: { key: 'value', descending: true } } },
      expected: '?sort=-value',
    },
    {
      name: 'sort ascending without',
      input: { filters: NO_FILTERS, options: { sort: { key: 'who', descending: false } } },
      expected: '?sort=who',
    },
    {
      name: 'the default sort is left out',
      input: { filters: NO_FILTERS, options: { sort: { key: 'when', descending: false } } },
      expected: '',
    },
    {
      name: 'search encoded, commas too',
      input: { filters: NO_FILTERS, options: { search: 'rail & mining, 50%' } },
      expected: '?q=rail%20%26%20mining%2C%2050%25',
    },
    {
      name: 'parameters in a fixed order',
      input: {
        lang: 'ru',
        theme: 'dark',
        embed: 'map',
        data: 'd.json',
        options: {
          search: 'x',
          sort: { key: 'type', descending: true },
          planned: true,
          showAll: true,
          cumulative: true,
          colourBy: 'session',
        },
        filters: {
          companies: ['acme'],
          sectors: ['energy'],
          actorTypes: ['person'],
          countries: ['FRA'],
          years: [2024],
        },
      },
      expected:
        '?year=2024&country=FRA&type=person&sector=energy&company=acme&colour-by=session&cumulative=yes&show-all=yes&planned=yes&sort=-type&q=x&data=d.json&embed=map&theme=dark&lang=ru',
    },
  ];
  it.each(cases)('$name', ({ input, expected }) => {
    expect(toQuery(input)).toBe(expected);
  });

  it('does not mutate its input', () => {
    const input: UrlState = Object.freeze({
      filters: Object.freeze({
        years: Object.freeze([2025, 2023]),
        countries: Object.freeze(['USA', 'IRN']),
        actorTypes: Object.freeze(['state', 'company'] as const),
        sectors: Object.freeze(['mining', 'energy']),
        companies: Object.freeze(['wabtec', 'amazon']),
      }),
      options: Object.freeze({
        sort: Object.freeze({ key: 'value', descending: true } as const),
        search: 'x',
        planned: false,
      }),
      data: 'https://example.org/d.json?v=2',
      theme: 'dark',
      lang: 'kk',
    });
    const before = structuredClone(input);
    toQuery(input);
    expect(input).toEqual(before);
  });
});

describe('round trip', () => {
  // Each x is already canonical (sorted, unique, only non-default options), as FilterState keeps it.
  const states: { name: string; input: UrlState }[] = [
    { name: 'nothing', input: { filters: NO_FILTERS } },
    { name: 'years', input: { filters: filters({ years: [2023, 2025] }) } },
    { name: 'countries', input: { filters: filters({ countries: ['IRN', 'USA'] }) } },
    {
      name: 'every list',
      input: {
        filters: {
          years: [2017],
          countries: ['KAZ'],
          actorTypes: ['organization', 'person'],
          sectors: ['energy', 'mining'],
          companies: ['acme', 'rio-tinto'],
        },
      },
    },
    {
      name: 'sectors with ampersands, spaces and accents',
      input: { filters: filters({ sectors: ['digital & fintech', 'food & beverage', 'énergie'] }) },
    },
    {
      name: 'sectors with characters URLs reserve',
      input: { filters: filters({ sectors: ['50% off', 'a#b', 'a/b', 'oil+gas', 'r&d?', 'x=y'] }) },
    },
    { name: 'a sector whose name has a comma', input: { filters: filters({ sectors: ['mining, metals'] }) } },
    { name: 'a Cyrillic sector', input: { filters: filters({ sectors: ['горнодобыча', 'энергетика'] }) } },
    { name: 'one option', input: { filters: NO_FILTERS, options: { colourBy: 'session' } } },
    {
      name: 'every option',
      input: {
        filters: NO_FILTERS,
        options: {
          colourBy: 'session',
          cumulative: true,
          showAll: true,
          planned: true,
          sort: { key: 'value', descending: true },
          search: 'Tengiz, 2025',
        },
      },
    },
    {
      name: 'the default sort key, descending',
      input: { filters: NO_FILTERS, options: { sort: { key: 'when', descending: true } } },
    },
    {
      name: 'a search with characters URLs reserve',
      input: { filters: NO_FILTERS, options: { search: 'a+b & c=d? 100% #1 /x' } },
    },
    { name: 'a language', input: { filters: NO_FILTERS, lang: 'ru' } },
    {
      name: 'data, embed, theme and language',
      input: {
        filters: filters({ years: [2023] }),
        data: 'https://example.org/d.json?v=2&x=1',
        embed: 'timeline',
        theme: 'auto',
        lang: 'kk',
      },
    },
  ];
  it.each(states)('fromQuery(toQuery(x)) equals x: $name', ({ input }) => {
    expect(fromQuery(toQuery(input))).toEqual({ ...input, notices: [] });
  });

  it('fromQuery(toQuery(x)) equals x for 200 random states', () => {
    const rng = mulberry32(78);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;
    const some = <T>(items: readonly T[], max = 3): T[] =>
      Array.from({ length: Math.floor(rng() * (max + 1)) }, () => pick(items));
    const canonical = <T>(values: T[], compare?: (a: T, b: T) => number) => [...new Set(values)].sort(compare);
    const SECTORS = [
      'energy',
      'mining, metals',
      'transport & logistics',
      '50% off',
      'oil+gas',
      'r&d?',
      'a=b',
      'энергетика',
      'Қазақстан',
      'a#b',
      'x/y',
      '"quoted"',
      'emoji 🚂',
    ];
    const SEARCHES = ['wabtec', 'Rio Tinto', 'a,b', '100%', 'Токаев', 'x & y', 'q=1', 'plus+sign'];
    for (let k = 0; k < 200; k++) {
      const options: Partial<ViewOptions> = {};
      if (rng() < 0.3) options.colourBy = 'session';
      if (rng() < 0.3) options.cumulative = true;
      if (rng() < 0.3) options.showAll = true;
      if (rng() < 0.3) options.planned = true;
      if (rng() < 0.3) {
        const sort = { key: pick(SORT_KEYS), descending: rng() < 0.5 };
        if (sort.key !== 'when' || sort.descending) options.sort = sort;
      }
      if (rng() < 0.3) options.search = pick(SEARCHES);
      const state: UrlState = {
        filters: {
          years: canonical(some([1992, 2017, 2023, 2024, 2025]), (a, b) => a - b),
          countries: canonical(some(['USA', 'IRN', 'KAZ', 'FRA', 'DEU', 'CHN'])),
          actorTypes: canonical(some(ACTOR_TYPES)),
          sectors: canonical(some(SECTORS)),
          companies: canonical(some(['acme', 'rio-tinto', 'ge.healthcare', 'a_b', 'x1'])),
        },
      };
      if (Object.keys(options).length) state.options = options;
      if (rng() < 0.3) state.lang = pick(LANGUAGES);
      if (rng() < 0.2) state.embed = pick(VIEW_IDS);
      if (rng() < 0.2) state.theme = pick(THEMES);
      if (rng() < 0.2) state.data = pick(['d.json', 'https://example.org/a,b.json?x=1&y=2', '/data/файл.json']);
      const query = toQuery(state);
      expect(fromQuery(query), query).toEqual({ ...state, notices: [] });
      // Canonical: a second pass changes nothing.
      expect(toQuery(fromQuery(query))).toBe(query);
    }
  });

  const queries: { name: string; input: string; expected: string }[] = [
    {
      name: 'sorted and de-duplicated',
      input: '?year=2025,2023,2023&country=usa,irn',
      expected: '?year=2023,2025&country=IRN,USA',
    },
    {
      name: 'parameters in the fixed order',
      input: '?theme=dark&company=acme&year=2024',
      expected: '?year=2024&company=acme&theme=dark',
    },
    { name: 'repeated parameters merged', input: '?year=2024&year=2023', expected: '?year=2023,2024' },
    {
      name: 'ignored values and parameters dropped',
      input: '?year=23,2024&foo=bar&embed=chart',
      expected: '?year=2024',
    },
    { name: 'spaces written as %20', input: '?sector=food+%26+beverage', expected: '?sector=food%20%26%20beverage' },
    { name: 'nothing left', input: '?foo=1', expected: '' },
    {
      name: 'default options dropped',
      input: '?colour-by=basis&cumulative=no&sort=when&q=&planned=false',
      expected: '',
    },
    { name: 'flag spellings made yes', input: '?planned=TRUE&show-all=1', expected: '?show-all=yes&planned=yes' },
    {
      name: 'options in the fixed order',
      input: '?lang=kk&q=x&sort=-value&colour-by=session&year=2023',
      expected: '?year=2023&colour-by=session&sort=-value&q=x&lang=kk',
    },
    { name: 'malformed options dropped', input: '?sort=-price&cumulative=maybe&lang=fr&q=ok', expected: '?q=ok' },
  ];
  it.each(queries)('toQuery(fromQuery(q)) is canonical: $name', ({ input, expected }) => {
    const canonical = toQuery(fromQuery(input));
    expect(canonical).toBe(expected);
    // Canonical means a second pass changes nothing.
    expect(toQuery(fromQuery(canonical))).toBe(canonical);
  });
});
