/**
 * The one statement of what a published view shows: made from the filter state and the view
 * options (never from the records, which can mislead: an Iran-only chart whose deals happen to be
 * from 2023 is not "2023"). Written under the title of every export, embed and printed page and
 * in every CLI output, and shortened into file names. Pure.
 */
import type { DatasetIndex, Filters } from '../data/query';
import { actorName } from '../data/query';
import type { I18n } from '../i18n/i18n';
import { VIEW_CATALOG, type ViewId } from '../catalog/viewCatalog';
import { DEFAULT_OPTIONS, type ViewOptions } from './options';

/** Past this many names a list says "and N more": a subtitle is one or two lines. */
const NAMED = 3;

/** Which options a view draws with (only those are stated on its files). An option the catalog misspells fails to compile here. */
function optionsOf(view: ViewId): readonly (keyof ViewOptions)[] {
  return VIEW_CATALOG.find((v) => v.id === view)!.options;
}

export interface ContextInput {
  filters: Filters;
  options: ViewOptions;
  index: DatasetIndex;
  i18n: I18n;
  /** The view being published; without it, the options of every view are stated. */
  view?: ViewId;
}

function named(items: readonly string[], i18n: I18n): string {
  if (items.length <= NAMED) return i18n.list(items);
  return i18n.t('context.andMore', { list: items.slice(0, NAMED).join(', '), count: i18n.count(items.length - NAMED) });
}

/** The parts of the statement, in order: years, countries, types, sectors, companies (then "all sessions" when no year is chosen), options. */
export function contextParts({ filters, options, index, i18n, view }: ContextInput): string[] {
  const parts: string[] = [];
  const years = [...filters.years].sort((a, b) => a - b).map(String);
  // Chosen years lead ("2025 · United States"); "all sessions" follows what was chosen ("Iran · all sessions").
  if (years.length) parts.push(i18n.list(years));
  if (filters.countries.length) {
    parts.push(named([...filters.countries].map((c) => i18n.country(c)).sort(i18n.compare), i18n));
  }
  if (filters.actorTypes.length) parts.push(i18n.list(filters.actorTypes.map((t) => i18n.t(`actorType.${t}`))));
  if (filters.sectors.length) {
    // The first deal of that sector gives its words in the reader's language (one pass over dSector).
    const label = (key: string) => {
      const slot = index.sectorSlot.get(key);
      const at = slot === undefined ? -1 : index.dSector.indexOf(slot);
      return at >= 0 ? i18n.text(index.data.deals[at]!.sector, index.datasetLang).text : key;
    };
    parts.push(named(filters.sectors.map(label), i18n));
  }
  if (filters.companies.length) {
    parts.push(
      named(
        filters.companies.map((id) => {
          const a = index.actors.get(id);
          return a ? actorName(a, index, i18n.lang) : id;
        }),
        i18n,
      ),
    );
  }
  if (!years.length) parts.push(i18n.t('context.allSessions'));
  const shown = view ? optionsOf(view) : (Object.keys(DEFAULT_OPTIONS) as (keyof ViewOptions)[]);
  const differs = (k: keyof ViewOptions) =>
    shown.includes(k) && JSON.stringify(options[k]) !== JSON.stringify(DEFAULT_OPTIONS[k]);
  if (differs('colourBy')) parts.push(i18n.t('context.colourBySession'));
  if (differs('cumulative')) parts.push(i18n.t('context.cumulativeIncluded'));
  if (differs('showAll')) parts.push(i18n.t('context.showAll'));
  if (differs('planned')) parts.push(i18n.t('context.plannedCounted'));
  if (differs('sort')) {
    parts.push(
      i18n.t(options.sort.descending ? 'context.sortedDescending' : 'context.sortedAscending', {
        column: i18n.t(`table.column.${options.sort.key}`),
      }),
    );
  }
  if (differs('search')) parts.push(i18n.t('context.search', { text: options.search }));
  return parts;
}

/** "Iran · all sessions", "2025 · United States · companies". */
export function contextStatement(input: ContextInput): string {
  return contextParts(input).join(' · ');
}

const slugify = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');

/**
 * A short file-name form of the same statement, language-independent (codes and ids, not names):
 * `deals-2025-usa`, `map-irn`, `deals-by-session-cumulative`. Long lists are cut with their count.
 */
export function fileStem(view: ViewId, filters: Filters, options: ViewOptions): string {
  const list = (values: readonly (string | number)[]) =>
    values.length > NAMED
      ? [...values.slice(0, NAMED).map(String), `and-${values.length - NAMED}-more`]
      : values.map(String);
  const words = [
    view,
    ...list([...filters.years].sort((a, b) => a - b)),
    ...list([...filters.countries].sort().map((c) => c.toLowerCase())),
    ...list([...filters.actorTypes].sort()),
    ...list([...filters.sectors].sort()),
    ...list([...filters.companies].sort()),
  ];
  const o = optionsOf(view);
  if (o.includes('colourBy') && options.colourBy !== DEFAULT_OPTIONS.colourBy) words.push(`by-${options.colourBy}`);
  if (o.includes('cumulative') && options.cumulative) words.push('cumulative');
  if (o.includes('showAll') && options.showAll) words.push('all');
  if (o.includes('planned') && options.planned) words.push('planned');
  if (o.includes('sort') && JSON.stringify(options.sort) !== JSON.stringify(DEFAULT_OPTIONS.sort)) {
    words.push(`sort-${options.sort.descending ? 'desc-' : ''}${options.sort.key}`);
  }
  if (o.includes('search') && options.search) words.push(`search-${options.search}`);
  return words.map(slugify).filter(Boolean).join('-').slice(0, 120).replace(/-$/, '');
}
