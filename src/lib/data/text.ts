/**
 * Texts that may come in several languages (`LocalText`): which one a reader sees, and in which
 * language it is, so the page can mark a fallback with its own `lang` attribute. Pure.
 */
import type { LocalText } from './schema';

/**
 * A string with its lone surrogates (half of a pair, which no encoder can write) made U+FFFD, as
 * URLSearchParams and a UTF-8 encoder do: the URL and the exported files both need it.
 */
export const wellFormed = (s: string) => s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

/** A text as shown: the words and the language they are in. */
export interface Shown {
  text: string;
  lang: string;
}

const base = (tag: string) => tag.split('-')[0]!.toLowerCase();

/**
 * The text in `lang` when the dataset has it (exactly, or the same base language: "ru" for
 * "ru-RU"), else the original: the entry in the dataset's own language, else the first one.
 */
export function localize(value: LocalText, lang: string, datasetLang = 'en'): Shown {
  if (typeof value === 'string') return { text: value, lang: datasetLang };
  if (value[lang] !== undefined) return { text: value[lang], lang };
  const entries = Object.entries(value);
  const sameBase = entries.find(([tag]) => base(tag) === base(lang));
  if (sameBase) return { text: sameBase[1], lang: sameBase[0] };
  return original(value, datasetLang);
}

/** The text in the dataset's own language (the key a filter or a URL uses for it). */
export function original(value: LocalText, datasetLang = 'en'): Shown {
  if (typeof value === 'string') return { text: value, lang: datasetLang };
  if (value[datasetLang] !== undefined) return { text: value[datasetLang], lang: datasetLang };
  const first = Object.entries(value)[0];
  return first ? { text: first[1], lang: first[0] } : { text: '', lang: datasetLang };
}

/** Just the words of `localize`, for places that cannot carry a language mark (file names, sorting). */
export function textOf(value: LocalText, lang: string, datasetLang = 'en'): string {
  return localize(value, lang, datasetLang).text;
}
