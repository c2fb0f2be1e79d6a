/**
 * Filters and aggregations over a validated dataset. Pure: no Svelte, no DOM, inputs never
 * mutated, so the views, the tests and the command-line tools share one answer.
 */
import { ascending, descending } from 'd3-array';
import { countryName } from '../geo/countries';
import type { Actor, ActorType, Dataset, Deal, DealValue, Engagement, Qualifier, Session, Source } from './schema';

/** What the person has chosen to look at. An empty list means "no restriction". */
export interface Filters {
  /** Session years, e.g. 2023. */
  years: readonly number[];
  /** Counterpart countries, ISO alpha-3. */
  countries: readonly string[];
  /** Counterpart types: a person counts as the type of the body they speak for, too. */
  actorTypes: readonly ActorType[];
  sectors: readonly string[];
  /** Company actor ids. */
  companies: readonly string[];
}

export const NO_FILTERS: Filters = { years: [], countries: [], actorTypes: [], sectors: [], companies: [] };

/** Lookups built once per dataset. */
export interface DatasetIndex {
  data: Dataset;
  actors: ReadonlyMap<string, Actor>;
  sessions: ReadonlyMap<number, Session>;
  sources: ReadonlyMap<string, Source>;
}

export function indexDataset(data: Dataset): DatasetIndex {
  return {
    data,
    actors: new Map(data.actors.map((a) => [a.id, a])),
    sessions: new Map(data.sessions.map((s) => [s.number, s])),
    sources: new Map(data.sources.map((s) => [s.id, s])),
  };
}

/** The actor itself, then what it speaks for, and so on (cycles cut). */
function affiliationChain(actorId: string, index: DatasetIndex): Actor[] {
  const chain: Actor[] = [];
  let actor = index.actors.get(actorId);
  while (actor && !chain.includes(actor)) {
    chain.push(actor);
    actor = actor.affiliation ? index.actors.get(actor.affiliation) : undefined;
  }
  return chain;
}

export type Counterpart =
  | { kind: 'country'; code: string }
  | { kind: 'organization'; actor: Actor };

/**
 * Whom a participant stands for on the map: their own country, else the country of the body
 * they are affiliated with; an organization without a country stands for itself. The
 * delegation's own country is home, not a counterpart.
 */
export function counterpartOf(actorId: string, index: DatasetIndex): Counterpart | undefined {
  for (const actor of affiliationChain(actorId, index)) {
    if (actor.country) {
      return actor.country === index.data.delegation.country ? undefined : { kind: 'country', code: actor.country };
    }
    if (actor.type === 'organization') return { kind: 'organization', actor };
  }
  return undefined;
}

/** "Rafael Santana (Wabtec)": a person with the body they speak for; anything else by its name. */
export function actorLabel(actorId: string, index: DatasetIndex): string {
  const actor = index.actors.get(actorId);
  if (!actor) return actorId;
  const body = actor.type === 'person' && actor.affiliation ? index.actors.get(actor.affiliation) : undefined;
  return body ? `${actor.name} (${body.name})` : actor.name;
}

/** Counterpart countries of an engagement, each once, in participant order. */
export function engagementCountries(e: Engagement, index: DatasetIndex): string[] {
  const codes = new Set<string>();
  for (const p of e.participants) {
    const c = counterpartOf(p.actor, index);
    if (c?.kind === 'country') codes.add(c.code);
  }
  return [...codes];
}

/** Organizations without a country that took part in an engagement, each once. */
export function engagementOrganizations(e: Engagement, index: DatasetIndex): Actor[] {
  const orgs = new Set<Actor>();
  for (const p of e.participants) {
    const c = counterpartOf(p.actor, index);
    if (c?.kind === 'organization') orgs.add(c.actor);
  }
  return [...orgs];
}

/** Every actor an engagement involves, directly or as the body a participant speaks for. */
function involvedActors(e: Engagement, index: DatasetIndex): Set<Actor> {
  return new Set(e.participants.flatMap((p) => affiliationChain(p.actor, index)));
}

/** Like involvedActors, but only the counterpart side: the delegation's own people and bodies are left out. */
function counterpartActors(e: Engagement, index: DatasetIndex): Set<Actor> {
  return new Set(
    e.participants
      .map((p) => affiliationChain(p.actor, index))
      .filter((chain) => chain.find((a) => a.country)?.country !== index.data.delegation.country)
      .flat(),
  );
}

function sessionYear(n: number, index: DatasetIndex): number | undefined {
  return index.sessions.get(n)?.year;
}

/** Deals that belong to an engagement: linked to it, or by a company that took part in it that session. */
export function dealsOfEngagement(e: Engagement, index: DatasetIndex): Deal[] {
  const ids = new Set([...involvedActors(e, index)].map((a) => a.id));
  return index.data.deals.filter(
    (d) => d.engagement === e.id || (d.engagement === undefined && d.session === e.session && ids.has(d.company)),
  );
}

export interface Filtered {
  engagements: Engagement[];
  deals: Deal[];
}

/** The engagements and deals that pass every active filter, in dataset order. */
export function filterDataset(index: DatasetIndex, filters: Filters): Filtered {
  const years = new Set(filters.years);
  const countries = new Set(filters.countries);
  const types = new Set(filters.actorTypes);
  const sectors = new Set(filters.sectors);
  const companies = new Set(filters.companies);

  const inYears = (session: number) => !years.size || years.has(sessionYear(session, index) ?? NaN);

  const dealPasses = (d: Deal) => {
    if (!inYears(d.session)) return false;
    if (sectors.size && !sectors.has(d.sector)) return false;
    if (companies.size && !companies.has(d.company)) return false;
    const c = counterpartOf(d.company, index);
    if (countries.size && !(c?.kind === 'country' && countries.has(c.code))) return false;
    if (types.size && !types.has('company')) return false;
    return true;
  };

  const engagementPasses = (e: Engagement) => {
    if (!inYears(e.session)) return false;
    if (countries.size && !engagementCountries(e, index).some((c) => countries.has(c))) return false;
    const involved = involvedActors(e, index);
    if (types.size && ![...counterpartActors(e, index)].some((a) => types.has(a.type))) return false;
    if (companies.size && ![...involved].some((a) => companies.has(a.id))) {
      if (!dealsOfEngagement(e, index).some((d) => companies.has(d.company))) return false;
    }
    if (sectors.size && !dealsOfEngagement(e, index).some((d) => sectors.has(d.sector))) return false;
    return true;
  };

  return {
    engagements: index.data.engagements.filter(engagementPasses),
    deals: index.data.deals.filter(dealPasses),
  };
}

export interface CountryCount {
  code: string;
  name: string;
  count: number;
  /** Names of the actors met from that country, each once. */
  counterparts: string[];
}

export interface OrganizationCount {
  actor: Actor;
  count: number;
  counterparts: string[];
}

/** Engagements per counterpart country, most first; organizations without a country apart. */
export function engagementsByCountry(
  engagements: readonly Engagement[],
  index: DatasetIndex,
): { countries: CountryCount[]; organizations: OrganizationCount[] } {
  const byCountry = new Map<string, { count: number; names: Set<string> }>();
  const byOrg = new Map<Actor, { count: number; names: Set<string> }>();
  for (const e of engagements) {
    const seenHere = new Set<string | Actor>();
    for (const p of e.participants) {
      const c = counterpartOf(p.actor, index);
      if (!c) continue;
      const key = c.kind === 'country' ? c.code : c.actor;
      const bucket =
        c.kind === 'country'
          ? getOrCreate(byCountry, c.code)
          : getOrCreate(byOrg, c.actor);
      if (!seenHere.has(key)) bucket.count += 1;
      seenHere.add(key);
      bucket.names.add(actorLabel(p.actor, index));
    }
  }
  const countries = [...byCountry].map(([code, v]) => ({
    code,
    name: countryName(code),
    count: v.count,
    counterparts: [...v.names],
  }));
  countries.sort((a, b) => descending(a.count, b.count) || ascending(a.name, b.name));
  const organizations = [...byOrg].map(([actor, v]) => ({ actor, count: v.count, counterparts: [...v.names] }));
  organizations.sort((a, b) => descending(a.count, b.count) || ascending(a.actor.name, b.actor.name));
  return { countries, organizations };
}

function getOrCreate<K>(map: Map<K, { count: number; names: Set<string> }>, key: K) {
  let v = map.get(key);
  if (!v) map.set(key, (v = { count: 0, names: new Set() }));
  return v;
}

export interface CompanyTotal {
  company: Actor;
  /** Sum of the disclosed values only. */
  disclosedUsd: number;
  disclosedCount: number;
  undisclosedCount: number;
  deals: Deal[];
}

/** Deals per company, largest disclosed total first; undisclosed values are counted, never summed as 0. */
export function dealsByCompany(deals: readonly Deal[], index: DatasetIndex): CompanyTotal[] {
  const totals = new Map<string, CompanyTotal>();
  for (const d of deals) {
    const company = index.actors.get(d.company);
    if (!company) continue;
    let t = totals.get(d.company);
    if (!t) totals.set(d.company, (t = { company, disclosedUsd: 0, disclosedCount: 0, undisclosedCount: 0, deals: [] }));
    t.deals.push(d);
    if (d.value) {
      t.disclosedUsd += d.value.usd;
      t.disclosedCount += 1;
    } else t.undisclosedCount += 1;
  }
  return [...totals.values()].sort(
    (a, b) => descending(a.disclosedUsd, b.disclosedUsd) || ascending(a.company.name, b.company.name),
  );
}

export interface DayCount {
  /** YYYY-MM-DD or YYYY-MM as in the dataset; null when the dataset gives no date. */
  date: string | null;
  engagements: Engagement[];
}

export interface SessionCount {
  session: Session;
  count: number;
  /** Dated days in order, then the undated group last. */
  days: DayCount[];
}

/** Engagements per session (every session of the dataset, in order) and per day within it. */
export function engagementsBySession(engagements: readonly Engagement[], index: DatasetIndex): SessionCount[] {
  const sessions = [...index.data.sessions].sort((a, b) => a.number - b.number);
  return sessions.map((session) => {
    const mine = engagements.filter((e) => e.session === session.number);
    const byDate = new Map<string | null, Engagement[]>();
    for (const e of mine) {
      const key = e.date ?? null;
      byDate.set(key, [...(byDate.get(key) ?? []), e]);
    }
    const days = [...byDate].map(([date, list]) => ({ date, engagements: list }));
    days.sort((a, b) => (a.date === null ? 1 : b.date === null ? -1 : ascending(a.date, b.date)));
    return { session, count: mine.length, days };
  });
}

/**
 * The qualifier of a sum of values: exact only if every part is; "over" (a lower bound) if
 * every part is a lower bound or exact; "up to" likewise for upper bounds; otherwise "about".
 */
export function combineQualifiers(qualifiers: readonly Qualifier[]): Qualifier {
  const set = new Set(qualifiers);
  set.delete('exact');
  if (set.size === 0) return 'exact';
  if (set.size === 1) return [...set][0]!;
  return 'about';
}

/** Sum of the disclosed values of some deals, with its combined qualifier; null when none is disclosed. */
export function totalValue(deals: readonly Deal[]): DealValue {
  const values = deals.flatMap((d) => (d.value ? [d.value] : []));
  if (!values.length) return null;
  return {
    usd: values.reduce((sum, v) => sum + v.usd, 0),
    qualifier: combineQualifiers(values.map((v) => v.qualifier)),
  };
}

export interface Summary {
  engagements: number;
  countries: number;
  organizations: number;
  deals: number;
  /** Disclosed value of new commitments; cumulative investments (money already spent over years) are apart. */
  disclosed: DealValue;
  disclosedDeals: number;
  cumulative: DealValue;
  cumulativeDeals: number;
  undisclosedDeals: number;
}

export function summarize(filtered: Filtered, index: DatasetIndex): Summary {
  const { countries, organizations } = engagementsByCountry(filtered.engagements, index);
  const disclosed = filtered.deals.filter((d) => d.value !== null);
  const isCumulative = (d: Deal) => d.basis === 'cumulative-investment';
  const fresh = disclosed.filter((d) => !isCumulative(d));
  const cumulative = disclosed.filter(isCumulative);
  return {
    engagements: filtered.engagements.length,
    countries: countries.length,
    organizations: organizations.length,
    deals: filtered.deals.length,
    disclosed: totalValue(fresh),
    disclosedDeals: fresh.length,
    cumulative: totalValue(cumulative),
    cumulativeDeals: cumulative.length,
    undisclosedDeals: filtered.deals.length - disclosed.length,
  };
}

export interface FilterOptions {
  years: number[];
  countries: { code: string; name: string }[];
  actorTypes: ActorType[];
  sectors: string[];
  companies: { id: string; name: string }[];
}

/** What each filter control can offer for this dataset. */
export function filterOptions(index: DatasetIndex): FilterOptions {
  const { data } = index;
  const countries = engagementsByCountry(data.engagements, index).countries;
  for (const d of data.deals) {
    const c = counterpartOf(d.company, index);
    if (c?.kind === 'country' && !countries.some((x) => x.code === c.code)) {
      countries.push({ code: c.code, name: countryName(c.code), count: 0, counterparts: [] });
    }
  }
  const typeSet = new Set(data.engagements.flatMap((e) => [...counterpartActors(e, index)].map((a) => a.type)));
  if (data.deals.length) typeSet.add('company');
  const companyIds = new Set(data.deals.map((d) => d.company));
  return {
    years: [...new Set(data.sessions.map((s) => s.year))].sort(ascending),
    countries: countries.map(({ code, name }) => ({ code, name })).sort((a, b) => ascending(a.name, b.name)),
    actorTypes: (['state', 'organization', 'company', 'person'] as const).filter((t) => typeSet.has(t)),
    sectors: [...new Set(data.deals.map((d) => d.sector))].sort(ascending),
    companies: data.actors
      .filter((a) => companyIds.has(a.id))
      .map((a) => ({ id: a.id, name: a.name }))
      .sort((a, b) => ascending(a.name, b.name)),
  };
}
