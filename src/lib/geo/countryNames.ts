/**
 * Country names in each language, from i18n-iso-countries, loaded on demand (about 4 KB gzip
 * per language). The registry's names are often formal ("Islamic Republic of Iran"); charts want
 * the short names people read in the news, so the few that differ are overridden per language.
 */
import type { Language } from '../basics/vocabulary';

const SHORT_NAMES: Record<Language, Record<string, string>> = {
  en: {
    USA: 'United States',
    CHN: 'China',
    GMB: 'The Gambia',
    FLK: 'Falkland Islands',
    VGB: 'British Virgin Islands',
    MAF: 'Saint Martin',
    SXM: 'Sint Maarten',
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
  },
  ru: {},
  kk: {},
};

type NameFile = { countries: Record<string, string | string[]> };

const LOADERS: Record<Language, () => Promise<{ default: NameFile }>> = {
  en: () => import('i18n-iso-countries/langs/en.json') as Promise<{ default: NameFile }>,
  ru: () => import('i18n-iso-countries/langs/ru.json') as Promise<{ default: NameFile }>,
  kk: () => import('i18n-iso-countries/langs/kk.json') as Promise<{ default: NameFile }>,
};

/**
 * Names by alpha-3 code from a name file of i18n-iso-countries (keyed by alpha-2; a list's first
 * entry is the name). `toAlpha3` comes from codes.ts, loaded with the names rather than at start.
 */
export function namesFromFile(
  file: NameFile,
  lang: Language,
  toAlpha3: (alpha2: string) => string | undefined,
): Map<string, string> {
  const out = new Map<string, string>();
  for (const [a2, value] of Object.entries(file.countries)) {
    const a3 = toAlpha3(a2);
    if (!a3) continue;
    out.set(a3, SHORT_NAMES[lang][a3] ?? (Array.isArray(value) ? value[0]! : value));
  }
  return out;
}

export async function loadCountryNames(lang: Language): Promise<Map<string, string>> {
  const [file, codes] = await Promise.all([LOADERS[lang](), import('./codes')]);
  return namesFromFile(file.default, lang, codes.alpha2ToAlpha3);
}
