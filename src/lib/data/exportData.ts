/**
 * What each view shows, as flat records for CSV and JSON downloads: exactly the filtered
 * records on screen (the most common complaint about chart downloads is one that ignores the
 * filters). Pure: the browser download and the command-line export share it.
 */
import { actorLabel, dealsByCompany, engagementCountries, engagementOrganizations, engagementsByCountry, type DatasetIndex, type Filtered } from './query';

export type Cell = string | number | null;
export interface Table {
  columns: string[];
  rows: Record<string, Cell>[];
}

export type ExportView = 'map' | 'timeline' | 'deals' | 'table';

function sourcesOf(citations: readonly { source: string; quote: string }[], index: DatasetIndex) {
  const ids = [...new Set(citations.map((c) => c.source))];
  return {
    sources: ids.map((id) => index.sources.get(id)?.publisher ?? id).join('; '),
    urls: ids.map((id) => index.sources.get(id)?.url ?? '').join('; '),
    quotes: citations.map((c) => c.quote).join(' | '),
  };
}

function engagementTable(filtered: Filtered, index: DatasetIndex): Table {
  const columns = ['id', 'session', 'year', 'date', 'type', 'participants', 'countries', 'organizations', 'topics', 'summary', 'sources', 'source_urls', 'quotes'];
  const rows = filtered.engagements.map((e) => {
    const s = sourcesOf(e.citations, index);
    return {
      id: e.id,
      session: e.session,
      year: index.sessions.get(e.session)?.year ?? null,
      date: e.date ?? null,
      type: e.type,
      participants: e.participants.map((p) => actorLabel(p.actor, index)).join('; '),
      countries: engagementCountries(e, index).join('; '),
      organizations: engagementOrganizations(e, index).map((o) => o.name).join('; '),
      topics: e.topics.join('; '),
      summary: e.summary,
      sources: s.sources,
      source_urls: s.urls,
      quotes: s.quotes,
    };
  });
  return { columns, rows };
}

function dealTable(filtered: Filtered, index: DatasetIndex): Table {
  const columns = ['id', 'session', 'year', 'company', 'company_country', 'value_usd', 'value_qualifier', 'basis', 'sector', 'summary', 'sites', 'sources', 'source_urls', 'quotes'];
  const rows = filtered.deals.map((d) => {
    const s = sourcesOf(d.citations, index);
    const company = index.actors.get(d.company);
    return {
      id: d.id,
      session: d.session,
      year: index.sessions.get(d.session)?.year ?? null,
      company: company?.name ?? d.company,
      company_country: company?.country ?? null,
      // Undisclosed stays empty, never 0.
      value_usd: d.value?.usd ?? null,
      value_qualifier: d.value?.qualifier ?? 'undisclosed',
      basis: d.basis,
      sector: d.sector,
      summary: d.summary,
      sites: (d.sites ?? []).map((x) => x.name).join('; '),
      sources: s.sources,
      source_urls: s.urls,
      quotes: s.quotes,
    };
  });
  return { columns, rows };
}

function countryTable(filtered: Filtered, index: DatasetIndex): Table {
  const { countries, organizations } = engagementsByCountry(filtered.engagements, index);
  const columns = ['counterpart', 'kind', 'code', 'engagements', 'counterparts_met'];
  const rows: Record<string, Cell>[] = [
    ...countries.map((c) => ({ counterpart: c.name, kind: 'country', code: c.code, engagements: c.count, counterparts_met: c.counterparts.join('; ') })),
    ...organizations.map((o) => ({ counterpart: o.actor.name, kind: 'organization', code: null, engagements: o.count, counterparts_met: o.counterparts.join('; ') })),
  ];
  return { columns, rows };
}

/** Company totals as the deal chart shows them, one row per company. */
export function companyTotalsTable(filtered: Filtered, index: DatasetIndex): Table {
  const columns = ['company', 'disclosed_usd', 'disclosed_deals', 'undisclosed_deals'];
  const rows = dealsByCompany(filtered.deals, index).map((t) => ({
    company: t.company.name,
    disclosed_usd: t.disclosedCount ? t.disclosedUsd : null,
    disclosed_deals: t.disclosedCount,
    undisclosed_deals: t.undisclosedCount,
  }));
  return { columns, rows };
}

/** The records a view shows under the current filters. */
export function viewTable(view: ExportView, filtered: Filtered, index: DatasetIndex): Table {
  switch (view) {
    case 'map':
      return countryTable(filtered, index);
    case 'timeline':
      return engagementTable(filtered, index);
    case 'deals':
      return dealTable(filtered, index);
    case 'table': {
      // The table shows engagements and deals together: one file, a "record" column tells them apart.
      const e = engagementTable(filtered, index);
      const d = dealTable(filtered, index);
      const columns = ['record', ...new Set([...e.columns, ...d.columns])];
      const rows = [
        ...e.rows.map((r) => ({ record: 'engagement', ...r })),
        ...d.rows.map((r) => ({ record: 'deal', ...r })),
      ];
      return { columns, rows };
    }
  }
}

/** RFC 4180 CSV: fields with commas, quotes or line breaks are quoted, quotes doubled; CRLF rows. */
export function toCsv(table: Table): string {
  const field = (v: Cell | undefined) => {
    if (v === null || v === undefined) return '';
    const s = String(v);
    return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
  };
  const lines = [table.columns.map(field).join(','), ...table.rows.map((r) => table.columns.map((c) => field(r[c])).join(','))];
  return lines.join('\r\n') + '\r\n';
}

/** Parse CSV written by toCsv (or any RFC 4180 file) into rows of strings keyed by the header. */
export function parseCsv(text: string): Record<string, string>[] {
  const records: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      records.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    records.push(row);
  }
  const [header = [], ...body] = records;
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

/** JSON download: the rows with their types kept (numbers stay numbers, undisclosed stays null). */
export function toJson(table: Table, meta: { title: string; view: ExportView; filters: unknown; sources: string[] }): string {
  return JSON.stringify({ ...meta, columns: table.columns, rows: table.rows }, null, 2) + '\n';
}
