/**
 * JSON paths as validation writes them (`deals[2].value.usd`, see formatPath in load.ts), as
 * keys for editing (`['deals', 2, 'value', 'usd']`), and as the id of the form field that edits
 * them, so a problem in the list can take the user to its field; the value at a path, read and
 * set. Pure; inputs are never changed.
 */
import { formatPath } from '../../lib/data/load';
import { COLLECTIONS, isObject, type Collection, type Json, type JsonObject, type Work } from './editedDataset';

export type Key = string | number;
export type Path = readonly Key[];

export { formatPath };

/** `deals[2].value.usd` → `['deals', 2, 'value', 'usd']`. `(document)` → `[]`. */
export function parsePath(path: string): Key[] {
  if (path === '(document)' || path === '') return [];
  const keys: Key[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) keys.push(m[2] !== undefined ? Number(m[2]) : m[1]!);
  return keys;
}

/** The element id of the field that edits `path` (stable, valid in HTML and CSS). */
export function fieldId(path: Path | string): string {
  const keys = typeof path === 'string' ? parsePath(path) : path;
  return `field-${keys.join('-').replace(/[^A-Za-z0-9_-]/g, '_') || 'document'}`;
}

/** The candidates to focus for a problem: the field itself, then each enclosing part up to the record. */
export function fieldIdsToTry(path: string): string[] {
  const keys = parsePath(path);
  const ids: string[] = [];
  for (let n = keys.length; n > 0; n--) ids.push(fieldId(keys.slice(0, n)));
  return ids;
}

/** Which record a path is in: a collection and a position, or the dataset's own fields. */
export type RecordRef = { collection: Collection; index: number } | { collection: 'dataset' };

export function recordOf(path: string): RecordRef {
  const [first, second] = parsePath(path);
  if (typeof first === 'string' && (COLLECTIONS as readonly string[]).includes(first) && typeof second === 'number') {
    return { collection: first as Collection, index: second };
  }
  return { collection: 'dataset' };
}

/** True when `path` is `owner` or inside it (`deals[0].value.usd` is inside `deals[0].value`). */
export function isWithin(path: string, owner: string): boolean {
  return path === owner || path.startsWith(`${owner}.`) || path.startsWith(`${owner}[`);
}

function setAt(node: Json | undefined, keys: readonly Key[], value: Json | undefined): Json | undefined {
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
export function setIn(work: Work, path: Path, value: Json | undefined): Work {
  if (getIn(work.dataset, path) === value) return work;
  return { ...work, dataset: setAt(work.dataset, path, value) as JsonObject };
}
