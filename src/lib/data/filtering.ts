/**
 * Filtering: what the person has chosen to look at (`Filters`), and the pass over the index's flat
 * arrays that keeps the engagements and deals passing it. A filter change costs the same few
 * milliseconds whatever the views are. The prepared filters and the per-engagement test
 * (`prepared`, `failsOf`) are shared with the facet counts (facets.ts), which count what each
 * choice would show. Pure: no Svelte, no DOM, inputs never mutated.
 */
import type { ActorType } from '../basics/vocabulary';
import type { Deal, Engagement } from './schema';
import { itemsOf, TYPE_BIT, type Csr, type DatasetIndex } from './datasetIndex';

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
export const FAILS: Record<FilterKey, number> = { years: 1, countries: 2, actorTypes: 4, sectors: 8, companies: 16 };

/** The filters made ready for a pass over the records: sets and masks by index slot. */
export function prepared(index: DatasetIndex, filters: Filters) {
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
export function failsOf(index: DatasetIndex, f: ReturnType<typeof prepared>, i: number): number {
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
