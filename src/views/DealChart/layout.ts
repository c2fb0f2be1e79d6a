/**
 * The deal chart's content, before any geometry: one row per company with a disclosed value,
 * split into segments by basis or by session; the undisclosed deals apart (never drawn as 0);
 * the wording of every number. Pure: no Svelte, no DOM, inputs never mutated.
 */
import { ascending, descending, sum } from 'd3-array';
import type { DatasetIndex } from '../../lib/data/query';
import { formatCount, formatValue, ordinal } from '../../lib/data/format';
import { DEAL_BASES, type Deal, type DealBasis, type Qualifier } from '../../lib/data/schema';
import { sessionKey } from './palette';
import { combinedValueLabel, QUALIFIER_WORDS } from './wording';

export { combineQualifiers, combinedValueLabel, totalWording } from './wording';
export { OTHERS_ID, topCount, visibleRows } from './others';

export type ColourBy = 'basis' | 'session';

export interface ChartOptions {
  colourBy: ColourBy;
  /** Cumulative investments (totals built up over past years) are not commitments made at a session. */
  includeCumulative: boolean;
}

export const BASIS_LABELS: Record<DealBasis, string> = {
  agreement: 'signed agreement',
  'investment-plan': 'investment plan',
  financing: 'financing',
  'cumulative-investment': 'cumulative investment',
  program: 'programme',
  project: 'project',
};

// Cumulative last: the lighter, hatched part sits at the end of a bar, after new commitments.
const BASIS_ORDER: readonly DealBasis[] = [...DEAL_BASES.filter((b) => b !== 'cumulative-investment'), 'cumulative-investment'];

export const isCumulative = (d: Deal) => d.basis === 'cumulative-investment';

// "Acme 9" before "Acme 10": names are compared as people read them, not code point by code point.
const byName = new Intl.Collator('en', { numeric: true, sensitivity: 'base' }).compare;

export interface Segment {
  /** Unique within a row. */
  key: string;
  /** A basis, or `session:<n>`: what decides the colour. */
  colourKey: string;
  /** "signed agreement", "80th session, 2025". */
  name: string;
  /** "signed agreement: about $4.2B". */
  label: string;
  usd: number;
  cumulative: boolean;
  qualifiers: Qualifier[];
  /** Position within a bar: basis order, or session then cumulative last. */
  order: number;
}

export interface BarRow {
  /** Company id, or OTHERS_ID. */
  id: string;
  kind: 'company' | 'others';
  name: string;
  usd: number;
  /** "about $4.4B": the combined value with its qualifier. */
  label: string;
  segments: Segment[];
}

export interface CompanyBar extends BarRow {
  kind: 'company';
  /** Every deal of the company under the current filters, disclosed or not (for the tooltip). */
  deals: Deal[];
  undisclosedCount: number;
}

export interface OthersBar extends BarRow {
  kind: 'others';
  /** How many companies the row sums. */
  companies: number;
}

export type ChartRow = CompanyBar | OthersBar;



export interface UndisclosedItem {
  dealId: string;
  companyId: string;
  company: string;
  summary: string;
  /** "over 300,000 SMEs": the other figures the sources give. */
  figures: string[];
  basis: string;
  session: string;
}

export interface LegendEntry {
  colourKey: string;
  label: string;
  cumulative: boolean;
}

export interface DealModel {
  bars: CompanyBar[];
  undisclosed: UndisclosedItem[];
  legend: LegendEntry[];
  /** Cumulative deals under the filters, counted whether shown or not. */
  cumulativeCount: number;
  /** The deals drawn or listed: the filtered ones, less cumulative ones when those are excluded. */
  included: Deal[];
}

/** "80th session, 2025", or "80th session" when the dataset lacks that session. */
export function sessionLabel(n: number, index: DatasetIndex): string {
  const year = index.sessions.get(n)?.year;
  return year === undefined ? `${ordinal(n)} session` : `${ordinal(n)} session, ${year}`;
}

export function figureLabel(f: { label: string; value: number; qualifier: Qualifier }): string {
  return `${QUALIFIER_WORDS[f.qualifier]}${formatCount(f.value)} ${f.label}`;
}

function segmentsOf(deals: readonly Deal[], colourBy: ColourBy, index: DatasetIndex): Segment[] {
  const parts = new Map<string, Segment>();
  for (const d of deals) {
    if (!d.value) continue;
    const cumulative = isCumulative(d);
    const colourKey = colourBy === 'basis' ? d.basis : sessionKey(d.session);
    const key = colourBy === 'basis' || !cumulative ? colourKey : `${colourKey}:cumulative`;
    const order = colourBy === 'basis' ? BASIS_ORDER.indexOf(d.basis) : d.session * 2 + (cumulative ? 1 : 0);
    const name =
      colourBy === 'basis'
        ? BASIS_LABELS[d.basis]
        : `${sessionLabel(d.session, index)}${cumulative ? ' (cumulative)' : ''}`;
    const s = parts.get(key) ?? { key, colourKey, name, label: '', usd: 0, cumulative, qualifiers: [], order };
    s.usd += d.value.usd;
    s.qualifiers.push(d.value.qualifier);
    parts.set(key, s);
  }
  return [...parts.values()]
    .sort((a, b) => a.order - b.order)
    .map((s) => ({ ...s, label: `${s.name}: ${combinedValueLabel(s.usd, s.qualifiers)}` }));
}

function legendOf(bars: readonly BarRow[], colourBy: ColourBy, index: DatasetIndex): LegendEntry[] {
  const present = new Set(bars.flatMap((b) => b.segments.map((s) => s.colourKey)));
  const anyCumulative = bars.some((b) => b.segments.some((s) => s.cumulative));
  if (colourBy === 'basis') {
    return BASIS_ORDER.filter((b) => present.has(b)).map((b) => ({
      colourKey: b,
      label: b === 'cumulative-investment' ? `${BASIS_LABELS[b]} (not a new commitment)` : BASIS_LABELS[b],
      cumulative: b === 'cumulative-investment',
    }));
  }
  const sessions = [...index.sessions.keys()].sort((a, b) => a - b).filter((n) => present.has(sessionKey(n)));
  const entries = sessions.map((n) => ({ colourKey: sessionKey(n), label: sessionLabel(n, index), cumulative: false }));
  if (anyCumulative) entries.push({ colourKey: 'cumulative', label: 'cumulative investment (not a new commitment)', cumulative: true });
  return entries;
}

/** Rows, undisclosed list and legend for the deals that passed the filters. */
export function dealModel(deals: readonly Deal[], index: DatasetIndex, options: ChartOptions): DealModel {
  const included = options.includeCumulative ? [...deals] : deals.filter((d) => !isCumulative(d));
  const byCompany = new Map<string, Deal[]>();
  for (const d of included) byCompany.set(d.company, [...(byCompany.get(d.company) ?? []), d]);
  const nameOf = (id: string) => index.actors.get(id)?.name ?? id;

  const bars: CompanyBar[] = [];
  for (const [id, list] of byCompany) {
    const disclosed = list.filter((d) => d.value !== null);
    if (!disclosed.length) continue;
    const usd = sum(disclosed, (d) => d.value?.usd ?? 0);
    const qualifiers = disclosed.map((d) => d.value?.qualifier ?? 'exact');
    bars.push({
      id,
      kind: 'company',
      name: nameOf(id),
      usd,
      label: combinedValueLabel(usd, qualifiers),
      segments: segmentsOf(disclosed, options.colourBy, index),
      deals: list,
      undisclosedCount: list.length - disclosed.length,
    });
  }
  bars.sort((a, b) => descending(a.usd, b.usd) || byName(a.name, b.name) || ascending(a.id, b.id));

  const undisclosed = included
    .filter((d) => d.value === null)
    .map((d) => ({
      dealId: d.id,
      companyId: d.company,
      company: nameOf(d.company),
      summary: d.summary,
      figures: (d.figures ?? []).map(figureLabel),
      basis: BASIS_LABELS[d.basis],
      session: sessionLabel(d.session, index),
      order: d.session,
    }))
    .sort((a, b) => byName(a.company, b.company) || a.order - b.order)
    .map(({ order: _order, ...item }) => item);

  return {
    bars,
    undisclosed,
    legend: legendOf(bars, options.colourBy, index),
    cumulativeCount: deals.filter(isCumulative).length,
    included,
  };
}

/** One line per deal for the tooltip: what, how it counts, when, and who reported it. */
export function dealLines(deals: readonly Deal[], index: DatasetIndex) {
  return deals.map((d) => ({
    id: d.id,
    summary: d.summary,
    value: formatValue(d.value),
    basis: BASIS_LABELS[d.basis],
    session: sessionLabel(d.session, index),
    publisher: index.sources.get(d.citations[0]?.source ?? '')?.publisher ?? 'source not listed',
    figures: (d.figures ?? []).map(figureLabel),
  }));
}

/** A one-sentence description of the chart for screen readers, computed from the rows. */
export function describeChart(bars: readonly CompanyBar[], undisclosedCount: number): string {
  const first = bars[0];
  if (!first) return `No disclosed values; ${undisclosedCount} deals listed as undisclosed.`;
  const n = bars.length;
  const lead = `Horizontal bars for ${n} ${n === 1 ? 'company' : 'companies'} with a disclosed deal value, largest first: ${first.name}, ${first.label}`;
  const last = bars[n - 1];
  return n > 1 && last ? `${lead}; smallest: ${last.name}, ${last.label}.` : `${lead}.`;
}
