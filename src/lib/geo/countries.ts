/**
 * ISO 3166-1 country codes and display names, from i18n-iso-countries (the maintained list),
 * so that validation accepts every real alpha-3 code and nothing else.
 */
import isoCountries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };

isoCountries.registerLocale(en);

// The registry's English names are formal ("Islamic Republic of Iran"); charts want the short
// names people read in the news. Only names that differ from the registry's first form are here.
const SHORT_NAMES: Record<string, string> = {
  USA: 'United States',
  GBR: 'United Kingdom',
  IRN: 'Iran',
  RUS: 'Russia',
  KOR: 'South Korea',
  PRK: 'North Korea',
  SYR: 'Syria',
  VEN: 'Venezuela',
  BOL: 'Bolivia',
  TZA: 'Tanzania',
  VNM: 'Vietnam',
  LAO: 'Laos',
  MDA: 'Moldova',
  COD: 'DR Congo',
  COG: 'Congo',
  FSM: 'Micronesia',
  TWN: 'Taiwan',
  PSE: 'Palestine',
  CZE: 'Czechia',
  MKD: 'North Macedonia',
  BRN: 'Brunei',
  CIV: "Côte d'Ivoire",
  VAT: 'Holy See',
};

/** True for an assigned ISO 3166-1 alpha-3 code, upper case ("KAZ"). */
export function isAlpha3(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && isoCountries.isValid(code);
}

/** Short English name of an alpha-3 code; the code itself when it is not a real one. */
export function countryName(code: string): string {
  if (SHORT_NAMES[code]) return SHORT_NAMES[code];
  const name = isAlpha3(code) ? isoCountries.getName(code, 'en') : undefined;
  return name ?? code;
}

/** ISO numeric code ("398") of an alpha-3 code: the id world-atlas gives its features. */
export function alpha3ToNumeric(code: string): string | undefined {
  return isoCountries.alpha3ToNumeric(code);
}

/** Alpha-3 code of an ISO numeric code ("398" → "KAZ"). */
export function numericToAlpha3(numeric: string): string | undefined {
  return isoCountries.numericToAlpha3(numeric);
}
