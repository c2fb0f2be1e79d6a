import { describe, expect, it } from 'vitest';
import { engagementsByCountry, filterDataset, NO_FILTERS, type CountryCount, type Filters } from '../../src/lib/data/query';
import {
  countryEntries,
  countryTooltip,
  engagementsLabel,
  homeView,
  mapHeight,
  mapSummary,
  tooltipBox,
  type CountryEntry,
} from '../../src/views/WorldMap/layout';
import { worldmapIndex } from '../fixtures/worldmapSmall';

const count = (code: string, name: string, n: number, counterparts: string[] = []): CountryCount => ({ code, name, count: n, counterparts });

describe('mapHeight', () => {
  const cases = [
    { width: 375, expected: 260 },
    { width: 520, expected: 260 },
    { width: 640, expected: 320 },
    { width: 1000, expected: 500 },
    { width: 1280, expected: 560 },
    { width: 0, expected: 320 },
    { width: Number.NaN, expected: 320 },
  ];
  it.each(cases)('$width px wide → $expected px high', ({ width, expected }) => expect(mapHeight(width)).toBe(expected));
});

describe('engagementsLabel', () => {
  it.each([
    { n: 0, expected: '0 engagements' },
    { n: 1, expected: '1 engagement' },
    { n: 5, expected: '5 engagements' },
    { n: 1234, expected: '1,234 engagements' },
  ])('$n → $expected', ({ n, expected }) => expect(engagementsLabel(n)).toBe(expected));
});

describe('mapSummary', () => {
  const seven = [
    count('USA', 'United States', 5),
    count('IRN', 'Iran', 2),
    ...['Estonia', 'Finland', 'Hungary', 'Slovenia', 'Ukraine'].map((n) => count(n.slice(0, 3).toUpperCase(), n, 1)),
  ];
  const cases: { name: string; countries: CountryCount[]; orgs?: number; expected: string }[] = [
    { name: 'the issue’s example', countries: seven, expected: '7 counterpart countries; most engagements: United States (5)' },
    { name: 'nothing', countries: [], expected: 'No counterpart countries under current filters' },
    { name: 'one country', countries: [count('IRN', 'Iran', 1)], expected: '1 counterpart country; most engagements: Iran (1)' },
    {
      name: 'a tie',
      countries: [count('IRN', 'Iran', 2), count('USA', 'United States', 2), count('EST', 'Estonia', 1)],
      expected: '3 counterpart countries; most engagements: Iran and United States (2 each)',
    },
    {
      name: 'a long tie is shortened',
      countries: ['A', 'B', 'C', 'D', 'E'].map((n) => count(n.repeat(3), n, 1)),
      expected: '5 counterpart countries; most engagements: A, B, C and 2 more (1 each)',
    },
    {
      name: 'organizations are mentioned, since they have no shape',
      countries: [count('IRN', 'Iran', 1)],
      orgs: 2,
      expected: '1 counterpart country; most engagements: Iran (1); 2 organizations without a country, listed beside the map',
    },
  ];
  it.each(cases)('$name', ({ countries, orgs = 0, expected }) => {
    const index = worldmapIndex();
    const organizations = Array.from({ length: orgs }, (_, i) => ({ actor: index.data.actors[i]!, count: 1, counterparts: [] }));
    const before = structuredClone(countries);
    expect(mapSummary(countries, organizations)).toBe(expected);
    expect(countries).toEqual(before);
  });

  it('is computed from the data, not typed', () => {
    const index = worldmapIndex();
    const { countries, organizations } = engagementsByCountry(index.data.engagements, index);
    expect(mapSummary(countries, organizations)).toBe(
      '5 counterpart countries; most engagements: United States (3); 2 organizations without a country, listed beside the map',
    );
  });
});

describe('countryEntries', () => {
  function entriesFor(filters: Partial<Filters>) {
    const index = worldmapIndex();
    const f: Filters = { ...NO_FILTERS, ...filters };
    const current = engagementsByCountry(filterDataset(index, f).engagements, index).countries;
    const before = structuredClone(current);
    const out = countryEntries(index, f, current);
    expect(current).toEqual(before);
    return out;
  }
  const cases: { name: string; filters: Partial<Filters>; labels: string[]; pressed: string[] }[] = [
    {
      name: 'no filters: every counterpart, most engagements first, then by name',
      filters: {},
      labels: ['United States, 3 engagements', 'Estonia, 1 engagement', 'Fiji, 1 engagement', 'Iran, 1 engagement', 'Singapore, 1 engagement'],
      pressed: [],
    },
    {
      name: 'one country chosen: the others stay listed, in the same order, so they can be added',
      filters: { countries: ['IRN'] },
      labels: ['United States, 0 engagements', 'Estonia, 0 engagements', 'Fiji, 0 engagements', 'Iran, 1 engagement', 'Singapore, 0 engagements'],
      pressed: ['IRN'],
    },
    {
      name: 'other filters narrow the list (2023: the United States, once through Wabtec)',
      filters: { years: [2023] },
      labels: ['United States, 2 engagements', 'Iran, 1 engagement'],
      pressed: [],
    },
    {
      name: 'a chosen country with no engagements at all is still listed, to be removed',
      filters: { countries: ['BRA'] },
      labels: ['United States, 0 engagements', 'Estonia, 0 engagements', 'Fiji, 0 engagements', 'Iran, 0 engagements', 'Singapore, 0 engagements', 'Brazil, 0 engagements'],
      pressed: ['BRA'],
    },
  ];
  it.each(cases)('$name', ({ filters, labels, pressed }) => {
    const entries = entriesFor(filters);
    expect(entries.map((e) => e.label)).toEqual(labels);
    expect(entries.filter((e) => e.selected).map((e) => e.code)).toEqual(pressed);
  });

  it('carries whom the delegation met, under the current filters', () => {
    expect(entriesFor({})[0]?.counterparts).toEqual(['Joe Biden (United States)', 'Rafael Santana (Wabtec)']);
  });
});

describe('countryTooltip', () => {
  const entry = (over: Partial<CountryEntry> = {}): CountryEntry => ({
    code: 'USA',
    name: 'United States',
    count: 3,
    counterparts: ['Joe Biden (United States)', 'Rafael Santana (Wabtec)'],
    selected: false,
    label: 'United States, 3 engagements',
    ...over,
  });
  const cases = [
    { name: 'home', code: 'KAZ', e: undefined, expected: { title: 'Kazakhstan', lines: ["Home: the delegation's own country"] } },
    { name: 'not a counterpart', code: 'BRA', e: undefined, expected: { title: 'Brazil', lines: ['No engagements under current filters'] } },
    { name: 'an area without a code', code: null, e: undefined, expected: { title: 'Brazil', lines: ['No engagements under current filters'] } },
    {
      name: 'a counterpart',
      code: 'USA',
      e: entry(),
      expected: {
        title: 'United States',
        lines: ['3 engagements', 'Met: Joe Biden (United States); Rafael Santana (Wabtec)', 'Click to add to the country filter'],
      },
    },
    {
      name: 'a chosen counterpart, with many people met',
      code: 'USA',
      e: entry({ selected: true, counterparts: ['a', 'b', 'c', 'd', 'e', 'f', 'g'] }),
      expected: { title: 'United States', lines: ['3 engagements', 'Met: a; b; c; d; e; and 2 more', 'Click to remove from the country filter'] },
    },
    {
      name: 'a listed country with no engagement under the filters',
      code: 'USA',
      e: entry({ count: 0, counterparts: [] }),
      expected: { title: 'United States', lines: ['No engagements under current filters', 'Click to add to the country filter'] },
    },
  ];
  it.each(cases)('$name', ({ code, e, expected }) => {
    const name = code === 'KAZ' ? 'Kazakhstan' : code === 'USA' ? 'United States' : 'Brazil';
    expect(countryTooltip(code, name, e, 'KAZ')).toEqual(expected);
  });
});

describe('tooltipBox', () => {
  // A 200 × 80 tooltip on a 600 × 300 map.
  const cases = [
    { name: 'room below right', x: 10, y: 10, expected: { left: 22, top: 22 } },
    { name: 'near the right edge: flips left', x: 500, y: 10, expected: { left: 288, top: 22 } },
    { name: 'near the bottom: flips above', x: 10, y: 280, expected: { left: 22, top: 188 } },
    { name: 'no room on the right, some on the left', x: 300, y: 150, mapW: 350, expected: { left: 88, top: 162 } },
    { name: 'no room either side (a phone): kept inside the map', x: 180, y: 150, mapW: 350, expected: { left: 0, top: 162 } },
    { name: 'wider than the map: pinned to the left edge', x: 50, y: 10, mapW: 150, expected: { left: 0, top: 22 } },
    { name: 'before it is measured', x: 590, y: 10, tipW: 0, expected: { left: 578, top: 22 } },
  ];
  it.each(cases)('$name', ({ x, y, mapW = 600, tipW = 200, expected }) => {
    expect(tooltipBox(x, y, mapW, 300, tipW, 80)).toEqual(expected);
  });
});

describe('homeView', () => {
  it.each([
    { width: 512, zoom: 0 },
    { width: 1024, zoom: 1 },
    { width: 256, zoom: -1 },
    { width: 0, zoom: Math.log2(640 / 512) },
  ])('shows exactly one world across $width px', ({ width, zoom }) => {
    const view = homeView(width);
    expect(view.zoom).toBeCloseTo(zoom, 10);
    expect(view.minZoom).toBe(view.zoom);
  });

  it('puts the left edge in the Bering Strait, between Chukotka and Alaska', () => {
    const [lon] = homeView(800).center;
    expect(lon - 180).toBe(-169);
  });
});
