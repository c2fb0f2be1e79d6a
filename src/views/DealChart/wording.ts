/**
 * How combined values are worded. A sum inherits the uncertainty of its parts, so the rules
 * below decide what a sum of "about", "over" and "up to" figures may honestly be called:
 *
 * - "over" parts make the sum a lower bound, "up to" parts an upper bound;
 *   when both occur the sum is no bound at all, and is called "roughly".
 * - any "about" part makes the sum approximate.
 *
 * Bar labels:  exact "$4.4B" · about "about $4.4B" · over "over $4.4B" · over+about
 * "about $4.4B or more" · up to "up to $4.4B" · up to+about "up to about $4.4B" ·
 * over+up to "roughly $4.4B". Every qualifier of a part shows up in some word of the label.
 *
 * The total sentence follows the same rule: "At least" / "Up to" / "Roughly" / "About", with
 * "(some figures are approximate)" whenever an "about" figure is in the sum, then the count of
 * undisclosed deals (never summed as 0) and of cumulative investments left out.
 */
import { formatUsd } from '../../lib/data/format';
import type { Deal, Qualifier } from '../../lib/data/schema';

export const QUALIFIER_WORDS: Record<Qualifier, string> = { about: 'about ', over: 'over ', 'up-to': 'up to ', exact: '' };

export interface Combined {
  bound: 'none' | 'lower' | 'upper' | 'mixed';
  approximate: boolean;
}

export function combineQualifiers(qualifiers: readonly Qualifier[]): Combined {
  const over = qualifiers.includes('over');
  const upTo = qualifiers.includes('up-to');
  const bound = over && upTo ? 'mixed' : over ? 'lower' : upTo ? 'upper' : 'none';
  return { bound, approximate: qualifiers.includes('about') };
}

/** The value of one or several figures, with a qualifier that keeps every part's uncertainty. */
export function combinedValueLabel(usd: number, qualifiers: readonly Qualifier[]): string {
  const v = formatUsd(usd);
  const { bound, approximate } = combineQualifiers(qualifiers);
  switch (bound) {
    case 'mixed':
      return `roughly ${v}`;
    case 'lower':
      return approximate ? `about ${v} or more` : `over ${v}`;
    case 'upper':
      return approximate ? `up to about ${v}` : `up to ${v}`;
    default:
      return approximate ? `about ${v}` : v;
  }
}

export function plural(n: number, word: string): string {
  return `${n} ${n === 1 ? word : `${word}s`}`;
}

const LEADS: Record<Combined['bound'], string> = { none: '', lower: 'At least ', upper: 'Up to ', mixed: 'Roughly ' };

/**
 * "At least $5.2B disclosed across 2 deals (some figures are approximate); 6 deals undisclosed."
 * `deals` are the deals the chart covers; `excludedCumulative` counts those left out by choice.
 */
export function totalWording(deals: readonly Deal[], excludedCumulative = 0): string {
  const left = excludedCumulative
    ? ` ${plural(excludedCumulative, 'cumulative investment')} not counted.`
    : '';
  if (!deals.length) return excludedCumulative ? `No deals shown.${left}` : 'No deals match these filters.';
  const values = deals.flatMap((d) => (d.value ? [d.value] : []));
  const undisclosed = deals.length - values.length;
  if (!values.length) return `No value disclosed for ${plural(undisclosed, 'deal')}.${left}`;

  const total = values.reduce((s, v) => s + v.usd, 0);
  const { bound, approximate } = combineQualifiers(values.map((v) => v.qualifier));
  const lead = bound === 'none' && approximate ? 'About ' : LEADS[bound];
  const notes = [
    approximate ? 'some figures are approximate' : '',
    bound === 'mixed' ? 'some are minimums, some maximums' : '',
  ].filter(Boolean);
  const note = notes.length ? ` (${notes.join('; ')})` : '';
  const rest = undisclosed ? `; ${plural(undisclosed, 'deal')} undisclosed` : '';
  return `${lead}${formatUsd(total)} disclosed across ${plural(values.length, 'deal')}${note}${rest}.${left}`;
}
