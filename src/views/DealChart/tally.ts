/**
 * The deal chart's one pass over the filtered deals (`tallyDeals`): per company and kind of money
 * (a slot, `actor * KINDS + kind`), the sum of the disclosed values, their qualifiers and
 * precision, the deals disclosed and undisclosed and the slot's deals as a linked list through the
 * positions; per kind, the kind's total; and what the options leave out. Typed arrays by slot, no
 * object per company, so 20,000 deals cost a few milliseconds. `Tally` is how the bars
 * (bars.ts) read it. Pure.
 */
import type { DatasetIndex } from '../../lib/data/query';
import type { Shown } from '../../lib/data/text';
import { combineQualifiers, roundToGrain, type Combined, type ValueSum } from '../../lib/data/values';
import { MONEY_KINDS, QUALIFIERS } from '../../lib/basics/vocabulary';
import type { I18n } from '../../lib/i18n/i18n';
import type { ViewOptions } from '../../lib/state/options';

/** Kinds of money: a bar's slot in the tally is `actor * KINDS + kind`. */
export const KINDS = MONEY_KINDS.length;

/** What the model's pass found, per company and kind (arrays by slot, `actor * KINDS + kind`), and how to read it. */
export interface Tally {
  index: DatasetIndex;
  i18n: I18n;
  colourBy: ViewOptions['colourBy'];
  /** Company ids in the filter. */
  selected: ReadonlySet<string>;
  usd: Float64Array;
  /** The qualifiers of a company's disclosed values, bit q for QUALIFIERS[q]. */
  bits: Uint8Array;
  /** The coarsest precision among the qualified values (values.ts `grainOfValue`; 0: all exact). */
  grain: Float64Array;
  disclosed: Uint32Array;
  undisclosed: Uint32Array;
  /** A slot's deals in the chart, in dataset order (positions). */
  dealsOf(slot: number): number[];
  /** A company's name, by actor position. */
  nameOf(a: number): Shown;
}

// A qualifier set as bits (bit q for QUALIFIERS[q]) and what the one rule makes of each of the 16 sets.
const COMBINED: Combined[] = Array.from({ length: 1 << QUALIFIERS.length }, (_, bits) =>
  combineQualifiers(QUALIFIERS.filter((_, q) => bits & (1 << q))),
);
/** A sum from a tally: rounded to the coarsest precision of its parts, its qualifiers combined. */
export const sumOf = (usd: number, parts: number, bits: number, grain: number): ValueSum => ({
  usd: roundToGrain(usd, grain),
  parts,
  combined: COMBINED[bits]!,
});

/** What the options let into the chart, and what they leave out. */
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

/** The pass's arrays, per slot (company × kind) and per kind (the `k` ones), and what it counted. */
export interface DealPass {
  usd: Float64Array;
  bits: Uint8Array;
  grain: Float64Array;
  disclosed: Uint32Array;
  undisclosed: Uint32Array;
  /** Slots with a deal in the chart, in the order first met. */
  touched: number[];
  kUsd: Float64Array;
  kBits: Uint8Array;
  kGrain: Float64Array;
  kDisclosed: Uint32Array;
  /** Deals of each kind in the chart, disclosed or not. */
  kDeals: Uint32Array;
  counts: DealCounts;
  /** A slot's deals in the chart, in dataset order (positions). */
  dealsOf(slot: number): number[];
}

/** One pass over the filtered deal positions `d`: what the chart holds, by slot and by kind. */
export function tallyDeals(
  index: DatasetIndex,
  d: Uint32Array,
  options: Pick<ViewOptions, 'cumulative' | 'planned'>,
): DealPass {
  const nA = index.data.actors.length;
  // Each slot's deals (slot: company × kind of money) as a linked list through the filtered
  // positions: one pass, no arrays per company.
  const nS = nA * KINDS;
  const head = new Int32Array(nS).fill(-1);
  const next = new Int32Array(d.length);
  const usd = new Float64Array(nS);
  const bits = new Uint8Array(nS);
  const grain = new Float64Array(nS);
  const disclosed = new Uint32Array(nS);
  const undisclosed = new Uint32Array(nS);
  const touched: number[] = [];
  // Per kind: the sum's parts, and how many deals of the kind (disclosed or not).
  const kUsd = new Float64Array(KINDS);
  const kBits = new Uint8Array(KINDS);
  const kGrain = new Float64Array(KINDS);
  const kDisclosed = new Uint32Array(KINDS);
  const kDeals = new Uint32Array(KINDS);
  const counts: DealCounts = {
    included: 0,
    disclosed: 0,
    undisclosed: 0,
    cumulativeIncluded: 0,
    cumulativeLeftOut: 0,
    plannedLeftOut: 0,
    plannedCounted: 0,
  };
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
    const kind = index.dKind[i]!;
    const slot = index.dCompany[i]! * KINDS + kind;
    if (head[slot] === -1) touched.push(slot);
    next[k] = head[slot]!;
    head[slot] = k;
    counts.included++;
    kDeals[kind]!++;
    const v = index.dUsd[i]!;
    if (Number.isNaN(v)) {
      undisclosed[slot]!++;
      counts.undisclosed++;
    } else {
      const q = 1 << index.dQualifier[i]!;
      const g = index.dGrain[i]!;
      usd[slot]! += v;
      bits[slot]! |= q;
      if (g > grain[slot]!) grain[slot] = g;
      disclosed[slot]!++;
      kUsd[kind]! += v;
      kBits[kind]! |= q;
      if (g > kGrain[kind]!) kGrain[kind] = g;
      kDisclosed[kind]!++;
      counts.disclosed++;
    }
  }
  const dealsOf = (slot: number): number[] => {
    const out: number[] = [];
    for (let k = head[slot]!; k !== -1; k = next[k]!) out.push(d[k]!);
    return out.reverse();
  };
  return {
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
  };
}
