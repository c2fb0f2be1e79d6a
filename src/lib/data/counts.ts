/**
 * Counting a selection: which of its records are counted (planned events only when asked for),
 * and the aggregations the views and the header show (engagements per country,
 * the summary with its sums of money). Each is a pass over the index's flat arrays along the
 * filtered positions (filtering.ts). Pure: no Svelte, no DOM, inputs never mutated.
 */
import type { Actor, Deal } from './schema';
import type { DatasetIndex } from './datasetIndex';
import type { Filtered } from './filtering';
import { sumByKind, sumValues, type KindSum, type ValueSum } from './values';

/** Whether planned events (announced as still to come) are counted; they are always listed and drawn. */
export interface CountOptions {
  includePlanned: boolean;
  /** Whether cumulative investments (money spent over past years) are shown as a kind of their own. */
  includeCumulative?: boolean;
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

/** How many counterpart countries and organizations the engagements name (engagementsByCountry's lengths, without the lists). */
function counterpartsCount(filtered: Filtered, index: DatasetIndex): { countries: number; organizations: number } {
  const country = new Uint8Array(index.countries.length);
  const org = new Uint8Array(index.data.actors.length);
  let countries = 0;
  let organizations = 0;
  const { offsets: co, values: cv } = index.eCountries;
  const { offsets: oo, values: ov } = index.eOrgs;
  for (const i of filtered.e) {
    for (let k = co[i]!; k < co[i + 1]!; k++) {
      countries += 1 - country[cv[k]!]!;
      country[cv[k]!] = 1;
    }
    for (let k = oo[i]!; k < oo[i + 1]!; k++) {
      organizations += 1 - org[ov[k]!]!;
      org[ov[k]!] = 1;
    }
  }
  return { countries, organizations };
}

export function summarize(filtered: Filtered, index: DatasetIndex, options: CountOptions): Summary {
  const c = counted(filtered, index, options);
  const { countries, organizations } = counterpartsCount(c, index);
  const isCumulative = (d: Deal) => d.basis === 'cumulative-investment';
  const withCumulative = options.includeCumulative ?? false;
  const kinds = sumByKind(withCumulative ? c.deals : c.deals.filter((d) => !isCumulative(d)));
  return {
    engagements: c.engagements.length,
    planned: countSet(index.ePlanned, filtered.e),
    countries,
    organizations,
    deals: c.deals.length,
    plannedDeals: countSet(index.dPlanned, filtered.d),
    kinds,
    cumulative: withCumulative ? null : sumValues(c.deals.filter(isCumulative).map((d) => d.value)),
    undisclosedDeals: kinds.reduce((n, k) => n + k.undisclosed, 0),
    includePlanned: options.includePlanned,
  };
}
