/**
 * A language's messages and country names, each in its own chunk: only the language in use is
 * loaded before the first chart; another loads when the reader chooses it.
 */
import { loadCountryNames } from '../geo/countryNames';
import type { LanguagePack } from './i18n';
import type { Language } from './languages';

const MESSAGES: Record<Language, () => Promise<{ default: Record<string, unknown> }>> = {
  en: () => import('./messages/en/index'),
  ru: () => import('./messages/ru/index'),
  kk: () => import('./messages/kk/index'),
};

const cache = new Map<Language, Promise<LanguagePack>>();

export function loadLanguage(lang: Language): Promise<LanguagePack> {
  let pending = cache.get(lang);
  if (!pending) {
    pending = Promise.all([MESSAGES[lang](), loadCountryNames(lang)]).then(([m, countryNames]) => ({
      lang,
      messages: m.default,
      countryNames,
    }));
    pending.catch(() => cache.delete(lang));
    cache.set(lang, pending);
  }
  return pending;
}
