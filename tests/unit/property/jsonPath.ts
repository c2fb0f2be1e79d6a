/**
 * Where a problem's path (`deals[2].company`, `title.en`, `(document)`) points in a JSON document,
 * as formatPath in src/lib/data/load.ts writes it. A key may itself hold "." or "[": every way
 * of reading the path is tried.
 */
export type PathTarget =
  /** The path names a value in the document. */
  | 'exists'
  /** The path names a key that an object of the document lacks (a required field left out). */
  | 'missing-key'
  /** The path leads nowhere in the document. */
  | 'nowhere';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function resolvePath(document: unknown, path: string): PathTarget {
  if (path === '(document)') return 'exists';
  return walk(document, path, true);
}

function walk(node: unknown, rest: string, first: boolean): PathTarget {
  if (rest === '') return 'exists';
  let best: PathTarget = 'nowhere';
  const better = (t: PathTarget) => {
    if (t === 'exists' || (t === 'missing-key' && best === 'nowhere')) best = t;
  };
  const index = /^\[(\d+)\]/.exec(rest);
  if (index && Array.isArray(node) && Number(index[1]) < node.length)
    better(walk(node[Number(index[1])], rest.slice(index[0].length), false));
  if (isObject(node)) {
    const lead = first ? '' : '.';
    if (!rest.startsWith(lead)) return best;
    const keyed = rest.slice(lead.length);
    for (const key of Object.keys(node)) {
      if (keyed.startsWith(key) && (key !== '' || !first)) better(walk(node[key], keyed.slice(key.length), false));
    }
    // The last step names a key the object does not have: a missing field.
    if (best === 'nowhere' && !Object.hasOwn(node, keyed) && !/[.[]/.test(keyed)) best = 'missing-key';
  }
  return best;
}
