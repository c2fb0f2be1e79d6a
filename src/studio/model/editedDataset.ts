/**
 * The studio's work: the dataset being edited (as JSON that may not follow the format yet: a
 * dataset with problems still opens, so they can be fixed), the text of each article, the
 * passages selected in them, and where the work came from. Immutable: every change makes a new
 * Work that shares what did not change, so undo is a list of Works. Pure.
 */
import { tooDeep, tooDeepMessage } from '../../lib/data/limits';
import type { QuoteSelector } from './quoteSelector';
import { own, put } from './own';

export type Json = null | boolean | number | string | Json[] | JsonObject;
export interface JsonObject {
  [key: string]: Json;
}

/** The record lists of a dataset, in the order the format lists them. */
export const COLLECTIONS = ['sources', 'sessions', 'actors', 'engagements', 'deals'] as const;
export type Collection = (typeof COLLECTIONS)[number];

/** Where the work came from, for the file name of a download and for knowing what `?data=` opened. */
export type Origin =
  { kind: 'empty' } | { kind: 'bundled' } | { kind: 'file'; name: string } | { kind: 'url'; url: string };

export interface Work {
  /** The dataset as edited. Every collection is an array of objects; anything else in the document is kept as it was. */
  dataset: JsonObject;
  /** Article text by source id: kept with the work, written into the file only when `includeTexts`. */
  texts: Readonly<Record<string, string>>;
  /** Passages selected in each source's text (W3C TextQuoteSelector), to find a quote again among repeats. */
  selectors: Readonly<Record<string, readonly QuoteSelector[]>>;
  /** Write each source's text into the saved file as `sources[].text`. */
  includeTexts: boolean;
  origin: Origin;
}

export const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A string value, or '' for anything else (a missing field, a number, an object). */
export const stringOf = (v: Json | undefined): string => (typeof v === 'string' ? v : '');

/**
 * The records of a collection (an empty list when the document has none). Opening keeps only
 * objects in the collections (workFromDocument) and every edit adds objects, so no filtering here:
 * this is called in loops over large datasets.
 */
export function records(work: Work, collection: Collection): JsonObject[] {
  const list = work.dataset[collection];
  return Array.isArray(list) ? (list as JsonObject[]) : [];
}

/** A new, empty dataset: the fields the format requires, left for the user to fill. */
export function emptyWork(): Work {
  return {
    dataset: {
      schemaVersion: 1,
      title: '',
      delegation: { country: '', leader: '', aliases: [] },
      sources: [],
      sessions: [],
      actors: [],
      engagements: [],
      deals: [],
    },
    texts: {},
    selectors: {},
    includeTexts: false,
    origin: { kind: 'empty' },
  };
}

export type Opened =
  | {
      ok: true;
      work: Work;
      /** Paths of what could not be opened for editing and was left out (a record that is not an object). */ setAside: string[];
    }
  | { ok: false; reason: 'json' | 'shape' | 'deep'; detail: string };

/**
 * A parsed document as work. Anything that is a JSON object opens, problems and all; only a
 * collection that is not a list of records is set aside (reported, since editing it is
 * impossible). Article texts in `sources[].text` move to the work's texts, and saving then keeps
 * writing them.
 */
export function workFromDocument(doc: unknown, origin: Origin): Opened {
  if (!isObject(doc)) return { ok: false, reason: 'shape', detail: Array.isArray(doc) ? 'array' : typeof doc };
  // Refused at open, so that saving (which walks the document) never overflows the stack.
  const deep = tooDeep(doc);
  if (deep) return { ok: false, reason: 'deep', detail: `${deep}: ${tooDeepMessage()}` };
  const dataset: JsonObject = { ...doc };
  const setAside: string[] = [];
  // A record that is not an object (a stray string), or a collection that is not a list, cannot
  // be edited by a form: it is left out, and the user is told where it was.
  for (const c of COLLECTIONS) {
    const list = dataset[c];
    if (Array.isArray(list)) {
      list.forEach((r, i) => isObject(r) || setAside.push(`${c}[${i}]`));
      dataset[c] = list.filter(isObject);
    } else {
      if (list !== undefined) setAside.push(c);
      dataset[c] = [];
    }
  }
  const texts: Record<string, string> = {};
  dataset.sources = (dataset.sources as JsonObject[]).map((s) => {
    if (typeof s.text !== 'string' || typeof s.id !== 'string') return s;
    put(texts, s.id, s.text);
    const { text: _text, ...rest } = s;
    return rest;
  });
  return {
    ok: true,
    work: { dataset, texts, selectors: {}, includeTexts: Object.keys(texts).length > 0, origin },
    setAside,
  };
}

/** Parse a file's text and open it. */
export function workFromText(text: string, origin: Origin): Opened {
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    return { ok: false, reason: 'json', detail: (err as Error).message };
  }
  return workFromDocument(doc, origin);
}

/** The dataset as it is saved: with each source's text when the user asked for it. */
export function documentOf(work: Work): JsonObject {
  if (!work.includeTexts) return work.dataset;
  const sources = work.dataset.sources;
  if (!Array.isArray(sources)) return work.dataset;
  return {
    ...work.dataset,
    sources: sources.map((s) => {
      if (!isObject(s) || typeof s.id !== 'string') return s;
      const text = own(work.texts, s.id);
      return text ? { ...s, text } : s;
    }),
  };
}

/** The language plain-string texts are in ("en" when the dataset does not say). */
export function datasetLanguage(work: Work): string {
  const lang = work.dataset.language;
  return typeof lang === 'string' && lang ? lang : 'en';
}
