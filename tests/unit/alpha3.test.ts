// @vitest-environment node
import { describe, expect, it } from 'vitest';
import table from 'i18n-iso-countries/codes.json';
import { isAlpha3 } from '../../src/lib/geo/alpha3';

describe('the compact alpha-3 list', () => {
  it('holds exactly the codes of the i18n-iso-countries table', () => {
    const codes = (table as unknown as string[][]).map((r) => r[1]!).sort();
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    const every = [...letters].flatMap((a) => [...letters].flatMap((b) => [...letters].map((c) => a + b + c)));
    expect(every.filter(isAlpha3)).toEqual(codes);
  });
  it.each([
    { input: 'KAZ', expected: true },
    { input: 'USA', expected: true },
    { input: 'usa', expected: false },
    { input: 'XYZ', expected: false },
    { input: 'KA', expected: false },
    { input: 'KAZZ', expected: false },
    { input: 'AZA', expected: false },
  ])('$input → $expected', ({ input, expected }) => expect(isAlpha3(input)).toBe(expected));
});
