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
 * The header, every view, every export and the command line word a sum through this rule (the
 * words themselves are in the message files). Pure.
 */
import type { DealValue } from './schema';
import type { Qualifier } from './vocabulary';

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
  usd: number;
  /** How many values were added. */
  parts: number;
  combined: Combined;
}

/** The sum of the disclosed values among `values` (null ones are undisclosed and never count as 0); null when none is disclosed. */
export function sumValues(values: readonly DealValue[]): ValueSum | null {
  let usd = 0;
  const qualifiers: Qualifier[] = [];
  for (const v of values) {
    if (!v) continue;
    usd += v.usd;
    qualifiers.push(v.qualifier);
  }
  return qualifiers.length ? { usd, parts: qualifiers.length, combined: combineQualifiers(qualifiers) } : null;
}

/** One value as a sum of one part, so a single figure and a total are worded by the same rule. */
export function asSum(value: NonNullable<DealValue>): ValueSum {
  return { usd: value.usd, parts: 1, combined: combineQualifiers([value.qualifier]) };
}
