/**
 * Every change the studio makes to the records of a work, as pure functions from one Work to the
 * next: a field edited (a new id renames the references to it; an id that still reads as the
 * suggestion from its record's names follows them as they are typed), a record added, removed,
 * duplicated or merged, a new record's blank. Articles and the records made from their passages
 * are in articleEdits.ts; ids and references in recordIds.ts. Pure; inputs are never changed.
 */
import { uniqueId } from './ids';
import { sessionOfDate } from './dates';
import { getIn, setIn, type Path } from './paths';
import { FALLBACK, idBase, idKey, renameReferences, suggestId } from './recordIds';
import { records, stringOf as str, type Collection, type Json, type JsonObject, type Work } from './editedDataset';

type Value = Json | undefined;

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
