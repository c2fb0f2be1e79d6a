/**
 * Everything the views ask of a dataset, computed once when it loads: who stands for which
 * country, which deals belong to which engagement, the year of every record, dates parsed. Filters
 * and aggregations (query.ts) are then passes over these flat arrays, never rescans of the records
 * with chains of lookups, so a filter click costs the same small pass at 24 or 100,000 records.
 *
 * The arrays are typed arrays, so the worker that validates a dataset can build them and hand
 * them to the page without copying (see worker.ts); `indexDataset` builds them in place for the
 * command-line tools and the tests. Pure: no Svelte, no DOM, the dataset is never mutated.
 */
import { ACTOR_TYPES, KIND_OF_BASIS, MONEY_KINDS, QUALIFIERS, type ActorType } from '../basics/vocabulary';
import type { Actor, Dataset, Deal, Engagement, Session, Source } from './schema';
import { original } from './text';
import { grainOfValue } from './values';

/** A list of lists in two arrays: the items of record i are `values[offsets[i]] … values[offsets[i+1]-1]`. */
export interface Csr {
  offsets: Uint32Array;
  values: Uint32Array;
}

/** The transferable part of an index: flat arrays by record position, and the dictionaries they point into. */
export interface IndexArrays {
  /** Country codes that occur as counterparts or company seats (alpha-3), sorted; a "country slot" is a position here. */
  countries: string[];
  /** Sector keys (a sector's text in the dataset's own language), in first-seen order. */
  sectors: string[];
  /** Session numbers, ascending; a "session slot" is a position here. */
  sessionNumbers: Int32Array;

  /** Per engagement: session year (0 when the session is not in the dataset, which validation forbids). */
  eYear: Int32Array;
  eSessionSlot: Int32Array;
  /** Counterpart countries (country slots), each once, in participant order. */
  eCountries: Csr;
  /** Organizations without a country that stand as counterparts (actor positions). */
  eOrgs: Csr;
  /** Every actor involved: participants and the bodies they speak for (actor positions). */
  eInvolved: Csr;
  /** Bit i set when a counterpart-side actor of type ACTOR_TYPES[i] takes part. */
  eTypes: Uint8Array;
  /** Deals that belong to the engagement: linked to it, or by a company in it that session (deal positions). */
  eDeals: Csr;
  /** Date as days since 1970-01-01 (a month-only date: its first day); NaN when none. */
  eDay: Float64Array;
  /** 0 no date, 1 month only, 2 full day. */
  eDatePrecision: Uint8Array;
  ePlanned: Uint8Array;

  dYear: Int32Array;
  dSessionSlot: Int32Array;
  /** Actor position of the company. */
  dCompany: Uint32Array;
  /** Country slot of the company's counterpart country, -1 for none or home. */
  dCountry: Int32Array;
  dSector: Uint32Array;
  /** Disclosed value in US dollars; NaN when undisclosed. */
  dUsd: Float64Array;
  /** Index into QUALIFIERS; 255 when undisclosed. */
  dQualifier: Uint8Array;
  dCumulative: Uint8Array;
  /** The deal's kind of money: its position in MONEY_KINDS. */
  dKind: Uint8Array;
  /** The precision the deal's value brings to a sum (values.ts `grainOfValue`; 0 when exact or undisclosed). */
  dGrain: Float64Array;
  dPlanned: Uint8Array;
  /** Engagement position a deal is linked to, -1 when none. */
  dEngagement: Int32Array;
}

export interface DatasetIndex extends IndexArrays {
  data: Dataset;
  /** The language plain-string texts are written in. */
  datasetLang: string;
  actors: ReadonlyMap<string, Actor>;
  actorAt: ReadonlyMap<string, number>;
  sessions: ReadonlyMap<number, Session>;
  sources: ReadonlyMap<string, Source>;
  countrySlot: ReadonlyMap<string, number>;
  sectorSlot: ReadonlyMap<string, number>;
  engagementAt: ReadonlyMap<string, number>;
}

export const TYPE_BIT: Record<ActorType, number> = Object.fromEntries(ACTOR_TYPES.map((t, i) => [t, 1 << i])) as Record<ActorType, number>;

/** The items of record `i` of a CSR list. */
export function itemsOf(csr: Csr, i: number): Uint32Array {
  return csr.values.subarray(csr.offsets[i]!, csr.offsets[i + 1]!);
}

class CsrBuilder {
  #offsets: number[] = [0];
  #values: number[] = [];
  push(items: Iterable<number>) {
    for (const v of items) this.#values.push(v);
    this.#offsets.push(this.#values.length);
  }
  /** Adds `v` to the record being built (ends with `end`). */
  add(v: number) {
    this.#values.push(v);
  }
  end() {
    this.#offsets.push(this.#values.length);
  }
  build(): Csr {
    return { offsets: Uint32Array.from(this.#offsets), values: Uint32Array.from(this.#values) };
  }
}

/**
 * "Seen in record i" marks for one kind of item (country slots, actors, deals), instead of a new
 * Set per record: `first(v, i)` is true once per record for each item.
 */
class Stamps {
  #at: Int32Array;
  constructor(size: number) {
    this.#at = new Int32Array(size).fill(-1);
  }
  first(v: number, record: number): boolean {
    if (this.#at[v] === record) return false;
    this.#at[v] = record;
    return true;
  }
}

const DAY_MS = 86_400_000;

/** "2023-09-18" → days since epoch, precision 2; "2023-09" → its first day, precision 1. */
export function parseDay(date: string | undefined): { day: number; precision: 0 | 1 | 2 } {
  const precision = datePrecision(date);
  return { day: precision ? dayNumber(date!, precision) : NaN, precision };
}

/** 0 no date, 1 "YYYY-MM", 2 "YYYY-MM-DD" (the forms validation allows). */
function datePrecision(date: string | undefined): 0 | 1 | 2 {
  return !date ? 0 : date.length > 7 ? 2 : 1;
}

/** Days since 1970-01-01 of a date of that precision (a month: its first day). */
function dayNumber(date: string, precision: 1 | 2): number {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = precision === 2 ? Number(date.slice(8, 10)) : 1;
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

/** The sector's key: its text in the dataset's own language (what `?sector=` names). */
export function sectorKey(deal: Deal, datasetLang = 'en'): string {
  return original(deal.sector, datasetLang).text;
}

/** Build the arrays of an index. Runs in the worker for the page, in place for tools and tests. */
export function buildIndexArrays(data: Dataset): IndexArrays {
  const datasetLang = data.language ?? 'en';
  const home = data.delegation.country;
  const actorAt = new Map(data.actors.map((a, i) => [a.id, i]));
  const sessionNumbers = Int32Array.from([...new Set(data.sessions.map((s) => s.number))].sort((a, b) => a - b));
  const sessionSlot = new Map([...sessionNumbers].map((n, i) => [n, i]));
  const yearOf = new Map(data.sessions.map((s) => [s.number, s.year]));

  // The chain of every actor once: itself, the body it speaks for, and so on (cycles cut).
  const chains = data.actors.map((_, start) => {
    const chain: number[] = [];
    let at: number | undefined = start;
    while (at !== undefined && !chain.includes(at)) {
      chain.push(at);
      const aff: string | undefined = data.actors[at]!.affiliation;
      at = aff === undefined ? undefined : actorAt.get(aff);
    }
    return chain;
  });
  // Whom an actor stands for: the first country on its chain (none when that is home), else the
  // first organization without a country. -2: nothing (home, or a person with no country or body).
  const standsFor = chains.map((chain) => {
    for (const at of chain) {
      const a = data.actors[at]!;
      if (a.country) return a.country === home ? { kind: 'home' as const } : { kind: 'country' as const, code: a.country };
      if (a.type === 'organization') return { kind: 'org' as const, at };
    }
    return { kind: 'none' as const };
  });
  // A participant is on the counterpart side unless the first country on its chain is home.
  const counterpartSide = chains.map((chain) => {
    const firstCountry = chain.map((at) => data.actors[at]!.country).find(Boolean);
    return firstCountry !== home;
  });

  const countrySet = new Set<string>();
  for (const s of standsFor) if (s.kind === 'country') countrySet.add(s.code);
  const countries = [...countrySet].sort();
  const countrySlot = new Map(countries.map((c, i) => [c, i]));
  // The same per actor as flat numbers, for the loop over every engagement: its country slot
  // (-1 none), its organization (-1 none), and the type bits of its chain when it is on the
  // counterpart side (0 otherwise).
  const nA = data.actors.length;
  const actorCountry = Int32Array.from(standsFor, (s) => (s.kind === 'country' ? countrySlot.get(s.code)! : -1));
  const actorOrg = Int32Array.from(standsFor, (s) => (s.kind === 'org' ? s.at : -1));
  const actorTypes = Uint8Array.from(chains, (chain, at) => (counterpartSide[at] ? chain.reduce((bits, link) => bits | TYPE_BIT[data.actors[link]!.type], 0) : 0));
  const engagementAt = new Map(data.engagements.map((e, i) => [e.id, i]));

  // Deals by linked engagement (position), and unlinked deals by session and company (one number
  // for the pair: session slot × actors + actor position).
  const linked = new Map<number, number[]>();
  const unlinked = new Map<number, number[]>();
  data.deals.forEach((d, i) => {
    if (d.engagement !== undefined) {
      const at = engagementAt.get(d.engagement);
      if (at !== undefined) push(linked, at, i);
    } else {
      const slot = sessionSlot.get(d.session);
      const at = actorAt.get(d.company);
      if (slot !== undefined && at !== undefined) push(unlinked, slot * nA + at, i);
    }
  });

  const nE = data.engagements.length;
  const eYear = new Int32Array(nE);
  const eSessionSlot = new Int32Array(nE);
  const eDay = new Float64Array(nE);
  const eDatePrecision = new Uint8Array(nE);
  const ePlanned = new Uint8Array(nE);
  const eTypes = new Uint8Array(nE);
  const eCountries = new CsrBuilder();
  const eOrgs = new CsrBuilder();
  const eInvolved = new CsrBuilder();
  const eDeals = new CsrBuilder();
  // Each list holds an item once, in first-seen order (deals: ascending).
  const countrySeen = new Stamps(countries.length);
  const orgSeen = new Stamps(nA);
  const involvedSeen = new Stamps(nA);
  const dealSeen = new Stamps(data.deals.length);
  const involved: number[] = [];
  const deals: number[] = [];

  for (let i = 0; i < nE; i++) {
    const e = data.engagements[i]!;
    eYear[i] = yearOf.get(e.session) ?? 0;
    const slot = sessionSlot.get(e.session) ?? -1;
    eSessionSlot[i] = slot;
    const precision = datePrecision(e.date);
    eDay[i] = precision ? dayNumber(e.date!, precision) : NaN;
    eDatePrecision[i] = precision;
    ePlanned[i] = e.status === 'planned' ? 1 : 0;
    involved.length = 0;
    let types = 0;
    for (const p of e.participants) {
      const at = actorAt.get(p.actor);
      if (at === undefined) continue;
      const c = actorCountry[at]!;
      const org = actorOrg[at]!;
      if (c >= 0 && countrySeen.first(c, i)) eCountries.add(c);
      else if (org >= 0 && orgSeen.first(org, i)) eOrgs.add(org);
      for (const link of chains[at]!) if (involvedSeen.first(link, i)) involved.push(link);
      types |= actorTypes[at]!;
    }
    eTypes[i] = types;
    eCountries.end();
    eOrgs.end();
    eInvolved.push(involved);
    deals.length = 0;
    for (const d of linked.get(i) ?? []) if (dealSeen.first(d, i)) deals.push(d);
    if (slot >= 0) for (const at of involved) for (const d of unlinked.get(slot * nA + at) ?? []) if (dealSeen.first(d, i)) deals.push(d);
    if (deals.length > 1) deals.sort((a, b) => a - b);
    eDeals.push(deals);
  }

  const nD = data.deals.length;
  const dYear = new Int32Array(nD);
  const dSessionSlot = new Int32Array(nD);
  const dCompany = new Uint32Array(nD);
  const dCountry = new Int32Array(nD);
  const dSector = new Uint32Array(nD);
  const dUsd = new Float64Array(nD);
  const dQualifier = new Uint8Array(nD);
  const dCumulative = new Uint8Array(nD);
  const dKind = new Uint8Array(nD);
  const dGrain = new Float64Array(nD);
  const dPlanned = new Uint8Array(nD);
  const dEngagement = new Int32Array(nD);
  const sectors: string[] = [];
  const sectorSlot = new Map<string, number>();
  data.deals.forEach((d, i) => {
    dYear[i] = yearOf.get(d.session) ?? 0;
    dSessionSlot[i] = sessionSlot.get(d.session) ?? -1;
    const at = actorAt.get(d.company) ?? 0;
    dCompany[i] = at;
    const s = standsFor[at];
    dCountry[i] = s?.kind === 'country' ? countrySlot.get(s.code)! : -1;
    const key = sectorKey(d, datasetLang);
    let slot = sectorSlot.get(key);
    if (slot === undefined) {
      slot = sectors.length;
      sectors.push(key);
      sectorSlot.set(key, slot);
    }
    dSector[i] = slot;
    dUsd[i] = d.value ? d.value.usd : NaN;
    dQualifier[i] = d.value ? QUALIFIERS.indexOf(d.value.qualifier) : 255;
    dCumulative[i] = d.basis === 'cumulative-investment' ? 1 : 0;
    dKind[i] = MONEY_KINDS.indexOf(KIND_OF_BASIS[d.basis]);
    dGrain[i] = d.value ? grainOfValue(d.value.usd, d.value.qualifier) : 0;
    dPlanned[i] = d.status === 'planned' ? 1 : 0;
    dEngagement[i] = d.engagement === undefined ? -1 : (engagementAt.get(d.engagement) ?? -1);
  });

  return {
    countries,
    sectors,
    sessionNumbers,
    eYear,
    eSessionSlot,
    eCountries: eCountries.build(),
    eOrgs: eOrgs.build(),
    eInvolved: eInvolved.build(),
    eTypes,
    eDeals: eDeals.build(),
    eDay,
    eDatePrecision,
    ePlanned,
    dYear,
    dSessionSlot,
    dCompany,
    dCountry,
    dSector,
    dUsd,
    dQualifier,
    dCumulative,
    dKind,
    dGrain,
    dPlanned,
    dEngagement,
  };
}

function push<K>(map: Map<K, number[]>, key: K, value: number) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The buffers of an index, for `postMessage(…, transfer)`: handed over, not copied. */
export function transferablesOf(arrays: IndexArrays): ArrayBuffer[] {
  const out = new Set<ArrayBuffer>();
  for (const v of Object.values(arrays)) {
    if (ArrayBuffer.isView(v)) out.add(v.buffer as ArrayBuffer);
    else if (v && typeof v === 'object' && 'offsets' in v) {
      out.add((v as Csr).offsets.buffer as ArrayBuffer);
      out.add((v as Csr).values.buffer as ArrayBuffer);
    }
  }
  return [...out];
}

/**
 * The index of a dataset from its arrays (built here or received from the worker).
 * `engagementAt` may come built already: the page fills it as the records arrive, so the
 * largest of these maps is not built in the one task that receives the index.
 */
export function assembleIndex(data: Dataset, arrays: IndexArrays, engagementAt?: ReadonlyMap<string, number>): DatasetIndex {
  return {
    ...arrays,
    data,
    datasetLang: data.language ?? 'en',
    actors: new Map(data.actors.map((a) => [a.id, a])),
    actorAt: new Map(data.actors.map((a, i) => [a.id, i])),
    sessions: new Map(data.sessions.map((s) => [s.number, s])),
    sources: new Map(data.sources.map((s) => [s.id, s])),
    countrySlot: new Map(arrays.countries.map((c, i) => [c, i])),
    sectorSlot: new Map(arrays.sectors.map((s, i) => [s, i])),
    engagementAt: engagementAt ?? new Map(data.engagements.map((e, i) => [e.id, i])),
  };
}

/** Build the whole index at once (command-line tools, tests, the studio's preview). */
export function indexDataset(data: Dataset): DatasetIndex {
  return assembleIndex(data, buildIndexArrays(data));
}

/** Position of a record in its collection, by identity (the records a Filtered holds are the dataset's own). */
export function positionOf(index: DatasetIndex, record: Engagement): number {
  return index.engagementAt.get(record.id) ?? -1;
}
