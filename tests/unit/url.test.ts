// @vitest-environment node
// Pure string code: no DOM needed.
import { describe, expect, it } from 'vitest';
import { NO_FILTERS, type Filters } from '../../src/lib/data/query';
import { KNOWN_PARAMS, fromQuery, toQuery, type UrlState } from '../../src/lib/state/url';

const filters = (f: Partial<Filters>): Filters => ({ ...NO_FILTERS, ...f });

describe('fromQuery', () => {
  const cases: { name: string; input: string; expected: UrlState }[] = [
    { name: 'an empty query is no filter', input: '', expected: { filters: NO_FILTERS } },
    { name: 'a bare question mark is no filter', input: '?', expected: { filters: NO_FILTERS } },
    { name: 'years, sorted as numbers', input: '?year=2025,2023', expected: { filters: filters({ years: [2023, 2025] }) } },
    { name: 'without the leading question mark', input: 'year=2023', expected: { filters: filters({ years: [2023] }) } },
    { name: 'a repeated parameter adds to the list', input: '?year=2025&year=2023', expected: { filters: filters({ years: [2023, 2025] }) } },
    { name: 'duplicates removed', input: '?year=2023,2023&country=USA,usa', expected: { filters: filters({ years: [2023], countries: ['USA'] }) } },
    { name: 'empty items and spaces ignored', input: '?year=,%202023%20,,&country=', expected: { filters: filters({ years: [2023] }) } },
    { name: 'countries in lower or mixed case become upper case', input: '?country=usa,Irn', expected: { filters: filters({ countries: ['IRN', 'USA'] }) } },
    { name: 'actor types', input: '?type=state,person', expected: { filters: filters({ actorTypes: ['person', 'state'] }) } },
    { name: 'a sector with an encoded ampersand and spaces', input: '?sector=transport%20%26%20logistics,energy', expected: { filters: filters({ sectors: ['energy', 'transport & logistics'] }) } },
    { name: 'a plus sign is a space', input: '?sector=food+%26+beverage', expected: { filters: filters({ sectors: ['food & beverage'] }) } },
    { name: 'companies', input: '?company=wabtec,rio-tinto', expected: { filters: filters({ companies: ['rio-tinto', 'wabtec'] }) } },
    {
      name: 'a data URL with its own query string',
      input: '?data=https%3A%2F%2Fexample.org%2Fd.json%3Fv%3D2',
      expected: { filters: NO_FILTERS, data: 'https://example.org/d.json?v=2' },
    },
    { name: 'an empty data parameter is no data URL', input: '?data=%20', expected: { filters: NO_FILTERS } },
    { name: 'embed', input: '?embed=map', expected: { filters: NO_FILTERS, embed: 'map' } },
    { name: 'theme', input: '?theme=dark', expected: { filters: NO_FILTERS, theme: 'dark' } },
    {
      name: 'everything at once, in any order',
      input: '?theme=auto&embed=table&company=acme&sector=energy&type=company&country=fra&year=2024&data=%2Fd.json',
      expected: {
        filters: { years: [2024], countries: ['FRA'], actorTypes: ['company'], sectors: ['energy'], companies: ['acme'] },
        data: '/d.json',
        embed: 'table',
        theme: 'auto',
      },
    },
  ];
  it.each(cases)('$name', ({ input, expected }) => {
    expect(fromQuery(input)).toEqual({ ...expected, notices: [] });
  });

  // Same defect as the round trip below: the %2C that toQuery writes inside a sector name is
  // decoded by URLSearchParams before the list is split on commas.
  it('a sector whose name has an encoded comma stays one sector', () => {
    expect(fromQuery('?sector=mining%2C%20metals,energy').filters.sectors).toEqual(['energy', 'mining, metals']);
  });

  // Each notice names the value as written and shows how to write it.
  const malformed: { name: string; input: string; filters: Partial<Filters>; notices: RegExp[] }[] = [
    { name: 'a two-digit year', input: '?year=23,2023', filters: { years: [2023] }, notices: [/year "23".*four-digit.*\?year=2023,2025/] },
    { name: 'a five-digit year', input: '?year=20230', filters: {}, notices: [/year "20230".*four-digit/] },
    { name: 'a word for a year', input: '?year=last', filters: {}, notices: [/year "last"/] },
    { name: 'a code that is no country', input: '?country=XYZ,usa', filters: { countries: ['USA'] }, notices: [/country "XYZ".*alpha-3.*\?country=USA,IRN/] },
    { name: 'a two-letter country code, quoted as written', input: '?country=us', filters: {}, notices: [/country "us".*alpha-3/] },
    { name: 'an unknown actor type', input: '?type=robot,state', filters: { actorTypes: ['state'] }, notices: [/type "robot".*person, state, organization, company/] },
    { name: 'a type in capitals', input: '?type=State', filters: {}, notices: [/type "State"/] },
    { name: 'a company id with spaces', input: '?company=acme%20rail', filters: {}, notices: [/company "acme rail".*company's id.*\?company=wabtec/] },
    { name: 'an unknown view to embed', input: '?embed=chart', filters: {}, notices: [/embed "chart".*map, timeline, deals, table/] },
    { name: 'an unknown theme', input: '?theme=neon', filters: {}, notices: [/theme "neon".*light, dark, auto/] },
    { name: 'an unknown parameter', input: '?years=2023', filters: {}, notices: [/unknown parameter "years".*Known parameters: year, country/] },
    { name: 'an unknown parameter given twice gets one notice', input: '?utm=a&utm=b&year=2023', filters: { years: [2023] }, notices: [/unknown parameter "utm"/] },
    { name: 'two problems, two notices', input: '?year=99&foo=1', filters: {}, notices: [/unknown parameter "foo"/, /year "99"/] },
  ];
  it.each(malformed)('$name', ({ input, filters: f, notices }) => {
    const got = fromQuery(input);
    expect(got.filters).toEqual(filters(f));
    expect(got.notices).toHaveLength(notices.length);
    notices.forEach((pattern, i) => expect(got.notices[i]).toMatch(pattern));
  });

  it('lists every known parameter in the unknown-parameter notice', () => {
    const [notice] = fromQuery('?zoom=3').notices;
    for (const name of KNOWN_PARAMS) expect(notice).toContain(name);
  });

  it('never throws, whatever the query', () => {
    for (const q of ['?%', '?year=%E0%A4%A', '?=&&=', '?country=' + 'a'.repeat(5000), '?&&&']) {
      expect(() => fromQuery(q)).not.toThrow();
    }
  });
});

describe('toQuery', () => {
  const cases: { name: string; input: UrlState; expected: string }[] = [
    { name: 'no filters → empty string', input: { filters: NO_FILTERS }, expected: '' },
    { name: 'years sorted as numbers, duplicates removed', input: { filters: filters({ years: [2025, 2023, 2025] }) }, expected: '?year=2023,2025' },
    { name: 'countries sorted', input: { filters: filters({ countries: ['USA', 'IRN'] }) }, expected: '?country=IRN,USA' },
    { name: 'types sorted', input: { filters: filters({ actorTypes: ['state', 'company'] }) }, expected: '?type=company,state' },
    { name: 'a sector with an ampersand and spaces', input: { filters: filters({ sectors: ['transport & logistics'] }) }, expected: '?sector=transport%20%26%20logistics' },
    { name: 'a comma inside a sector is encoded, the separating comma is not', input: { filters: filters({ sectors: ['mining, metals', 'energy'] }) }, expected: '?sector=energy,mining%2C%20metals' },
    { name: 'companies sorted', input: { filters: filters({ companies: ['wabtec', 'amazon'] }) }, expected: '?company=amazon,wabtec' },
    { name: 'a data URL with its own query string', input: { filters: NO_FILTERS, data: 'https://example.org/d.json?v=2' }, expected: '?data=https%3A%2F%2Fexample.org%2Fd.json%3Fv%3D2' },
    { name: 'embed', input: { filters: NO_FILTERS, embed: 'deals' }, expected: '?embed=deals' },
    { name: 'theme', input: { filters: NO_FILTERS, theme: 'light' }, expected: '?theme=light' },
    {
      name: 'parameters in a fixed order',
      input: {
        theme: 'dark',
        embed: 'map',
        data: 'd.json',
        filters: { companies: ['acme'], sectors: ['energy'], actorTypes: ['person'], countries: ['FRA'], years: [2024] },
      },
      expected: '?year=2024&country=FRA&type=person&sector=energy&company=acme&data=d.json&embed=map&theme=dark',
    },
  ];
  it.each(cases)('$name', ({ input, expected }) => {
    expect(toQuery(input)).toBe(expected);
  });

  it('does not mutate its input', () => {
    const input: UrlState = {
      filters: Object.freeze({
        years: Object.freeze([2025, 2023]),
        countries: Object.freeze(['USA', 'IRN']),
        actorTypes: Object.freeze(['state', 'company'] as const),
        sectors: Object.freeze(['mining', 'energy']),
        companies: Object.freeze(['wabtec', 'amazon']),
      }),
      data: 'https://example.org/d.json?v=2',
      theme: 'dark',
    };
    const before = structuredClone(input);
    toQuery(input);
    expect(input).toEqual(before);
  });
});

describe('round trip', () => {
  // Each x is already canonical (sorted, unique), as FilterState keeps it.
  const states: { name: string; input: Filters }[] = [
    { name: 'nothing', input: NO_FILTERS },
    { name: 'years', input: filters({ years: [2023, 2025] }) },
    { name: 'countries', input: filters({ countries: ['IRN', 'USA'] }) },
    { name: 'every list', input: { years: [2017], countries: ['KAZ'], actorTypes: ['organization', 'person'], sectors: ['energy', 'mining'], companies: ['acme', 'rio-tinto'] } },
    { name: 'sectors with ampersands, spaces and accents', input: filters({ sectors: ['digital & fintech', 'food & beverage', 'énergie'] }) },
    { name: 'sectors with characters URLs reserve', input: filters({ sectors: ['50% off', 'a/b', 'oil+gas', 'r&d?', 'x=y'] }) },
  ];
  it.each(states)('fromQuery(toQuery(x)).filters equals x: $name', ({ input }) => {
    const parsed = fromQuery(toQuery({ filters: input }));
    expect(parsed.filters).toEqual(input);
    expect(parsed.notices).toEqual([]);
  });

  // toQuery encodes a comma inside a sector as %2C, but fromQuery splits the list after
  // URLSearchParams has already decoded it, so "mining, metals" comes back as two sectors.
  it('fromQuery(toQuery(x)).filters equals x: a sector whose name has a comma', () => {
    const input = filters({ sectors: ['mining, metals'] });
    expect(fromQuery(toQuery({ filters: input })).filters).toEqual(input);
  });

  it('keeps data, embed and theme', () => {
    const input: UrlState = { filters: filters({ years: [2023] }), data: 'https://example.org/d.json?v=2&x=1', embed: 'timeline', theme: 'auto' };
    expect(fromQuery(toQuery(input))).toEqual({ ...input, notices: [] });
  });

  const queries: { name: string; input: string; expected: string }[] = [
    { name: 'sorted and de-duplicated', input: '?year=2025,2023,2023&country=usa,irn', expected: '?year=2023,2025&country=IRN,USA' },
    { name: 'parameters in the fixed order', input: '?theme=dark&company=acme&year=2024', expected: '?year=2024&company=acme&theme=dark' },
    { name: 'repeated parameters merged', input: '?year=2024&year=2023', expected: '?year=2023,2024' },
    { name: 'ignored values and parameters dropped', input: '?year=23,2024&foo=bar&embed=chart', expected: '?year=2024' },
    { name: 'spaces written as %20', input: '?sector=food+%26+beverage', expected: '?sector=food%20%26%20beverage' },
    { name: 'nothing left', input: '?foo=1', expected: '' },
  ];
  it.each(queries)('toQuery(fromQuery(q)) is canonical: $name', ({ input, expected }) => {
    const canonical = toQuery(fromQuery(input));
    expect(canonical).toBe(expected);
    // Canonical means a second pass changes nothing.
    expect(toQuery(fromQuery(canonical))).toBe(canonical);
  });
});
