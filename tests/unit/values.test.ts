// @vitest-environment node
// The one rule for adding up qualified figures (src/lib/data/values.ts) and its English words.
import { describe, expect, it } from 'vitest';
import {
  combineQualifiers,
  grainOf,
  grainOfValue,
  roundToGrain,
  sumByKind,
  sumValues,
  type Combined,
  type KindSum,
  type ValueSum,
} from '../../src/lib/data/values';
import type { DealValue } from '../../src/lib/data/schema';
import type { Qualifier } from '../../src/lib/basics/vocabulary';
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
  // Every pair of the table in values.ts, each adding $4.2B and $0.3B (both known to $0.1B).
  const cases: { name: string; input: DealValue[]; expected: { sum: ValueSum | null; words: string | null } }[] = [
    {
      name: 'exact + exact',
      input: [v(3e8, 'exact'), v(4.2e9, 'exact')],
      expected: { sum: { usd: 4.5e9, parts: 2, combined: { bound: 'none', approximate: false } }, words: '$4.5B' },
    },
    {
      name: 'exact + about',
      input: [v(3e8, 'exact'), v(4.2e9, 'about')],
      expected: { sum: { usd: 4.5e9, parts: 2, combined: { bound: 'none', approximate: true } }, words: 'about $4.5B' },
    },
    {
      name: 'about + up to',
      input: [v(3e8, 'about'), v(4.2e9, 'up-to')],
      expected: {
        sum: { usd: 4.5e9, parts: 2, combined: { bound: 'upper', approximate: true } },
        words: 'up to about $4.5B',
      },
    },
    {
      name: 'over + about',
      input: [v(3e8, 'over'), v(4.2e9, 'about')],
      expected: {
        sum: { usd: 4.5e9, parts: 2, combined: { bound: 'lower', approximate: true } },
        words: 'about $4.5B or more',
      },
    },
    {
      name: 'over + exact',
      input: [v(3e8, 'over'), v(4.2e9, 'exact')],
      expected: {
        sum: { usd: 4.5e9, parts: 2, combined: { bound: 'lower', approximate: false } },
        words: 'over $4.5B',
      },
    },
    {
      name: 'over + up to',
      input: [v(3e8, 'over'), v(4.2e9, 'up-to')],
      expected: {
        sum: { usd: 4.5e9, parts: 2, combined: { bound: 'mixed', approximate: false } },
        words: 'roughly $4.5B',
      },
    },
    {
      name: 'over + up to + about is still "roughly"',
      input: [v(3e8, 'over'), v(4.2e9, 'up-to'), v(1e8, 'about')],
      expected: {
        sum: { usd: 4.6e9, parts: 3, combined: { bound: 'mixed', approximate: true } },
        words: 'roughly $4.6B',
      },
    },
    {
      name: 'up to + exact',
      input: [v(3e8, 'up-to'), v(4.2e9, 'exact')],
      expected: {
        sum: { usd: 4.5e9, parts: 2, combined: { bound: 'upper', approximate: false } },
        words: 'up to $4.5B',
      },
    },
    {
      name: 'undisclosed values are left out, never added as 0',
      input: [null, v(3e8, 'up-to'), null],
      expected: { sum: { usd: 3e8, parts: 1, combined: { bound: 'upper', approximate: false } }, words: 'up to $300M' },
    },
    // Precision: a total is known no more finely than its coarsest qualified part.
    {
      name: 'about $4.2B + over $230M is about $4.4B or more, never $4.43B',
      input: [v(4.2e9, 'about'), v(2.3e8, 'over')],
      expected: {
        sum: { usd: 4.4e9, parts: 2, combined: { bound: 'lower', approximate: true } },
        words: 'about $4.4B or more',
      },
    },
    {
      name: 'about $1B + about $4.2B is about $5B: $1B is known only to the billion',
      input: [v(1e9, 'about'), v(4.2e9, 'about')],
      expected: { sum: { usd: 5e9, parts: 2, combined: { bound: 'none', approximate: true } }, words: 'about $5B' },
    },
    {
      name: 'an exact part makes nothing coarser',
      input: [v(1e9, 'exact'), v(4.2e9, 'about')],
      expected: { sum: { usd: 5.2e9, parts: 2, combined: { bound: 'none', approximate: true } }, words: 'about $5.2B' },
    },
    {
      name: 'exact parts add to the dollar',
      input: [v(1234567, 'exact'), v(1, 'exact')],
      expected: { sum: { usd: 1234568, parts: 2, combined: { bound: 'none', approximate: false } }, words: '$1.23M' },
    },
    {
      name: 'a small qualified part does not vanish into a coarse one: over $40M + about $3B is about $3B or more',
      input: [v(4e7, 'over'), v(3e9, 'about')],
      expected: {
        sum: { usd: 3e9, parts: 2, combined: { bound: 'lower', approximate: true } },
        words: 'about $3B or more',
      },
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

describe('sumValues of one value: worded like the single figure', () => {
  const cases: { input: NonNullable<DealValue>; expected: string }[] = [
    { input: { usd: 4.2e9, qualifier: 'about' }, expected: 'about $4.2B' },
    { input: { usd: 2.3e8, qualifier: 'over' }, expected: 'over $230M' },
    { input: { usd: 9.5e5, qualifier: 'up-to' }, expected: 'up to $950K' },
    { input: { usd: 1.25e9, qualifier: 'exact' }, expected: '$1.25B' },
  ];
  it.each(cases)('$input.qualifier', ({ input, expected }) => {
    const sum = sumValues([input])!;
    expect(sum.parts).toBe(1);
    expect(sum.usd).toBe(input.usd);
    expect(en.sum(sum)).toBe(expected);
    // The single figure and the value reader say the same.
    expect(en.value(input)).toBe(expected);
  });
});

describe('grainOf: how finely a figure is known', () => {
  const cases: { input: number; expected: number }[] = [
    { input: 4.2e9, expected: 1e8 },
    { input: 2.3e8, expected: 1e7 },
    { input: 1e9, expected: 1e9 },
    { input: 3e5, expected: 1e5 },
    { input: 1234567, expected: 1 },
    { input: 1500.5, expected: 0.1 },
    { input: 0.25, expected: 0.01 },
    { input: 0, expected: 1 },
  ];
  it.each(cases)('$input → $expected', ({ input, expected }) => {
    expect(grainOf(input)).toBeCloseTo(expected, 10);
  });
  it('an exact figure brings no precision to a sum', () => {
    expect(grainOfValue(4.2e9, 'exact')).toBe(0);
    for (const q of ['about', 'over', 'up-to'] as const) expect(grainOfValue(4.2e9, q)).toBe(1e8);
  });
  it('roundToGrain keeps a total as it is without a grain, and never rounds a positive total to 0', () => {
    expect(roundToGrain(4.43e9, 0)).toBe(4.43e9);
    expect(roundToGrain(4.43e9, 1e8)).toBe(4.4e9);
    expect(roundToGrain(4.45e9, 1e8)).toBe(4.5e9);
    expect(roundToGrain(4e7, 1e9)).toBe(4e7);
    expect(roundToGrain(1.26, 0.1)).toBe(1.3);
  });
});

describe('sumByKind: a total adds only one kind of money', () => {
  const deal = (basis: Parameters<typeof sumByKind>[0][number]['basis'], value: DealValue) => ({ basis, value });
  const cases: { name: string; input: Parameters<typeof sumByKind>[0]; expected: KindSum[] }[] = [
    {
      name: 'a plan and a signed agreement stay apart',
      input: [deal('investment-plan', v(1e9, 'about')), deal('agreement', v(4.2e9, 'about'))],
      expected: [
        {
          kind: 'agreements',
          sum: { usd: 4.2e9, parts: 1, combined: { bound: 'none', approximate: true } },
          deals: 1,
          undisclosed: 0,
        },
        {
          kind: 'plans',
          sum: { usd: 1e9, parts: 1, combined: { bound: 'none', approximate: true } },
          deals: 1,
          undisclosed: 0,
        },
      ],
    },
    {
      name: 'programs and projects are one kind; money spent over past years is its own',
      input: [
        deal('program', v(2e8, 'exact')),
        deal('project', v(1e8, 'about')),
        deal('cumulative-investment', v(2.3e8, 'over')),
      ],
      expected: [
        {
          kind: 'programs',
          sum: { usd: 3e8, parts: 2, combined: { bound: 'none', approximate: true } },
          deals: 2,
          undisclosed: 0,
        },
        {
          kind: 'cumulative',
          sum: { usd: 2.3e8, parts: 1, combined: { bound: 'lower', approximate: false } },
          deals: 1,
          undisclosed: 0,
        },
      ],
    },
    {
      name: 'undisclosed deals are counted in their kind, never added as 0',
      input: [deal('financing', null), deal('financing', v(5e7, 'up-to')), deal('agreement', null)],
      expected: [
        { kind: 'agreements', sum: null, deals: 1, undisclosed: 1 },
        {
          kind: 'financing',
          sum: { usd: 5e7, parts: 1, combined: { bound: 'upper', approximate: false } },
          deals: 2,
          undisclosed: 1,
        },
      ],
    },
    { name: 'no deals, no kinds', input: [], expected: [] },
  ];
  it.each(cases)('$name', ({ input, expected }) => {
    const before = structuredClone(input);
    expect(sumByKind(input)).toEqual(expected);
    expect(input).toEqual(before);
  });
  it('words each kind with its total', () => {
    const [agreements, plans] = sumByKind([
      deal('investment-plan', v(1e9, 'about')),
      deal('agreement', v(4.2e9, 'about')),
    ]);
    expect(en.kindTotal(agreements!)).toBe('Signed agreements: about $4.2B (1 deal)');
    expect(en.kindTotal(plans!)).toBe('Announced plans: about $1B (1 deal)');
    expect(en.kindTotal({ kind: 'financing', sum: null, deals: 2, undisclosed: 2 })).toBe(
      'Financing: undisclosed (2 deals)',
    );
  });
});
