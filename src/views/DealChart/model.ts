/**
 * The deal chart's content before any geometry: one bar per company with a disclosed value,
 * stacked from its deals by basis or by session, the top ones and "Others"; the undisclosed deals
 * apart (never drawn as zero); every number worded by the one rule of values.ts. One pass over
 * the filtered deal positions with the index arrays, so 20,000 deals cost a few milliseconds;
 * objects are made only for the bars drawn. Pure: no Svelte, no DOM, inputs never mutated.
 */
import type { DatasetIndex, Filtered, Filters } from '../../lib/data/query';
import type { Shown } from '../../lib/data/text';
import type { ValueSum } from '../../lib/data/values';
import type { I18n } from '../../lib/i18n/i18n';
import type { ViewOptions } from '../../lib/state/options';
import { companyRow, describeBars, legendOf, othersRow, sumOf, type BarRow, type LegendEntry, type Tally } from './bars';

/** Companies drawn before the rest fold into "Others": the same at every width, so a download shows what the reader saw. */
export const TOP_COMPANIES = 10;

export type DealState = 'no-deals' | 'no-match' | 'only-excluded' | 'none-disclosed' | 'bars';

export interface DealCounts {
  /** Deals the chart covers (drawn or listed). */
  included: number;
  disclosed: number;
  undisclosed: number;
  /** Cumulative investments in the chart (when included). */
  cumulativeIncluded: number;
  /** Left out because cumulative investments are not included. */
  cumulativeLeftOut: number;
  /** Left out because planned deals are not counted. */
  plannedLeftOut: number;
  plannedCounted: number;
}

export interface DealModel {
  state: DealState;
  /** Why there are no bars (null when there are). */
  message: string | null;
  /** "About $5.2B disclosed across 2 deals; 6 deals undisclosed; …" ('' when no deal matches). */
  total: string;
  sum: ValueSum | null;
  counts: DealCounts;
  colourBy: ViewOptions['colourBy'];
  /** Sessions in the dataset (session colours are spread over them). */
  sessionCount: number;
  rows: BarRow[];
  /** Companies with a disclosed value (what "Show all N companies" offers). */
  companies: number;
  /** Whether some companies are folded into Others, or would be without showAll. */
  foldable: boolean;
  legend: LegendEntry[];
  /** One sentence for screen readers: what the bars show. */
  description: string;
  /** Axis labels: "$1B". */
  usd: (n: number) => string;
  /** Undisclosed deals in the chart, by company name, then dataset order (positions). */
  undisclosed: Uint32Array;
  /** Every deal in the chart: companies in bar order, then companies without a disclosed value by name. */
  ordered: Uint32Array;
}

export interface ModelInput {
  index: DatasetIndex;
  filtered: Filtered;
  filters: Filters;
  options: ViewOptions;
  i18n: I18n;
}

const capitalize = (text: string, lang: string) => text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);

/** Which switches the dataset can use: no checkbox that does nothing. */
export function dealOffers(index: DatasetIndex): { cumulative: boolean; planned: boolean } {
  return { cumulative: index.dCumulative.includes(1), planned: index.dPlanned.includes(1) };
}

export function dealModel({ index, filtered, filters, options, i18n }: ModelInput): DealModel {
  const nA = index.data.actors.length;
  const d = filtered.d;
  // Each company's deals as a linked list through the filtered positions: one pass, no arrays per company.
  const head = new Int32Array(nA).fill(-1);
  const next = new Int32Array(d.length);
  const usd = new Float64Array(nA);
  const bits = new Uint8Array(nA);
  const disclosed = new Uint32Array(nA);
  const undisclosed = new Uint32Array(nA);
  const touched: number[] = [];
  let totalUsd = 0;
  let totalBits = 0;
  const counts: DealCounts = { included: 0, disclosed: 0, undisclosed: 0, cumulativeIncluded: 0, cumulativeLeftOut: 0, plannedLeftOut: 0, plannedCounted: 0 };
  for (let k = 0; k < d.length; k++) {
    const i = d[k]!;
    const cumulative = index.dCumulative[i] === 1;
    const planned = index.dPlanned[i] === 1;
    if (cumulative && !options.cumulative) {
      counts.cumulativeLeftOut++;
      continue;
    }
    if (planned && !options.planned) {
      counts.plannedLeftOut++;
      continue;
    }
    if (cumulative) counts.cumulativeIncluded++;
    if (planned) counts.plannedCounted++;
    const a = index.dCompany[i]!;
    if (head[a] === -1) touched.push(a);
    next[k] = head[a]!;
    head[a] = k;
    counts.included++;
    const v = index.dUsd[i]!;
    if (Number.isNaN(v)) {
      undisclosed[a]!++;
      counts.undisclosed++;
    } else {
      usd[a]! += v;
      bits[a]! |= 1 << index.dQualifier[i]!;
      disclosed[a]!++;
      totalUsd += v;
      totalBits |= 1 << index.dQualifier[i]!;
      counts.disclosed++;
    }
  }
  const dealsOf = (a: number): number[] => {
    const out: number[] = [];
    for (let k = head[a]!; k !== -1; k = next[k]!) out.push(d[k]!);
    return out.reverse();
  };

  const names = new Map<number, Shown>();
  const nameOf = (a: number): Shown => {
    let shown = names.get(a);
    if (!shown) names.set(a, (shown = i18n.text(index.data.actors[a]!.name, index.datasetLang)));
    return shown;
  };
  const byName = (a: number, b: number) => i18n.compare(nameOf(a).text, nameOf(b).text) || a - b;
  const ranked = touched.filter((a) => disclosed[a]! > 0).sort((a, b) => usd[b]! - usd[a]! || byName(a, b));
  const valueless = touched.filter((a) => disclosed[a] === 0).sort(byName);

  const tally: Tally = { index, i18n, colourBy: options.colourBy, selected: new Set(filters.companies), usd, bits, disclosed, undisclosed, dealsOf, nameOf };
  // A lone leftover company is drawn rather than folded into an "Others" of one.
  const foldable = ranked.length > TOP_COMPANIES + 1;
  const fold = foldable && !options.showAll;
  const rows = (fold ? ranked.slice(0, TOP_COMPANIES) : ranked).map((a) => companyRow(tally, a));
  if (fold) rows.push(othersRow(tally, ranked.slice(TOP_COMPANIES)));

  const sum = counts.disclosed ? sumOf(totalUsd, counts.disclosed, totalBits) : null;
  const left = { cumulative: counts.cumulativeLeftOut, planned: counts.plannedLeftOut, plannedCounted: counts.plannedCounted };
  const noMatch = !index.data.deals.length || !d.length;
  const total = noMatch
    ? ''
    : sum
      ? capitalize(i18n.t('deals.total', { sum: i18n.sum(sum), count: counts.disclosed, undisclosed: counts.undisclosed, ...left }), i18n.lang)
      : i18n.t('deals.totalUndisclosed', { undisclosed: counts.undisclosed, ...left });

  const state: DealState = !index.data.deals.length
    ? 'no-deals'
    : !d.length
      ? 'no-match'
      : !counts.included
        ? 'only-excluded'
        : !counts.disclosed
          ? 'none-disclosed'
          : 'bars';

  return {
    state,
    message: emptyMessage(state, counts, i18n),
    total,
    sum,
    counts,
    colourBy: options.colourBy,
    sessionCount: index.sessionNumbers.length,
    rows,
    companies: ranked.length,
    foldable,
    legend: legendOf(rows, options.colourBy === 'basis', index, i18n),
    description: describeBars(rows, ranked.length, i18n),
    usd: (n) => i18n.usd(n),
    undisclosed: undisclosedOrder(touched.filter((a) => undisclosed[a]! > 0).sort(byName), dealsOf, index),
    ordered: Uint32Array.from([...ranked, ...valueless].flatMap(dealsOf)),
  };
}

function undisclosedOrder(companies: readonly number[], dealsOf: (a: number) => number[], index: DatasetIndex): Uint32Array {
  const out: number[] = [];
  for (const a of companies) for (const i of dealsOf(a)) if (Number.isNaN(index.dUsd[i]!)) out.push(i);
  return Uint32Array.from(out);
}

function emptyMessage(state: DealState, counts: DealCounts, i18n: I18n): string | null {
  switch (state) {
    case 'no-deals':
      return i18n.t('deals.empty.dataset');
    case 'no-match':
      return i18n.t('deals.empty.filters');
    case 'none-disclosed':
      return i18n.t('deals.empty.noneDisclosed');
    case 'only-excluded': {
      const cumulative = i18n.t('deals.cumulative');
      const planned = i18n.t('deals.planned');
      if (counts.cumulativeLeftOut && counts.plannedLeftOut) return i18n.t('deals.empty.onlyExcluded', { cumulative, planned });
      return counts.cumulativeLeftOut ? i18n.t('deals.empty.onlyCumulative', { box: cumulative }) : i18n.t('deals.empty.onlyPlanned', { box: planned });
    }
    default:
      return null;
  }
}

