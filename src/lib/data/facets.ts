/**
 * What the filter controls offer: each filter's choices with how often they occur in the whole
 * dataset (`filterOptions`), and the count printed beside each choice given the other filters
 * (`facetCounts`). Passes over the index's flat arrays, sharing the filter test of filtering.ts.
 * Pure: no Svelte, no DOM, inputs never mutated.
 */
import { ACTOR_TYPES, type ActorType } from '../basics/vocabulary';
import { TYPE_BIT, type DatasetIndex } from './datasetIndex';
import { failsOf, FAILS, prepared, type Filters } from './filtering';
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

/** The first year any engagement has and how many years up to the last: a dense range to count in. */
const yearRanges = new WeakMap<DatasetIndex, [number, number]>();
function yearRange(index: DatasetIndex): [number, number] {
  let range = yearRanges.get(index);
  if (!range) {
    let lo = Infinity;
    let hi = -Infinity;
    for (const y of index.eYear) {
      if (y < lo) lo = y;
      if (y > hi) hi = y;
    }
    range = lo > hi ? [0, 0] : [lo, hi - lo + 1];
    yearRanges.set(index, range);
  }
  return range;
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
  // Per year, by its place in a dense range (a Map lookup per record was a third of the pass).
  const [y0, nYears] = yearRange(index);
  const perYear = new Uint32Array(nYears);
  const { offsets: co, values: cv } = index.eCountries;
  const { offsets: io, values: iv } = index.eInvolved;
  const { offsets: dOff, values: dv } = index.eDeals;
  const { years: FY, countries: FC, actorTypes: FT, sectors: FS, companies: FCo } = FAILS;
  // No allocation per record: the flat arrays are read in place.
  for (let i = 0; i < data.engagements.length; i++) {
    if (!options.includePlanned && index.ePlanned[i]) continue;
    const fails = failsOf(index, f, i);
    // Counts for the filters it would pass were that filter's choice the only one made.
    if (fails & (fails - 1)) continue;
    const all = fails === 0;
    if (all || fails === FY) perYear[index.eYear[i]! - y0]!++;
    if (all || fails === FC) for (let k = co[i]!; k < co[i + 1]!; k++) countries[cv[k]!]!++;
    if (all || fails === FT) for (let b = 0, bits = index.eTypes[i]!; bits >> b; b++) if ((bits >> b) & 1) types[b]!++;
    if (all || fails === FS)
      for (let k = dOff[i]!; k < dOff[i + 1]!; k++) {
        const slot = index.dSector[dv[k]!]!;
        if (sectorSeen[slot] !== i) {
          sectorSeen[slot] = i;
          sectors[slot]!++;
        }
      }
    if (all || fails === FCo) {
      for (let k = io[i]!; k < io[i + 1]!; k++) {
        const a = iv[k]!;
        if (isCompany[a] && companySeen[a] !== i) {
          companySeen[a] = i;
          companies[a]!++;
        }
      }
      for (let k = dOff[i]!; k < dOff[i + 1]!; k++) {
        const a = index.dCompany[dv[k]!]!;
        if (companySeen[a] !== i) {
          companySeen[a] = i;
          companies[a]!++;
        }
      }
    }
  }
  perYear.forEach((n, k) => n && years.set(y0 + k, n));
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
