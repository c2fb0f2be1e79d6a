// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import atlas from 'world-atlas/countries-50m.json';
import { basemapFromTopology } from '../../src/lib/geo/basemap';
import { mapGeometry } from '../../src/views/WorldMap/geometry';
import { apart, placeSites } from '../../src/views/WorldMap/sitePlacement';
import { mapModel, mapScales } from '../../src/views/WorldMap/model';
import { dealIncluded, LISTED_DEALS, sitePlaces, type SiteMark } from '../../src/views/WorldMap/sites';
import { siteDescription, siteTooltip } from '../../src/views/WorldMap/tooltips';
import type { Dataset } from '../../src/lib/data/schema';
import { bundledDataset, exportInput, fixture, indexOf, type InputOptions } from '../helpers';

const basemap = basemapFromTopology(atlas as unknown as Topology);

function modelOf(data: Dataset, o: InputOptions = {}) {
  const input = exportInput(indexOf(data), o);
  return { input, model: mapModel(input, mapScales(input.index, input.options, 6)) };
}

/** worldmap-small with its first deal made a cumulative investment and its Tengiz deal planned. */
function withCumulativeAndPlanned(): Dataset {
  const data = fixture('worldmap-small.json');
  data.deals.find((d) => d.id === 'd1')!.basis = 'cumulative-investment';
  data.deals.find((d) => d.id === 'd3')!.status = 'planned';
  return data;
}

const names = (marks: readonly SiteMark[]) => marks.map((m) => m.names.join(' + ')).sort();

describe('sitePlaces: identical or nearly identical sites are one place, found once per dataset', () => {
  it('joins the two Astana sites and keeps Karaganda and Tengiz apart', () => {
    const index = indexOf(fixture('worldmap-small.json'));
    const { places, ofDeal } = sitePlaces(index);
    expect(places).toHaveLength(3);
    // d1 (Astana), d2 (Astana, Karaganda), d3 (Tengiz).
    expect(ofDeal[0]).toEqual([0]);
    expect(ofDeal[1]).toEqual([0, 1]);
    expect(ofDeal[2]).toEqual([2]);
  });

  const cases = [
    { name: 'same point', a: [71.45, 51.17], b: [71.45, 51.17], same: true },
    { name: '10 km apart', a: [71.45, 51.17], b: [71.5, 51.1], same: true },
    { name: 'across a grid line', a: [71.49, 51.17], b: [71.51, 51.17], same: true },
    { name: 'Almaty and the centre of Almaty Region (130 km)', a: [76.89, 43.24], b: [77.0, 44.4], same: false },
    { name: 'Astana and Karaganda', a: [71.45, 51.17], b: [73.1, 49.8], same: false },
  ];
  it.each(cases)('$name', ({ a, b, same }) => {
    const data = fixture('worldmap-small.json');
    data.deals[0]!.sites = [{ name: 'A', lon: a[0]!, lat: a[1]! }];
    data.deals[1]!.sites = [{ name: 'B', lon: b[0]!, lat: b[1]! }];
    const { ofDeal } = sitePlaces(indexOf(data));
    expect(ofDeal[0]![0] === ofDeal[1]![0]).toBe(same);
  });
});

describe('deal sites follow the deal chart’s rules', () => {
  it('draws one mark per place, listing its deals, with the disclosed sum', () => {
    const { model } = modelOf(fixture('worldmap-small.json'));
    expect(names(model.sites)).toEqual(['Astana', 'Karaganda', 'Tengiz']);
    const astana = model.sites.find((s) => s.names[0] === 'Astana')!;
    expect(astana.dealCount).toBe(2);
    expect(astana.sum?.usd).toBe(4_200_000_000);
    expect(astana.size).toBe(1);
    expect(model.sites.find((s) => s.names[0] === 'Karaganda')!.sum).toBeNull();
  });

  it('leaves cumulative investments out unless options.cumulative, and planned deals unless options.planned, saying so', () => {
    const data = withCumulativeAndPlanned();
    const plain = modelOf(data).model;
    expect(names(plain.sites)).toEqual(['Astana', 'Karaganda']);
    expect(plain.sites.find((s) => s.names[0] === 'Astana')).toMatchObject({ dealCount: 1, sum: null });
    expect(plain.notes).toEqual(['1 planned deal not shown.', '1 cumulative investment not shown.']);

    const cumulative = modelOf(data, { options: { cumulative: true } }).model;
    expect(cumulative.sites.find((s) => s.names[0] === 'Astana')).toMatchObject({ dealCount: 2 });
    expect(names(cumulative.sites)).not.toContain('Tengiz');

    const planned = modelOf(data, { options: { planned: true } }).model;
    expect(names(planned.sites)).toContain('Tengiz');
    expect(planned.notes).toEqual(['1 cumulative investment not shown.']);

    const index = indexOf(data);
    const rule = dealIncluded(index, { cumulative: false, planned: false });
    expect([0, 1, 2].map(rule)).toEqual([false, true, false]);
  });

  it('counts deals without a site in a note', () => {
    expect(modelOf(bundledDataset()).model.notes).toContain('6 deals have no site.');
    expect(modelOf(fixture('worldmap-small.json')).model.notes.join(' ')).not.toMatch(/no site/);
  });

  it('takes legend sizes from values that occur, and keeps a circle’s size as filters change', () => {
    const all = modelOf(fixture('worldmap-small.json')).model;
    expect(all.sizes.map((s) => s.label)).toEqual(['$4.2B', '$1B']);
    const sums = new Set(all.sites.map((s) => s.sum?.usd));
    for (const key of all.sizes) expect(sums.has(key.usd)).toBe(true);

    const in2025 = modelOf(fixture('worldmap-small.json'), { filters: { years: [2025] } }).model;
    const tengiz = (m: typeof all) => m.sites.find((s) => s.names[0] === 'Tengiz')!.size;
    expect(tengiz(in2025)).toBe(tengiz(all));
    expect(tengiz(all)).toBeCloseTo(Math.sqrt(1 / 4.2), 6);
    expect(in2025.sizes.map((s) => s.label)).toEqual(['$1B']);
  });

  it('bounds the deals a mark lists, and counts the rest', () => {
    const data = fixture('worldmap-small.json');
    const d1 = data.deals[0]!;
    data.deals.push(...Array.from({ length: 9 }, (_, i) => ({ ...structuredClone(d1), id: `extra-${i}` })));
    const { model, input } = modelOf(data);
    const astana = model.sites.find((s) => s.names[0] === 'Astana')!;
    expect(astana.dealCount).toBe(11);
    expect(astana.deals).toHaveLength(LISTED_DEALS);
    expect(siteTooltip(input, [astana]).lines.map((l) => l.text)).toContain('and 5 more deals');
  });

  it('words a place for the tooltip and the list', () => {
    const { model, input } = modelOf(fixture('worldmap-small.json'));
    const astana = model.sites.find((s) => s.names[0] === 'Astana')!;
    expect(siteTooltip(input, [astana])).toEqual({
      title: 'Astana',
      // Two deals of two kinds: no "In all" that would add them; a kind's total only where it adds two or more deals.
      lines: [{ text: 'Wabtec: about $4.2B' }, { text: 'Wabtec: undisclosed' }],
    });
    expect(siteDescription(input, astana)).toBe('Astana: Wabtec: about $4.2B; Wabtec: undisclosed');
    expect(astana.kinds.map((k) => k.kind)).toEqual(['agreements', 'programs']);
    const both = siteTooltip(input, model.sites);
    expect(both.title).toBe('3 deal sites here');
    expect(both.lines.filter((l) => l.tone === 'strong').map((l) => l.text)).toHaveLength(3);
  });
});

describe('overlapping sites are drawn so each can be seen and pointed at', () => {
  const geometry = mapGeometry(basemap, 928);
  const mark = (key: string, lon: number, lat: number, size: number): SiteMark => ({
    key,
    lon,
    lat,
    names: [key],
    deals: [],
    dealCount: 1,
    kinds: [],
    sum: size ? { usd: size, parts: 1, combined: { bound: 'none', approximate: false } } : null,
    size,
    approximate: false,
  });

  it.each([
    { name: 'five rings on one point', marks: [0, 1, 2, 3, 4].map((i) => mark(`r${i}`, 71.45, 51.17, 0)) },
    {
      name: 'a large circle and a small one on one point',
      marks: [mark('big', 71.45, 51.17, 1), mark('small', 71.45, 51.17, 0.3)],
    },
    { name: 'Almaty and Almaty Region', marks: [mark('a', 76.89, 43.24, 0), mark('b', 77.0, 44.4, 0)] },
  ])('$name', ({ marks }) => {
    const before = structuredClone(marks);
    const placed = placeSites(marks, geometry);
    expect(placed).toHaveLength(marks.length);
    for (let i = 0; i < placed.length; i++)
      for (let j = i + 1; j < placed.length; j++) expect(apart(placed[i]!, placed[j]!)).toBe(true);
    expect(placed.filter((p) => p.moved).length).toBeGreaterThanOrEqual(marks.length - 1);
    // The first (largest) stays on its site; moved ones stay near it.
    expect(placed[0]!.moved).toBe(false);
    for (const p of placed) expect(Math.hypot(p.x - p.at[0], p.y - p.at[1])).toBeLessThan(60);
    expect(marks).toEqual(before);
  });

  it('leaves sites far apart where they are', () => {
    const placed = placeSites([mark('tengiz', 53.4, 46.1, 0), mark('astana', 71.45, 51.17, 0)], geometry);
    expect(placed.map((p) => p.moved)).toEqual([false, false]);
  });

  it('places the bundled dataset’s sites apart, cumulative investments included', () => {
    const { model } = modelOf(bundledDataset(), { options: { cumulative: true } });
    const placed = placeSites(model.sites, geometry);
    expect(placed).toHaveLength(model.sites.length);
    for (let i = 0; i < placed.length; i++)
      for (let j = i + 1; j < placed.length; j++) expect(apart(placed[i]!, placed[j]!)).toBe(true);
  });
});
