// @vitest-environment node
// The one rule for adding up qualified figures (src/lib/data/values.ts) and its English words.
import { describe, expect, it } from 'vitest';
import { asSum, combineQualifiers, sumValues, type Combined, type ValueSum } from '../../src/lib/data/values';
import type { DealValue } from '../../src/lib/data/schema';
import type { Qualifier } from '../../src/lib/data/vocabulary';
import { english } from '../helpers';

const en = english();

describe('combineQualifiers', () => {
  const cases: { input: Qualifier[]; expected: Combined }[] = [
    { input: [], expected: { bound: 'none', approximate: false } },
    { input: ['exact'], expected: { bound: 'none', approximate: false } },
    { input: ['exact', 'exact'], expected: { bound: 'none', approximate: false } },
    { input: ['exact', 'about'], expected: { bound: 'none', approximate: true } },
    { input: ['about', 'about'], expected: { bound: 'none', approximate: true } },
    { input: ['about', 'up-to'], expected: { bound: 'upper', approximate: true } },
    { input: ['over', 'about'], expected: { bound: 'lower', approximate: true } },
    { input: ['over', 'exact'], expected: { bound: 'lower', approximate: false } },
    { input: ['over', 'over'], expected: { bound: 'lower', approximate: false } },
    { input: ['up-to', 'exact'], expected: { bound: 'upper', approximate: false } },
    { input: ['up-to', 'up-to'], expected: { bound: 'upper', approximate: false } },
    { input: ['over', 'up-to'], expected: { bound: 'mixed', approximate: false } },
    { input: ['up-to', 'over', 'about'], expected: { bound: 'mixed', approximate: true } },
    // Order does not matter.
    { input: ['exact', 'about', 'over'], expected: { bound: 'lower', approximate: true } },
    { input: ['about', 'over', 'exact'], expected: { bound: 'lower', approximate: true } },
  ];
  it.each(cases)('$input', ({ input, expected }) => {
    expect(combineQualifiers(input)).toEqual(expected);
  });
});

const v = (usd: number, qualifier: Qualifier): DealValue => ({ usd, qualifier });

describe('sumValues, worded by i18n.sum', () => {
  // Every pair of the table in values.ts, each adding $1B and $4.2B.
  const cases: { name: string; input: DealValue[]; expected: { sum: ValueSum | null; words: string | null } }[] = [
    {
      name: 'exact + exact',
      input: [v(1e9, 'exact'), v(4.2e9, 'exact')],
      expected: { sum: { usd: 5.2e9, parts: 2, combined: { bound: 'none', approximate: false } }, words: '$5.2B' },
    },
    {
      name: 'exact + about',
      input: [v(1e9, 'exact'), v(4.2e9, 'about')],
      expected: { sum: { usd: 5.2e9, parts: 2, combined: { bound: 'none', approximate: true } }, words: 'about $5.2B' },
    },
    {
      name: 'about + up to',
      input: [v(1e9, 'about'), v(4.2e9, 'up-to')],
      expected: { sum: { usd: 5.2e9, parts: 2, combined: { bound: 'upper', approximate: true } }, words: 'up to about $5.2B' },
    },
    {
      name: 'over + about',
      input: [v(1e9, 'over'), v(4.2e9, 'about')],
      expected: { sum: { usd: 5.2e9, parts: 2, combined: { bound: 'lower', approximate: true } }, words: 'about $5.2B or more' },
    },
    {
      name: 'over + exact',
      input: [v(1e9, 'over'), v(4.2e9, 'exact')],
      expected: { sum: { usd: 5.2e9, parts: 2, combined: { bound: 'lower', approximate: false } }, words: 'over $5.2B' },
    },
    {
      name: 'over + up to',
      input: [v(1e9, 'over'), v(4.2e9, 'up-to')],
      expected: { sum: { usd: 5.2e9, parts: 2, combined: { bound: 'mixed', approximate: false } }, words: 'roughly $5.2B' },
    },
    {
      name: 'over + up to + about is still "roughly"',
      input: [v(1e9, 'over'), v(4.2e9, 'up-to'), v(1e8, 'about')],
      expected: { sum: { usd: 5.3e9, parts: 3, combined: { bound: 'mixed', approximate: true } }, words: 'roughly $5.3B' },
    },
    {
      name: 'up to + exact',
      input: [v(1e9, 'up-to'), v(4.2e9, 'exact')],
      expected: { sum: { usd: 5.2e9, parts: 2, combined: { bound: 'upper', approximate: false } }, words: 'up to $5.2B' },
    },
    {
      name: 'undisclosed values are left out, never added as 0',
      input: [null, v(3e8, 'up-to'), null],
      expected: { sum: { usd: 3e8, parts: 1, combined: { bound: 'upper', approximate: false } }, words: 'up to $300M' },
    },
    { name: 'all undisclosed → null', input: [null, null], expected: { sum: null, words: null } },
    { name: 'nothing → null', input: [], expected: { sum: null, words: null } },
  ];
  it.each(cases)('$name', ({ input, expected }) => {
    const sum = sumValues(input);
    expect(sum).toEqual(expected.sum);
    expect(sum && en.sum(sum)).toBe(expected.words);
  });

  it('does not mutate its input', () => {
    const input = Object.freeze([Object.freeze(v(1e9, 'over')), null, Object.freeze(v(2e9, 'about'))]);
    const before = structuredClone(input);
    sumValues(input);
    expect(input).toEqual(before);
  });
});

describe('asSum: one value worded like a total of one', () => {
  const cases: { input: NonNullable<DealValue>; expected: string }[] = [
    { input: { usd: 4.2e9, qualifier: 'about' }, expected: 'about $4.2B' },
    { input: { usd: 2.3e8, qualifier: 'over' }, expected: 'over $230M' },
    { input: { usd: 9.5e5, qualifier: 'up-to' }, expected: 'up to $950K' },
    { input: { usd: 1.25e9, qualifier: 'exact' }, expected: '$1.25B' },
  ];
  it.each(cases)('$input.qualifier', ({ input, expected }) => {
    const sum = asSum(input);
    expect(sum.parts).toBe(1);
    expect(sum.usd).toBe(input.usd);
    expect(en.sum(sum)).toBe(expected);
    // The single figure and the value reader say the same.
    expect(en.value(input)).toBe(expected);
  });
});
