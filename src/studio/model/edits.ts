/**
 * Every change the studio makes to a work, as pure functions from one Work to the next. Ids
 * are references: renaming one renames every reference to it, and an id that still reads as the
 * suggestion from its record's names follows them as they are typed. Pure; inputs are never
 * changed.
 */
import type { LocalText } from '../../lib/data/schema';
import { original } from '../../lib/data/text';
import { joinIdParts, slugify, uniqueId } from './ids';
import { dateInPassage, sessionOfDate } from './dates';
import { valueInText } from './money';
import type { Key, Path } from './paths';
import type { QuoteSelector } from './quoteSelector';
import {
  datasetLanguage,
  isObject,
  records,
  type Collection,
  type Json,
  type JsonObject,
  type Work,
} from './editedDataset';
import { own, put } from './own';

type Value = Json | undefined;

function setAt(node: Json | undefined, keys: readonly Key[], value: Value): Json | undefined {
  if (keys.length === 0) return value;
  const [key, ...rest] = keys as [Key, ...Key[]];
  if (typeof key === 'number') {
    const list = Array.isArray(node) ? [...node] : [];
    const next = setAt(list[key], rest, value);
    if (next === undefined && rest.length === 0) list.splice(key, 1);
    else list[key] = next as Json;
    return list;
  }
  const obj: JsonObject = isObject(node) ? { ...node } : {};
  const next = setAt(obj[key], rest, value);
  if (next === undefined) delete obj[key];
  else obj[key] = next;
  return obj;
}

/** The value at a path of the dataset (undefined when there is none). */
export function getIn(dataset: Json | undefined, path: Path): Json | undefined {
  let node: Json | undefined = dataset;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, Json>)[key];
  }
  return node;
}

/**
 * Set a value in the dataset; `undefined` removes the key (an optional field left empty is
 * written as no field, never as ""), or the item of a list.
 */
export function setIn(work: Work, path: Path, value: Value): Work {
  if (getIn(work.dataset, path) === value) return work;
  return { ...work, dataset: setAt(work.dataset, path, value) as JsonObject };
}

// ---------------------------------------------------------------------------------------------
// Ids: suggestions from names, and references that follow a rename.

const str = (v: Value): string => (typeof v === 'string' ? v : '');
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

const FALLBACK: Record<Collection, string> = {
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

/** How many records of the collection hold this id (references are renamed only when one does). */
function holders(work: Work, collection: Collection, id: Json): number {
  return records(work, collection).filter((r) => r[idKey(collection)] === id).length;
}

/**
 * Change a field of a record. A new id renames the references to the old one (unless another
 * record still holds it); a new name carries along an id that was the suggestion from the old
 * name; a session's new number carries along its year when the year was the one the number gives.
 */
export function editRecord(work: Work, collection: Collection, index: number, field: Path, value: Value): Work {
  const before = records(work, collection)[index];
  if (!before) return work;
  const key = idKey(collection);
  let next = setIn(work, [collection, index, ...field], value);
  if (next === work) return work;
  if (field.length === 1 && field[0] === key) {
    if (holders(work, collection, before[key]!) === 1)
      next = renameReferences(next, collection, before[key]!, value ?? '');
    if (
      collection === 'sessions' &&
      typeof value === 'number' &&
      (before.year === undefined || before.year === 1945 + Number(before.number))
    ) {
      next = setIn(next, ['sessions', index, 'year'], 1945 + value);
    }
    // Engagement and deal ids are made from actor ids and session years: those that still read
    // as their suggestion follow a renamed actor or session.
    return collection === 'actors' || collection === 'sessions' ? followDependents(work, next) : next;
  }
  if (collection === 'sessions') return next;
  return follow(work, next, collection, index);
}

/** After a change to record `index`, its id follows its names if it read as the old suggestion. */
function follow(before: Work, after: Work, collection: Collection, index: number): Work {
  const old = records(before, collection)[index];
  const now = records(after, collection)[index];
  if (!old || !now) return after;
  const oldBase = idBase(before, collection, old);
  // Most changes leave the names an id is made from alone: say so before any search of the ids.
  if (idBase(after, collection, now) === oldBase) return after;
  const id = str(old.id);
  const followsSuggestion =
    id === '' ||
    (oldBase !== '' && new RegExp(`^${escapeRe(oldBase)}(-\\d+)?$`).test(id)) ||
    id === suggestId(before, collection, old, index);
  if (!followsSuggestion) return after;
  const suggestion = suggestId(after, collection, now, index);
  return suggestion === id ? after : editRecord(after, collection, index, ['id'], suggestion);
}

function followDependents(before: Work, after: Work): Work {
  let next = after;
  for (const c of ['engagements', 'deals'] as const) {
    for (let i = 0; i < records(next, c).length; i++) next = follow(before, next, c, i);
  }
  return next;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Add a record at the end of its collection; it is given a free id from its names when it has none. */
export function addRecord(work: Work, collection: Collection, record: JsonObject): { work: Work; index: number } {
  const list = records(work, collection);
  const withId =
    collection === 'sessions' || str(record.id) ? record : { id: suggestId(work, collection, record), ...record };
  return { work: { ...work, dataset: { ...work.dataset, [collection]: [...list, withId] } }, index: list.length };
}

export function removeRecord(work: Work, collection: Collection, index: number): Work {
  const list = records(work, collection);
  if (index < 0 || index >= list.length) return work;
  return { ...work, dataset: { ...work.dataset, [collection]: list.filter((_, i) => i !== index) } };
}

/** A copy of a record under a free id, placed after it. */
export function duplicateRecord(work: Work, collection: Collection, index: number): { work: Work; index: number } {
  const list = records(work, collection);
  const record = list[index];
  if (!record) return { work, index };
  const copy: JsonObject =
    collection === 'sessions'
      ? { ...record }
      : {
          ...record,
          id: uniqueId(
            str(record.id),
            list.map((r) => str(r.id)),
            FALLBACK[collection],
          ),
        };
  const next = [...list.slice(0, index + 1), copy, ...list.slice(index + 1)];
  return { work: { ...work, dataset: { ...work.dataset, [collection]: next } }, index: index + 1 };
}

// ---------------------------------------------------------------------------------------------
// Articles and the passages selected in them.

export function setText(work: Work, sourceId: string, text: string): Work {
  if ((own(work.texts, sourceId) ?? '') === text) return work;
  const texts = { ...work.texts };
  if (text) put(texts, sourceId, text);
  else delete texts[sourceId];
  return { ...work, texts };
}

export function setIncludeTexts(work: Work, includeTexts: boolean): Work {
  return work.includeTexts === includeTexts ? work : { ...work, includeTexts };
}

function rememberSelector(work: Work, sourceId: string, selector: QuoteSelector): Work {
  const list = own(work.selectors, sourceId) ?? [];
  if (list.some((s) => s.exact === selector.exact && s.prefix === selector.prefix && s.suffix === selector.suffix))
    return work;
  const plain = { exact: selector.exact, prefix: selector.prefix, suffix: selector.suffix };
  return { ...work, selectors: { ...work.selectors, [sourceId]: [...list, plain] } };
}

/**
 * The session a new record from this source most likely belongs to: the one running on its
 * publication date, else the one of its publication year, else the latest. A session the date
 * falls in but the work does not have yet is still named (the problem list then asks for it).
 */
export function likelySession(work: Work, sourceId: string): number | undefined {
  const sessions = records(work, 'sessions').filter((s) => typeof s.number === 'number');
  const source = records(work, 'sources').find((s) => s.id === sourceId);
  const published = str(source?.published);
  const running = sessionOfDate(published);
  if (running !== undefined && sessions.some((s) => s.number === running)) return running;
  const year = Number(published.slice(0, 4));
  const same = sessions.find((s) => s.year === year);
  const latest = sessions.reduce<JsonObject | undefined>(
    (a, s) => (!a || (s.number as number) > (a.number as number) ? s : a),
    undefined,
  );
  return (same?.number as number | undefined) ?? running ?? (latest?.number as number | undefined);
}

/** The year a source was published in, when its date says. */
function sourceYear(work: Work, sourceId: string): number | undefined {
  const source = records(work, 'sources').find((s) => s.id === sourceId);
  const m = /^(\d{4})/.exec(str(source?.published));
  return m ? Number(m[1]) : undefined;
}

/** A new engagement or deal whose one citation is the selected passage (and the session it needs, when the source's date names one the work lacks). */
export function recordFromSelection(
  work: Work,
  collection: 'engagements' | 'deals',
  sourceId: string,
  selector: QuoteSelector,
): { work: Work; index: number } {
  const session = likelySession(work, sourceId);
  // The session the source's date falls in, when the work has none of that number yet: derived
  // from the date (it opens in September of 1945 + N), so the first record needs no detour.
  const published = str(records(work, 'sources').find((s) => s.id === sourceId)?.published);
  if (
    session !== undefined &&
    session === sessionOfDate(published) &&
    !records(work, 'sessions').some((s) => s.number === session)
  ) {
    work = addRecord(work, 'sessions', { number: session, year: 1945 + session }).work;
  }
  const citations = [{ source: sourceId, quote: selector.exact }];
  const record: JsonObject =
    collection === 'engagements'
      ? { session: session ?? null, type: 'bilateral', participants: [], topics: [], summary: '', citations }
      : {
          session: session ?? null,
          value: valueInText(selector.exact),
          basis: 'agreement',
          sector: '',
          summary: '',
          citations,
        };
  if (session === undefined) delete record.session;
  if (collection === 'engagements') {
    // A day the passage names ("September 24"), completed with the source's year: offered, not final.
    const date = dateInPassage(selector.exact, sourceYear(work, sourceId));
    if (date) record.date = date;
  }
  return addRecord(rememberSelector(work, sourceId, selector), collection, record);
}

/** The selected passage as one more citation of an existing engagement or deal. */
export function addCitation(
  work: Work,
  collection: 'engagements' | 'deals',
  index: number,
  sourceId: string,
  selector: QuoteSelector,
): Work {
  const record = records(work, collection)[index];
  if (!record) return work;
  const cites = Array.isArray(record.citations) ? record.citations : [];
  return setIn(
    rememberSelector(work, sourceId, selector),
    [collection, index, 'citations'],
    [...cites, { source: sourceId, quote: selector.exact }],
  );
}

/**
 * An article's headline: its first line, when it reads as one (short, not a sentence running on).
 * Offered as a source's title when it has none, verbatim from the text.
 */
export function headlineOf(text: string): string | undefined {
  const line = text
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l !== '');
  if (!line || line.length > 200 || /[.!?]\s+\S/.test(line)) return undefined;
  return line;
}

/** An article's text for a source, and its headline as the title when the source has none yet: one step. */
export function setArticle(work: Work, sourceId: string, text: string): Work {
  const next = setText(work, sourceId, text);
  const at = records(next, 'sources').findIndex((s) => s.id === sourceId);
  const title = records(next, 'sources')[at]?.title;
  const headline = headlineOf(text);
  if (at < 0 || !headline || (typeof title === 'string' && title.trim()) || isObject(title)) return next;
  return setIn(next, ['sources', at, 'title'], headline);
}

/** A new actor named by the selected words (or typed). */
export function newActor(work: Work, name: string, type = 'person'): { work: Work; index: number } {
  return addRecord(work, 'actors', { name: name.replace(/\s+/g, ' ').trim(), type });
}

/** A new actor (a country's state, an organization) added as a participant of an engagement: one step, one undo. */
export function addActorAsParticipant(work: Work, engagement: number, actor: JsonObject): Work {
  const { work: withActor, index } = addRecord(work, 'actors', actor);
  const id = records(withActor, 'actors')[index]?.id;
  const list = getIn(withActor.dataset, ['engagements', engagement, 'participants']);
  if (typeof id !== 'string') return work;
  return editRecord(
    withActor,
    'engagements',
    engagement,
    ['participants'],
    [...(Array.isArray(list) ? list : []), { actor: id }],
  );
}

/** Replace an actor by another (a duplicate of an existing one): references move to it, the duplicate goes. */
export function mergeActor(work: Work, from: number, into: number): Work {
  const list = records(work, 'actors');
  const a = list[from];
  const b = list[into];
  if (!a || !b || from === into) return work;
  const moved = renameReferences(work, 'actors', a.id ?? '', b.id ?? '');
  return removeRecord(moved, 'actors', from);
}

/** A new record of a collection with what the format requires, left to be filled in. */
export function blankRecord(work: Work, collection: Collection, thisYear = new Date().getUTCFullYear()): JsonObject {
  const numbers = records(work, 'sessions')
    .map((s) => s.number)
    .filter((n): n is number => typeof n === 'number');
  const latest = numbers.length ? Math.max(...numbers) : undefined;
  const session: JsonObject = latest === undefined ? {} : { session: latest };
  switch (collection) {
    case 'sources':
      return { publisher: '', title: '' };
    case 'sessions': {
      // The session the sources' dates fall in, when the work does not have it yet.
      const fromSources = records(work, 'sources')
        .map((s) => sessionOfDate(str(s.published)))
        .filter((n): n is number => n !== undefined && !numbers.includes(n));
      const number = fromSources.length
        ? Math.max(...fromSources)
        : latest === undefined
          ? thisYear - 1945
          : latest + 1;
      return { number, year: 1945 + number };
    }
    case 'actors':
      return { name: '', type: 'person' };
    case 'engagements':
      return { ...session, type: 'bilateral', participants: [], topics: [], summary: '', citations: [] };
    case 'deals':
      return { ...session, value: null, basis: 'agreement', sector: '', summary: '', citations: [] };
  }
}
