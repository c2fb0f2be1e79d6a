import { describe, expect, it } from 'vitest';
import { filterDataset, indexDataset, NO_FILTERS } from '../../src/lib/data/query';
import { fittedMapHeight, mapExportLayout, mapSourceLine, NOT_LOADED_TEXT } from '../../src/views/WorldMap/exportLayout';
import { flowKeys, legendSpecs, listLines, SWATCH, type KeySpec } from '../../src/views/WorldMap/exportLegend';
import { colorClasses } from '../../src/views/WorldMap/legend';
import { DEFAULT_PALETTE } from '../../src/views/WorldMap/style';
import { countryFill, siteStyle } from '../../src/views/WorldMap/svgLayout';
import { worldmapIndex, worldmapSmall } from '../fixtures/worldmapSmall';

const box = (label: string, note?: string): KeySpec => ({ symbol: { type: 'box', fill: '#000000' }, size: SWATCH, label, note });
const heading = (label: string): KeySpec => ({ size: 0, label });

describe('flowKeys', () => {
  const cases: { name: string; groups: KeySpec[][]; width: number; rows: string[][] }[] = [
    { name: 'nothing', groups: [], width: 300, rows: [] },
    { name: 'one row when it fits', groups: [[box('1'), box('2'), box('3')]], width: 300, rows: [['1', '2', '3']] },
    { name: 'wraps when it does not', groups: [[box('aaaaaaaaaa'), box('bbbbbbbbbb'), box('cccccccccc')]], width: 200, rows: [['aaaaaaaaaa', 'bbbbbbbbbb'], ['cccccccccc']] },
    { name: 'a key wider than the width keeps its own row', groups: [[box('x'.repeat(80)), box('y')]], width: 100, rows: [['x'.repeat(80)], ['y']] },
    { name: 'each group starts a row', groups: [[box('a')], [box('b')]], width: 500, rows: [['a'], ['b']] },
    { name: 'a heading is alone on its row', groups: [[box('a'), heading('Sites'), box('b'), box('c')]], width: 500, rows: [['a'], ['Sites'], ['b', 'c']] },
  ];
  it.each(cases)('$name', ({ groups, width, rows }) => {
    const { keys, bottom } = flowKeys(groups, width, 10);
    const byRow = new Map<number, string[]>();
    for (const k of keys) byRow.set(k.y, [...(byRow.get(k.y) ?? []), k.label]);
    expect([...byRow.values()]).toEqual(rows);
    for (const k of keys) {
      expect(k.x).toBeGreaterThanOrEqual(0);
      expect(k.textX).toBeGreaterThanOrEqual(k.x);
    }
    expect(bottom).toBe(keys.length ? Math.max(...keys.map((k) => k.y)) + SWATCH / 2 : 10);
  });

  it('does not change its input', () => {
    const groups = [[box('a', '(2 countries)'), heading('h')]];
    const copy = structuredClone(groups);
    flowKeys(groups, 100);
    expect(groups).toEqual(copy);
  });
});

describe('legendSpecs', () => {
  it.each([
    { sizes: [], undisclosed: false, groups: 1 },
    { sizes: [{ label: '$1B', radius: 10 }], undisclosed: false, groups: 2 },
    { sizes: [], undisclosed: true, groups: 2 },
  ])('has a sites group only with sites ($sizes.length sizes, undisclosed $undisclosed)', ({ sizes, undisclosed, groups }) => {
    const specs = legendSpecs(colorClasses([1, 3]), 'Kazakhstan', sizes, undisclosed, DEFAULT_PALETTE, 'url(#h)');
    expect(specs).toHaveLength(groups);
    expect(specs[0]?.map((s) => `${s.label} ${s.note ?? ''}`.trim())).toEqual([
      '1 (1 country)',
      '2 (0 countries)',
      '3 (1 country)',
      'No engagements',
      'Home: Kazakhstan',
    ]);
    if (groups === 2) expect(specs[1]?.[0]?.label).toBe('Deal sites, sized by disclosed value');
  });
});

describe('listLines', () => {
  const names = ['United Nations (3)', 'European Council (1)', 'FIFA (1)'];
  const cases = [
    { name: 'nothing to list', entries: [], width: 400, max: 3, expected: [] },
    { name: 'all on one line', entries: names, width: 600, max: 3, expected: ['Not on the map: United Nations (3), European Council (1), FIFA (1).'] },
    { name: 'wrapped', entries: names, width: 200, max: 3, expected: ['Not on the map: United Nations', '(3), European Council (1),', 'FIFA (1).'] },
    { name: 'cut with "and N more"', entries: names, width: 200, max: 2, expected: ['Not on the map: United Nations', '(3) and 2 more.'] },
    { name: 'nothing fits but the count', entries: names, width: 120, max: 1, expected: ['Not on the map: 3', 'more.'] },
  ];
  it.each(cases)('$name', ({ entries, width, max, expected }) => {
    expect(listLines('Not on the map', entries, width, max)).toEqual(expected);
  });
});

describe('fittedMapHeight', () => {
  it.each([343, 640, 928, 1408])('is about half of %i px (Equal Earth is 2.05 : 1)', (width) => {
    const h = fittedMapHeight(width);
    expect((width - 8) / (h - 8)).toBeGreaterThan(2.0);
    expect((width - 8) / (h - 8)).toBeLessThan(2.1);
  });
});

describe('mapSourceLine', () => {
  const index = worldmapIndex();
  it.each([
    { name: 'no record', records: [], expected: 'Data: World map fixture. Basemap: Natural Earth (public domain), via world-atlas.' },
    { name: 'one publisher', records: [{ citations: [{ source: 's1' }] }], expected: 'Source: Fixture Press. Basemap: Natural Earth (public domain), via world-atlas.' },
    { name: 'an unknown source id', records: [{ citations: [{ source: 'nope' }] }], expected: 'Data: World map fixture. Basemap: Natural Earth (public domain), via world-atlas.' },
  ])('$name', ({ records, expected }) => {
    expect(mapSourceLine(index, records)).toBe(expected);
  });
});

describe('countryFill and siteStyle', () => {
  const fills = new Map([['USA', '#08306b']]);
  it.each([
    { code: 'USA', expected: '#08306b' },
    { code: 'KAZ', expected: 'url(#h)' },
    { code: 'FRA', expected: '#e5e5e5' },
    { code: null, expected: '#e5e5e5' },
  ])('fills $code with $expected', ({ code, expected }) => {
    expect(countryFill(code, fills, 'KAZ', 'url(#h)', '#e5e5e5')).toBe(expected);
  });
  it('draws an undisclosed site as a hollow ring, a disclosed one filled', () => {
    expect(siteStyle(true, DEFAULT_PALETTE)).toEqual({ fill: 'none', fillOpacity: undefined, stroke: DEFAULT_PALETTE.site, strokeWidth: 2 });
    expect(siteStyle(false, DEFAULT_PALETTE).fill).toBe(DEFAULT_PALETTE.site);
  });
});

describe('mapExportLayout without a basemap', () => {
  it('says the map is missing but keeps the legend, the notes and the words', () => {
    const index = indexDataset(worldmapSmall());
    const filtered = filterDataset(index, NO_FILTERS);
    const before = structuredClone(filtered);
    const L = mapExportLayout(index, filtered, { width: 640 });
    expect(L.message).toBe(NOT_LOADED_TEXT);
    expect(L.shapes).toEqual([]);
    expect(L.sites).toEqual([]);
    expect(L.subtitle).toBe('5 counterpart countries; most engagements: United States (3)');
    expect(L.notes).toEqual(['Not on the map: FIFA (1), United Nations (1).']);
    expect(L.chartHeight).toBeGreaterThan(L.notesY);
    expect(filtered).toEqual(before);
  });
});
