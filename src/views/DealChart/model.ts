/**
 * The deal chart's content before any geometry: one group of bars per kind of money (signed
 * agreements, announced plans, …: values.ts), never a bar or a total across kinds; in each group
 * one bar per company with a disclosed value of that kind, stacked from its deals by basis or by
 * session, the top ones and "Others"; the undisclosed deals apart (never drawn as zero); every
 * number worded by the one rule of values.ts. All groups share one scale. One pass over
 * the filtered deal positions with the index arrays (tally.ts), so 20,000 deals cost a few
 * milliseconds; objects are made only for the bars drawn (bars.ts). Pure: no Svelte, no DOM, inputs never mutated.
 */
import type { DatasetIndex } from '../../lib/data/query';
import type { Shown } from '../../lib/data/text';
import type { KindSum } from '../../lib/data/values';
import { MONEY_KINDS, type MoneyKind } from '../../lib/basics/vocabulary';
import type { I18n } from '../../lib/i18n/i18n';
import type { ViewOptions } from '../../lib/state/options';
import { companyRow, describeBars, othersRow, type BarRow } from './bars';
import { legendOf, type LegendEntry } from './legend';
import { KINDS, sumOf, tallyDeals, type DealCounts, type Tally } from './tally';
import type { ViewInput } from '../shared/types';

/** Companies drawn in a kind before the rest fold into "Others": the same at every width, so a download shows what the reader saw. */
export const TOP_COMPANIES = 10;

export type DealState = 'no-deals' | 'no-match' | 'only-excluded' | 'none-disclosed' | 'bars';

/** The bars of one kind of money, under a heading that gives the kind's total. */
export interface KindGroup {
  kind: MoneyKind;
  /** The kind's total, with its deals (undisclosed ones counted, never added). */
  total: KindSum;
  /** "Signed agreements: about $4.2B (1 deal)" */
  heading: string;
  /** The bars of the kind (possibly none, when no value of the kind is disclosed). */
  rows: BarRow[];
}

export interface DealModel {
  state: DealState;
  /** Why there are no bars (null when there are). */
  message: string | null;
  /** "Signed agreements: about $4.2B (1 deal) · Announced plans: about $1B (1 deal); 6 deals undisclosed; …" ('' when no deal matches). */
  total: string;
  /** One total per kind of money in the chart, in MONEY_KINDS order: the header's figures for the same options. */
  kinds: KindSum[];
  counts: DealCounts;
  colourBy: ViewOptions['colourBy'];
  /** Sessions in the dataset (session colours are spread over them). */
  sessionCount: number;
  /** Every bar, group after group. */
  rows: BarRow[];
  /** The kinds with a disclosed value, each with its bars. */
  groups: KindGroup[];
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

/** Which switches the dataset can use: no checkbox that does nothing. */
export function dealOffers(index: DatasetIndex): { cumulative: boolean; planned: boolean } {
  return { cumulative: index.dCumulative.includes(1), planned: index.dPlanned.includes(1) };
}

export function dealModel({ index, filtered, filters, options, i18n }: ViewInput): DealModel {
  const d = filtered.d;
  const {
    usd,
    bits,
    grain,
    disclosed,
    undisclosed,
    touched,
    kUsd,
    kBits,
    kGrain,
    kDisclosed,
    kDeals,
    counts,
    dealsOf,
  } = tallyDeals(index, d, options);

  const names = new Map<number, Shown>();
  const nameOf = (a: number): Shown => {
    let shown = names.get(a);
    if (!shown) names.set(a, (shown = i18n.text(index.data.actors[a]!.name, index.datasetLang)));
    return shown;
  };
  const actorOf = (slot: number) => Math.floor(slot / KINDS);
  const byName = (x: number, y: number) => i18n.compare(nameOf(actorOf(x)).text, nameOf(actorOf(y)).text) || x - y;
  // Kind first (MONEY_KINDS order), then the largest total, then the name.
  const ranked = touched
    .filter((s) => disclosed[s]! > 0)
    .sort((x, y) => (x % KINDS) - (y % KINDS) || usd[y]! - usd[x]! || byName(x, y));
  const valueless = touched.filter((s) => disclosed[s] === 0).sort((x, y) => byName(x, y) || (x % KINDS) - (y % KINDS));

  const tally: Tally = {
    index,
    i18n,
    colourBy: options.colourBy,
    selected: new Set(filters.companies),
    usd,
    bits,
    grain,
    disclosed,
    undisclosed,
    dealsOf,
    nameOf,
  };
  const kinds: KindSum[] = [];
  const groups: KindGroup[] = [];
  let foldable = false;
  for (let kind = 0; kind < KINDS; kind++) {
    if (!kDeals[kind]) continue;
    const sum = kDisclosed[kind] ? sumOf(kUsd[kind]!, kDisclosed[kind]!, kBits[kind]!, kGrain[kind]!) : null;
    const total: KindSum = {
      kind: MONEY_KINDS[kind]!,
      sum,
      deals: kDeals[kind]!,
      undisclosed: kDeals[kind]! - kDisclosed[kind]!,
    };
    kinds.push(total);
    if (!sum) continue;
    const mine = ranked.filter((s) => s % KINDS === kind);
    // A lone leftover company is drawn rather than folded into an "Others" of one.
    const folds = mine.length > TOP_COMPANIES + 1;
    foldable ||= folds;
    const fold = folds && !options.showAll;
    const rows = (fold ? mine.slice(0, TOP_COMPANIES) : mine).map((s) => companyRow(tally, s));
    if (fold) rows.push(othersRow(tally, mine.slice(TOP_COMPANIES)));
    groups.push({ kind: total.kind, total, heading: i18n.kindTotal(total), rows });
  }
  const rows = groups.flatMap((g) => g.rows);

  const left = {
    cumulative: counts.cumulativeLeftOut,
    planned: counts.plannedLeftOut,
    plannedCounted: counts.plannedCounted,
  };
  const noMatch = !index.data.deals.length || !d.length;
  const total = noMatch
    ? ''
    : counts.disclosed
      ? i18n.t('deals.totals', {
          kinds: kinds
            .filter((k) => k.sum)
            .map((k) => i18n.kindTotal(k))
            .join(' · '),
          undisclosed: counts.undisclosed,
          ...left,
        })
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

  // What "Show all N companies" offers: companies with a disclosed value, each once.
  const companies = new Set(ranked.map(actorOf)).size;
  // Undisclosed deals by company name; a company's slots are adjacent, so its deals come together.
  const undisclosedSlots = touched.filter((s) => undisclosed[s]! > 0).sort(byName);
  return {
    state,
    message: emptyMessage(state, counts, i18n),
    total,
    kinds,
    counts,
    colourBy: options.colourBy,
    sessionCount: index.sessionNumbers.length,
    rows,
    groups,
    companies,
    foldable,
    legend: legendOf(rows, options.colourBy === 'basis', index, i18n),
    description: describeBars(groups, companies, i18n),
    usd: (n) => i18n.usd(n),
    undisclosed: undisclosedOrder(undisclosedSlots, dealsOf, index),
    ordered: Uint32Array.from([...ranked, ...valueless].flatMap(dealsOf)),
  };
}

function undisclosedOrder(
  slots: readonly number[],
  dealsOf: (slot: number) => number[],
  index: DatasetIndex,
): Uint32Array {
  const out: number[] = [];
  for (const s of slots) for (const i of dealsOf(s)) if (Number.isNaN(index.dUsd[i]!)) out.push(i);
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
      if (counts.cumulativeLeftOut && counts.plannedLeftOut)
        return i18n.t('deals.empty.onlyExcluded', { cumulative, planned });
      return counts.cumulativeLeftOut
        ? i18n.t('deals.empty.onlyCumulative', { box: cumulative })
        : i18n.t('deals.empty.onlyPlanned', { box: planned });
    }
    default:
      return null;
  }
}
