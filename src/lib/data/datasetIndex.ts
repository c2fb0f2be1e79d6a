/**
 * Everything the views ask of a dataset, computed once when it loads: who stands for which
 * country, which deals belong to which engagement, the year of every record, dates parsed. Filters
 * and aggregations (query.ts) are then passes over these flat arrays, never rescans of the records
 * with chains of lookups, so a filter click costs the same small pass at 24 or 100,000 records.
 *
 * This file is the index's shape and how it is put together; buildIndex.ts builds the arrays. They
 * are typed arrays, so the worker that validates a dataset can build them and hand them to the
 * page without copying (see worker.ts); `indexDataset` (buildIndex.ts) builds them in place for
 * the command-line tools and the tests. Pure: no Svelte, no DOM, the dataset is never mutated.
 */
import { ACTOR_TYPES, type ActorType } from '../basics/vocabulary';
import type { Actor, Dataset, Session, Source } from './schema';

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
 * The index of a dataset from its arrays (built by buildIndex.ts, in place or in the worker).
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
