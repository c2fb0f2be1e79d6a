// @vitest-environment node
// Every word and number the product writes: English in full; Russian and Kazakh numbers only,
// since their messages are not translated yet.
import { describe, expect, it } from 'vitest';
import type { DealValue } from '../../src/lib/data/schema';
import type { Qualifier } from '../../src/lib/basics/vocabulary';
import { english, i18nFor } from '../helpers';

const en = english();

describe('English', () => {
  it('is English', () => {
    expect(en.lang).toBe('en');
  });

  describe('counts through plural messages', () => {
    const cases: { input: [Parameters<typeof en.t>[0], number]; expected: string }[] = [
      { input: ['count.engagements', 0], expected: '0 engagements' },
      { input: ['count.engagements', 1], expected: '1 engagement' },
      { input: ['count.engagements', 2], expected: '2 engagements' },
      { input: ['count.engagements', 11148], expected: '11,148 engagements' },
      { input: ['count.deals', 1], expected: '1 deal' },
      { input: ['count.countries', 3], expected: '3 countries' },
      { input: ['count.companies', 1], expected: '1 company' },
      { input: ['count.planned', 2], expected: '2 planned events' },
      { input: ['count.planned', 1], expected: '1 planned event' },
    ];
    it.each(cases)('$input', ({ input: [key, count], expected }) => {
      expect(en.t(key, { count })).toBe(expected);
    });
  });

  it('fills placeholders in messages', () => {
    expect(en.t('notice.year', { value: '23' })).toBe(
      'Ignored year "23": write four-digit years separated by commas, such as ?year=2023,2025.',
    );
    expect(en.t('context.andMore', { list: 'A, B, C', count: 2 })).toBe('A, B, C and 2 more');
  });

  describe('ordinals and sessions', () => {
    const cases: { input: number; expected: string }[] = [
      { input: 1, expected: '1st' },
      { input: 2, expected: '2nd' },
      { input: 3, expected: '3rd' },
      { input: 4, expected: '4th' },
      { input: 11, expected: '11th' },
      { input: 12, expected: '12th' },
      { input: 13, expected: '13th' },
      { input: 21, expected: '21st' },
      { input: 22, expected: '22nd' },
      { input: 23, expected: '23rd' },
      { input: 78, expected: '78th' },
      { input: 81, expected: '81st' },
      { input: 111, expected: '111th' },
      { input: 112, expected: '112th' },
    ];
    it.each(cases)('$input → $expected', ({ input, expected }) => {
      expect(en.ordinal(input)).toBe(expected);
      expect(en.session(input)).toBe(`${expected} session`);
    });
  });

  describe('dollars, short and in full', () => {
    const cases: { input: number; expected: { short: string; full: string } }[] = [
      { input: 4.2e9, expected: { short: '$4.2B', full: '$4,200,000,000' } },
      { input: 2.3e8, expected: { short: '$230M', full: '$230,000,000' } },
      { input: 9.5e5, expected: { short: '$950K', full: '$950,000' } },
      { input: 1.25e9, expected: { short: '$1.25B', full: '$1,250,000,000' } },
      // Three significant digits at most.
      { input: 1_234_567_890, expected: { short: '$1.23B', full: '$1,234,567,890' } },
      { input: 500, expected: { short: '$500', full: '$500' } },
    ];
    it.each(cases)('$input', ({ input, expected }) => {
      expect({ short: en.usd(input), full: en.usdFull(input) }).toEqual(expected);
    });

    it('a value that is no number is a dash, never "$NaN"', () => {
      expect(en.usd(NaN)).toBe('–');
      expect(en.usd(Infinity)).toBe('–');
    });
  });

  describe('one deal value', () => {
    const cases: { input: DealValue; expected: string }[] = [
      { input: { usd: 4.2e9, qualifier: 'about' }, expected: 'about $4.2B' },
      { input: { usd: 4.2e9, qualifier: 'over' }, expected: 'over $4.2B' },
      { input: { usd: 4.2e9, qualifier: 'up-to' }, expected: 'up to $4.2B' },
      { input: { usd: 4.2e9, qualifier: 'exact' }, expected: '$4.2B' },
      { input: null, expected: 'undisclosed' },
    ];
    it.each(cases)('$input', ({ input, expected }) => {
      expect(en.value(input)).toBe(expected);
    });
  });

  describe('figures that are not money', () => {
    const cases: { input: [number, Qualifier]; expected: string }[] = [
      { input: [300000, 'over'], expected: 'over 300,000' },
      { input: [1500, 'about'], expected: 'about 1,500' },
      { input: [250, 'up-to'], expected: 'up to 250' },
      { input: [12, 'exact'], expected: '12' },
    ];
    it.each(cases)('$input', ({ input, expected }) => {
      expect(en.figure(...input)).toBe(expected);
    });
  });

  describe('dates', () => {
    const cases: { name: string; input: Parameters<typeof en.date>; expected: string }[] = [
      { name: 'a full date', input: ['2023-09-17'], expected: '17 September 2023' },
      { name: 'a full date without its year', input: ['2023-09-17', { year: false }], expected: '17 September' },
      { name: 'the first of a month', input: ['2025-01-01'], expected: '1 January 2025' },
      { name: 'month only', input: ['2023-09'], expected: 'September 2023' },
      {
        name: 'month only keeps its year even when asked not to',
        input: ['2023-09', { year: false }],
        expected: 'September 2023',
      },
      { name: 'no date', input: [undefined], expected: 'date not reported' },
      { name: 'null', input: [null], expected: 'date not reported' },
      { name: 'empty', input: [''], expected: 'date not reported' },
    ];
    it.each(cases)('$name', ({ input, expected }) => {
      expect(en.date(...input)).toBe(expected);
    });
  });

  describe('country names from alpha-3 codes', () => {
    const cases: { input: string; expected: string }[] = [
      { input: 'KAZ', expected: 'Kazakhstan' },
      { input: 'FRA', expected: 'France' },
      // Short names as the news writes them, not the registry's formal ones.
      { input: 'IRN', expected: 'Iran' },
      { input: 'USA', expected: 'United States' },
      { input: 'GBR', expected: 'United Kingdom' },
      { input: 'RUS', expected: 'Russia' },
      { input: 'KOR', expected: 'South Korea' },
      // Unknown codes are shown as written.
      { input: 'XYZ', expected: 'XYZ' },
    ];
    it.each(cases)('$input → $expected', ({ input, expected }) => {
      expect(en.country(input)).toBe(expected);
    });
  });

  it('numbers: whole counts grouped, others with a fraction', () => {
    expect(en.count(11148)).toBe('11,148');
    expect(en.count(2.6)).toBe('3');
    expect(en.number(1234.567)).toBe('1,234.6');
    expect(en.number(1234.567, 2)).toBe('1,234.57');
    expect(en.number(0.5, 0)).toBe('1');
  });

  it('compare: case-insensitive, numbers in number order', () => {
    expect(['b', 'C', 'a'].sort(en.compare)).toEqual(['a', 'b', 'C']);
    expect(['item 10', 'item 9', 'item 1'].sort(en.compare)).toEqual(['item 1', 'item 9', 'item 10']);
    expect(en.compare('Émile', 'emile')).toBe(0);
  });

  describe('list', () => {
    const cases: { input: string[]; expected: string }[] = [
      { input: [], expected: '' },
      { input: ['Iran'], expected: 'Iran' },
      { input: ['Iran', 'France'], expected: 'Iran and France' },
      // en-US list style, as the numbers are: with the serial comma.
      { input: ['Iran', 'France', 'Germany'], expected: 'Iran, France, and Germany' },
    ];
    it.each(cases)('$input', ({ input, expected }) => {
      expect(en.list(input)).toBe(expected);
    });
  });
});

// Messages are not translated yet: only what Intl decides is asserted.
describe.each(['ru', 'kk'] as const)('%s numbers', (lang) => {
  // A space-like group separator (Intl uses a no-break space) and a decimal comma.
  const GROUP = '[\\u00a0\\u202f ]';

  it('reports its language', async () => {
    expect((await i18nFor(lang)).lang).toBe(lang);
  });

  it('groups thousands with a space, never a comma or a dot', async () => {
    const i18n = await i18nFor(lang);
    expect(i18n.count(11148)).toMatch(new RegExp(`^11${GROUP}148$`));
    expect(i18n.count(1_234_567)).toMatch(new RegExp(`^1${GROUP}234${GROUP}567$`));
  });

  it('writes a decimal comma', async () => {
    const i18n = await i18nFor(lang);
    expect(i18n.number(1234.5)).toMatch(new RegExp(`^1${GROUP}234,5$`));
    expect(i18n.number(0.25, 2)).toBe('0,25');
  });
});
