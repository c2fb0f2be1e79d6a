/**
 * Topics as a reader sees them. A dataset gives a topic either as a label, translated like any
 * dataset text ({"en": "C5+1", "ru": "С5+1"}), or as a raw key written in lower case ("general
 * debate", as a filter or a spreadsheet would have it). Every place that shows a topic — the
 * timeline's callouts and tooltips, the downloads — reads it here, so a key never reaches a reader
 * as a key: the reader's language where the dataset gives it, else the original, and a text
 * written all in lower case starts with a capital. A text with any capital is the dataset's own
 * casing ("UN reform", "eGov") and is left alone. Pure.
 */
import type { LocalText } from './schema';
import { localize, type Shown } from './text';

const CASED = /[\p{Lu}\p{Lt}]/u;
/** The first letter or digit, after any opening quote or bracket. */
const FIRST = /[\p{L}\p{N}]/u;

/**
 * "general debate" → "General debate", "c5+1" → "C5+1", "«зелёная» экономика" → "«Зелёная»
 * экономика". Unchanged: a text with a capital anywhere, and one that starts with a number
 * ("5g networks": its first word is not a word to capitalise). `lang` picks the casing rules.
 */
export function topicCase(text: string, lang = 'en'): string {
  if (CASED.test(text)) return text;
  const at = text.search(FIRST);
  if (at < 0) return text;
  // A whole code point: a letter outside the Basic Multilingual Plane is two UTF-16 units.
  const first = String.fromCodePoint(text.codePointAt(at)!);
  if (!/\p{L}/u.test(first)) return text;
  return text.slice(0, at) + safeUpper(first, lang) + text.slice(at + first.length);
}

/** Upper case in `lang`, or in the runtime's default rules when `lang` is not a language tag Intl knows. */
function safeUpper(letter: string, lang: string): string {
  try {
    return letter.toLocaleUpperCase(lang);
  } catch {
    return letter.toUpperCase();
  }
}

/** A topic in the reader's language `lang` (else the original), cased as a label, with the language it is in. */
export function topicLabel(topic: LocalText, lang: string, datasetLang = 'en'): Shown {
  const shown = localize(topic, lang, datasetLang);
  return { text: topicCase(shown.text, shown.lang), lang: shown.lang };
}
