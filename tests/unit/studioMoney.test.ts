import { describe, expect, it } from 'vitest';
import { parseAmount, valueInText } from '../../src/studio/money';

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
    { text: 'agreements worth about $4.2 billion with the American company Wabtec', value: { usd: 4_200_000_000, qualifier: 'about' } },
    { text: 'worth about $4.2 billion', value: { usd: 4.2e9, qualifier: 'about' } },
    { text: 'the company has invested over $230 million', value: { usd: 230_000_000, qualifier: 'over' } },
    { text: 'financing of up to $500 million', value: { usd: 500_000_000, qualifier: 'up-to' } },
    { text: 'a contract for $75,000,000', value: { usd: 75_000_000, qualifier: 'exact' } },
    { text: 'Wabtec’s plans to invest about $1 billion in the transport', value: { usd: 1_000_000_000, qualifier: 'about' } },
    { text: 'соглашения на сумму около 4,2 млрд долларов', value: { usd: 4.2e9, qualifier: 'about' } },
    { text: 'более $230 млн', value: { usd: 230e6, qualifier: 'over' } },
    { text: 'шамамен 4,2 млрд доллар', value: { usd: 4.2e9, qualifier: 'about' } },
    { text: 'no amount was disclosed', value: null },
  ])('$text', ({ text, value }) => {
    expect(valueInText(text)).toEqual(value);
  });
});
