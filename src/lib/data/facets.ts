/**
 * What the filter controls offer: each filter's choices with how often they occur in the whole
 * dataset (`filterOptions`), and the count printed beside each choice given the other filters
 * (`facetCounts`). Passes over the index's flat arrays, sharing the filter test of filtering.ts.
 * Pure: no Svelte, no DOM, inputs never mutated.
 */
import { ACTOR_TYPES, type ActorType } from '../basics/vocabulary';
import { itemsOf, TYPE_BIT, type DatasetIndex } from './datasetIndex';
import { failsOf, FAILS, prepared, type FilterKey, type Filters } from './filtering';
import type { CountOptions } from './counts';

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
