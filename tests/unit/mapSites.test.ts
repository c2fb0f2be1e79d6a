import { describe, expect, it } from 'vitest';
import type { Deal } from '../../src/lib/data/schema';
import { SITE_RADIUS, siteDescription, siteMarks, siteMaxRadius, sizeLegend } from '../../src/views/WorldMap/sites';
import { worldmapIndex } from '../fixtures/worldmapSmall';

const index = worldmapIndex();
const deal = (id: string) => index.data.deals.find((d) => d.id === id) as Deal;

describe('siteMarks', () => {
  const cases: { name: string; deals: string[]; expected: { name: string; radius: number; undisclosed: boolean; deals: number }[] }[] = [
    { name: 'no deals: no sites', deals: [], expected: [] },
    {
      name: 'a shared site sums its disclosed values and lists every deal; largest first',
      deals: ['d1', 'd2', 'd3'],
      expected: [
        { name: 'Astana', radius: 16, undisclosed: false, deals: 2 },
        { name: 'Tengiz', radius: 16 * Math.sqrt(1 / 4.2), undisclosed: false, deals: 1 },
        { name: 'Karaganda', radius: SITE_RADIUS.undisclosed, undisclosed: true, deals: 1 },
      ],
    },
    {
      name: 'sites with no disclosed value are rings of one size, never sized as zero',
      deals: ['d2'],
      expected: [
        { name: 'Astana', radius: SITE_RADIUS.undisclosed, undisclosed: true, deals: 1 },
        { name: 'Karaganda', radius: SITE_RADIUS.undisclosed, undisclosed: true, deals: 1 },
      ],
    },
  ];
  it.each(cases)('$name', ({ deals, expected }) => {
    const input = deals.map(deal);
    const before = structuredClone(input);
    const marks = siteMarks(input, index);
    expect(marks.map((m) => ({ name: m.name, radius: m.radius, undisclosed: m.undisclosed, deals: m.deals.length }))).toEqual(
      expected.map((e) => ({ ...e, radius: expect.closeTo(e.radius, 6) })),
    );
    expect(input).toEqual(before);
  });

  it('words each deal at a site the way the rest of the app does', () => {
    const astana = siteMarks([deal('d1'), deal('d2')], index)[0];
    expect(astana?.deals).toEqual([
      { id: 'd1', company: 'Wabtec', value: 'about $4.2B' },
      { id: 'd2', company: 'Wabtec', value: 'undisclosed' },
    ]);
    expect(astana && siteDescription(astana)).toBe('Astana: Wabtec, about $4.2B; Wabtec, undisclosed');
  });

  it('counts a deal once at a site it lists twice, and keeps a tiny value visible', () => {
    const twice: Deal = { ...deal('d3'), id: 'small', value: { usd: 1_000_000, qualifier: 'exact' }, sites: [deal('d3').sites![0]!, deal('d3').sites![0]!] };
    const marks = siteMarks([deal('d1'), twice], index);
    const tengiz = marks.find((m) => m.name === 'Tengiz');
    expect(tengiz?.deals).toHaveLength(1);
    expect(tengiz?.disclosedUsd).toBe(1_000_000);
    expect(tengiz?.radius).toBe(SITE_RADIUS.min);
  });
});

describe('sizeLegend', () => {
  const cases = [
    { name: 'largest value and a round value a quarter of it', deals: ['d1', 'd2', 'd3'], expected: ['$4.2B', '$1B'] },
    { name: 'only undisclosed values: no size key', deals: ['d2'], expected: [] },
    { name: 'no deals', deals: [], expected: [] },
  ];
  it.each(cases)('$name', ({ deals, expected }) => {
    const keys = sizeLegend(siteMarks(deals.map(deal), index));
    expect(keys.map((k) => k.label)).toEqual(expected);
    keys.slice(1).forEach((k, i) => expect(k.radius).toBeLessThan(keys[i]!.radius));
  });

  it('the largest key is exactly as big as the largest site', () => {
    const marks = siteMarks(index.data.deals, index);
    expect(sizeLegend(marks)[0]?.radius).toBe(marks[0]?.radius);
  });
});

describe('siteMaxRadius', () => {
  it.each([
    { width: 375, expected: 8 },
    { width: 640, expected: 11 },
    { width: 726, expected: 12 },
    { width: 1200, expected: 16 },
    { width: 0, expected: 11 },
  ])('$width px → $expected px', ({ width, expected }) => expect(siteMaxRadius(width)).toBe(expected));

  it('scales every mark and key with the map, keeping rings visible', () => {
    const marks = siteMarks(index.data.deals, index, 8);
    // Tengiz's $1B would be 3.9 px: held at the minimum, like the ring, and ordered by name.
    expect(marks.map((m) => [m.name, m.radius, m.undisclosed])).toEqual([
      ['Astana', 8, false],
      ['Karaganda', SITE_RADIUS.min, true],
      ['Tengiz', SITE_RADIUS.min, false],
    ]);
    expect(sizeLegend(marks, 8)[0]?.radius).toBe(8);
  });
});
