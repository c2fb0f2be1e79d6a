// @vitest-environment node
/**
 * facetCounts: the number beside a filter choice is what the header says once that choice is made
 * alone in its filter, the other filters as they are (issue 22, point 3). Each case is checked
 * against that definition itself, `summarize(filterDataset(index, { ...filters, [key]: [v] }))`,
 * for every choice of every filter, on a small fixture, the bundled dataset and a generated one,
 * under several filter states, with and without planned events.
 */
import { describe, expect, it } from 'vitest';
import {
  FILTER_KEYS,
  facetCounts,
  filterDataset,
  filterOptions,
  indexDataset,
  summarize,
  type DatasetIndex,
  type FacetCounts,
  type FilterKey,
  type Filters,
} from '../../src/lib/data/query';
import type { Dataset } from '../../src/lib/data/schema';
import { ACTOR_TYPES } from '../../src/lib/basics/vocabulary';
import { synthDataset } from '../../scripts/synth/generate';
import { querySmall } from '../fixtures/querySmall';
import { bundledDataset, filters } from '../helpers';

/** The header's engagement count once `value` is the only choice of filter `key`. */
function shownBy(
  index: DatasetIndex,
  f: Filters,
  key: FilterKey,
  value: string | number,
  includePlanned: boolean,
): number {
  return summarize(filterDataset(index, { ...f, [key]: [value] }), index, { includePlanned }).engagements;
}

/** Every choice a reader can make in each filter: what the panel offers, every counterpart type, and what is in force. */
function choices(index: DatasetIndex, f: Filters): Record<FilterKey, (string | number)[]> {
  const o = filterOptions(index);
  const all = <T>(offered: { value: T }[], selected: readonly T[]) => [
    ...new Set([...offered.map((x) => x.value), ...selected]),
  ];
  return {
    years: all(o.years, f.years),
    countries: all(o.countries, f.countries),
    actorTypes: all(
      ACTOR_TYPES.map((value) => ({ value })),
      f.actorTypes,
    ),
    sectors: all(o.sectors, f.sectors),
    companies: all(o.companies, f.companies),
  };
}

const get = (counts: FacetCounts, key: FilterKey, value: string | number) =>
  (counts[key] as ReadonlyMap<string | number, number>).get(value) ?? 0;

/** Every mismatch between facetCounts and what choosing shows, as readable lines (none expected). */
function mismatches(index: DatasetIndex, f: Filters, includePlanned: boolean): string[] {
  const counts = facetCounts(index, f, { includePlanned });
  const out: string[] = [];
  const all = choices(index, f);
  for (const key of FILTER_KEYS) {
    for (const value of all[key]) {
      const printed = get(counts, key, value);
      const shown = shownBy(index, f, key, value, includePlanned);
      if (printed !== shown) out.push(`${key} ${value}: prints ${printed}, choosing shows ${shown}`);
    }
  }
  return out;
}

/** Filter states built from a dataset's own most frequent choices, so they select something on any dataset. */
function states(index: DatasetIndex): { name: string; filters: Filters }[] {
  const o = filterOptions(index);
  const top = <T>(list: { value: T; count: number }[], n = 0) => [...list].sort((a, b) => b.count - a.count)[n]!.value;
  return [
    { name: 'no filters', filters: filters() },
    { name: 'a year', filters: filters({ years: [top(o.years)] }) },
    { name: 'a country', filters: filters({ countries: [top(o.countries)] }) },
    { name: 'a type and a company', filters: filters({ actorTypes: ['person'], companies: [top(o.companies)] }) },
    {
      name: 'two years and a sector',
      filters: filters({ years: [top(o.years), top(o.years, 1)], sectors: [top(o.sectors)] }),
    },
    {
      name: 'every filter',
      filters: filters({
        years: [top(o.years)],
        countries: [top(o.countries)],
        actorTypes: ['state', 'person'],
        sectors: [top(o.sectors)],
        companies: [top(o.companies)],
      }),
    },
  ];
}

/** The small fixture with e-usa and d-acme-service announced as still to come. */
function smallWithPlanned(): Dataset {
  const d = querySmall();
  d.engagements.find((e) => e.id === 'e-usa')!.status = 'planned';
  d.deals.find((x) => x.id === 'd-acme-service')!.status = 'planned';
  return d;
}

/** A generated dataset with one engagement in seven announced as planned (the generator makes none). */
function generated(): Dataset {
  const d = synthDataset({ engagements: 400, seed: 22 });
  d.engagements.forEach((e, i) => i % 7 === 3 && (e.status = 'planned'));
  return d;
}

const datasets: { name: string; index: DatasetIndex }[] = [
  { name: 'the small fixture', index: indexDataset(querySmall()) },
  { name: 'the small fixture with planned records', index: indexDataset(smallWithPlanned()) },
  { name: 'the bundled dataset', index: indexDataset(bundledDataset()) },
  { name: 'a generated dataset', index: indexDataset(generated()) },
];

describe('facetCounts: every choice prints what choosing it shows', () => {
  describe.each(datasets)('on $name', ({ index }) => {
    const table = states(index).flatMap((s) => [false, true].map((includePlanned) => ({ ...s, includePlanned })));
    it.each(table)('$name, planned counted: $includePlanned', ({ filters: f, includePlanned }) => {
      expect(mismatches(index, f, includePlanned)).toEqual([]);
    });
  });

  it('the states above are not trivial: they change counts, so dataset-wide counts would fail', () => {
    // Guards the table: if every state printed the dataset-wide numbers, the test could not tell.
    const { index } = datasets[3]!;
    const plain = facetCounts(index, filters(), { includePlanned: false });
    for (const { name, filters: f } of states(index).slice(1)) {
      const counts = facetCounts(index, f, { includePlanned: false });
      const changed = FILTER_KEYS.some((key) =>
        choices(index, f)[key].some((v) => get(counts, key, v) !== get(plain, key, v)),
      );
      expect(changed, name).toBe(true);
    }
    const withPlanned = facetCounts(index, filters(), { includePlanned: true });
    expect([...withPlanned.countries].some(([c, n]) => n !== plain.countries.get(c))).toBe(true);
  });
});

describe('facetCounts on the small fixture, written out', () => {
  const index = indexDataset(querySmall());
  const planned = indexDataset(smallWithPlanned());
  const flat = (c: FacetCounts) =>
    Object.fromEntries(FILTER_KEYS.map((key) => [key, Object.fromEntries([...c[key]].filter(([, n]) => n > 0))]));
  const everything = {
    years: { 2023: 3, 2024: 3 },
    countries: { USA: 3, FRA: 2 },
    actorTypes: { person: 5, state: 2, organization: 1, company: 2 },
    // One engagement with two Acme deals (the plan linked, the service through its CEO) counts once.
    sectors: { 'transport & logistics': 1, energy: 1 },
    companies: { acme: 2, globex: 1 },
  };
  const cases: { name: string; input: [DatasetIndex, Partial<Filters>, boolean]; expected: ReturnType<typeof flat> }[] =
    [
      {
        name: 'no filters: engagements, not records (companies 2 engagements, not 2 + 5 deals)',
        input: [index, {}, false],
        expected: everything,
      },
      {
        name: 'a year and a country: an engagement failing both counts for neither',
        input: [index, { years: [2024], countries: ['USA'] }, false],
        expected: {
          // e-usa and e-acme (2023, USA) fail only the year: they count for 2023.
          years: { 2023: 2, 2024: 1 },
          // e-france (2024, France) fails only the country; e-un (2023, no country) fails both.
          countries: { USA: 1, FRA: 2 },
          actorTypes: { person: 1, company: 1 },
          sectors: { energy: 1 },
          companies: { acme: 1, globex: 1 },
        },
      },
      {
        name: 'planned events are left out of every count',
        input: [planned, {}, false],
        expected: {
          years: { 2023: 2, 2024: 3 },
          countries: { USA: 2, FRA: 2 },
          // e-usa, now planned, was a meeting with a state (its president and envoy) and two people.
          actorTypes: { person: 4, state: 1, organization: 1, company: 2 },
          sectors: { 'transport & logistics': 1, energy: 1 },
          companies: { acme: 2, globex: 1 },
        },
      },
      // Counted, the planned records count as they did before they were planned.
      { name: 'and counted when asked', input: [planned, {}, true], expected: everything },
    ];
  it.each(cases)('$name', ({ input: [i, f, includePlanned], expected }) => {
    expect(flat(facetCounts(i, filters(f), { includePlanned }))).toEqual(expected);
  });

  it('a choice the dataset lacks prints nothing or 0, and choosing it shows 0', () => {
    const f = filters({ years: [2031], countries: ['JPN'], companies: ['nobody'], sectors: ['space'] });
    const counts = facetCounts(index, f, { includePlanned: true });
    const absent: [FilterKey, string | number][] = [
      ['years', 2031],
      ['years', 2025],
      ['countries', 'JPN'],
      ['companies', 'nobody'],
      ['sectors', 'space'],
    ];
    for (const [key, value] of absent) {
      expect(get(counts, key, value), `${key} ${value}`).toBe(0);
      expect(shownBy(index, filters(), key, value, true)).toBe(0);
    }
    // A filter nothing passes leaves the other filters' choices at 0, whatever they are.
    expect([...counts.countries.values()].every((n) => n === 0)).toBe(true);
  });

  it('a link may put any actor in the company filter: its count is still what choosing it shows', () => {
    // ?company=usa names a state; the filter keeps e-usa, where its president and envoy speak for it.
    for (const f of [filters({ companies: ['usa'] }), filters({ companies: ['usa'], years: [2023] })]) {
      expect(get(facetCounts(index, f, { includePlanned: false }), 'companies', 'usa')).toBe(1);
      expect(mismatches(index, f, false)).toEqual([]);
    }
  });

  it('an empty dataset counts nothing', () => {
    const empty = indexDataset({ ...querySmall(), engagements: [], deals: [] });
    const counts = facetCounts(empty, filters(), { includePlanned: true });
    for (const key of FILTER_KEYS)
      expect(
        [...counts[key].values()].every((n) => n === 0),
        key,
      ).toBe(true);
  });

  it('does not change its inputs', () => {
    const d = querySmall();
    const before = structuredClone(d);
    const idx = indexDataset(d);
    const all = filterDataset(idx, filters());
    const allBefore = { e: [...all.e], d: [...all.d] };
    const f: Filters = Object.freeze({
      years: Object.freeze([2024, 2023]),
      countries: Object.freeze(['USA', 'FRA']),
      actorTypes: Object.freeze(['company', 'person'] as const),
      sectors: Object.freeze(['energy']),
      companies: Object.freeze(['globex', 'acme']),
    });
    const fBefore = structuredClone(f);
    const first = facetCounts(idx, f, { includePlanned: false });
    const again = facetCounts(idx, f, { includePlanned: false });
    expect(d).toEqual(before);
    expect(f).toEqual(fBefore);
    const now = filterDataset(idx, filters());
    expect({ e: [...now.e], d: [...now.d] }).toEqual(allBefore);
    // And a second call gives the same counts, in new maps a caller may change freely.
    expect(again).toEqual(first);
    first.countries.clear();
    expect(facetCounts(idx, f, { includePlanned: false })).toEqual(again);
  });
});
