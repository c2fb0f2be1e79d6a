/**
 * Building a dataset's index (datasetIndex.ts): one pass over the actors, one over the
 * engagements and one over the deals fill the flat arrays that every filter and aggregation then
 * runs over. Runs in the worker for the page (loadJob.ts), in place for the command-line tools,
 * the tests and the studio's preview (`indexDataset`). Pure: no Svelte, no DOM, the dataset is
 * never mutated.
 */
import { KIND_OF_BASIS, MONEY_KINDS, QUALIFIERS } from '../basics/vocabulary';
import type { Dataset, Deal } from './schema';
import { original } from './text';
import { grainOfValue } from './values';
import { assembleIndex, TYPE_BIT, type Csr, type DatasetIndex, type IndexArrays } from './datasetIndex';

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


/** Build the whole index at once (command-line tools, tests, the studio's preview). */
export function indexDataset(data: Dataset): DatasetIndex {
  return assembleIndex(data, buildIndexArrays(data));
}
