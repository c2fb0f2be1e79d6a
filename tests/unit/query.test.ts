// @vitest-environment node
// Pure data code: no DOM needed.
import { describe, expect, it } from 'vitest';
import {
  NO_FILTERS,
  actorLabel,
  combineQualifiers,
  counterpartOf,
  dealsByCompany,
  dealsOfEngagement,
  engagementCountries,
  engagementOrganizations,
  engagementsByCountry,
  engagementsBySession,
  filterDataset,
  filterOptions,
  indexDataset,
  summarize,
  totalValue,
  type Counterpart,
  type DatasetIndex,
  type Filters,
} from '../../src/lib/data/query';
import type { Actor, Dataset, Deal, DealValue, Engagement, Qualifier } from '../../src/lib/data/schema';
import { querySmall } from '../fixtures/querySmall';

const data = querySmall();
const index = indexDataset(data);

const ids = (xs: readonly { id: string }[]) => xs.map((x) => x.id);

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

/** The fixture with some records added; validated data never has what these tests add. */
function variant(change: (d: Dataset) => void): DatasetIndex {
  const d = querySmall();
  change(d);
  return indexDataset(d);
}

const filters = (f: Partial<Filters>): Filters => ({ ...NO_FILTERS, ...f });

/** A counterpart as a short string, so the tables read at a glance. */
const show = (c: Counterpart | undefined) => (c === undefined ? undefined : c.kind === 'country' ? `country ${c.code}` : `organization ${c.actor.id}`);

describe('indexDataset', () => {
  it('looks up actors, sessions and sources by their keys, and keeps the dataset itself', () => {
    expect(index.data).toBe(data);
    expect(index.actors.size).toBe(data.actors.length);
    expect(index.actors.get('acme')?.name).toBe('Acme Rail');
    expect(index.sessions.get(78)?.year).toBe(2023);
    expect(index.sessions.get(80)?.year).toBe(2025);
    expect(index.sources.get('wire')?.publisher).toBe('Example Wire');
  });

  it('answers undefined for keys the dataset does not have', () => {
    expect(index.actors.get('nobody')).toBeUndefined();
    expect(index.sessions.get(77)).toBeUndefined();
    expect(index.sources.get('nowhere')).toBeUndefined();
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
    { name: 'an organization without a country stands for itself', input: 'asia-forum', expected: 'organization asia-forum' },
    { name: "a person from the delegation's own country is not a counterpart", input: 'kaz-minister', expected: undefined },
    { name: "an organization based in the delegation's own country is not a counterpart", input: 'kaz-fund', expected: undefined },
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
      const e = cyclic.data.engagements.find((x) => x.id === 'e-cycle');
      const got = filterDataset(cyclic, filters({ actorTypes: ['state'], years: [2023] }));
      expect(ids(got.engagements)).toEqual(['e-usa', 'e-cycle']);
      expect(e && engagementCountries(e, cyclic)).toEqual(['IRN']);
    });
  });
});

describe('actorLabel', () => {
  const cases: { name: string; input: string; expected: string }[] = [
    { name: 'a person with the company they speak for', input: 'acme-ceo', expected: 'Rafael Rail (Acme Rail)' },
    { name: 'a person with the government they speak for', input: 'us-president', expected: 'Pat President (United States)' },
    { name: 'a person with the organization they speak for', input: 'un-chief', expected: 'Ana Chief (United Nations)' },
    { name: 'a person without an affiliation', input: 'kaz-minister', expected: 'Home Minister' },
    { name: 'a company by its name', input: 'acme', expected: 'Acme Rail' },
    { name: 'an organization by its name', input: 'un', expected: 'United Nations' },
    { name: 'an unknown id as itself', input: 'nobody', expected: 'nobody' },
  ];
  it.each(cases)('$name', ({ input, expected }) => {
    expect(actorLabel(input, index)).toBe(expected);
  });
});

describe('engagementCountries', () => {
  const cases: { name: string; input: string; expected: string[] }[] = [
    { name: 'two participants from one country count once', input: 'e-usa', expected: ['USA'] },
    { name: "in participant order, without the delegation's own country", input: 'e-roundtable', expected: ['USA', 'FRA'] },
    { name: 'through an affiliation', input: 'e-france', expected: ['FRA'] },
    { name: 'organizations are not countries', input: 'e-un', expected: [] },
    { name: 'no participants', input: 'e-speech', expected: [] },
  ];
  it.each(cases)('$name', ({ input, expected }) => {
    expect(engagementCountries(engagement(input), index)).toEqual(expected);
  });
});

describe('engagementOrganizations', () => {
  const cases: { name: string; input: Engagement; expected: string[] }[] = [
    { name: 'through a person and directly, in participant order', input: engagement('e-un'), expected: ['un', 'asia-forum'] },
    { name: 'an organization and a person speaking for it count once', input: { ...engagement('e-un'), participants: [{ actor: 'un-chief' }, { actor: 'un' }] }, expected: ['un'] },
    { name: 'countries are not organizations', input: engagement('e-usa'), expected: [] },
    { name: 'an organization of the delegation\'s own country is left out', input: { ...engagement('e-un'), participants: [{ actor: 'kaz-fund' }] }, expected: [] },
    { name: 'no participants', input: engagement('e-speech'), expected: [] },
  ];
  it.each(cases)('$name', ({ input, expected }) => {
    expect(ids(engagementOrganizations(input, index))).toEqual(expected);
  });
});

describe('dealsOfEngagement', () => {
  const cases: { name: string; input: string; expected: string[] }[] = [
    { name: 'the linked deal and the unlinked deal of a company that took part that session', input: 'e-acme', expected: ['d-acme-plan', 'd-acme-service'] },
    { name: "a company's deals from another session are left out", input: 'e-roundtable', expected: ['d-globex-wind', 'd-globex-cumulative'] },
    { name: 'no company took part', input: 'e-usa', expected: [] },
    { name: 'no participants', input: 'e-speech', expected: [] },
  ];
  it.each(cases)('$name', ({ input, expected }) => {
    expect(ids(dealsOfEngagement(engagement(input), index))).toEqual(expected);
  });

  it('a deal linked to one engagement does not also belong to another meeting with the same company', () => {
    const second: Engagement = { ...engagement('e-acme'), id: 'e-acme-again', date: '2023-09-20' };
    expect(ids(dealsOfEngagement(second, index))).toEqual(['d-acme-service']);
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
    { name: 'another year', input: { years: [2024] }, expected: { engagements: ['e-roundtable', 'e-france', 'e-speech'], deals: [...GLOBEX, 'd-zeta'] } },
    { name: 'two years', input: { years: [2024, 2023] }, expected: { engagements: ALL_E, deals: ALL_D } },
    { name: 'a session year without records', input: { years: [2025] }, expected: { engagements: [], deals: [] } },
    { name: 'a year no session has', input: { years: [1999] }, expected: { engagements: [], deals: [] } },
    // countries
    { name: 'a country met directly, through a company and at a roundtable', input: { countries: ['USA'] }, expected: { engagements: ['e-usa', 'e-acme', 'e-roundtable'], deals: ACME } },
    { name: "a person's own country", input: { countries: ['FRA'] }, expected: { engagements: ['e-roundtable', 'e-france'], deals: [] } },
    { name: 'a country only a company is from', input: { countries: ['DEU'] }, expected: { engagements: [], deals: GLOBEX } },
    { name: 'two countries', input: { countries: ['FRA', 'GBR'] }, expected: { engagements: ['e-roundtable', 'e-france'], deals: ['d-zeta'] } },
    { name: "the delegation's own country", input: { countries: ['KAZ'] }, expected: { engagements: [], deals: [] } },
    // actor types
    { name: 'states, through the people who speak for them', input: { actorTypes: ['state'] }, expected: { engagements: ['e-usa', 'e-france'], deals: [] } },
    { name: 'organizations, through a person and directly', input: { actorTypes: ['organization'] }, expected: { engagements: ['e-un'], deals: [] } },
    { name: 'companies, through the people who speak for them, and every deal', input: { actorTypes: ['company'] }, expected: { engagements: ['e-acme', 'e-roundtable'], deals: ALL_D } },
    { name: 'people', input: { actorTypes: ['person'] }, expected: { engagements: ['e-un', 'e-usa', 'e-acme', 'e-roundtable', 'e-france'], deals: [] } },
    { name: 'two types', input: { actorTypes: ['state', 'organization'] }, expected: { engagements: ['e-un', 'e-usa', 'e-france'], deals: [] } },
    // sectors
    { name: 'a sector, with the engagements its deals belong to', input: { sectors: ['energy'] }, expected: { engagements: ['e-roundtable'], deals: GLOBEX } },
    { name: 'a sector whose name has a comma', input: { sectors: ['mining, metals'] }, expected: { engagements: [], deals: ['d-zeta'] } },
    { name: 'a sector no deal has', input: { sectors: ['tourism'] }, expected: { engagements: [], deals: [] } },
    // companies
    { name: 'a company, with every engagement its people took part in', input: { companies: ['acme'] }, expected: { engagements: ['e-acme', 'e-roundtable'], deals: ACME } },
    { name: 'a company with no engagement', input: { companies: ['zeta'] }, expected: { engagements: [], deals: ['d-zeta'] } },
    { name: 'an unknown company', input: { companies: ['initech'] }, expected: { engagements: [], deals: [] } },
    // combined: every filter must pass
    { name: 'year and country', input: { years: [2024], countries: ['USA'] }, expected: { engagements: ['e-roundtable'], deals: [] } },
    { name: 'year and type', input: { years: [2023], actorTypes: ['company'] }, expected: { engagements: ['e-acme'], deals: ACME } },
    { name: 'country and sector', input: { countries: ['USA'], sectors: ['energy'] }, expected: { engagements: ['e-roundtable'], deals: [] } },
    { name: 'companies and year', input: { companies: ['acme', 'zeta'], years: [2024] }, expected: { engagements: ['e-roundtable'], deals: ['d-zeta'] } },
    { name: 'type and sector that exclude each other', input: { actorTypes: ['state'], sectors: ['energy'] }, expected: { engagements: [], deals: [] } },
    { name: 'all five at once', input: { years: [2023], countries: ['USA'], actorTypes: ['company'], sectors: ['transport & logistics'], companies: ['acme'] }, expected: { engagements: ['e-acme'], deals: ACME } },
  ];
  it.each(cases)('$name', ({ input, expected }) => {
    const got = filterDataset(index, filters(input));
    expect({ engagements: ids(got.engagements), deals: ids(got.deals) }).toEqual(expected);
  });

  it('a company filter keeps an engagement its deal is linked to, even without its people', () => {
    const linked = variant((d) => {
      deal('d-zeta', d).engagement = 'e-speech';
    });
    expect(ids(filterDataset(linked, filters({ companies: ['zeta'] })).engagements)).toEqual(['e-speech']);
  });

  // Filters.actorTypes is documented as "Counterpart types" and the panel labels it "Counterpart
  // type", while counterpartOf says the delegation's own side is home, not a counterpart. Yet
  // filterDataset tests the types of every involved actor, the home side included.
  it("the delegation's own organization does not make an engagement match \"organization\"", () => {
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
  });
});

describe('engagementsByCountry', () => {
  const all = data.engagements;

  it('counts each engagement once per country, most first, with the people met', () => {
    const { countries } = engagementsByCountry(all, index);
    expect(countries).toEqual([
      { code: 'USA', name: 'United States', count: 3, counterparts: ['Pat President (United States)', 'Sam Envoy (United States)', 'Rafael Rail (Acme Rail)'] },
      { code: 'FRA', name: 'France', count: 2, counterparts: ['Gina Globex (Globex Energy)', 'Claire Ministre (France)'] },
    ]);
  });

  it('keeps organizations without a country apart, and leaves the home side out', () => {
    const { organizations } = engagementsByCountry(all, index);
    expect(organizations.map((o) => ({ id: o.actor.id, count: o.count, counterparts: o.counterparts }))).toEqual([
      { id: 'asia-forum', count: 1, counterparts: ['Asia Forum'] },
      { id: 'un', count: 1, counterparts: ['Ana Chief (United Nations)'] },
    ]);
  });

  const cases: { name: string; input: string[]; expected: { countries: [string, number][]; organizations: [string, number][] } }[] = [
    { name: 'two participants from one country make one engagement', input: ['e-usa'], expected: { countries: [['USA', 1]], organizations: [] } },
    { name: 'ties are broken by name, not by first appearance', input: ['e-roundtable'], expected: { countries: [['FRA', 1], ['USA', 1]], organizations: [] } },
    { name: 'the count wins over the name', input: ['e-france', 'e-usa', 'e-acme'], expected: { countries: [['USA', 2], ['FRA', 1]], organizations: [] } },
    { name: 'organizations only', input: ['e-un'], expected: { countries: [], organizations: [['asia-forum', 1], ['un', 1]] } },
    { name: 'no participants', input: ['e-speech'], expected: { countries: [], organizations: [] } },
    { name: 'no engagements', input: [], expected: { countries: [], organizations: [] } },
  ];
  it.each(cases)('$name', ({ input, expected }) => {
    const got = engagementsByCountry(input.map((id) => engagement(id)), index);
    expect({
      countries: got.countries.map((c) => [c.code, c.count]),
      organizations: got.organizations.map((o) => [o.actor.id, o.count]),
    }).toEqual(expected);
  });

  it('an organization met twice in one engagement counts once', () => {
    const twice: Engagement = { ...engagement('e-un'), participants: [{ actor: 'un-chief' }, { actor: 'un' }] };
    const { organizations } = engagementsByCountry([twice], index);
    expect(organizations.map((o) => [o.actor.id, o.count, o.counterparts])).toEqual([['un', 1, ['Ana Chief (United Nations)', 'United Nations']]]);
  });
});

describe('dealsByCompany', () => {
  const summary = (totals: ReturnType<typeof dealsByCompany>) =>
    totals.map((t) => ({ company: t.company.id, usd: t.disclosedUsd, disclosed: t.disclosedCount, undisclosed: t.undisclosedCount, deals: ids(t.deals) }));

  it('sums disclosed values only, counts undisclosed ones, largest total first', () => {
    expect(summary(dealsByCompany(data.deals, index))).toEqual([
      { company: 'globex', usd: 5e9, disclosed: 1, undisclosed: 1, deals: ['d-globex-wind', 'd-globex-cumulative'] },
      { company: 'acme', usd: 1.25e9, disclosed: 2, undisclosed: 0, deals: ['d-acme-plan', 'd-acme-service'] },
      { company: 'zeta', usd: 3e8, disclosed: 1, undisclosed: 0, deals: ['d-zeta'] },
    ]);
  });

  const cases: { name: string; input: Deal[]; expected: { company: string; usd: number; undisclosed: number }[] }[] = [
    { name: 'only undisclosed values: a total of 0, not a missing company', input: [deal('d-globex-wind')], expected: [{ company: 'globex', usd: 0, undisclosed: 1 }] },
    {
      name: 'equal totals are ordered by name',
      input: [{ ...deal('d-zeta'), value: null }, deal('d-globex-wind')],
      expected: [
        { company: 'globex', usd: 0, undisclosed: 1 },
        { company: 'zeta', usd: 0, undisclosed: 1 },
      ],
    },
    { name: 'a company the dataset does not list is skipped', input: [{ ...deal('d-zeta'), company: 'ghost' }], expected: [] },
    { name: 'no deals', input: [], expected: [] },
  ];
  it.each(cases)('$name', ({ input, expected }) => {
    expect(dealsByCompany(input, index).map((t) => ({ company: t.company.id, usd: t.disclosedUsd, undisclosed: t.undisclosedCount }))).toEqual(expected);
  });
});

describe('engagementsBySession', () => {
  const shape = (sessions: ReturnType<typeof engagementsBySession>) =>
    sessions.map((s) => ({ session: s.session.number, count: s.count, days: s.days.map((d) => [d.date, ids(d.engagements)]) }));

  it('lists every session in number order, days in order and the undated group last', () => {
    expect(shape(engagementsBySession(data.engagements, index))).toEqual([
      { session: 78, count: 3, days: [['2023-09-18', ['e-acme']], ['2023-09-19', ['e-usa']], [null, ['e-un']]] },
      { session: 79, count: 3, days: [['2024-09', ['e-roundtable']], ['2024-09-24', ['e-france']], [null, ['e-speech']]] },
      { session: 80, count: 0, days: [] },
    ]);
  });

  const cases: { name: string; input: Engagement[]; expected: ReturnType<typeof shape> }[] = [
    {
      name: 'sessions without filtered engagements are still listed, with a count of 0',
      input: [engagement('e-france')],
      expected: [
        { session: 78, count: 0, days: [] },
        { session: 79, count: 1, days: [['2024-09-24', ['e-france']]] },
        { session: 80, count: 0, days: [] },
      ],
    },
    {
      name: 'undated engagements share one group, in input order',
      input: [engagement('e-un'), { ...engagement('e-usa'), date: undefined }, engagement('e-acme')],
      expected: [
        { session: 78, count: 3, days: [['2023-09-18', ['e-acme']], [null, ['e-un', 'e-usa']]] },
        { session: 79, count: 0, days: [] },
        { session: 80, count: 0, days: [] },
      ],
    },
    {
      name: 'two engagements on one day share its group',
      input: [engagement('e-usa'), { ...engagement('e-acme'), date: '2023-09-19' }],
      expected: [
        { session: 78, count: 2, days: [['2023-09-19', ['e-usa', 'e-acme']]] },
        { session: 79, count: 0, days: [] },
        { session: 80, count: 0, days: [] },
      ],
    },
    {
      name: 'no engagements',
      input: [],
      expected: [
        { session: 78, count: 0, days: [] },
        { session: 79, count: 0, days: [] },
        { session: 80, count: 0, days: [] },
      ],
    },
  ];
  it.each(cases)('$name', ({ input, expected }) => {
    expect(shape(engagementsBySession(input, index))).toEqual(expected);
  });
});

describe('combineQualifiers', () => {
  const cases: { input: Qualifier[]; expected: Qualifier }[] = [
    { input: [], expected: 'exact' },
    { input: ['exact'], expected: 'exact' },
    { input: ['exact', 'exact'], expected: 'exact' },
    { input: ['about', 'exact'], expected: 'about' },
    { input: ['exact', 'over'], expected: 'over' },
    { input: ['over', 'over', 'exact'], expected: 'over' },
    { input: ['up-to', 'exact'], expected: 'up-to' },
    { input: ['over', 'up-to'], expected: 'about' },
    { input: ['about', 'over'], expected: 'about' },
    { input: ['about', 'up-to', 'exact'], expected: 'about' },
    { input: ['about', 'about'], expected: 'about' },
  ];
  it.each(cases)('$input → $expected', ({ input, expected }) => {
    expect(combineQualifiers(input)).toBe(expected);
  });
});

describe('totalValue', () => {
  const withValue = (value: DealValue): Deal => ({ ...deal('d-zeta'), value });
  const cases: { name: string; input: Deal[]; expected: DealValue }[] = [
    { name: 'exact + exact = exact', input: [withValue({ usd: 1e6, qualifier: 'exact' }), withValue({ usd: 2e6, qualifier: 'exact' })], expected: { usd: 3e6, qualifier: 'exact' } },
    { name: 'about + exact = about', input: [withValue({ usd: 1e9, qualifier: 'about' }), withValue({ usd: 2.5e8, qualifier: 'exact' })], expected: { usd: 1.25e9, qualifier: 'about' } },
    { name: 'over + exact = over', input: [withValue({ usd: 5e9, qualifier: 'over' }), withValue({ usd: 1e9, qualifier: 'exact' })], expected: { usd: 6e9, qualifier: 'over' } },
    { name: 'over + up to = about', input: [withValue({ usd: 5e9, qualifier: 'over' }), withValue({ usd: 3e8, qualifier: 'up-to' })], expected: { usd: 5.3e9, qualifier: 'about' } },
    { name: 'undisclosed values are left out, not added as 0', input: [withValue(null), withValue({ usd: 3e8, qualifier: 'up-to' })], expected: { usd: 3e8, qualifier: 'up-to' } },
    { name: 'none disclosed → null', input: [withValue(null), withValue(null)], expected: null },
    { name: 'no deals → null', input: [], expected: null },
  ];
  it.each(cases)('$name', ({ input, expected }) => {
    expect(totalValue(input)).toEqual(expected);
  });
});

describe('summarize', () => {
  const cases: { name: string; input: Partial<Filters>; expected: ReturnType<typeof summarize> }[] = [
    {
      name: 'everything: cumulative investment kept apart from new commitments',
      input: {},
      expected: {
        engagements: 6,
        countries: 2,
        organizations: 2,
        deals: 5,
        disclosed: { usd: 1.55e9, qualifier: 'about' },
        disclosedDeals: 3,
        cumulative: { usd: 5e9, qualifier: 'over' },
        cumulativeDeals: 1,
        undisclosedDeals: 1,
      },
    },
    {
      name: 'one year',
      input: { years: [2023] },
      expected: {
        engagements: 3,
        countries: 1,
        organizations: 2,
        deals: 2,
        disclosed: { usd: 1.25e9, qualifier: 'about' },
        disclosedDeals: 2,
        cumulative: null,
        cumulativeDeals: 0,
        undisclosedDeals: 0,
      },
    },
    {
      name: 'only a cumulative value is known: nothing new is disclosed',
      input: { companies: ['globex'] },
      expected: {
        engagements: 1,
        countries: 2,
        organizations: 0,
        deals: 2,
        disclosed: null,
        disclosedDeals: 0,
        cumulative: { usd: 5e9, qualifier: 'over' },
        cumulativeDeals: 1,
        undisclosedDeals: 1,
      },
    },
    {
      name: 'nothing passes',
      input: { years: [2025] },
      expected: {
        engagements: 0,
        countries: 0,
        organizations: 0,
        deals: 0,
        disclosed: null,
        disclosedDeals: 0,
        cumulative: null,
        cumulativeDeals: 0,
        undisclosedDeals: 0,
      },
    },
  ];
  it.each(cases)('$name', ({ input, expected }) => {
    expect(summarize(filterDataset(index, filters(input)), index)).toEqual(expected);
  });
});

describe('filterOptions', () => {
  it('offers what the dataset has, sorted for people', () => {
    expect(filterOptions(index)).toEqual({
      years: [2023, 2024, 2025],
      // Germany and the United Kingdom come from deals only.
      countries: [
        { code: 'FRA', name: 'France' },
        { code: 'DEU', name: 'Germany' },
        { code: 'GBR', name: 'United Kingdom' },
        { code: 'USA', name: 'United States' },
      ],
      actorTypes: ['state', 'organization', 'company', 'person'],
      sectors: ['energy', 'mining, metals', 'transport & logistics'],
      companies: [
        { id: 'acme', name: 'Acme Rail' },
        { id: 'globex', name: 'Globex Energy' },
        { id: 'zeta', name: 'Zeta Mining' },
      ],
    });
  });

  it('offers nothing it cannot filter by', () => {
    const bare = variant((d) => {
      d.engagements = d.engagements.filter((e) => e.id === 'e-speech');
      d.deals = [];
    });
    expect(filterOptions(bare)).toEqual({ years: [2023, 2024, 2025], countries: [], actorTypes: [], sectors: [], companies: [] });
  });

  it('offers "company" when there are deals but no company took part in an engagement', () => {
    const dealsOnly = variant((d) => {
      d.engagements = d.engagements.filter((e) => e.id === 'e-france');
      d.deals = d.deals.filter((x) => x.id === 'd-zeta');
    });
    const options = filterOptions(dealsOnly);
    expect(options.actorTypes).toEqual(['state', 'company', 'person']);
    expect(options.countries).toEqual([
      { code: 'FRA', name: 'France' },
      { code: 'GBR', name: 'United Kingdom' },
    ]);
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
    const engagements = Object.freeze([...d.engagements].reverse());
    const deals = Object.freeze([...d.deals].reverse());

    const filtered = filterDataset(idx, f);
    filterDataset(idx, NO_FILTERS);
    engagementsByCountry(engagements, idx);
    dealsByCompany(deals, idx);
    engagementsBySession(engagements, idx);
    summarize(filtered, idx);
    filterOptions(idx);
    totalValue(deals);
    combineQualifiers(Object.freeze(['over', 'exact'] as const));
    for (const e of d.engagements) {
      engagementCountries(e, idx);
      engagementOrganizations(e, idx);
      dealsOfEngagement(e, idx);
    }
    for (const a of d.actors) {
      counterpartOf(a.id, idx);
      actorLabel(a.id, idx);
    }

    expect(d).toEqual(before);
    expect(f).toEqual(fBefore);
    expect(ids(engagements)).toEqual(ids([...before.engagements].reverse()));
    expect(NO_FILTERS).toEqual({ years: [], countries: [], actorTypes: [], sectors: [], companies: [] });
  });

  it('results are new arrays, so changing one does not change the dataset', () => {
    const d = querySmall();
    const idx = indexDataset(d);
    const { engagements, deals } = filterDataset(idx, NO_FILTERS);
    expect(engagements).not.toBe(d.engagements);
    expect(deals).not.toBe(d.deals);
    const actors: Actor[] = engagementOrganizations(engagement('e-un', d), idx);
    actors.length = 0;
    expect(ids(engagementOrganizations(engagement('e-un', d), idx))).toEqual(['un', 'asia-forum']);
  });
});
