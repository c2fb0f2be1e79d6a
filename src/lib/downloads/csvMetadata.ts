/**
 * What a CSV download holds, said beside it rather than inside it: a CSV's first line must be its
 * header row (pandas, R, Excel and Google Sheets read it with no options), so the title, context
 * statement, sources and the meaning and unit of every column go into a W3C "CSV on the Web"
 * metadata file, `<name>.csv-metadata.json`, the name CSVW processors look for next to
 * `<name>.csv` (https://www.w3.org/TR/tabular-metadata/). Every string in it is formula-guarded
 * like the CSV's cells: spreadsheets import JSON too. Pure: the page and the command line share it.
 */
import type { I18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/keys';
import { citedSources, type DatasetIndex } from '../data/query';
import { guardCell, toCsv, type ShownRecords, type Table } from './exportData';

/** CSVW built-in datatypes used here; a date is text that may stop at the month or the year. */
type Datatype = 'string' | 'integer' | 'number' | { base: 'string'; format: string };

const TEXT: Datatype = 'string';
const INTEGER: Datatype = 'integer';
// "2023-09-18", "2024-09" or "2023": a source may give only the month, so not xsd:date.
const PARTIAL_DATE: Datatype = { base: 'string', format: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' };

/** Every column any view writes, its datatype and the message that says what it means. */
const COLUMNS: Record<string, { datatype: Datatype; about: MessageKey }> = {
  record: { datatype: TEXT, about: 'export.column.record' },
  id: { datatype: TEXT, about: 'export.column.id' },
  session: { datatype: INTEGER, about: 'export.column.session' },
  year: { datatype: INTEGER, about: 'export.column.year' },
  date: { datatype: PARTIAL_DATE, about: 'export.column.date' },
  type: { datatype: TEXT, about: 'export.column.type' },
  status: { datatype: TEXT, about: 'export.column.status' },
  participants: { datatype: TEXT, about: 'export.column.participants' },
  countries: { datatype: TEXT, about: 'export.column.countries' },
  organizations: { datatype: TEXT, about: 'export.column.organizations' },
  topics: { datatype: TEXT, about: 'export.column.topics' },
  summary: { datatype: TEXT, about: 'export.column.summary' },
  sources: { datatype: TEXT, about: 'export.column.sources' },
  source_urls: { datatype: TEXT, about: 'export.column.source_urls' },
  quotes: { datatype: TEXT, about: 'export.column.quotes' },
  company: { datatype: TEXT, about: 'export.column.company' },
  company_country: { datatype: TEXT, about: 'export.column.company_country' },
  value_usd: { datatype: 'number', about: 'export.column.value_usd' },
  value_qualifier: { datatype: TEXT, about: 'export.column.value_qualifier' },
  basis: { datatype: TEXT, about: 'export.column.basis' },
  sector: { datatype: TEXT, about: 'export.column.sector' },
  sites: { datatype: TEXT, about: 'export.column.sites' },
  counterpart: { datatype: TEXT, about: 'export.column.counterpart' },
  kind: { datatype: TEXT, about: 'export.column.kind' },
  code: { datatype: TEXT, about: 'export.column.code' },
  engagements: { datatype: INTEGER, about: 'export.column.engagements' },
  counterparts_met: { datatype: TEXT, about: 'export.column.counterparts_met' },
};

export interface CsvAbout {
  /** The CSV's file name, which the metadata names as its `url` ("deals-2025.csv"). */
  csvName: string;
  /** The view's title ("Deal values by company"). */
  title: string;
  /** The context statement: the filters and options in words ("2025 · United States"). */
  context: string;
  /** The records the file holds: the sources they cite are listed. */
  shown: ShownRecords;
  index: DatasetIndex;
  i18n: I18n;
}

/** A copy of a JSON value with every string value formula-guarded (the keys are this module's own: "@context" stays). */
function guardAll(value: unknown): unknown {
  if (typeof value === 'string') return guardCell(value);
  if (Array.isArray(value)) return value.map(guardAll);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, guardAll(v)]));
  return value;
}

/** The CSVW metadata of one CSV download, as the text of `<csvName>-metadata.json`. */
export function csvMetadata(table: Table, about: CsvAbout): string {
  const { index, i18n } = about;
  const text = (v: Parameters<I18n['text']>[0]) => i18n.text(v, index.datasetLang).text;
  const cited = citedSources(index, [...about.shown.engagements, ...about.shown.deals]);
  // A file with no records still says where the dataset comes from.
  const sources = cited.length ? cited : index.data.sources;
  const description = index.data.description === undefined ? undefined : text(index.data.description);
  const metadata = {
    '@context': 'http://www.w3.org/ns/csvw',
    url: about.csvName,
    'dc:title': about.title,
    'dc:description': about.context,
    'dc:language': i18n.lang,
    'dc:isPartOf': { 'dc:title': text(index.data.title), ...(description ? { 'dc:description': description } : {}) },
    'dc:source': sources.map((s) => ({
      ...(s.url ? { '@id': s.url } : {}),
      'dc:title': s.title,
      'dc:publisher': s.publisher,
      ...(s.published ? { 'dc:date': s.published } : {}),
    })),
    'rdfs:comment': [i18n.t('export.csvEmpty'), i18n.t('export.csvGuard')],
    dialect: { encoding: 'utf-8', header: true },
    tableSchema: {
      columns: table.columns.map((name) => {
        const known = COLUMNS[name];
        return {
          name,
          // The header cell exactly as the CSV writes it: CSVW checks that the two agree.
          titles: guardCell(name),
          datatype: known?.datatype ?? TEXT,
          ...(known ? { 'dc:description': i18n.t(known.about) } : {}),
          null: '',
        };
      }),
    },
  };
  return JSON.stringify(guardAll(metadata), null, 2) + '\n';
}

/** The two files of a CSV download: the table, and its metadata under the name CSVW looks for. */
export function csvFiles(
  table: Table,
  about: CsvAbout,
): { csv: { name: string; text: string }; metadata: { name: string; text: string } } {
  return {
    csv: { name: about.csvName, text: toCsv(table) },
    metadata: { name: `${about.csvName}-metadata.json`, text: csvMetadata(table, about) },
  };
}
