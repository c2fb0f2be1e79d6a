import { describe, expect, it } from 'vitest';
import { parseAmount, valueInText } from '../../src/studio/money';

describe('parseAmount', () => {
  it.each([
    { input: '4200000000', usd: 4_200_000_000 },
    { input: '4,200,000,000', usd: 4_200_000_000 },
    { input: '4.2B', usd: 4_200_000_000 },
    { input: '$4.2 billion', usd: 4_200_000_000 },
    { input: '230 million', usd: 230_000_000 },
    { input: '1.5 mln', usd: 1_500_000 },
    { input: '750k', usd: 750_000 },
    { input: '12.50', usd: 12.5 },
    { input: 'a lot', usd: null },
    { input: '4.2 gazillion', usd: null },
    { input: '', usd: null },
  ])('$input → $usd', ({ input, usd }) => {
    expect(parseAmount(input)).toBe(usd);
  });
});

describe('valueInText', () => {
  it.each([
    { text: 'agreements worth about $4.2 billion with the American company Wabtec', value: { usd: 4_200_000_000, qualifier: 'about' } },
    { text: 'the company has invested over $230 million', value: { usd: 230_000_000, qualifier: 'over' } },
    { text: 'financing of up to $500 million', value: { usd: 500_000_000, qualifier: 'up-to' } },
    { text: 'a contract for $75,000,000', value: { usd: 75_000_000, qualifier: 'exact' } },
    { text: 'Wabtec’s plans to invest about $1 billion in the transport', value: { usd: 1_000_000_000, qualifier: 'about' } },
    { text: 'no amount was disclosed', value: null },
  ])('$text', ({ text, value }) => {
    expect(valueInText(text)).toEqual(value);
  });
});

describe('amounts in Russian and Kazakh, and decimal commas', () => {
  it.each([
    { input: '4,2 млрд', expected: 4.2e9 },
    { input: '4,2B', expected: 4.2e9 },
    { input: '230 млн $', expected: 230e6 },
    { input: '1 000 000', expected: 1e6 },
    { input: '1,000,000', expected: 1e6 },
    { input: '1.000.000', expected: 1e6 },
    { input: '1,234.5', expected: 1234.5 },
    { input: '950 тыс', expected: 950e3 },
    { input: '2 миллиарда', expected: 2e9 },
    { input: '4.2 billion', expected: 4.2e9 },
  ])('$input → $expected', ({ input, expected }) => {
    expect(parseAmount(input)).toBe(expected);
  });

  it.each([
    { text: 'соглашения на сумму около 4,2 млрд долларов', expected: { usd: 4.2e9, qualifier: 'about' } },
    { text: 'более $230 млн', expected: { usd: 230e6, qualifier: 'over' } },
    { text: 'шамамен 4,2 млрд доллар', expected: { usd: 4.2e9, qualifier: 'about' } },
    { text: 'worth about $4.2 billion', expected: { usd: 4.2e9, qualifier: 'about' } },
  ])('$text', ({ text, expected }) => {
    expect(valueInText(text)).toEqual(expected);
  });
});
