/**
 * The one rule for adding up figures that carry qualifiers ("about $1B" + "about $4.2B"). A sum
 * inherits the uncertainty of its parts:
 *
 * - "over" parts make the sum a lower bound, "up to" parts an upper bound; when both occur the sum
 *   is no bound at all ("mixed": some parts are minimums, some maximums);
 * - any "about" part makes the sum approximate; "exact" parts change nothing.
 *
 * | parts            | bound | approximate | English wording (i18n: `sum.*`) |
 * |------------------|-------|-------------|---------------------------------|
 * | exact + exact    | none  | no          | $5.2B                           |
 * | exact + about    | none  | yes         | about $5.2B                     |
 * | about + up to    | upper | yes         | up to about $5.2B               |
 * | over + about     | lower | yes         | about $5.2B or more             |
 * | over + exact     | lower | no          | over $5.2B                      |
 * | over + up to     | mixed | either      | roughly $5.2B                   |
 *
 * A sum keeps the precision of its parts: when any part is qualified, the total is rounded to the
 * coarsest precision among the qualified parts, read from the figure as the source gave it
 * ("about $4.2B" is known to $0.1B, "over $230M" to $10M). So "about $4.2B" + "about $0.3B" is
 * "about $4.5B", and "about $4.2B" + "over $230M" is "about $4.4B or more", never "$4.43B". An
 * exact part is known to the dollar and makes nothing coarser.
 *
 * And a total adds only one kind of money (vocabulary.ts `MONEY_KINDS`): `sumByKind` keeps a sum
 * per kind and never one across kinds.
 *
 * The header, every view, every export and the command line word a sum through this rule (the
 * words themselves are in the message files). Pure.
 */
import type { Deal, DealValue } from './schema';
import { KIND_OF_BASIS, MONEY_KINDS, type MoneyKind, type Qualifier } from '../basics/vocabulary';

export interface Combined {
  bound: 'none' | 'lower' | 'upper' | 'mixed';
  approximate: boolean;
}

export function combineQualifiers(qualifiers: readonly Qualifier[]): Combined {
  const over = qualifiers.includes('over');
  const upTo = qualifiers.includes('up-to');
  return {
    bound: over && upTo ? 'mixed' : over ? 'lower' : upTo ? 'upper' : 'none',
    approximate: qualifiers.includes('about'),
  };
}

/** A sum of disclosed values, with the qualifiers of its parts combined. */
export interface ValueSum {
  /** The total, rounded to the precision of its parts (`grainOf`). */
  usd: number;
  /** How many values were added. */
  parts: number;
  combined: Combined;
}

/**
 * How finely a figure is known: the place of its last significant digit ($4,200,000,000 → $100M,
 * $230,000,000 → $10M, $1,500.5 → $0.1). An exact figure is known to its last digit too, but it
 * never coarsens a sum (see `grainOfValue`).
 */
export function grainOf(usd: number): number {
  if (!(usd > 0) || !Number.isFinite(usd)) return 1;
  if (!Number.isInteger(usd)) {
    // Cents and below: as many decimals as the number is written with, at most 6.
    for (let k = 1; k <= 6; k++) if (Number.isInteger(Math.round(usd * 10 ** k * 1e6) / 1e6)) return 10 ** -k;
    return 1e-6;
  }
  let grain = 1;
  while (grain < 1e15 && usd % (grain * 10) === 0) grain *= 10;
  return grain;
}

/** The precision a value brings to a sum: 0 (none) for an exact figure, else `grainOf`. */
export function grainOfValue(usd: number, qualifier: Qualifier): number {
  return qualifier === 'exact' ? 0 : grainOf(usd);
}

/** A total rounded to a grain (0: kept as it is). Never rounds a positive total down to 0. */
export function roundToGrain(usd: number, grain: number): number {
  if (!(grain > 0)) return usd;
  const rounded = grain >= 1 ? Math.round(usd / grain) * grain : Math.round(usd / grain) / Math.round(1 / grain);
  return rounded > 0 ? rounded : usd;
}

/** The sum of the disclosed values among `values` (null ones are undisclosed and never count as 0); null when none is disclosed. */
export function sumValues(values: readonly DealValue[]): ValueSum | null {
  let usd = 0;
  let grain = 0;
  const qualifiers: Qualifier[] = [];
  for (const v of values) {
    if (!v) continue;
    usd += v.usd;
    grain = Math.max(grain, grainOfValue(v.usd, v.qualifier));
    qualifiers.push(v.qualifier);
  }
  return qualifiers.length ? { usd: roundToGrain(usd, grain), parts: qualifiers.length, combined: combineQualifiers(qualifiers) } : null;
}

/** The money of one kind among some deals. */
export interface KindSum {
  kind: MoneyKind;
  /** The disclosed values of this kind added up; null when none is disclosed. */
  sum: ValueSum | null;
  /** Deals of this kind, disclosed or not. */
  deals: number;
  /** Deals of this kind whose value is undisclosed. */
  undisclosed: number;
}

/** The kind of money a deal is. */
export const kindOf = (deal: Pick<Deal, 'basis'>): MoneyKind => KIND_OF_BASIS[deal.basis];

/**
 * One sum per kind of money present among `deals`, in `MONEY_KINDS` order: the only way a view,
 * the header, an export or the command line adds deal values. Kinds without a deal are left out.
 */
export function sumByKind(deals: readonly Pick<Deal, 'basis' | 'value'>[]): KindSum[] {
  const byKind = new Map<MoneyKind, DealValue[]>();
  for (const d of deals) {
    const kind = kindOf(d);
    const list = byKind.get(kind);
    if (list) list.push(d.value);
    else byKind.set(kind, [d.value]);
  }
  return MONEY_KINDS.flatMap((kind) => {
    const values = byKind.get(kind);
    if (!values) return [];
    const sum = sumValues(values);
    return [{ kind, sum, deals: values.length, undisclosed: values.length - (sum?.parts ?? 0) }];
  });
}
