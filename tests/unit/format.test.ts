// @vitest-environment node
// Pure string code: no DOM needed.
import { describe, expect, it } from 'vitest';
import { formatCount, formatDate, formatUsd, formatUsdFull, formatValue, ordinal } from '../../src/lib/data/format';
import type { DealValue } from '../../src/lib/data/schema';

describe('formatUsd', () => {
  const cases: { input: number; expected: string }[] = [
    { input: 0, expected: '$0' },
    { input: 1, expected: '$1' },
    { input: 999, expected: '$999' },
    { input: 1_000, expected: '$1K' },
    { input: 1_500, expected: '$1.5K' },
    { input: 950_000, expected: '$950K' },
    { input: 999_499, expected: '$999K' },
    // Rounds across the unit boundary instead of "$1000K".
    { input: 999_999, expected: '$1M' },
    { input: 1_000_000, expected: '$1M' },
    { input: 10_000_000, expected: '$10M' },
    { input: 230_000_000, expected: '$230M' },
    { input: 250_000_000, expected: '$250M' },
    // "B" for billions, not the SI "G".
    { input: 1_000_000_000, expected: '$1B' },
    { input: 1_250_000_000, expected: '$1.25B' },
    { input: 1_234_567_890, expected: '$1.23B' },
    { input: 4_200_000_000, expected: '$4.2B' },
    { input: 999_999_999, expected: '$1B' },
    { input: 2_500_000_000_000, expected: '$2.5T' },
    { input: Number.NaN, expected: '–' },
    { input: Number.POSITIVE_INFINITY, expected: '–' },
  ];
  it.each(cases)('$input → $expected', ({ input, expected }) => {
    expect(formatUsd(input)).toBe(expected);
  });
});

describe('formatValue', () => {
  const cases: { input: DealValue; expected: string }[] = [
    { input: { usd: 4_200_000_000, qualifier: 'about' }, expected: 'about $4.2B' },
    { input: { usd: 230_000_000, qualifier: 'over' }, expected: 'over $230M' },
    { input: { usd: 10_000_000, qualifier: 'up-to' }, expected: 'up to $10M' },
    { input: { usd: 10_000_000, qualifier: 'exact' }, expected: '$10M' },
    { input: { usd: 999_999, qualifier: 'about' }, expected: 'about $1M' },
    { input: null, expected: 'undisclosed' },
  ];
  it.each(cases)('$expected', ({ input, expected }) => {
    expect(formatValue(input)).toBe(expected);
  });

  it('does not mutate its input', () => {
    const input: DealValue = Object.freeze({ usd: 5, qualifier: 'over' as const });
    formatValue(input);
    expect(input).toEqual({ usd: 5, qualifier: 'over' });
  });
});

describe('formatUsdFull and formatCount', () => {
  const cases: { name: string; input: () => string; expected: string }[] = [
    { name: 'full dollars with separators', input: () => formatUsdFull(4_200_000_000), expected: '$4,200,000,000' },
    { name: 'full dollars rounded to whole dollars', input: () => formatUsdFull(999.6), expected: '$1,000' },
    { name: 'a count with separators', input: () => formatCount(300_000), expected: '300,000' },
    { name: 'a small count', input: () => formatCount(7), expected: '7' },
  ];
  it.each(cases)('$name', ({ input, expected }) => {
    expect(input()).toBe(expected);
  });
});

describe('formatDate', () => {
  const cases: { input: string | null | undefined; expected: string }[] = [
    { input: '2023-09-18', expected: '18 September 2023' },
    { input: '2023-09-05', expected: '5 September 2023' },
    { input: '2023-01-01', expected: '1 January 2023' },
    { input: '2024-02-29', expected: '29 February 2024' },
    { input: '2025-12-31', expected: '31 December 2025' },
    { input: '2023-09', expected: 'September 2023' },
    { input: '2023-12', expected: 'December 2023' },
    { input: null, expected: 'date not reported' },
    { input: undefined, expected: 'date not reported' },
    { input: '', expected: 'date not reported' },
  ];
  it.each(cases)('$input → $expected', ({ input, expected }) => {
    expect(formatDate(input)).toBe(expected);
  });
});

describe('ordinal', () => {
  const cases: { input: number; expected: string }[] = [
    { input: 0, expected: '0th' },
    { input: 1, expected: '1st' },
    { input: 2, expected: '2nd' },
    { input: 3, expected: '3rd' },
    { input: 4, expected: '4th' },
    { input: 10, expected: '10th' },
    { input: 11, expected: '11th' },
    { input: 12, expected: '12th' },
    { input: 13, expected: '13th' },
    { input: 14, expected: '14th' },
    { input: 20, expected: '20th' },
    { input: 21, expected: '21st' },
    { input: 22, expected: '22nd' },
    { input: 23, expected: '23rd' },
    { input: 78, expected: '78th' },
    { input: 80, expected: '80th' },
    { input: 81, expected: '81st' },
    { input: 82, expected: '82nd' },
    { input: 83, expected: '83rd' },
    { input: 100, expected: '100th' },
    { input: 101, expected: '101st' },
    { input: 102, expected: '102nd' },
    { input: 103, expected: '103rd' },
    { input: 111, expected: '111th' },
    { input: 112, expected: '112th' },
    { input: 113, expected: '113th' },
  ];
  it.each(cases)('$input → $expected', ({ input, expected }) => {
    expect(ordinal(input)).toBe(expected);
  });

  it('agrees with Intl plural rules for every session number from 1 to 113', () => {
    const rules = new Intl.PluralRules('en-US', { type: 'ordinal' });
    const suffix: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };
    for (let n = 1; n <= 113; n++) expect(ordinal(n)).toBe(`${n}${suffix[rules.select(n)]}`);
  });
});
