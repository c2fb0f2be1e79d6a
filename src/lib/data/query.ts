/**
 * Filters and aggregations over an indexed dataset (datasetIndex.ts). Every function is a pass
 * over the index's flat arrays, so a filter change costs the same few milliseconds whatever the
 * views are. Pure: no Svelte, no DOM, inputs never mutated; the views, the exports, the tests and
 * the command-line tools share one answer. Words (names in a language, numbers) are not made here:
 * see the i18n layer.
 */
import { ACTOR_TYPES, type ActorType } from '../basics/vocabulary';
import type { Actor, Deal, Engagement, Session, Source } from './schema';
import { itemsOf, TYPE_BIT, type Csr, type DatasetIndex } from './datasetIndex';
import { textOf } from './text';
import { sumByKind, sumValues, type KindSum, type ValueSum } from './values';

export { indexDataset, type DatasetIndex } from './datasetIndex';

/** What the person has chosen to look at. An empty list means "no restriction". */
export interface Filters {
  /** Session years, e.g. 2023. */
  years: readonly number[];
  /** Counterpart countries, ISO alpha-3. */
  countries: readonly string[];
  /** Counterpart types: a person counts as the type of the body they speak for, too. */
  actorTypes: readonly ActorType[];
  /** Sector keys: a sector's text in the dataset's own language. */
  sectors: readonly string[];
  /** Company actor ids. */
  companies: readonly string[];
}

export type FilterKey = keyof Filters;
export const FILTER_KEYS: readonly FilterKey[] = ['years', 'countries', 'actorTypes', 'sectors', 'companies'];

export const NO_FILTERS: Filters = { years: [], countries: [], actorTypes: [], sectors: [], companies: [] };

/** True when any filter restricts the data. */
export function hasFilters(filters: Filters): boolean {
  return FILTER_KEYS.some((k) => filters[k].length > 0);
}

/** The records that pass the filters, in dataset order, with their positions in the dataset. */
export interface Filtered {
  engagements: readonly Engagement[];
  deals: readonly Deal[];
  /** Positions in `index.data.engagements`, parallel to `engagements`. */
  e: Uint32Array;
  /** Positions in `index.data.deals`, parallel to `deals`. */
  d: Uint32Array;
}

/** Whether planned events (announced as still to come) are counted; they are always listed and drawn. */
export interface CountOptions {
  includePlanned: boolean;
  /** Whether cumulative investments (money spent over past years) are shown as a kind of their own. */
  includeCumulative?: boolean;
}

const maskOf = (size: number, slots: Iterable<number | undefined>): Uint8Array | null => {
  const mask = new Uint8Array(size);
  let any = false;
  for (const s of slots) {
    if (s === undefined) continue;
    mask[s] = 1;
    any = true;
  }
  return any ? mask : new Uint8Array(0); // an empty mask: a filter on values the dataset lacks matches nothing
};

/** Whether any item of record i is set in the mask (read in place: no view of the array per record). */
const anyIn = ({ offsets, values }: Csr, i: number, mask: Uint8Array) => {
  for (let k = offsets[i]!, end = offsets[i + 1]!; k < end; k++) if (mask[values[k]!]) return true;
  return false;
};

/** Bits of the filters an engagement fails, in FILTER_KEYS order (years 1, countries 2, …). */
const FAILS: Record<FilterKey, number> = { years: 1, countries: 2, actorTypes: 4, sectors: 8, companies: 16 };

/** The filters made ready for a pass over the records: sets and masks by index slot. */
function prepared(index: DatasetIndex, filters: Filters) {
  const { data } = index;
  return {
    years: filters.years.length ? new Set(filters.years) : null,
    countries: filters.countries.length ? maskOf(index.countries.length, filters.countries.map((c) => index.countrySlot.get(c))) : null,
    types: filters.actorTypes.length ? filters.actorTypes.reduce((m, t) => m | TYPE_BIT[t], 0) : 0,
    companies: filters.companies.length ? maskOf(data.actors.length, filters.companies.map((c) => index.actorAt.get(c))) : null,
    sectors: filters.sectors.length ? maskOf(index.sectors.length, filters.sectors.map((s) => index.sectorSlot.get(s))) : null,
  };
}

/**
 * Which filters engagement i fails (FAILS bits; 0: it passes them all). A company filter keeps
 * an engagement the company took part in or one of whose deals is the company's; a sector filter
 * one with a deal in the sector.
 */
function failsOf(index: DatasetIndex, f: ReturnType<typeof prepared>, i: number): number {
  let fails = 0;
  if (f.years && !f.years.has(index.eYear[i]!)) fails |= FAILS.years;
  if (f.countries && !anyIn(index.eCountries, i, f.countries)) fails |= FAILS.countries;
  if (f.types && !(index.eTypes[i]! & f.types)) fails |= FAILS.actorTypes;
  if (f.companies && !anyIn(index.eInvolved, i, f.companies)) {
    const deals = itemsOf(index.eDeals, i);
    let hit = false;
    for (let k = 0; k < deals.length && !hit; k++) hit = f.companies[index.dCompany[deals[k]!]!] === 1;
    if (!hit) fails |= FAILS.companies;
  }
  if (f.sectors) {
    const deals = itemsOf(index.eDeals, i);
    let hit = false;
    for (let k = 0; k < deals.length && !hit; k++) hit = f.sectors[index.dSector[deals[k]!]!] === 1;
    if (!hit) fails |= FAILS.sectors;
  }
  return fails;
}

/** The engagements and deals that pass every active filter, in dataset order. */
export function filterDataset(index: DatasetIndex, filters: Filters): Filtered {
  const { data } = index;
  const f = prepared(index, filters);
  const { years, countries, types, companies, sectors } = f;
  const any = years || countries || types || companies || sectors;

  const nE = data.engagements.length;
  const e = new Uint32Array(nE);
  let ne = 0;
  for (let i = 0; i < nE; i++) {
    if (any && failsOf(index, f, i)) continue;
    e[ne++] = i;
  }

  const nD = data.deals.length;
  const d = new Uint32Array(nD);
  let nd = 0;
  const companyType = TYPE_BIT.company;
  for (let i = 0; i < nD; i++) {
    if (years && !years.has(index.dYear[i]!)) continue;
    if (sectors && !sectors[index.dSector[i]!]) continue;
    if (companies && !companies[index.dCompany[i]!]) continue;
    if (countries && !(index.dCountry[i]! >= 0 && countries[index.dCountry[i]!])) continue;
    if (types && !(types & companyType)) continue;
    d[nd++] = i;
  }
  const ePos = e.slice(0, ne);
  const dPos = d.slice(0, nd);
  return {
    engagements: Array.from(ePos, (i) => data.engagements[i]!),
    deals: Array.from(dPos, (i) => data.deals[i]!),
    e: ePos,
    d: dPos,
  };
}

/**
 * Every filter but one: what a view that offers that filter shows as its choices (the timeline
 * dims the sessions a year filter leaves out instead of hiding them; the map keeps every
 * country clickable).
 */
export function filterExcept(index: DatasetIndex, filters: Filters, except: FilterKey): Filtered {
  return filterDataset(index, { ...filters, [except]: [] });
}

/** The counted part of a selection: planned events only when asked for. */
export function counted(filtered: Filtered, index: DatasetIndex, options: CountOptions): Filtered {
  if (options.includePlanned) return filtered;
  if (!countSet(index.ePlanned, filtered.e) && !countSet(index.dPlanned, filtered.d)) return filtered;
  const keepE = Array.from(filtered.e).filter((i) => !index.ePlanned[i]);
  const keepD = Array.from(filtered.d).filter((i) => !index.dPlanned[i]);
  if (keepE.length === filtered.e.length && keepD.length === filtered.d.length) return filtered;
  return {
    engagements: keepE.map((i) => index.data.engagements[i]!),
    deals: keepD.map((i) => index.data.deals[i]!),
    e: Uint32Array.from(keepE),
    d: Uint32Array.from(keepD),
  };
}

export type Counterpart = { kind: 'country'; code: string } | { kind: 'organization'; actor: Actor };

/** The actor itself, then what it speaks for, and so on (cycles cut). */
export function affiliationChain(actorId: string, index: DatasetIndex): Actor[] {
  const chain: Actor[] = [];
  let actor = index.actors.get(actorId);
  while (actor && !chain.includes(actor)) {
    chain.push(actor);
    actor = actor.affiliation ? index.actors.get(actor.affiliation) : undefined;
  }
  return chain;
}

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

/** An actor's name in `lang` (the original where the dataset has no translation). */
export function actorName(actor: Actor, index: DatasetIndex, lang = index.datasetLang): string {
  return textOf(actor.name, lang, index.datasetLang);
}

/** "Rafael Santana (Wabtec)": a person with the body they speak for; anything else by its name. */
export function actorLabel(actorId: string, index: DatasetIndex, lang = index.datasetLang): string {
  const actor = index.actors.get(actorId);
  if (!actor) return actorId;
  const body = actor.type === 'person' && actor.affiliation ? index.actors.get(actor.affiliation) : undefined;
  return body ? `${actorName(actor, index, lang)} (${actorName(body, index, lang)})` : actorName(actor, index, lang);
}

/** Counterpart countries of an engagement, each once, in participant order. */
export function engagementCountries(e: Engagement, index: DatasetIndex): string[] {
  const at = index.engagementAt.get(e.id);
  return at === undefined ? [] : Array.from(itemsOf(index.eCountries, at), (slot) => index.countries[slot]!);
}

/** Organizations without a country that took part in an engagement, each once. */
export function engagementOrganizations(e: Engagement, index: DatasetIndex): Actor[] {
  const at = index.engagementAt.get(e.id);
  return at === undefined ? [] : Array.from(itemsOf(index.eOrgs, at), (a) => index.data.actors[a]!);
}

/** Deals that belong to an engagement: linked to it, or by a company that took part in it that session. */
export function dealsOfEngagement(e: Engagement, index: DatasetIndex): Deal[] {
  const at = index.engagementAt.get(e.id);
  return at === undefined ? [] : Array.from(itemsOf(index.eDeals, at), (d) => index.data.deals[d]!);
}

/** The sources the records cite, each once, in the dataset's order of sources. */
export function citedSources(index: DatasetIndex, records: Iterable<{ citations: readonly { source: string }[] }>): Source[] {
  const cited = new Set<string>();
  for (const r of records) for (const c of r.citations) cited.add(c.source);
  return index.data.sources.filter((s) => cited.has(s.id));
}

/** The publishers of those sources, each once ("Sources: Kazinform, Orda.kz"). */
export function publishersOf(index: DatasetIndex, records: Iterable<{ citations: readonly { source: string }[] }>): string[] {
  return [...new Set(citedSources(index, records).map((s) => s.publisher))];
}

export interface CountryCount {
  code: string;
  count: number;
}

export interface OrganizationCount {
  actor: Actor;
  count: number;
}

/** Engagements per counterpart country, most first (then by code); organizations without a country apart. */
export function engagementsByCountry(
  filtered: Filtered,
  index: DatasetIndex,
): { countries: CountryCount[]; organizations: OrganizationCount[] } {
  const perCountry = new Uint32Array(index.countries.length);
  const perOrg = new Map<number, number>();
  const { offsets: co, values: cv } = index.eCountries;
  const { offsets: oo, values: ov } = index.eOrgs;
  for (const i of filtered.e) {
    for (let k = co[i]!; k < co[i + 1]!; k++) perCountry[cv[k]!]! += 1;
    for (let k = oo[i]!; k < oo[i + 1]!; k++) perOrg.set(ov[k]!, (perOrg.get(ov[k]!) ?? 0) + 1);
  }
  const countries: CountryCount[] = [];
  perCountry.forEach((count, slot) => {
    if (count) countries.push({ code: index.countries[slot]!, count });
  });
  countries.sort((a, b) => b.count - a.count || (a.code < b.code ? -1 : 1));
  const organizations = [...perOrg].map(([a, count]) => ({ actor: index.data.actors[a]!, count }));
  organizations.sort((a, b) => b.count - a.count || (a.actor.id < b.actor.id ? -1 : 1));
  return { countries, organizations };
}

/** Engagement counts per country over the whole dataset (what the map's colour classes are made from). */
export function countryTotals(index: DatasetIndex, options: CountOptions): Map<string, number> {
  const perSlot = new Uint32Array(index.countries.length);
  // Slots in the order they are first met, so the map lists countries as the records do.
  const order: number[] = [];
  const { offsets, values } = index.eCountries;
  for (let i = 0; i < index.data.engagements.length; i++) {
    if (!options.includePlanned && index.ePlanned[i]) continue;
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) if (perSlot[values[k]!]!++ === 0) order.push(values[k]!);
  }
  return new Map(order.map((slot) => [index.countries[slot]!, perSlot[slot]!]));
}


export interface SessionCount {
  session: Session;
  /** Engagements in the selection, planned ones included. */
  count: number;
  planned: number;
  /** Per engagement type, planned ones included. */
  byType: Map<Engagement['type'], number>;
  deals: number;
}

/** Engagements per session, every session of the dataset in number order. */
export function engagementsBySession(filtered: Filtered, index: DatasetIndex): SessionCount[] {
  const sessions = [...index.sessionNumbers].map((n) => index.sessions.get(n)!);
  const out: SessionCount[] = sessions.map((session) => ({ session, count: 0, planned: 0, byType: new Map(), deals: 0 }));
  for (const i of filtered.e) {
    const slot = index.eSessionSlot[i]!;
    const s = out[slot];
    if (!s) continue;
    s.count += 1;
    if (index.ePlanned[i]) s.planned += 1;
    const type = index.data.engagements[i]!.type;
    s.byType.set(type, (s.byType.get(type) ?? 0) + 1);
  }
  for (const i of filtered.d) {
    const s = out[index.dSessionSlot[i]!];
    if (s) s.deals += 1;
  }
  return out;
}

export interface Summary {
  /** Engagements counted (planned ones only with includePlanned). */
  engagements: number;
  /** Planned engagements in the selection, counted or not. */
  planned: number;
  countries: number;
  organizations: number;
  deals: number;
  plannedDeals: number;
  /**
   * The money of each kind among the counted deals (values.ts `sumByKind`), never one figure
   * across kinds; cumulative investments are a kind here only with includeCumulative.
   */
  kinds: KindSum[];
  /** Cumulative investments left out (without includeCumulative): their sum, for the note. */
  cumulative: ValueSum | null;
  /** Undisclosed deals among `kinds`, as the deal chart counts them. */
  undisclosedDeals: number;
  /** Whether planned events are in the counts above. */
  includePlanned: boolean;
}

/** How many of the positions have their flag set. */
function countSet(flags: Uint8Array, positions: Uint32Array): number {
  let n = 0;
  for (let k = 0; k < positions.length; k++) n += flags[positions[k]!]! ? 1 : 0;
  return n;
}

export function summarize(filtered: Filtered, index: DatasetIndex, options: CountOptions): Summary {
  const c = counted(filtered, index, options);
  const { countries, organizations } = engagementsByCountry(c, index);
  const isCumulative = (d: Deal) => d.basis === 'cumulative-investment';
  const withCumulative = options.includeCumulative ?? false;
  const kinds = sumByKind(withCumulative ? c.deals : c.deals.filter((d) => !isCumulative(d)));
  return {
    engagements: c.engagements.length,
    planned: countSet(index.ePlanned, filtered.e),
    countries: countries.length,
    organizations: organizations.length,
    deals: c.deals.length,
    plannedDeals: countSet(index.dPlanned, filtered.d),
    kinds,
    cumulative: withCumulative ? null : sumValues(c.deals.filter(isCumulative).map((d) => d.value)),
    undisclosedDeals: kinds.reduce((n, k) => n + k.undisclosed, 0),
    includePlanned: options.includePlanned,
  };
}

/**
 * The one count printed beside a filter choice: how many engagements choosing it shows, given
 * the other filters, counted by the header's rule (planned events only with includePlanned). It
 * is what the header says once that choice is made alone in its filter (faceted search: a
 * filter's own choices do not narrow each other's counts). One pass over the engagements: one
 * that fails no filter counts for every filter, one that fails exactly one counts for that one.
 */
export interface FacetCounts {
  years: Map<number, number>;
  countries: Map<string, number>;
  actorTypes: Map<ActorType, number>;
  sectors: Map<string, number>;
  companies: Map<string, number>;
}

export function facetCounts(index: DatasetIndex, filters: Filters, options: CountOptions): FacetCounts {
  const { data } = index;
  const f = prepared(index, filters);
  const years = new Map<number, number>();
  const countries = new Uint32Array(index.countries.length);
  const types = new Uint32Array(8);
  const sectors = new Uint32Array(index.sectors.length);
  const companies = new Uint32Array(data.actors.length);
  // Per engagement, the sectors and companies already counted (a stamp, so nothing is cleared).
  const sectorSeen = new Int32Array(index.sectors.length).fill(-1);
  const companySeen = new Int32Array(data.actors.length).fill(-1);
  // The companies a choice can name: every company, and any other actor a link put in the filter
  // (the filter keeps what it took part in, so its count must say so too).
  const inFilter = new Set(filters.companies);
  const isCompany = new Uint8Array(data.actors.length);
  data.actors.forEach((a, k) => (isCompany[k] = a.type === 'company' || inFilter.has(a.id) ? 1 : 0));
  for (let i = 0; i < data.engagements.length; i++) {
    if (!options.includePlanned && index.ePlanned[i]) continue;
    const fails = failsOf(index, f, i);
    // Counts for the filters it would pass were that filter's choice the only one made.
    if (fails & (fails - 1)) continue;
    const counts = (key: FilterKey) => fails === 0 || fails === FAILS[key];
    if (counts('years')) years.set(index.eYear[i]!, (years.get(index.eYear[i]!) ?? 0) + 1);
    if (counts('countries')) for (const slot of itemsOf(index.eCountries, i)) countries[slot]!++;
    if (counts('actorTypes')) for (let b = 0, bits = index.eTypes[i]!; bits >> b; b++) if ((bits >> b) & 1) types[b]!++;
    const deals = itemsOf(index.eDeals, i);
    if (counts('sectors')) {
      for (const dl of deals) {
        const slot = index.dSector[dl]!;
        if (sectorSeen[slot] !== i) {
          sectorSeen[slot] = i;
          sectors[slot]!++;
        }
      }
    }
    if (counts('companies')) {
      const once = (a: number) => {
        if (companySeen[a] !== i) {
          companySeen[a] = i;
          companies[a]!++;
        }
      };
      for (const a of itemsOf(index.eInvolved, i)) if (isCompany[a]) once(a);
      for (const dl of deals) once(index.dCompany[dl]!);
    }
  }
  const byType = new Map<ActorType, number>();
  for (const t of ACTOR_TYPES) byType.set(t, types[Math.log2(TYPE_BIT[t])]!);
  const bySlot = <K>(keys: readonly K[], n: Uint32Array) => new Map(keys.map((k, slot) => [k, n[slot]!]));
  return {
    years,
    countries: bySlot(index.countries, countries),
    actorTypes: byType,
    sectors: bySlot(index.sectors, sectors),
    companies: new Map(data.actors.flatMap((a, k) => (isCompany[k] ? [[a.id, companies[k]!] as [string, number]] : []))),
  };
}

export interface Option<T> {
  value: T;
  /** Records in the whole dataset that mention it (engagements, or deals for sectors and companies). */
  count: number;
}

export interface FilterOptions {
  years: (Option<number> & { session: number })[];
  countries: Option<string>[];
  actorTypes: Option<ActorType>[];
  sectors: Option<string>[];
  companies: Option<string>[];
}

const byCount = <T>(a: Option<T>, b: Option<T>) => b.count - a.count || (String(a.value) < String(b.value) ? -1 : 1);

/**
 * What each filter control can offer, with how often each option occurs in the whole dataset
 * (the order of a long list: most frequent first). Years come in calendar order.
 */
export function filterOptions(index: DatasetIndex): FilterOptions {
  const { data } = index;
  const yearCount = new Map<number, number>();
  data.sessions.forEach((s) => yearCount.set(s.year, 0));
  index.eYear.forEach((y) => yearCount.set(y, (yearCount.get(y) ?? 0) + 1));
  const sessionOfYear = new Map(data.sessions.map((s) => [s.year, s.number]));

  const countryCount = new Uint32Array(index.countries.length);
  for (const slot of index.eCountries.values) countryCount[slot]! += 1;
  // A company's country can be filtered even when nobody from it was met.
  const offered = new Uint8Array(index.countries.length);
  countryCount.forEach((n, slot) => (offered[slot] = n ? 1 : 0));
  index.dCountry.forEach((slot) => slot >= 0 && (offered[slot] = 1));

  const bitCount = new Uint32Array(8);
  for (const bits of index.eTypes) for (let b = 0; bits >> b; b++) bitCount[b]! += (bits >> b) & 1;
  const typeCount = new Map<ActorType, number>();
  for (const t of ACTOR_TYPES) {
    const n = bitCount[Math.log2(TYPE_BIT[t])]!;
    if (n) typeCount.set(t, n);
  }
  if (data.deals.length) typeCount.set('company', (typeCount.get('company') ?? 0) + data.deals.length);

  const sectorCount = new Uint32Array(index.sectors.length);
  index.dSector.forEach((slot) => (sectorCount[slot]! += 1));
  const companyCount = new Map<string, number>();
  index.dCompany.forEach((a) => {
    const id = data.actors[a]!.id;
    companyCount.set(id, (companyCount.get(id) ?? 0) + 1);
  });

  return {
    years: [...yearCount].filter(([y]) => sessionOfYear.has(y)).sort((a, b) => a[0] - b[0]).map(([value, count]) => ({ value, count, session: sessionOfYear.get(value)! })),
    countries: index.countries.flatMap((code, slot) => (offered[slot] ? [{ value: code, count: countryCount[slot]! }] : [])).sort(byCount),
    actorTypes: (['state', 'organization', 'company', 'person'] as const).filter((t) => typeCount.has(t)).map((value) => ({ value, count: typeCount.get(value)! })),
    sectors: index.sectors.map((value, slot) => ({ value, count: sectorCount[slot]! })).sort(byCount),
    companies: [...companyCount].map(([value, count]) => ({ value, count })).sort(byCount),
  };
}
