/**
 * A record's id: suggested from its names (a source's publisher and year, an actor's name, an
 * engagement's session year and first participant…), and the references to it in other records,
 * renamed with it. Pure; inputs are never changed.
 */
import type { LocalText } from '../../lib/data/schema';
import { original } from '../../lib/data/text';
import { joinIdParts, slugify, uniqueId } from './ids';
import { put } from './own';
import {
  datasetLanguage,
  isObject,
  records,
  stringOf as str,
  type Collection,
  type Json,
  type JsonObject,
  type Work,
} from './editedDataset';

type Value = Json | undefined;

const localStr = (v: Value, lang: string): string =>
  typeof v === 'string' ? v : isObject(v) ? original(v as LocalText, lang).text : '';

function sessionYear(work: Work, session: Value): number | undefined {
  if (typeof session !== 'number') return undefined;
  const s = records(work, 'sessions').find((x) => x.number === session);
  return typeof s?.year === 'number' ? s.year : 1945 + session;
}

/** The id a record would be given from its names, before making it unique. Sessions have none. */
export function idBase(work: Work, collection: Collection, record: JsonObject): string {
  const lang = datasetLanguage(work);
  switch (collection) {
    case 'sources':
      return joinIdParts('', [str(record.publisher), str(record.published).slice(0, 4) || undefined]);
    case 'actors':
      return slugify(localStr(record.name, lang));
    case 'engagements': {
      const first =
        Array.isArray(record.participants) && isObject(record.participants[0]) ? str(record.participants[0].actor) : '';
      return joinIdParts('e', [sessionYear(work, record.session), first || undefined]);
    }
    case 'deals':
      return joinIdParts('d', [sessionYear(work, record.session), str(record.company) || undefined]);
    case 'sessions':
      return '';
  }
}

/** The id of a record whose names give none. */
export const FALLBACK: Record<Collection, string> = {
  sources: 'source',
  actors: 'actor',
  engagements: 'e',
  deals: 'd',
  sessions: '',
};

/** A free id for a record from its names. */
export function suggestId(work: Work, collection: Collection, record: JsonObject, index = -1): string {
  const taken = records(work, collection)
    .filter((_, i) => i !== index)
    .map((r) => str(r.id));
  return uniqueId(idBase(work, collection, record), taken, FALLBACK[collection]);
}

const REFERENCES: Record<
  Exclude<Collection, 'sessions'>,
  { collection: Collection; path: readonly (string | '*')[] }[]
> = {
  sources: [
    { collection: 'engagements', path: ['citations', '*', 'source'] },
    { collection: 'deals', path: ['citations', '*', 'source'] },
  ],
  actors: [
    { collection: 'actors', path: ['affiliation'] },
    { collection: 'engagements', path: ['participants', '*', 'actor'] },
    { collection: 'deals', path: ['company'] },
  ],
  engagements: [{ collection: 'deals', path: ['engagement'] }],
  deals: [],
};

function replaceRef(node: Json | undefined, path: readonly (string | '*')[], from: Json, to: Json): Json | undefined {
  if (path.length === 0) return node === from ? to : node;
  const [key, ...rest] = path as [string, ...string[]];
  if (key === '*') {
    if (!Array.isArray(node)) return node;
    let changed = false;
    const out = node.map((item) => {
      const next = replaceRef(item, rest, from, to) as Json;
      if (next !== item) changed = true;
      return next;
    });
    return changed ? out : node;
  }
  if (!isObject(node) || !(key in node)) return node;
  const next = replaceRef(node[key], rest, from, to);
  return next === node[key] ? node : { ...node, [key]: next as Json };
}

/** Every reference to `from` in the dataset made a reference to `to` (records of `collection` point at). */
export function renameReferences(work: Work, collection: Collection, from: Json, to: Json): Work {
  if (from === to || from === '' || from === null) return work;
  let dataset = work.dataset;
  const refs =
    collection === 'sessions'
      ? [
          { collection: 'engagements' as const, path: ['session'] },
          { collection: 'deals' as const, path: ['session'] },
        ]
      : REFERENCES[collection];
  for (const ref of refs) {
    const list = dataset[ref.collection];
    if (!Array.isArray(list)) continue;
    let changed = false;
    const next = list.map((r) => {
      const out = replaceRef(r, ref.path, from, to) as Json;
      if (out !== r) changed = true;
      return out;
    });
    if (changed) dataset = { ...dataset, [ref.collection]: next };
  }
  let { texts, selectors } = work;
  if (collection === 'sources' && typeof from === 'string' && typeof to === 'string') {
    if (Object.hasOwn(texts, from)) texts = moveKey(texts, from, to);
    if (Object.hasOwn(selectors, from)) selectors = moveKey(selectors, from, to);
  }
  return dataset === work.dataset && texts === work.texts && selectors === work.selectors
    ? work
    : { ...work, dataset, texts, selectors };
}

function moveKey<T>(obj: Readonly<Record<string, T>>, from: string, to: string): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [k, v] of Object.entries(obj)) put(out, k === from ? to : k, v);
  return out;
}

/** The key that names a record: `number` for sessions, `id` for the rest. */
export const idKey = (collection: Collection) => (collection === 'sessions' ? 'number' : 'id');
