/**
 * The languages the product writes in, each named in its own language for the switch, and the
 * choice of one from the reader's browser. Pure.
 */
import { LANGUAGES, type Language } from '../basics/vocabulary';

export { LANGUAGES, type Language } from '../basics/vocabulary';

/** Option labels of the language switch: each language in its own words. */
export const LANGUAGE_NAMES: Record<Language, string> = { kk: 'Қазақша', ru: 'Русский', en: 'English' };

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

/** The first of the reader's languages ("ru-RU", "kk", "en-GB") that the product speaks, else English. */
export function preferredLanguage(browserLanguages: readonly string[]): Language {
  for (const tag of browserLanguages) {
    const base = tag.split('-')[0]!.toLowerCase();
    if (isLanguage(base)) return base;
  }
  return 'en';
}

/** Intl locales per language. English dates read "17 September 2023", numbers and dollars as in the US. */
export const INTL_LOCALE: Record<Language, { numbers: string; dates: string }> = {
  en: { numbers: 'en-US', dates: 'en-GB' },
  ru: { numbers: 'ru', dates: 'ru' },
  kk: { numbers: 'kk', dates: 'kk' },
};
