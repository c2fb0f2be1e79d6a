import { describe, expect, it } from 'vitest';
import { parseAmount, valueInText } from '../../src/studio/model/money';

describe('parseAmount', () => {
  it.each([
    { input: '4200000000', usd: 4_200_000_000 },
    { input: '4,200,000,000', usd: 4_200_000_000 },
    { input: '4.2B', usd: 4_200_000_000 },
    { input: '$4.2 billion', usd: 4_200_000_000 },
    { input: '4.2 billion', usd: 4.2e9 },
    { input: '230 million', usd: 230_000_000 },
    { input: '1.5 mln', usd: 1_500_000 },
    { input: '750k', usd: 750_000 },
    { input: '12.50', usd: 12.5 },
    // Russian and Kazakh words, and decimal commas; a separator of thousands is told from a decimal one.
    { input: '4,2 млрд', usd: 4.2e9 },
    { input: '4,2B', usd: 4.2e9 },
    { input: '230 млн $', usd: 230e6 },
    { input: '950 тыс', usd: 950e3 },
    { input: '2 миллиарда', usd: 2e9 },
    { input: '1 000 000', usd: 1e6 },
    { input: '1,000,000', usd: 1e6 },
    { input: '1.000.000', usd: 1e6 },
    { input: '1,234.5', usd: 1234.5 },
    { input: 'a lot', usd: null },
    { input: '4.2 gazillion', usd: null },
    { input: '', usd: null },
  ])('$input → $usd', ({ input, usd }) => {
    expect(parseAmount(input)).toBe(usd);
  });
});

describe('valueInText', () => {
  it.each([
    {
      text: 'agreements worth about $4.2 billion with the American company Wabtec',
      value: { usd: 4_200_000_000, qualifier: 'about' },
    },
    { text: 'worth about $4.2 billion', value: { usd: 4.2e9, qualifier: 'about' } },
    { text: 'the company has invested over $230 million', value: { usd: 230_000_000, qualifier: 'over' } },
    { text: 'financing of up to $500 million', value: { usd: 500_000_000, qualifier: 'up-to' } },
    { text: 'a contract for $75,000,000', value: { usd: 75_000_000, qualifier: 'exact' } },
    {
      text: 'Wabtec’s plans to invest about $1 billion in the transport',
      value: { usd: 1_000_000_000, qualifier: 'about' },
    },
    { text: 'соглашения на сумму около 4,2 млрд долларов', value: { usd: 4.2e9, qualifier: 'about' } },
    { text: 'более $230 млн', value: { usd: 230e6, qualifier: 'over' } },
    { text: 'шамамен 4,2 млрд доллар', value: { usd: 4.2e9, qualifier: 'about' } },
    { text: 'no amount was disclosed', value: null },
  ])('$text', ({ text, value }) => {
    expect(valueInText(text)).toEqual(value);
  });
});

/**
 * Time, measured only as a guard against a pattern that backtracks: a passage with long runs of
 * spaces froze the tab (the time grew as n⁴). The bounds are far above what a linear parser takes,
 * and the growth is a ratio of medians, so a slow or busy machine does not fail them.
 */
describe('amounts in long passages', () => {
  const median = (f: () => void) => {
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      f();
      times.push(performance.now() - start);
    }
    return times.sort((a, b) => a - b)[2]!;
  };
  /**
   * The shapes that made the old patterns backtrack: one long run of spaces between a number and
   * a number word without a currency, then digits and spaces, number words glued to digits.
   */
  const passage = (length: number) => {
    let text = '1' + ' '.repeat(length / 2) + 'миллион!!долл ';
    const pieces = ['1 2 3 4 5 6 7 8 9 ', '1миллион', '4,2' + '\u00a0'.repeat(40) + 'x ', '$1' + ' '.repeat(60) + 'y '];
    for (let i = 0; text.length < length; i++) text += pieces[i % pieces.length];
    return text.slice(0, length);
  };
  let quick = false;

  it('reads the passage the review found slow at once', () => {
    // 400 spaces: a parser growing as n⁴ takes seconds here, a linear one well under a millisecond.
    const text = '1' + ' '.repeat(400) + 'миллион!!долл';
    const start = performance.now();
    expect(valueInText(text)).toBeNull();
    expect(parseAmount(text)).toBeNull();
    expect(performance.now() - start).toBeLessThan(500);
    expect(parseAmount('1' + ' '.repeat(400) + 'миллион')).toBe(1e6);
    expect(valueInText('около 4' + ' '.repeat(400) + '200 млн долларов')).toEqual({ usd: 4200e6, qualifier: 'about' });
    quick = true;
  });

  it('takes time growing with the length, not faster (100,000 characters)', () => {
    // A parser that backtracks would not finish: measured only once the short case is quick.
    expect(quick).toBe(true);
    const short = passage(10_000);
    const long = passage(100_000);
    const run = (text: string) => () => {
      valueInText(text);
      parseAmount(text);
    };
    const tShort = median(run(short));
    const tLong = median(run(long));
    expect(tLong).toBeLessThan(2000);
    // Ten times the text: about ten times the work; 20× leaves room for noise, a quadratic parser takes 100×.
    expect(tLong / Math.max(tShort, 0.5)).toBeLessThan(20);
  });
});
