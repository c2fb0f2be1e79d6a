/**
 * What each view shows, as flat records for CSV and JSON downloads: exactly the records on screen
 * under the current filters and options, names in the reader's language, undisclosed values
 * empty (never 0). Each file states its context (the same statement as the picture's subtitle):
 * the JSON inside, the CSV in its CSV on the Web metadata (csvMetadata.ts).
 * Pure: the browser download and the command-line export share it.
 */
import { csvFormatRow } from 'd3-dsv';
import type { I18n } from '../i18n/i18n';
import {
  actorLabel,
  engagementCountries,
  engagementOrganizations,
  engagementsByCountry,
  actorName,
  counted,
  type DatasetIndex,
  type Filtered,
} from '../data/query';
import { counterpartsMet } from '../data/counterparts';
import type { Deal, Engagement } from '../data/schema';
import { topicLabel } from '../data/topics';
import { viewDefinition, type DownloadTable, type ViewId } from '../catalog/viewCatalog';

export type Cell = string | number | null;
export interface Table {
  columns: string[];
  rows: Record<string, Cell>[];
}

/** The records a view shows: by default the filtered ones; a view narrows them (the table's search, the chart's cumulative choice). */
export interface ShownRecords {
  engagements: readonly Engagement[];
  deals: readonly Deal[];
}

/**
 * A dataset record's row: its id, session and year, then the view's own columns, then its sources
 * (publishers, addresses and quotes), the same around engagements and deals.
 */
function recordTable<R extends Engagement | Deal>(
  own: string[],
  records: readonly R[],
  index: DatasetIndex,
  cells: (record: R) => Record<string, Cell>,
): Table {
  const columns = ['id', 'session', 'year', ...own, 'sources', 'source_urls', 'quotes'];
  const rows = records.map((r) => {
    const ids = [...new Set(r.citations.map((c) => c.source))];
    return {
      id: r.id,
      session: r.session,
      year: index.sessions.get(r.session)?.year ?? null,
      ...cells(r),
      sources: ids.map((id) => index.sources.get(id)?.publisher ?? id).join('; '),
      source_urls: ids.map((id) => index.sources.get(id)?.url ?? '').join('; '),
      quotes: r.citations.map((c) => c.quote).join(' | '),
    };
  });
  return { columns, rows };
}

function engagementTable(records: readonly Engagement[], index: DatasetIndex, i18n: I18n): Table {
  const own = ['date', 'type', 'status', 'participants', 'countries', 'organizations', 'topics', 'summary'];
  return recordTable(own, records, index, (e) => ({
    date: e.date ?? null,
    type: e.type,
    status: e.status ?? 'held',
    participants: e.participants.map((p) => actorLabel(p.actor, index, i18n.lang)).join('; '),
    countries: engagementCountries(e, index).join('; '),
    organizations: engagementOrganizations(e, index)
      .map((o) => actorName(o, index, i18n.lang))
      .join('; '),
    topics: e.topics.map((t) => topicLabel(t, i18n.lang, index.datasetLang).text).join('; '),
    summary: i18n.text(e.summary, index.datasetLang).text,
  }));
}

function dealTable(records: readonly Deal[], index: DatasetIndex, i18n: I18n): Table {
  const own = [
    'company',
    'company_country',
    'value_usd',
    'value_qualifier',
    'basis',
    'status',
    'sector',
    'summary',
    'sites',
  ];
  return recordTable(own, records, index, (d) => {
    const company = index.actors.get(d.company);
    return {
      company: company ? actorName(company, index, i18n.lang) : d.company,
      company_country: company?.country ?? null,
      // Undisclosed stays empty, never 0.
      value_usd: d.value?.usd ?? null,
      value_qualifier: d.value?.qualifier ?? 'undisclosed',
      basis: d.basis,
      status: d.status ?? 'held',
      sector: i18n.text(d.sector, index.datasetLang).text,
      summary: i18n.text(d.summary, index.datasetLang).text,
      sites: (d.sites ?? []).map((x) => x.name).join('; '),
    };
  });
}

function countryTable(filtered: Filtered, index: DatasetIndex, i18n: I18n, includePlanned: boolean): Table {
  const shown = counted(filtered, index, { includePlanned });
  const { countries, organizations } = engagementsByCountry(shown, index);
  const columns = ['counterpart', 'kind', 'code', 'engagements', 'counterparts_met'];
  const rows: Record<string, Cell>[] = [
    ...countries.map((c) => ({
      counterpart: i18n.country(c.code),
      kind: 'country',
      code: c.code,
      engagements: c.count,
      counterparts_met: counterpartsMet(shown, index, { kind: 'country', code: c.code }, i18n.lang).join('; '),
    })),
    ...organizations.map((o) => ({
      counterpart: actorName(o.actor, index, i18n.lang),
      kind: 'organization',
      code: null,
      engagements: o.count,
      counterparts_met: counterpartsMet(shown, index, { kind: 'organization', actor: o.actor }, i18n.lang).join('; '),
    })),
  ];
  return { columns, rows };
}

/** Engagements and deals together, as the table view shows them: one file, a "record" column tells them apart. */
function engagementAndDealTable(shown: ShownRecords, index: DatasetIndex, i18n: I18n): Table {
  const e = engagementTable(shown.engagements, index, i18n);
  const d = dealTable(shown.deals, index, i18n);
  const columns = ['record', ...new Set([...e.columns, ...d.columns])];
  const rows = [
    ...e.rows.map((r) => ({ record: 'engagement', ...r })),
    ...d.rows.map((r) => ({ record: 'deal', ...r })),
  ];
  return { columns, rows };
}

/** Each table a view's download can be (the view catalog names one per view). */
const TABLES: Record<
  DownloadTable,
  (filtered: Filtered, shown: ShownRecords, index: DatasetIndex, i18n: I18n, includePlanned: boolean) => Table
> = {
  counterparts: (filtered, _shown, index, i18n, includePlanned) => countryTable(filtered, index, i18n, includePlanned),
  engagements: (_filtered, shown, index, i18n) => engagementTable(shown.engagements, index, i18n),
  deals: (_filtered, shown, index, i18n) => dealTable(shown.deals, index, i18n),
  engagementsAndDeals: (_filtered, shown, index, i18n) => engagementAndDealTable(shown, index, i18n),
};

/** The records a view shows, as one table (the one its catalog entry names). */
export function viewTable(
  view: ViewId,
  filtered: Filtered,
  shown: ShownRecords,
  index: DatasetIndex,
  i18n: I18n,
  includePlanned: boolean,
): Table {
  return TABLES[viewDefinition(view).table](filtered, shown, index, i18n, includePlanned);
}

/**
 * A spreadsheet would run a cell that starts with "=", "+", "-", "@", a tab or a carriage return
 * as a formula (CSV injection): such text cells get a leading apostrophe, which spreadsheets show
 * as text. Numbers are left alone. Text that already starts with apostrophes before a trigger
 * ("'=x") gets one too, so a program can always undo the guard: strip one apostrophe from a cell
 * matching /^'+[=+\-@\t\r]/ and the text is back as it was.
 */
export function guardCell(value: Cell | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  return /^'*[=+\-@\t\r]/.test(value) && !/^-?\d+(\.\d+)?$/.test(value) ? `'${value}` : value;
}

/**
 * The byte-order mark: Excel opened with a double-click reads a CSV in the system's legacy code
 * page (Cyrillic and "ö" garbled) unless the file starts with it. pandas (every parser) and R's
 * read.csv in a UTF-8 locale (R 3.0 and later) skip it, and a browser's UTF-8 decoding drops it.
 */
export const BOM = '\ufeff';

/**
 * A plain table: RFC 4180 through d3-dsv, UTF-8 with a byte-order mark, the header row first,
 * every row as wide as the header, CRLF after every row. What the file holds (title, context,
 * sources, what each column means) goes beside it, in csvMetadata.ts: a comment line here would
 * make pandas, R and spreadsheets read the title as the header. Every cell, header included, is
 * formula-guarded.
 */
export function toCsv(table: Table): string {
  // Rows are joined with CRLF here, not by rewriting d3's "\n" afterwards: that would also change
  // the line breaks inside quoted cells (a summary's "\n" must read back as "\n").
  const rows = [table.columns.map(guardCell), ...table.rows.map((r) => table.columns.map((c) => guardCell(r[c])))];
  return BOM + rows.map((r) => csvFormatRow(r)).join('\r\n') + '\r\n';
}

export interface JsonMeta {
  title: string;
  view: ViewId;
  /** The context statement: what the file shows (filters and options), in words. */
  context: string;
  filters: unknown;
  options: unknown;
  lang: string;
  sources: string[];
}

/** JSON download: the rows with their types kept (numbers stay numbers, undisclosed stays null), and what they show. */
export function toJson(table: Table, meta: JsonMeta): string {
  return JSON.stringify({ ...meta, columns: table.columns, rows: table.rows }, null, 2) + '\n';
}
