/**
 * The prerendered page's boot data: the bundled dataset (validated when the app was built) and
 * the messages of the language it was rendered in, inlined as JSON so the page can hydrate
 * without a request. Pure apart from reading the element.
 */
import type { Dataset } from '../data/schema';
import type { LanguagePack } from '../i18n/i18n';

export const BOOT_ID = 'unga-boot';

export interface Boot {
  data: Dataset;
  pack: LanguagePack;
}

/** What the build writes into the page. */
export interface BootJson {
  data: Dataset;
  lang: LanguagePack['lang'];
  messages: Record<string, unknown>;
  countryNames: [string, string][];
}

export function bootJson(data: Dataset, pack: LanguagePack): string {
  const json: BootJson = { data, lang: pack.lang, messages: pack.messages, countryNames: [...pack.countryNames] };
  // Every "<" written as \u003c (the same string to JSON.parse): "</script" would end the element
  // early, and "<!--<script" would keep the real "</script>" from ending it.
  return JSON.stringify(json).replaceAll('<', '\\u003c');
}

export function readBoot(doc: Document): Boot | null {
  const el = doc.getElementById(BOOT_ID);
  if (!el?.textContent) return null;
  try {
    const json = JSON.parse(el.textContent) as BootJson;
    return {
      data: json.data,
      pack: { lang: json.lang, messages: json.messages, countryNames: new Map(json.countryNames) },
    };
  } catch {
    return null;
  }
}

/**
 * The prerendered page is the default state of the bundled dataset in one language: it can be
 * hydrated only when the address asks for nothing else and the reader's language is that one.
 */
export function canHydrate(search: string, lang: string, bootLang: string): boolean {
  return search.replace(/^\?/, '') === '' && lang === bootLang;
}
