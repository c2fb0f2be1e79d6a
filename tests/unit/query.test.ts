// @vitest-environment node
// Pure data code: no DOM needed.
import { describe, expect, it } from 'vitest';
import {
  NO_FILTERS,
  actorLabel,
  actorName,
  counted,
  counterpartOf,
  countryTotals,
  engagementCountries,
  engagementOrganizations,
  engagementsByCountry,
  filterDataset,
  filterExcept,
  filterOptions,
  hasFilters,
  indexDataset,
  summarize,
  FILTER_KEYS,
  type CountOptions,
  type Counterpart,
  type DatasetIndex,
  type FilterKey,
  type Filtered,
  type Filters,
  type Summary,
} from '../../src/lib/data/query';
import { counterpartsMet } from '../../src/lib/data/counterparts';
import type { Actor, Dataset, Deal, Engagement } from '../../src/lib/data/schema';
import type { KindSum, ValueSum } from '../../src/lib/data/values';
import { original } from '../../src/lib/data/text';
import { ACTOR_TYPES, type ActorType, type MoneyKind } from '../../src/lib/basics/vocabulary';
import { mulberry32, synthDataset } from '../../scripts/synth/generate';
import { itemsOf } from '../../src/lib/data/datasetIndex';
import { querySmall } from '../fixtures/querySmall';
import { filters } from '../helpers';

const data = querySmall();
const index = indexDataset(data);

const ids = (xs: readonly { id: string }[]) => xs.map((x) => x.id);

/** Deals that belong to an engagement, as the index lists them: linked to it, or by a company that took part in it that session. */
function dealsOfEngagement(e: Engagement, i: DatasetIndex): Deal[] {
  const at = i.engagementAt.get(e.id);
  return at === undefined ? [] : Array.from(itemsOf(i.eDeals, at), (d) => i.data.deals[d]!);
}

function engagement(id: string, d: Dataset = data): Engagement {
  const e = d.engagements.find((x) => x.id === id);
  if (!e) throw new Error(`no engagement "${id}" in the fixture`);
  return e;
}
function deal(id: string, d: Dataset = data): Deal {
  const x = d.deals.find((y) => y.id === id);
  if (!x) throw new Error(`no deal "${id}" in the fixture`);
  return x;
}

/** The fixture with some records changed or added; validated data never has what some of these add. */
function variant(change: (d: Dataset) => void): DatasetIndex {
  const d = querySmall();
  change(d);
  return indexDataset(d);
}

/** A selection of records by id, as filterDataset returns one. */
function selection(i: DatasetIndex, engagementIds: readonly string[], dealIds: readonly string[] = []): Filtered {
  const e = Uint32Array.from(engagementIds.map((id) => i.engagementAt.get(id)!));
  const d = Uint32Array.from(dealIds.map((id) => i.data.deals.findIndex((x) => x.id === id)));
  return { engagements: [...e].map((k) => i.data.engagements[k]!), deals: [...d].map((k) => i.data.deals[k]!), e, d };
}

/** A counterpart as a short string, so the tables read at a glance. */
const show = (c: Counterpart | undefined) =>
  c === undefined ? undefined : c.kind === 'country' ? `country ${c.code}` : `organization ${c.actor.id}`;

/** The fixture with e-usa and d-acme-service announced as still to come. */
const withPlanned = variant((d) => {
  deal('d-acme-service', d).status = 'planned';
  engagement('e-usa', d).status = 'planned';
});

describe('hasFilters', () => {
  const cases: { input: Partial<Filters>; expected: boolean }[] = [
    { input: {}, expected: false },
    ...FILTER_KEYS.map((k) => ({ input: { [k]: k === 'years' ? [2023] : ['x'] } as Partial<Filters>, expected: true })),
  ];
  it.each(cases)('$input', ({ input, expected }) => {
    expect(hasFilters(filters(input))).toBe(expected);
  });
});

describe('counterpartOf', () => {
  const cases: { name: string; input: string; expected: string | undefined }[] = [
    { name: 'a person with a country of their own', input: 'us-president', expected: 'country USA' },
    { name: 'a person without a country, through their government', input: 'us-envoy', expected: 'country USA' },
    { name: 'a person without a country, through their company', input: 'acme-ceo', expected: 'country USA' },
    { name: "a person's own country before their company's", input: 'globex-ceo', expected: 'country FRA' },
    { name: 'a company, by its headquarters', input: 'acme', expected: 'country USA' },
    { name: 'a state', input: 'fra', expected: 'country FRA' },
    { name: 'a person speaking for an organization without a country', input: 'un-chief', expected: 'organization un' },
    {
      name: 'an organization without a country stands for itself',
      input: 'asia-forum',
      expected: 'organization asia-forum',
    },
    {
      name: "a person from the delegation's own country is not a counterpart",
      input: 'kaz-minister',
      expected: undefined,
    },
    {
      name: "an organization based in the delegation's own country is not a counterpart",
      input: 'kaz-fund',
      expected: undefined,
    },
    { name: 'an unknown actor id', input: 'nobody', expected: undefined },
  ];
  it.each(cases)('$name', ({ input, expected }) => {
    expect(show(counterpartOf(input, index))).toBe(expected);
  });

  it("returns the organization's own actor record", () => {
    const c = counterpartOf('un-chief', index);
    expect(c?.kind === 'organization' ? c.actor : undefined).toBe(index.actors.get('un'));
  });

  describe('affiliation cycles end instead of looping', () => {
    const cyclic = variant((d) => {
      d.actors.push(
        { id: 'cyc-a', name: 'Cy A', type: 'person', affiliation: 'cyc-b' },
        { id: 'cyc-b', name: 'Cy B', type: 'person', affiliation: 'cyc-a' },
        { id: 'cyc-c', name: 'Cy C', type: 'person', affiliation: 'cyc-d' },
        { id: 'cyc-d', name: 'Cy D', type: 'state', country: 'IRN', affiliation: 'cyc-c' },
        { id: 'cyc-e', name: 'Cy E', type: 'person', affiliation: 'cyc-f' },
        { id: 'cyc-f', name: 'Cy F', type: 'organization', affiliation: 'cyc-e' },
      );
      d.engagements.push({
        id: 'e-cycle',
        session: 78,
        type: 'call',
        participants: [{ actor: 'cyc-a' }, { actor: 'cyc-c' }, { actor: 'cyc-e' }],
        topics: [],
        summary: 'A call with people who speak for each other',
        citations: [{ source: 'wire', quote: 'q' }],
      });
    });
    const cases: { input: string; expected: string | undefined }[] = [
      { input: 'cyc-a', expected: undefined },
      { input: 'cyc-c', expected: 'country IRN' },
      { input: 'cyc-e', expected: 'organization cyc-f' },
    ];
    it.each(cases)('$input', ({ input, expected }) => {
      expect(show(counterpartOf(input, cyclic))).toBe(expected);
    });
    it('and so do the filters that walk the chain', () => {
      const e = engagement('e-cycle', cyclic.data);
      const got = filterDataset(cyclic, filters({ actorTypes: ['state'], years: [2023] }));
      expect(ids(got.engagements)).toEqual(['e-usa', 'e-cycle']);
      expect(engagementCountries(e, cyclic)).toEqual(['IRN']);
      expect(ids(engagementOrganizations(e, cyclic))).toEqual(['cyc-f']);
    });
  });
});

describe('actorLabel', () => {
  const cases: { name: string; input: string; expected: string }[] = [
    { name: 'a person with the company they speak for', input: 'acme-ceo', expected: 'Rafael Rail (Acme Rail)' },
    {
      name: 'a person with the government they speak for',
      input: 'us-president',
      expected: 'Pat President (United States)',
    },
    {
      name: 'a person with the organization they speak for',
      input: 'un-chief',
      expected: 'Ana Chief (United Nations)',
    },
    { name: 'a person without an affiliation', input: 'kaz-minister', expected: 'Home Minister' },
    { name: 'a company by its name', input: 'acme', expected: 'Acme Rail' },
    { name: 'an organization by its name', input: 'un', expected: 'United Nations' },
    { name: 'an unknown id as itself', input: 'nobody', expected: 'nobody' },
  ];
  it.each(cases)('$name', ({ input, expected }) => {
    expect(actorLabel(input, index)).toBe(expected);
  });

  describe('in a language, from translated names', () => {
    const translated = variant((d) => {
      d.actors.find((a) => a.id === 'acme')!.name = { en: 'Acme Rail', ru: 'Акме Рейл' };
      d.actors.find((a) => a.id === 'acme-ceo')!.name = { en: 'Rafael Rail', kk: 'Рафаэль Рейл' };
    });
    const cases: { input: [string, string]; expected: string }[] = [
      { input: ['acme-ceo', 'en'], expected: 'Rafael Rail (Acme Rail)' },
      { input: ['acme-ceo', 'ru'], expected: 'Rafael Rail (Акме Рейл)' },
      { input: ['acme-ceo', 'kk'], expected: 'Рафаэль Рейл (Acme Rail)' },
      { input: ['acme', 'ru-RU'], expected: 'Акме Рейл' },
    ];
    it.each(cases)('$input', ({ input: [id, lang], expected }) => {
      expect(actorLabel(id, translated, lang)).toBe(expected);
    });
    it('actorName defaults to the dataset language', () => {
      expect(actorName(translated.actors.get('acme')!, translated)).toBe('Acme Rail');
    });
  });
});

describe('engagementCountries', () => {
  const cases: { name: string; input: string; expected: string[] }[] = [
    { name: 'two participants from one country count once', input: 'e-usa', expected: ['USA'] },
    {
      name: "in participant order, without the delegation's own country",
      input: 'e-roundtable',
      expected: ['USA', 'FRA'],
    },
    { name: 'through an affiliation', input: 'e-france', expected: ['FRA'] },
    { name: 'organizations are not countries', input: 'e-un', expected: [] },
    { name: 'no participants', input: 'e-speech', expected: [] },
  ];
  it.each(cases)('$name', ({ input, expected }) => {
    expect(engagementCountries(engagement(input), index)).toEqual(expected);
  });

  it('an engagement the index does not hold has no countries', () => {
    expect(engagementCountries({ ...engagement('e-usa'), id: 'elsewhere' }, index)).toEqual([]);
  });
});

describe('engagementOrganizations', () => {
  const twice = variant((d) => {
    engagement('e-un', d).participants = [{ actor: 'un-chief' }, { actor: 'un' }];
    engagement('e-speech', d).participants = [{ actor: 'kaz-fund' }];
  });
  const cases: { name: string; input: [DatasetIndex, string]; expected: string[] }[] = [
    {
      name: 'through a person and directly, in participant order',
      input: [index, 'e-un'],
      expected: ['un', 'asia-forum'],
    },
    { name: 'an organization and a person speaking for it count once', input: [twice, 'e-un'], expected: ['un'] },
    { name: 'countries are not organizations', input: [index, 'e-usa'], expected: [] },
    { name: "an organization of the delegation's own country is left out", input: [twice, 'e-speech'], expected: [] },
    { name: 'no participants', input: [index, 'e-speech'], expected: [] },
  ];
  it.each(cases)('$name', ({ input: [i, id], expected }) => {
    expect(ids(engagementOrganizations(engagement(id, i.data), i))).toEqual(expected);
  });
});

describe("an engagement's deals (eDeals, what the timeline lists and its tooltip names)", () => {
  const cases: { name: string; input: string; expected: string[] }[] = [
    {
      name: 'the linked deal and the unlinked deal of a company that took part that session',
      input: 'e-acme',
      expected: ['d-acme-plan', 'd-acme-service'],
    },
    {
      name: "a company's deals from another session are left out",
      input: 'e-roundtable',
      expected: ['d-globex-wind', 'd-globex-cumulative'],
    },
    { name: 'no company took part', input: 'e-usa', expected: [] },
    { name: 'no participants', input: 'e-speech', expected: [] },
  ];
  it.each(cases)('$name', ({ input, expected }) => {
    expect(ids(dealsOfEngagement(engagement(input), index))).toEqual(expected);
  });

  it('a deal linked to one engagement does not also belong to another meeting with the same company', () => {
    const again = variant((d) =>
      d.engagements.push({ ...engagement('e-acme', d), id: 'e-acme-again', date: '2023-09-20' }),
    );
    expect(ids(dealsOfEngagement(engagement('e-acme-again', again.data), again))).toEqual(['d-acme-service']);
    expect(ids(dealsOfEngagement(engagement('e-acme', again.data), again))).toEqual(['d-acme-plan', 'd-acme-service']);
  });

  it('a company met directly, not through a person, brings its unlinked deals', () => {
    const direct = variant((d) => (engagement('e-speech', d).participants = [{ actor: 'zeta' }]));
    expect(ids(dealsOfEngagement(engagement('e-speech', direct.data), direct))).toEqual(['d-zeta']);
  });
});

describe('filterDataset', () => {
  const ALL_E = ['e-un', 'e-usa', 'e-acme', 'e-roundtable', 'e-france', 'e-speech'];
  const ALL_D = ['d-acme-plan', 'd-acme-service', 'd-globex-wind', 'd-globex-cumulative', 'd-zeta'];
  const ACME = ['d-acme-plan', 'd-acme-service'];
  const GLOBEX = ['d-globex-wind', 'd-globex-cumulative'];
  const cases: { name: string; input: Partial<Filters>; expected: { engagements: string[]; deals: string[] } }[] = [
    { name: 'empty filters keep everything', input: {}, expected: { engagements: ALL_E, deals: ALL_D } },
    // years
    { name: 'one year', input: { years: [2023] }, expected: { engagements: ['e-un', 'e-usa', 'e-acme'], deals: ACME } },
    {
      name: 'another year',
      input: { years: [2024] },
      expected: { engagements: ['e-roundtable', 'e-france', 'e-speech'], deals: [...GLOBEX, 'd-zeta'] },
    },
    { name: 'two years', input: { years: [2024, 2023] }, expected: { engagements: ALL_E, deals: ALL_D } },
    { name: 'a session year without records', input: { years: [2025] }, expected: { engagements: [], deals: [] } },
    { name: 'a year no session has', input: { years: [1999] }, expected: { engagements: [], deals: [] } },
    // countries
    {
      name: 'a country met directly, through a company and at a roundtable',
      input: { countries: ['USA'] },
      expected: { engagements: ['e-usa', 'e-acme', 'e-roundtable'], deals: ACME },
    },
    {
      name: "a person's own country",
      input: { countries: ['FRA'] },
      expected: { engagements: ['e-roundtable', 'e-france'], deals: [] },
    },
    {
      name: 'a country only a company is from',
      input: { countries: ['DEU'] },
      expected: { engagements: [], deals: GLOBEX },
    },
    {
      name: 'two countries',
      input: { countries: ['FRA', 'GBR'] },
      expected: { engagements: ['e-roundtable', 'e-france'], deals: ['d-zeta'] },
    },
    { name: "the delegation's own country", input: { countries: ['KAZ'] }, expected: { engagements: [], deals: [] } },
    {
      name: 'a country the dataset never mentions',
      input: { countries: ['IRN'] },
      expected: { engagements: [], deals: [] },
    },
    {
      name: 'an unknown country beside a known one',
      input: { countries: ['IRN', 'FRA'] },
      expected: { engagements: ['e-roundtable', 'e-france'], deals: [] },
    },
    // actor types
    {
      name: 'states, through the people who speak for them',
      input: { actorTypes: ['state'] },
      expected: { engagements: ['e-usa', 'e-france'], deals: [] },
    },
    {
      name: 'organizations, through a person and directly',
      input: { actorTypes: ['organization'] },
      expected: { engagements: ['e-un'], deals: [] },
    },
    {
      name: 'companies, through the people who speak for them, and every deal',
      input: { actorTypes: ['company'] },
      expected: { engagements: ['e-acme', 'e-roundtable'], deals: ALL_D },
    },
    {
      name: 'people',
      input: { actorTypes: ['person'] },
      expected: { engagements: ['e-un', 'e-usa', 'e-acme', 'e-roundtable', 'e-france'], deals: [] },
    },
    {
      name: 'two types',
      input: { actorTypes: ['state', 'organization'] },
      expected: { engagements: ['e-un', 'e-usa', 'e-france'], deals: [] },
    },
    // sectors
    {
      name: 'a sector, with the engagements its deals belong to',
      input: { sectors: ['energy'] },
      expected: { engagements: ['e-roundtable'], deals: GLOBEX },
    },
    {
      name: 'a sector whose name has a comma',
      input: { sectors: ['mining, metals'] },
      expected: { engagements: [], deals: ['d-zeta'] },
    },
    { name: 'a sector no deal has', input: { sectors: ['tourism'] }, expected: { engagements: [], deals: [] } },
    // companies
    {
      name: 'a company, with every engagement its people took part in',
      input: { companies: ['acme'] },
      expected: { engagements: ['e-acme', 'e-roundtable'], deals: ACME },
    },
    {
      name: 'a company with no engagement',
      input: { companies: ['zeta'] },
      expected: { engagements: [], deals: ['d-zeta'] },
    },
    { name: 'an unknown company', input: { companies: ['initech'] }, expected: { engagements: [], deals: [] } },
    // combined: every filter must pass
    {
      name: 'year and country',
      input: { years: [2024], countries: ['USA'] },
      expected: { engagements: ['e-roundtable'], deals: [] },
    },
    {
      name: 'year and type',
      input: { years: [2023], actorTypes: ['company'] },
      expected: { engagements: ['e-acme'], deals: ACME },
    },
    {
      name: 'country and sector',
      input: { countries: ['USA'], sectors: ['energy'] },
      expected: { engagements: ['e-roundtable'], deals: [] },
    },
    {
      name: 'companies and year',
      input: { companies: ['acme', 'zeta'], years: [2024] },
      expected: { engagements: ['e-roundtable'], deals: ['d-zeta'] },
    },
    {
      name: 'type and sector that exclude each other',
      input: { actorTypes: ['state'], sectors: ['energy'] },
      expected: { engagements: [], deals: [] },
    },
    {
      name: 'all five at once',
      input: {
        years: [2023],
        countries: ['USA'],
        actorTypes: ['company'],
        sectors: ['transport & logistics'],
        companies: ['acme'],
      },
      expected: { engagements: ['e-acme'], deals: ACME },
    },
  ];
  it.each(cases)('$name', ({ input, expected }) => {
    const got = filterDataset(index, filters(input));
    expect({ engagements: ids(got.engagements), deals: ids(got.deals) }).toEqual(expected);
  });

  it('positions are parallel to the records and point into the dataset', () => {
    const got = filterDataset(index, filters({ countries: ['USA', 'GBR'] }));
    expect(got.e).toBeInstanceOf(Uint32Array);
    expect(got.d).toBeInstanceOf(Uint32Array);
    expect([...got.e]).toEqual([1, 2, 3]);
    expect([...got.d]).toEqual([0, 1, 4]);
    got.e.forEach((i, k) => expect(got.engagements[k]).toBe(data.engagements[i]));
    got.d.forEach((i, k) => expect(got.deals[k]).toBe(data.deals[i]));
  });

  it('a company filter keeps an engagement its deal is linked to, even without its people', () => {
    const linked = variant((d) => {
      deal('d-zeta', d).engagement = 'e-speech';
    });
    expect(ids(filterDataset(linked, filters({ companies: ['zeta'] })).engagements)).toEqual(['e-speech']);
  });

  // Filters.actorTypes is "Counterpart types", and counterpartOf says the delegation's own side
  // is home, not a counterpart: the home fund must not make an engagement an "organization" one.
  it('the delegation\'s own organization does not make an engagement match "organization"', () => {
    const home = variant((d) => {
      d.engagements.push({
        id: 'e-home',
        session: 78,
        type: 'roundtable',
        participants: [{ actor: 'kaz-fund' }, { actor: 'acme-ceo' }],
        topics: [],
        summary: 'A company meets the home fund',
        citations: [{ source: 'wire', quote: 'q' }],
      });
    });
    expect(ids(filterDataset(home, filters({ actorTypes: ['organization'] })).engagements)).toEqual(['e-un']);
    expect(ids(filterDataset(home, filters({ actorTypes: ['company'] })).engagements)).toEqual([
      'e-acme',
      'e-roundtable',
      'e-home',
    ]);
  });

  it('a translated sector is filtered by its dataset-language text', () => {
    const translated = variant((d) => {
      deal('d-zeta', d).sector = { ru: 'горнодобыча', en: 'mining, metals' };
    });
    expect(ids(filterDataset(translated, filters({ sectors: ['mining, metals'] })).deals)).toEqual(['d-zeta']);
    expect(ids(filterDataset(translated, filters({ sectors: ['горнодобыча'] })).deals)).toEqual([]);
  });

  it('planned records always pass: they are listed and drawn, only not counted', () => {
    const got = filterDataset(withPlanned, NO_FILTERS);
    expect(ids(got.engagements)).toContain('e-usa');
    expect(ids(got.deals)).toContain('d-acme-service');
  });
});

describe('filterExcept: every filter but one', () => {
  const f = filters({ years: [2023], countries: ['USA'], actorTypes: ['person'] });
  const cases: { input: FilterKey; expected: string[] }[] = [
    // USA and person, any year
    { input: 'years', expected: ['e-usa', 'e-acme', 'e-roundtable'] },
    // 2023 and person, any country
    { input: 'countries', expected: ['e-un', 'e-usa', 'e-acme'] },
    // 2023 and USA, any type
    { input: 'actorTypes', expected: ['e-usa', 'e-acme'] },
    // unset filters change nothing
    { input: 'sectors', expected: ['e-usa', 'e-acme'] },
    { input: 'companies', expected: ['e-usa', 'e-acme'] },
  ];
  it.each(cases)('$input', ({ input, expected }) => {
    const got = filterExcept(index, f, input);
    expect(ids(got.engagements)).toEqual(expected);
    expect(got).toEqual(filterDataset(index, { ...f, [input]: [] }));
  });

  it('leaves the filters it is given alone', () => {
    const frozen = Object.freeze({ ...f, years: Object.freeze([2023]) }) as Filters;
    filterExcept(index, frozen, 'years');
    expect(frozen.years).toEqual([2023]);
  });
});

describe('counted: planned records only when asked for', () => {
  const all = filterDataset(withPlanned, NO_FILTERS);
  const cases: { name: string; input: [Filtered, boolean]; expected: { engagements: string[]; deals: string[] } }[] = [
    {
      name: 'without planned',
      input: [all, false],
      expected: {
        engagements: ['e-un', 'e-acme', 'e-roundtable', 'e-france', 'e-speech'],
        deals: ['d-acme-plan', 'd-globex-wind', 'd-globex-cumulative', 'd-zeta'],
      },
    },
    {
      name: 'with planned',
      input: [all, true],
      expected: {
        engagements: ['e-un', 'e-usa', 'e-acme', 'e-roundtable', 'e-france', 'e-speech'],
        deals: ['d-acme-plan', 'd-acme-service', 'd-globex-wind', 'd-globex-cumulative', 'd-zeta'],
      },
    },
    {
      name: 'a selection of only planned records, without planned',
      input: [selection(withPlanned, ['e-usa'], ['d-acme-service']), false],
      expected: { engagements: [], deals: [] },
    },
  ];
  it.each(cases)('$name', ({ input: [f, includePlanned], expected }) => {
    const got = counted(f, withPlanned, { includePlanned });
    expect({ engagements: ids(got.engagements), deals: ids(got.deals) }).toEqual(expected);
    got.e.forEach((i, k) => expect(got.engagements[k]).toBe(withPlanned.data.engagements[i]));
    got.d.forEach((i, k) => expect(got.deals[k]).toBe(withPlanned.data.deals[i]));
  });

  it('hands back the same selection when nothing is left out', () => {
    const plain = filterDataset(index, NO_FILTERS);
    expect(counted(plain, index, { includePlanned: false })).toBe(plain);
    expect(counted(all, withPlanned, { includePlanned: true })).toBe(all);
  });

  it('does not change the selection it is given', () => {
    const before = { e: [...all.e], d: [...all.d], engagements: ids(all.engagements) };
    counted(all, withPlanned, { includePlanned: false });
    expect({ e: [...all.e], d: [...all.d], engagements: ids(all.engagements) }).toEqual(before);
  });
});

describe('engagementsByCountry', () => {
  const all = filterDataset(index, NO_FILTERS);

  it('counts each engagement once per country, most first', () => {
    expect(engagementsByCountry(all, index).countries).toEqual([
      { code: 'USA', count: 3 },
      { code: 'FRA', count: 2 },
    ]);
  });

  it('keeps organizations without a country apart, and leaves the home side out', () => {
    const { organizations } = engagementsByCountry(all, index);
    expect(organizations.map((o) => [o.actor.id, o.count])).toEqual([
      ['asia-forum', 1],
      ['un', 1],
    ]);
    expect(organizations[1]!.actor).toBe(index.actors.get('un'));
  });

  const cases: {
    name: string;
    input: string[];
    expected: { countries: [string, number][]; organizations: [string, number][] };
  }[] = [
    {
      name: 'two participants from one country make one engagement',
      input: ['e-usa'],
      expected: { countries: [['USA', 1]], organizations: [] },
    },
    {
      name: 'ties are broken by code, not by first appearance',
      input: ['e-roundtable'],
      expected: {
        countries: [
          ['FRA', 1],
          ['USA', 1],
        ],
        organizations: [],
      },
    },
    {
      name: 'the count wins over the code',
      input: ['e-france', 'e-usa', 'e-acme'],
      expected: {
        countries: [
          ['USA', 2],
          ['FRA', 1],
        ],
        organizations: [],
      },
    },
    {
      name: 'organizations only',
      input: ['e-un'],
      expected: {
        countries: [],
        organizations: [
          ['asia-forum', 1],
          ['un', 1],
        ],
      },
    },
    { name: 'no participants', input: ['e-speech'], expected: { countries: [], organizations: [] } },
    { name: 'no engagements', input: [], expected: { countries: [], organizations: [] } },
  ];
  it.each(cases)('$name', ({ input, expected }) => {
    const got = engagementsByCountry(selection(index, input), index);
    expect({
      countries: got.countries.map((c) => [c.code, c.count]),
      organizations: got.organizations.map((o) => [o.actor.id, o.count]),
    }).toEqual(expected);
  });

  it('an organization met twice in one engagement counts once', () => {
    const twice = variant((d) => (engagement('e-un', d).participants = [{ actor: 'un-chief' }, { actor: 'un' }]));
    const { organizations } = engagementsByCountry(selection(twice, ['e-un']), twice);
    expect(organizations.map((o) => [o.actor.id, o.count])).toEqual([['un', 1]]);
  });

  it('counts planned engagements it is given: leaving them out is counted()', () => {
    const all2 = filterDataset(withPlanned, NO_FILTERS);
    expect(engagementsByCountry(all2, withPlanned).countries).toEqual([
      { code: 'USA', count: 3 },
      { code: 'FRA', count: 2 },
    ]);
    expect(engagementsByCountry(counted(all2, withPlanned, { includePlanned: false }), withPlanned).countries).toEqual([
      { code: 'FRA', count: 2 },
      { code: 'USA', count: 2 },
    ]);
  });
});

describe('counterpartsMet', () => {
  const all = filterDataset(index, NO_FILTERS);
  const cases: { name: string; input: [Filtered, Counterpart]; expected: string[] }[] = [
    {
      name: 'people from one country, each once, in order met',
      input: [all, { kind: 'country', code: 'USA' }],
      expected: ['Pat President (United States)', 'Sam Envoy (United States)', 'Rafael Rail (Acme Rail)'],
    },
    {
      name: "a person's own country",
      input: [all, { kind: 'country', code: 'FRA' }],
      expected: ['Gina Globex (Globex Energy)', 'Claire Ministre (France)'],
    },
    {
      name: 'an organization through a person',
      input: [all, { kind: 'organization', actor: index.actors.get('un')! }],
      expected: ['Ana Chief (United Nations)'],
    },
    {
      name: 'an organization met directly',
      input: [all, { kind: 'organization', actor: index.actors.get('asia-forum')! }],
      expected: ['Asia Forum'],
    },
    {
      name: 'only in the selection',
      input: [selection(index, ['e-roundtable']), { kind: 'country', code: 'USA' }],
      expected: ['Rafael Rail (Acme Rail)'],
    },
    { name: 'a country nobody came from', input: [all, { kind: 'country', code: 'DEU' }], expected: [] },
  ];
  it.each(cases)('$name', ({ input: [f, target], expected }) => {
    expect(counterpartsMet(f, index, target)).toEqual(expected);
  });

  it('an organization and a person speaking for it are both named', () => {
    const twice = variant((d) => (engagement('e-un', d).participants = [{ actor: 'un-chief' }, { actor: 'un' }]));
    expect(
      counterpartsMet(selection(twice, ['e-un']), twice, { kind: 'organization', actor: twice.actors.get('un')! }),
    ).toEqual(['Ana Chief (United Nations)', 'United Nations']);
  });
});

describe('countryTotals: the whole dataset, whatever the filters', () => {
  const cases: { name: string; input: [DatasetIndex, boolean]; expected: [string, number][] }[] = [
    {
      name: 'the fixture',
      input: [index, false],
      expected: [
        ['USA', 3],
        ['FRA', 2],
      ],
    },
    {
      name: 'planned left out',
      input: [withPlanned, false],
      expected: [
        ['USA', 2],
        ['FRA', 2],
      ],
    },
    {
      name: 'planned counted',
      input: [withPlanned, true],
      expected: [
        ['USA', 3],
        ['FRA', 2],
      ],
    },
  ];
  it.each(cases)('$name', ({ input: [i, includePlanned], expected }) => {
    const got = countryTotals(i, { includePlanned });
    expect(new Map(got)).toEqual(new Map(expected));
    // The same as counting every (counted) engagement.
    const every = counted(filterDataset(i, NO_FILTERS), i, { includePlanned });
    expect(new Map(engagementsByCountry(every, i).countries.map((c) => [c.code, c.count]))).toEqual(got);
  });

  it('has no entry for a company seat nobody was met from', () => {
    expect(countryTotals(index, { includePlanned: true }).has('DEU')).toBe(false);
  });
});

describe('summarize', () => {
  const none = { bound: 'none', approximate: false } as const;
  /** A sum of disclosed values, written out so a case reads at a glance. */
  const money = (
    usd: number,
    parts: number,
    bound: 'none' | 'lower' | 'upper' | 'mixed',
    approximate: boolean,
  ): ValueSum => ({ usd, parts, combined: { bound, approximate } });
  const kind = (k: MoneyKind, sum: ValueSum | null, deals: number, undisclosed = 0): KindSum => ({
    kind: k,
    sum,
    deals,
    undisclosed,
  });
  // The fixture's new money, in MONEY_KINDS order: $250M exact agreement, about $1B plan, up to $300M financing, an undisclosed project.
  const newMoney = [
    kind('agreements', money(2.5e8, 1, 'none', false), 1),
    kind('plans', money(1e9, 1, 'none', true), 1),
    kind('financing', money(3e8, 1, 'upper', false), 1),
    kind('programs', null, 1, 1),
  ];
  const cases: { name: string; input: [DatasetIndex, Partial<Filters>, CountOptions]; expected: Summary }[] = [
    {
      name: 'everything: one figure per kind of money, never added across kinds; cumulative investment apart',
      input: [index, {}, { includePlanned: false }],
      expected: {
        engagements: 6,
        planned: 0,
        countries: 2,
        organizations: 2,
        deals: 5,
        plannedDeals: 0,
        kinds: newMoney,
        cumulative: money(5e9, 1, 'lower', false),
        undisclosedDeals: 1,
        includePlanned: false,
      },
    },
    {
      name: 'everything with cumulative investments: a kind of its own, and no longer a note',
      input: [index, {}, { includePlanned: false, includeCumulative: true }],
      expected: {
        engagements: 6,
        planned: 0,
        countries: 2,
        organizations: 2,
        deals: 5,
        plannedDeals: 0,
        kinds: [...newMoney, kind('cumulative', money(5e9, 1, 'lower', false), 1)],
        cumulative: null,
        undisclosedDeals: 1,
        includePlanned: false,
      },
    },
    {
      name: 'one year: a plan and an agreement of one company stay two figures',
      input: [index, { years: [2023] }, { includePlanned: false }],
      expected: {
        engagements: 3,
        planned: 0,
        countries: 1,
        organizations: 2,
        deals: 2,
        plannedDeals: 0,
        kinds: [kind('agreements', money(2.5e8, 1, 'none', false), 1), kind('plans', money(1e9, 1, 'none', true), 1)],
        cumulative: null,
        undisclosedDeals: 0,
        includePlanned: false,
      },
    },
    {
      name: 'only a cumulative value is known: no new money is disclosed',
      input: [index, { companies: ['globex'] }, { includePlanned: false }],
      expected: {
        engagements: 1,
        planned: 0,
        countries: 2,
        organizations: 0,
        deals: 2,
        plannedDeals: 0,
        kinds: [kind('programs', null, 1, 1)],
        cumulative: money(5e9, 1, 'lower', false),
        undisclosedDeals: 1,
        includePlanned: false,
      },
    },
    {
      name: 'nothing passes',
      input: [index, { years: [2025] }, { includePlanned: false }],
      expected: {
        engagements: 0,
        planned: 0,
        countries: 0,
        organizations: 0,
        deals: 0,
        plannedDeals: 0,
        kinds: [],
        cumulative: null,
        undisclosedDeals: 0,
        includePlanned: false,
      },
    },
    {
      name: 'planned records are reported but not counted',
      input: [withPlanned, { years: [2023] }, { includePlanned: false }],
      expected: {
        engagements: 2,
        planned: 1,
        // USA still, through e-acme
        countries: 1,
        organizations: 2,
        deals: 1,
        plannedDeals: 1,
        kinds: [kind('plans', money(1e9, 1, 'none', true), 1)],
        cumulative: null,
        undisclosedDeals: 0,
        includePlanned: false,
      },
    },
    {
      name: 'planned records counted when asked',
      input: [withPlanned, { years: [2023] }, { includePlanned: true }],
      expected: {
        engagements: 3,
        planned: 1,
        countries: 1,
        organizations: 2,
        deals: 2,
        plannedDeals: 1,
        kinds: [kind('agreements', money(2.5e8, 1, 'none', false), 1), kind('plans', money(1e9, 1, 'none', true), 1)],
        cumulative: null,
        undisclosedDeals: 0,
        includePlanned: true,
      },
    },
  ];
  it.each(cases)('$name', ({ input: [i, f, options], expected }) => {
    expect(summarize(filterDataset(i, filters(f)), i, options)).toEqual(expected);
  });

  // Acme's two deals made one kind (both plans), so that they add up.
  const twoPlans = (planValue: Deal['value']) =>
    variant((d) => {
      deal('d-acme-plan', d).value = planValue;
      deal('d-acme-service', d).basis = 'investment-plan';
    });
  it('a sum of one kind keeps the precision of its parts, and an exact sum says so', () => {
    const about = twoPlans({ usd: 1e9, qualifier: 'about' });
    // "about $1B" is known to the billion: + $250M exact is still "about $1B", not "$1.25B".
    expect(
      summarize(filterDataset(about, filters({ companies: ['acme'] })), about, { includePlanned: false }).kinds,
    ).toEqual([kind('plans', money(1e9, 2, 'none', true), 2)]);
    const exact = twoPlans({ usd: 1e9, qualifier: 'exact' });
    expect(
      summarize(filterDataset(exact, filters({ companies: ['acme'] })), exact, { includePlanned: false }).kinds,
    ).toEqual([kind('plans', { usd: 1.25e9, parts: 2, combined: none }, 2)]);
  });
});

describe('filterOptions', () => {
  it('offers what the dataset has, with counts: years in calendar order, the rest most frequent first', () => {
    expect(filterOptions(index)).toEqual({
      years: [
        { value: 2023, count: 3, session: 78 },
        { value: 2024, count: 3, session: 79 },
        { value: 2025, count: 0, session: 80 },
      ],
      // Germany and the United Kingdom come from deals only.
      countries: [
        { value: 'USA', count: 3 },
        { value: 'FRA', count: 2 },
        { value: 'DEU', count: 0 },
        { value: 'GBR', count: 0 },
      ],
      // A fixed order; "company" counts the engagements with a company and every deal.
      actorTypes: [
        { value: 'state', count: 2 },
        { value: 'organization', count: 1 },
        { value: 'company', count: 2 + 5 },
        { value: 'person', count: 5 },
      ],
      sectors: [
        { value: 'energy', count: 2 },
        { value: 'transport & logistics', count: 2 },
        { value: 'mining, metals', count: 1 },
      ],
      companies: [
        { value: 'acme', count: 2 },
        { value: 'globex', count: 2 },
        { value: 'zeta', count: 1 },
      ],
    });
  });

  it('offers nothing it cannot filter by', () => {
    const bare = variant((d) => {
      d.engagements = d.engagements.filter((e) => e.id === 'e-speech');
      d.deals = [];
    });
    expect(filterOptions(bare)).toEqual({
      years: [
        { value: 2023, count: 0, session: 78 },
        { value: 2024, count: 1, session: 79 },
        { value: 2025, count: 0, session: 80 },
      ],
      countries: [],
      actorTypes: [],
      sectors: [],
      companies: [],
    });
  });

  it('offers "company" when there are deals but no company took part in an engagement', () => {
    const dealsOnly = variant((d) => {
      d.engagements = d.engagements.filter((e) => e.id === 'e-france');
      d.deals = d.deals.filter((x) => x.id === 'd-zeta');
    });
    const options = filterOptions(dealsOnly);
    expect(options.actorTypes).toEqual([
      { value: 'state', count: 1 },
      { value: 'company', count: 1 },
      { value: 'person', count: 1 },
    ]);
    expect(options.countries).toEqual([
      { value: 'FRA', count: 1 },
      { value: 'GBR', count: 0 },
    ]);
  });

  it('on a large dataset: every list most frequent first, ties by value, counts equal to the records', () => {
    const big = indexDataset(synthDataset({ engagements: 3000, seed: 11 }));
    const options = filterOptions(big);
    for (const key of ['countries', 'sectors', 'companies'] as const) {
      const list = options[key];
      expect(list.length).toBeGreaterThan(5);
      for (let k = 1; k < list.length; k++) {
        const [a, b] = [list[k - 1]!, list[k]!];
        expect(
          a.count > b.count || (a.count === b.count && a.value < b.value),
          `${key}: ${a.value} before ${b.value}`,
        ).toBe(true);
      }
    }
    // A count is the number of records that filter keeps.
    const top = options.countries[0]!;
    expect(filterDataset(big, filters({ countries: [top.value] })).engagements.length).toBe(top.count);
    const sector = options.sectors[0]!;
    expect(filterDataset(big, filters({ sectors: [sector.value] })).deals.length).toBe(sector.count);
    const company = options.companies[0]!;
    expect(filterDataset(big, filters({ companies: [company.value] })).deals.length).toBe(company.count);
    expect(options.years.map((y) => y.value)).toEqual([...options.years.map((y) => y.value)].sort((a, b) => a - b));
    expect(options.years.reduce((n, y) => n + y.count, 0)).toBe(big.data.engagements.length);
  });
});

/**
 * The filter as the old implementation wrote it (git show HEAD~:src/lib/data/query.ts): a walk of
 * every participant's affiliation chain per record, no index. The indexed filterDataset must
 * agree with it on any dataset and any filters.
 */
function referenceFilter(d: Dataset, f: Filters): { engagements: string[]; deals: string[] } {
  const actors = new Map(d.actors.map((a) => [a.id, a]));
  const yearOf = new Map(d.sessions.map((s) => [s.number, s.year]));
  const home = d.delegation.country;
  const lang = d.language ?? 'en';
  const chain = (id: string): Actor[] => {
    const out: Actor[] = [];
    let a = actors.get(id);
    while (a && !out.includes(a)) {
      out.push(a);
      a = a.affiliation ? actors.get(a.affiliation) : undefined;
    }
    return out;
  };
  const counterpart = (
    id: string,
  ): { kind: 'country'; code: string } | { kind: 'organization'; actor: Actor } | undefined => {
    for (const a of chain(id)) {
      if (a.country) return a.country === home ? undefined : { kind: 'country', code: a.country };
      if (a.type === 'organization') return { kind: 'organization', actor: a };
    }
    return undefined;
  };
  const sector = (x: Deal) => original(x.sector, lang).text;
  const countriesOf = (e: Engagement) =>
    e.participants.flatMap((p) => {
      const c = counterpart(p.actor);
      return c?.kind === 'country' ? [c.code] : [];
    });
  const involved = (e: Engagement) => new Set(e.participants.flatMap((p) => chain(p.actor)));
  const counterpartActors = (e: Engagement) =>
    new Set(
      e.participants
        .map((p) => chain(p.actor))
        .filter((c) => c.find((a) => a.country)?.country !== home)
        .flat(),
    );
  const dealsOf = (e: Engagement) => {
    const names = new Set([...involved(e)].map((a) => a.id));
    return d.deals.filter(
      (x) => x.engagement === e.id || (x.engagement === undefined && x.session === e.session && names.has(x.company)),
    );
  };
  const years = new Set(f.years);
  const countries = new Set(f.countries);
  const types = new Set<ActorType>(f.actorTypes);
  const sectors = new Set(f.sectors);
  const companies = new Set(f.companies);
  const inYears = (session: number) => !years.size || years.has(yearOf.get(session) ?? NaN);

  const dealPasses = (x: Deal) => {
    if (!inYears(x.session)) return false;
    if (sectors.size && !sectors.has(sector(x))) return false;
    if (companies.size && !companies.has(x.company)) return false;
    const c = counterpart(x.company);
    if (countries.size && !(c?.kind === 'country' && countries.has(c.code))) return false;
    if (types.size && !types.has('company')) return false;
    return true;
  };
  const engagementPasses = (e: Engagement) => {
    if (!inYears(e.session)) return false;
    if (countries.size && !countriesOf(e).some((c) => countries.has(c))) return false;
    if (types.size && ![...counterpartActors(e)].some((a) => types.has(a.type))) return false;
    if (companies.size && ![...involved(e)].some((a) => companies.has(a.id))) {
      if (!dealsOf(e).some((x) => companies.has(x.company))) return false;
    }
    if (sectors.size && !dealsOf(e).some((x) => sectors.has(sector(x)))) return false;
    return true;
  };
  return {
    engagements: d.engagements.filter(engagementPasses).map((e) => e.id),
    deals: d.deals.filter(dealPasses).map((x) => x.id),
  };
}

describe('filterDataset equals the record-walking reference filter', () => {
  const synth = synthDataset({ engagements: 3000, seed: 20240917 });
  // Things the generator never makes, so the comparison covers them too: planned records, a
  // translated sector, an affiliation cycle, a person speaking for a home-country company.
  synth.engagements[5]!.status = 'planned';
  synth.deals[3]!.status = 'planned';
  synth.deals[7]!.sector = { ru: 'сектор', en: original(synth.deals[7]!.sector).text };
  synth.actors.push(
    { id: 'loop-a', name: 'Loop A', type: 'person', affiliation: 'loop-b' },
    { id: 'loop-b', name: 'Loop B', type: 'organization', affiliation: 'loop-a' },
    { id: 'home-co', name: 'Home Co', type: 'company', country: 'KAZ' },
    { id: 'home-co-ceo', name: 'Home CEO', type: 'person', affiliation: 'home-co' },
  );
  synth.engagements[10]!.participants.push({ actor: 'loop-a' }, { actor: 'home-co-ceo' });
  synth.deals[12] = {
    ...synth.deals[12]!,
    company: 'home-co',
    engagement: undefined,
    session: synth.engagements[10]!.session,
  };
  // Deals linked to a speech of their session, where nobody from the company was: such an
  // engagement passes a company filter through its deal only.
  const speeches = new Map(synth.engagements.filter((e) => e.type === 'speech').map((e) => [e.session, e.id]));
  let relinked = 0;
  synth.deals.forEach((x, k) => {
    if (k % 9 === 0 && speeches.has(x.session)) {
      x.engagement = speeches.get(x.session);
      relinked += 1;
    }
  });
  const synthIndex = indexDataset(synth);
  const frequentCompanies = filterOptions(synthIndex)
    .companies.slice(0, 12)
    .map((o) => o.value);

  const rng = mulberry32(42);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;
  const some = <T>(pool: readonly T[]): T[] => Array.from({ length: 1 + Math.floor(rng() * 3) }, () => pick(pool));
  const pools = {
    // A year with no session and the home country are among the choices, too.
    years: [...synth.sessions.map((s) => s.year), 1990],
    countries: [...new Set(synth.actors.flatMap((a) => (a.country ? [a.country] : []))), 'KAZ', 'ATA'],
    actorTypes: ACTOR_TYPES,
    sectors: [...new Set(synth.deals.map((x) => original(x.sector).text)), 'no such sector'],
    // Mostly companies, now and then a person or organization id or an unknown one.
    companies: [
      ...synth.actors.filter((a) => a.type === 'company').map((a) => a.id),
      ...synth.actors
        .filter((a) => a.type !== 'company')
        .slice(0, 20)
        .map((a) => a.id),
      'home-co',
      'no-such-company',
    ],
  };
  // Recent sessions hold most records: draw years from them more often, or most answers are empty.
  const recentYears = synth.sessions.slice(-6).map((s) => s.year);
  const combos: Filters[] = Array.from({ length: 30 }, (_, k) => {
    const on = (p: number) => rng() < p;
    return {
      years: on(0.5) ? (on(0.8) ? some(recentYears) : some(pools.years)) : [],
      countries: on(0.4) ? some(pools.countries.slice(0, 15).concat(pools.countries)) : [],
      actorTypes: on(0.35) ? some(pools.actorTypes) : [],
      sectors: on(0.3) ? some(pools.sectors) : [],
      companies: on(k % 4 === 0 ? 0.9 : 0.25) ? (on(0.7) ? some(frequentCompanies) : some(pools.companies)) : [],
    };
  });

  it.each(combos.map((f, k) => ({ k, f })))('combination $k', ({ f }) => {
    const got = filterDataset(synthIndex, f);
    expect({ engagements: ids(got.engagements), deals: ids(got.deals) }).toEqual(referenceFilter(synth, f));
  });

  it('the combinations are not trivial: answers differ and many are neither empty nor everything', () => {
    const sizes = combos.map((f) => filterDataset(synthIndex, f).engagements.length);
    const partial = sizes.filter((n) => n > 0 && n < synth.engagements.length);
    expect(partial.length).toBeGreaterThanOrEqual(10);
    expect(new Set(sizes).size).toBeGreaterThanOrEqual(8);
    expect(
      combos.filter((f) => f.companies.length && filterDataset(synthIndex, f).engagements.length).length,
    ).toBeGreaterThan(0);
    expect(
      combos.filter((f) => f.sectors.length && filterDataset(synthIndex, f).engagements.length).length,
    ).toBeGreaterThan(0);
    expect(combos.filter((f) => filterDataset(synthIndex, f).deals.length).length).toBeGreaterThanOrEqual(10);
    // Some engagement passes a company filter through a linked deal only, none of its people being from the company.
    expect(relinked).toBeGreaterThan(10);
    const throughDealOnly = combos.some((f) => {
      if (!f.companies.length) return false;
      const wanted = new Set(f.companies.map((c) => synthIndex.actorAt.get(c)));
      return [...filterDataset(synthIndex, f).e].some(
        (i) => ![...itemsOf(synthIndex.eInvolved, i)].some((a) => wanted.has(a)),
      );
    });
    expect(throughDealOnly).toBe(true);
  });

  it('and so does filterExcept, for every key', () => {
    for (const f of combos.slice(0, 6)) {
      for (const key of FILTER_KEYS) {
        const got = filterExcept(synthIndex, f, key);
        expect({ engagements: ids(got.engagements), deals: ids(got.deals) }).toEqual(
          referenceFilter(synth, { ...f, [key]: [] }),
        );
      }
    }
  });
});

describe('inputs are not mutated', () => {
  it('by any query function', () => {
    const d = querySmall();
    const before = structuredClone(d);
    const idx = indexDataset(d);
    const f: Filters = Object.freeze({
      years: Object.freeze([2024, 2023]),
      countries: Object.freeze(['USA', 'FRA']),
      actorTypes: Object.freeze(['company', 'person'] as const),
      sectors: Object.freeze(['energy', 'transport & logistics']),
      companies: Object.freeze(['globex', 'acme']),
    });
    const fBefore = structuredClone(f);
    const deals = Object.freeze([...d.deals].reverse());

    const filtered = filterDataset(idx, f);
    const all = filterDataset(idx, NO_FILTERS);
    const allBefore = { e: [...all.e], d: [...all.d], engagements: ids(all.engagements), deals: ids(all.deals) };
    for (const key of FILTER_KEYS) filterExcept(idx, f, key);
    counted(all, idx, { includePlanned: false });
    engagementsByCountry(all, idx);
    countryTotals(idx, { includePlanned: false });
    counterpartsMet(all, idx, { kind: 'country', code: 'USA' });
    summarize(filtered, idx, { includePlanned: true });
    summarize(all, idx, { includePlanned: false });
    filterOptions(idx);
    for (const e of d.engagements) {
      engagementCountries(e, idx);
      engagementOrganizations(e, idx);
    }
    for (const a of d.actors) {
      counterpartOf(a.id, idx);
      actorLabel(a.id, idx);
    }

    expect(d).toEqual(before);
    expect(f).toEqual(fBefore);
    expect({ e: [...all.e], d: [...all.d], engagements: ids(all.engagements), deals: ids(all.deals) }).toEqual(
      allBefore,
    );
    expect(ids(deals)).toEqual(ids([...before.deals].reverse()));
    expect(NO_FILTERS).toEqual({ years: [], countries: [], actorTypes: [], sectors: [], companies: [] });
  });

  it('results are new arrays, so changing one does not change the dataset or the index', () => {
    const d = querySmall();
    const idx = indexDataset(d);
    const { engagements, deals, e } = filterDataset(idx, NO_FILTERS);
    expect(engagements).not.toBe(d.engagements);
    expect(deals).not.toBe(d.deals);
    e[0] = 99;
    expect([...filterDataset(idx, NO_FILTERS).e]).toEqual([0, 1, 2, 3, 4, 5]);
    const actors: Actor[] = engagementOrganizations(engagement('e-un', d), idx);
    actors.length = 0;
    expect(ids(engagementOrganizations(engagement('e-un', d), idx))).toEqual(['un', 'asia-forum']);
    const countries = engagementCountries(engagement('e-roundtable', d), idx);
    countries.reverse();
    expect(engagementCountries(engagement('e-roundtable', d), idx)).toEqual(['USA', 'FRA']);
  });
});
