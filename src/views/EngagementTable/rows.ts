/**
 * The Engagements table as plain rows: engagements and deals side by side, each with who, when,
 * what and its citations, and a stable sort. Pure, so the CSV export can reuse it.
 */
import { ascending, descending } from 'd3-array';
import { actorLabel, type DatasetIndex, type Filtered } from '../../lib/data/query';
import { formatDate, formatValue, ordinal } from '../../lib/data/format';
import type { Citation, DealValue } from '../../lib/data/schema';

export interface CitationView {
  publisher: string;
  title: string;
  url?: string;
  quote: string;
}

export interface Row {
  id: string;
  kind: 'engagement' | 'deal';
  session: number;
  year: number | undefined;
  /** "Session 78th · 2023" style label. */
  sessionLabel: string;
  date: string | null;
  dateLabel: string;
  /** Engagement type ("bilateral") or deal basis ("investment plan"). */
  type: string;
  who: string;
  what: string;
  value: DealValue | undefined;
  valueLabel: string;
  citations: CitationView[];
}

export const BASIS_LABELS: Record<string, string> = {
  agreement: 'signed agreement',
  'investment-plan': 'investment plan',
  financing: 'financing',
  'cumulative-investment': 'cumulative investment',
  program: 'programme',
  project: 'project',
};

function citationViews(citations: readonly Citation[], index: DatasetIndex): CitationView[] {
  return citations.map((c) => {
    const s = index.sources.get(c.source);
    return { publisher: s?.publisher ?? c.source, title: s?.title ?? '', url: s?.url, quote: c.quote };
  });
}

export function tableRows(filtered: Filtered, index: DatasetIndex): Row[] {
  const sessionLabel = (n: number) => {
    const year = index.sessions.get(n)?.year;
    return year === undefined ? ordinal(n) : `${ordinal(n)} · ${year}`;
  };
  const engagements: Row[] = filtered.engagements.map((e) => ({
    id: e.id,
    kind: 'engagement',
    session: e.session,
    year: index.sessions.get(e.session)?.year,
    sessionLabel: sessionLabel(e.session),
    date: e.date ?? null,
    dateLabel: formatDate(e.date),
    type: e.type,
    who: e.participants.length ? e.participants.map((p) => actorLabel(p.actor, index)).join('; ') : '—',
    what: e.summary,
    value: undefined,
    valueLabel: '',
    citations: citationViews(e.citations, index),
  }));
  const deals: Row[] = filtered.deals.map((d) => {
    const linked = d.engagement ? index.data.engagements.find((e) => e.id === d.engagement) : undefined;
    return {
      id: d.id,
      kind: 'deal',
      session: d.session,
      year: index.sessions.get(d.session)?.year,
      sessionLabel: sessionLabel(d.session),
      date: linked?.date ?? null,
      dateLabel: formatDate(linked?.date),
      type: `deal: ${BASIS_LABELS[d.basis] ?? d.basis}`,
      who: actorLabel(d.company, index),
      what: d.summary,
      value: d.value,
      valueLabel: formatValue(d.value),
      citations: citationViews(d.citations, index),
    };
  });
  return [...engagements, ...deals];
}

export const SORT_KEYS = ['when', 'type', 'who', 'what', 'value'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'ascending' | 'descending';

/** Rows sorted by a column; ties keep the dataset's order. Undated rows and undisclosed values go last. */
export function sortRows(rows: readonly Row[], key: SortKey, direction: SortDirection): Row[] {
  const dir = direction === 'ascending' ? ascending : descending;
  const last = (a: unknown, b: unknown) => (a == null ? (b == null ? 0 : 1) : b == null ? -1 : 0);
  const compare: Record<SortKey, (a: Row, b: Row) => number> = {
    when: (a, b) => dir(a.session, b.session) || last(a.date, b.date) || dir(a.date ?? '', b.date ?? ''),
    type: (a, b) => dir(a.type, b.type),
    who: (a, b) => dir(a.who.toLowerCase(), b.who.toLowerCase()),
    what: (a, b) => dir(a.what.toLowerCase(), b.what.toLowerCase()),
    value: (a, b) => last(a.value?.usd, b.value?.usd) || dir(a.value?.usd ?? 0, b.value?.usd ?? 0),
  };
  return rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => compare[key](a.row, b.row) || a.i - b.i)
    .map((x) => x.row);
}
