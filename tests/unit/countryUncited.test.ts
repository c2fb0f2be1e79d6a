// @vitest-environment node
// A country placed only by a headquarters no cited source states is the dataset's inference:
// countryUncitedIn says which engagements rest on it, and the map's tooltip tells the reader.
import { describe, expect, it } from 'vitest';
import { filterDataset, NO_FILTERS } from '../../src/lib/data/query';
import { countryUncitedIn } from '../../src/lib/data/counterparts';
import type { Dataset } from '../../src/lib/data/schema';
import { countryTooltip } from '../../src/views/WorldMap/tooltips';
import { bundledDataset, english, indexOf } from '../helpers';

const base = bundledDataset();

function dataset(actors: Dataset['actors'], participants: string[]): Dataset {
  return {
    ...base,
    actors,
    engagements: [
      {
        id: 'e',
        session: 78,
        type: 'bilateral',
        participants: participants.map((actor) => ({ actor })),
        topics: [],
        summary: 's',
        citations: [{ source: 'kazinform-2023', quote: 'q' }],
      },
    ],
    deals: [],
  };
}

describe('countryUncitedIn', () => {
  const cases: { name: string; actors: Dataset['actors']; participants: string[]; expected: boolean }[] = [
    {
      name: 'a company whose headquarters no source states',
      actors: [{ id: 'c', name: 'C', type: 'company', country: 'USA', countryUncited: true }],
      participants: ['c'],
      expected: true,
    },
    {
      name: 'its executive, affiliated to it',
      actors: [
        { id: 'c', name: 'C', type: 'company', country: 'USA', countryUncited: true },
        { id: 'p', name: 'P', type: 'person', affiliation: 'c' },
      ],
      participants: ['p'],
      expected: true,
    },
    {
      name: 'a cited country beside an uncited one is enough',
      actors: [
        { id: 'c', name: 'C', type: 'company', country: 'USA', countryUncited: true },
        { id: 's', name: 'S', type: 'state', country: 'USA' },
      ],
      participants: ['c', 's'],
      expected: false,
    },
    {
      name: 'a person whose own country is stated',
      actors: [
        { id: 'c', name: 'C', type: 'company', country: 'USA', countryUncited: true },
        { id: 'p', name: 'P', type: 'person', country: 'USA', affiliation: 'c' },
      ],
      participants: ['p'],
      expected: false,
    },
    {
      name: 'an uncited country elsewhere does not count here',
      actors: [{ id: 'c', name: 'C', type: 'company', country: 'GBR', countryUncited: true }],
      participants: ['c'],
      expected: false,
    },
  ];
  it.each(cases)('$name → $expected', ({ actors, participants, expected }) => {
    const data = dataset(actors, participants);
    const index = indexOf(data);
    const before = structuredClone(data.engagements[0]);
    expect(countryUncitedIn(data.engagements[0]!, 'USA', index)).toBe(expected);
    expect(data.engagements[0]).toEqual(before);
  });

  it('the bundled dataset: the map tooltip of the United States says how many of its engagements rest on an unstated headquarters', () => {
    const index = indexOf(base);
    const i18n = english();
    const filtered = filterDataset(index, NO_FILTERS);
    const uncited = filtered.engagements.filter(
      (e) => e.status !== 'planned' && countryUncitedIn(e, 'USA', index),
    ).length;
    expect(uncited).toBeGreaterThan(0);
    const model = { home: 'KAZ', homeName: 'Kazakhstan', byCode: new Map() } as never;
    const tip = countryTooltip(
      { index, filtered, filters: NO_FILTERS, options: { planned: false, cumulative: false }, i18n } as never,
      model,
      'USA',
    );
    expect(tip.lines.map((l) => l.text)).toContain(
      `${uncited} of them are placed here only by a company's headquarters, which the sources do not state`,
    );
  });
});
