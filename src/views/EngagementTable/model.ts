/**
 * The Engagements table as data: every filtered engagement and deal as a row, in the order the
 * reader asked for (`options.sort`), narrowed by the search (`options.search`), cut into pages,
 * and the words around it (counts, empty states, captions, the picture's notes).
 *
 * A row is a number, engagements first (`r = position`), then deals (`r = engagements +
 * position`). The orders and the search text are made once per dataset and language
 * (tableKeys.ts); a filter, sort or search change is then one pass along a precomputed order
 * keeping the rows that pass, and words are made only for the 50 rows on the page (rowWords.ts).
 * Pure.
 */
import { hasFilters, type DatasetIndex, type Filtered, type Filters } from '../../lib/data/query';
import type { Deal, Engagement } from '../../lib/data/schema';
import type { I18n } from '../../lib/i18n/i18n';
import type { ViewOptions } from '../../lib/state/options';
import type { ExportInput } from '../shared/types';
import { tableRow, type TableRow } from './rowWords';
import { fold, tableKeys, type TableKeys } from './tableKeys';

/** The id of the table's rows on the dashboard: the page's "skip to the engagements table" link points there. */
export const RECORDS_ID = 'records';

/** The rows a reader is shown, in order. */
export interface TableOrder {
  /** Row numbers that pass the filters and the search, sorted. */
  rows: Uint32Array;
  /** Rows under the filters alone, before the search. */
  filtered: number;
  /** The search as its folded words ([] for none). */
  words: string[];
}

/** The filtered rows, searched and sorted: one pass along the column's precomputed order. */
export function tableOrder(
  keys: TableKeys,
  filtered: Filtered,
  options: Pick<ViewOptions, 'sort' | 'search'>,
): TableOrder {
  const { nE } = keys;
  const words = fold(options.search).split(/\s+/).filter(Boolean);
  const count = filtered.e.length + filtered.d.length;
  const all = count === keys.rows;
  const keep = all ? null : new Uint8Array(keys.rows);
  if (keep) {
    for (const e of filtered.e) keep[e] = 1;
    for (const d of filtered.d) keep[nE + d] = 1;
  }
  const found = words.length ? keys.matching(words) : null;
  const rows = new Uint32Array(count);
  let n = 0;
  for (const r of keys.order(options.sort.key, options.sort.descending)) {
    if (keep && !keep[r]) continue;
    if (found && !found[r]) continue;
    rows[n++] = r;
  }
  return { rows: rows.subarray(0, n), filtered: count, words };
}

/** The records in the table's order, for the CSV and JSON downloads of exactly what it lists. */
export function tableRecords(keys: TableKeys, order: TableOrder): { engagements: Engagement[]; deals: Deal[] } {
  const engagements: Engagement[] = [];
  const deals: Deal[] = [];
  for (const r of order.rows) {
    const e = keys.engagement(r);
    if (e) engagements.push(e);
    else deals.push(keys.deal(r)!);
  }
  return { engagements, deals };
}

export const PAGE_SIZES = [25, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 50;

export interface Page {
  /** Zero-based, clamped to the pages there are. */
  page: number;
  pages: number;
  /** Rows start … end - 1 of the order. */
  start: number;
  end: number;
  total: number;
}

export function pageOf(total: number, page: number, size: number): Page {
  const pages = Math.max(1, Math.ceil(total / size));
  const p = Math.min(Math.max(0, Math.floor(page)), pages - 1);
  return { page: p, pages, start: p * size, end: Math.min(total, (p + 1) * size), total };
}

/** "1–50 of 11,148". */
export function rangeLabel(page: Page, i18n: I18n): string {
  return i18n.t('table.range', {
    from: i18n.count(page.total ? page.start + 1 : 0),
    to: i18n.count(page.end),
    total: i18n.count(page.total),
  });
}

/** The words of the rows `start … end - 1` of an order. */
export function pageRows(keys: TableKeys, order: TableOrder, page: Page): TableRow[] {
  return Array.from(order.rows.subarray(page.start, page.end), (r) => tableRow(keys, r));
}

/** What the caption counts: planned records are listed but counted only when the reader asks. */
export interface TableCounts {
  engagements: number;
  deals: number;
  planned: number;
  includePlanned: boolean;
}

export function tableCounts(
  index: DatasetIndex,
  filtered: Filtered,
  options: Pick<ViewOptions, 'planned'>,
): TableCounts {
  let plannedE = 0;
  let plannedD = 0;
  for (const e of filtered.e) plannedE += index.ePlanned[e]!;
  for (const d of filtered.d) plannedD += index.dPlanned[d]!;
  const include = options.planned;
  return {
    engagements: filtered.e.length - (include ? 0 : plannedE),
    deals: filtered.d.length - (include ? 0 : plannedD),
    planned: plannedE + plannedD,
    includePlanned: include,
  };
}

/** The caption's sentences: "24 engagements and 12 deals, each with its sources", and the planned ones. */
export function captionNotes(counts: TableCounts, i18n: I18n): string[] {
  const notes = [i18n.t('table.summary', { engagements: counts.engagements, deals: counts.deals })];
  if (counts.planned)
    notes.push(
      i18n.t(counts.includePlanned ? 'table.plannedCounted' : 'table.plannedNotCounted', { count: counts.planned }),
    );
  return notes;
}

export type EmptyReason = 'dataset' | 'filters' | 'search';

/** Why the table shows nothing, or null when it shows rows. */
export function emptyReason(keys: TableKeys, order: TableOrder): EmptyReason | null {
  if (order.rows.length) return null;
  if (keys.rows === 0) return 'dataset';
  return order.filtered === 0 ? 'filters' : 'search';
}

/** The empty state's sentence and what can undo it. */
export function emptyState(
  reason: EmptyReason,
  filters: Filters,
  search: string,
  i18n: I18n,
): { text: string; clearFilters: boolean; clearSearch: boolean } {
  if (reason === 'dataset') return { text: i18n.t('table.empty.dataset'), clearFilters: false, clearSearch: false };
  if (reason === 'filters')
    return { text: i18n.t('table.empty.filters'), clearFilters: hasFilters(filters), clearSearch: false };
  return { text: i18n.t('table.empty.search', { search: search.trim() }), clearFilters: false, clearSearch: true };
}

/** The table's own caption for screen readers: what it lists and its order. */
export function sortCaption(options: Pick<ViewOptions, 'sort'>, i18n: I18n): string {
  const column = i18n.t(`table.column.${options.sort.key}`);
  return i18n.t(options.sort.descending ? 'table.captionDescending' : 'table.caption', { column });
}

/** Publishers the rows cite, each once, in order of first citation (the table's order, not the
 *  dataset's: unlike `publishersOf` in the query layer, which the other views use). */
export function rowPublishers(rows: readonly TableRow[]): string[] {
  return [...new Set(rows.flatMap((row) => row.citations.map((c) => c.publisher)))];
}

/** The columns of the static drawing: the sortable ones and the sources. */
export const COLUMNS = ['when', 'type', 'who', 'what', 'value', 'source'] as const;
export type Column = (typeof COLUMNS)[number];

/** What the exported table draws: the first rows of exactly what the page lists, and its words. */
export interface StaticTable {
  rows: TableRow[];
  /** Rows the page lists (after filters and search). */
  total: number;
  headings: Record<Column, string>;
  /** The empty state's sentence, when nothing is listed. */
  empty: string | null;
  dealTag: string;
  plannedTag: string;
  noOne: string;
  /** The mark of a country no source states ("(not in the sources)"). */
  uncited: string;
  notes: string[];
  sources: string[];
}

/** A sensible height for a picture: the rest is in the CSV download, and a note says so. */
export const STATIC_ROWS = 25;

export function staticTable(
  input: Pick<ExportInput, 'index' | 'filtered' | 'filters' | 'options' | 'i18n'>,
  max = STATIC_ROWS,
): StaticTable {
  const { i18n } = input;
  const keys = tableKeys(input.index, i18n);
  const order = tableOrder(keys, input.filtered, input.options);
  const rows = pageRows(keys, order, pageOf(order.rows.length, 0, max));
  const reason = emptyReason(keys, order);
  const total = order.rows.length;
  const notes: string[] = [];
  if (total > rows.length) notes.push(i18n.t('table.showing', { shown: i18n.count(rows.length), total }));
  const planned = rows.filter((row) => row.planned).length;
  if (planned) notes.push(i18n.t('table.plannedTagged', { count: planned }));
  return {
    rows,
    total,
    headings: {
      when: i18n.t('table.column.when'),
      type: i18n.t('table.column.type'),
      who: i18n.t('table.column.who'),
      what: i18n.t('table.column.what'),
      value: i18n.t('table.column.value'),
      source: i18n.t('table.column.source'),
    },
    empty: reason ? emptyState(reason, input.filters, input.options.search, i18n).text : null,
    dealTag: i18n.t('table.deal'),
    plannedTag: i18n.t('status.planned'),
    noOne: i18n.t('table.noOne'),
    uncited: i18n.t('table.countryUncited'),
    notes,
    sources: rowPublishers(rows),
  };
}
