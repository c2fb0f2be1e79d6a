/**
 * ISO 3166-1 codes (alpha-2, alpha-3, numeric) from i18n-iso-countries' code table alone: 3 KB
 * gzip, without the name data, so the page can check `?country=` and join the basemap without
 * loading every country's name in every language.
 */
import table from 'i18n-iso-countries/codes.json';

const rows = table as unknown as [string, string, string, ...string[]][];
const byAlpha3 = new Map(rows.map(([a2, a3, num]) => [a3, { a2, num }]));
const byNumeric = new Map(rows.map(([, a3, num]) => [num, a3]));
const byAlpha2 = new Map(rows.map(([a2, a3]) => [a2, a3]));

export { isAlpha3 } from './alpha3';

/** ISO numeric code ("398") of an alpha-3 code: the id world-atlas gives its features. */
export function alpha3ToNumeric(code: string): string | undefined {
  return byAlpha3.get(code)?.num;
}

/** Alpha-3 code of an ISO numeric code ("398" → "KAZ"). */
export function numericToAlpha3(numeric: string): string | undefined {
  return byNumeric.get(numeric);
}

export function alpha2ToAlpha3(code: string): string | undefined {
  return byAlpha2.get(code);
}

/** Every assigned alpha-3 code. */
export function allAlpha3(): string[] {
  return [...byAlpha3.keys()];
}
