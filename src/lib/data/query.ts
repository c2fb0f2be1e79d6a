/**
 * The questions the views, the exports, the tests and the command-line tools ask of an indexed
 * dataset (datasetIndex.ts), in one place to import from, so they share one answer. Each answer
 * is a pass over the index's flat arrays, so a filter change costs the same few milliseconds
 * whatever the views are. Words (names in a language, numbers) are not made here: see the i18n
 * layer. Where each question lives:
 * - filtering.ts: the filters and the records that pass them;
 * - counts.ts: what is counted, and the aggregations (per country, per session, the summary);
 * - facets.ts: what each filter offers, and the count beside each choice;
 * - recordLookups.ts: one record's counterparts, names and countries;
 * - here: the sources the records cite.
 * Pure: no Svelte, no DOM, inputs never mutated.
 */
import type { Source } from './schema';
import type { DatasetIndex } from './datasetIndex';

export { type DatasetIndex } from './datasetIndex';
export { indexDataset } from './buildIndex';
export {
  FILTER_KEYS,
  NO_FILTERS,
  filterDataset,
  filterExcept,
  hasFilters,
  type FilterKey,
  type Filtered,
  type Filters,
} from './filtering';
export {
  counted,
  countryTotals,
  engagementsByCountry,
  summarize,
  type CountOptions,
  type CountryCount,
  type OrganizationCount,
  type Summary,
} from './counts';
export { facetCounts, filterOptions, type FacetCounts, type FilterOptions, type Option } from './facets';
export {
  actorLabel,
  actorName,
  affiliationChain,
  counterpartOf,
  engagementCountries,
  engagementOrganizations,
  type Counterpart,
} from './recordLookups';

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
