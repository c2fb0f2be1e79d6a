/**
 * Ways to break a valid dataset document, as people and programs do: a required key deleted, a
 * value of another type, an id duplicated, a reference broken, garbage inserted, a node wrapped
 * in an array. A mutation picks its target among all the document's nodes by a generated number.
 */
import fc from 'fast-check';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const KINDS = [
  'delete',
  'replace',
  'duplicate',
  'break-reference',
  'wrap',
  'insert-key',
  'stringify',
  'empty',
] as const;
export interface Mutation {
  kind: (typeof KINDS)[number];
  /** Which node: taken modulo the number of nodes. */
  at: number;
  garbage: Json;
  key: string;
}

/** Values that are the wrong type almost anywhere, and the ones JSON parsers trip on. */
const garbage: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(
    null,
    true,
    false,
    0,
    -1,
    1.5,
    1e308,
    -1e-308,
    '',
    ' ',
    '\u200b',
    '\u0000',
    'x',
    [],
    {},
    [null],
    { '': null },
  ),
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
);
const garbageKey = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', '', 'id', 'en', 'a.b', 'x[0]', '0'),
  fc.string({ maxLength: 4 }),
);

export const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom(...KINDS),
  at: fc.nat(),
  garbage,
  key: garbageKey,
});

interface Slot {
  parent: Json[] | { [key: string]: Json } | null;
  key: string | number;
  value: Json;
}

function slots(doc: Json): Slot[] {
  const out: Slot[] = [{ parent: null, key: '', value: doc }];
  const visit = (node: Json) => {
    if (Array.isArray(node)) node.forEach((v, i) => (out.push({ parent: node, key: i, value: v }), visit(v)));
    else if (node && typeof node === 'object')
      for (const [k, v] of Object.entries(node)) {
        out.push({ parent: node, key: k, value: v });
        visit(v);
      }
  };
  visit(doc);
  return out;
}

/** Set a key as JSON.parse would: "__proto__" becomes an own key, not the prototype. */
const put = (o: { [key: string]: Json }, key: string, value: Json) =>
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });

/** The document after the mutations, each applied to a fresh list of nodes. */
export function mutate(document: unknown, mutations: readonly Mutation[]): Json {
  let doc = structuredClone(document) as Json;
  for (const m of mutations) {
    const all = slots(doc);
    const { parent, key, value } = all[m.at % all.length]!;
    const set = (v: Json) => {
      if (parent === null) doc = v;
      else if (Array.isArray(parent)) parent[key as number] = v;
      else put(parent, key as string, v);
    };
    switch (m.kind) {
      case 'delete':
        if (Array.isArray(parent)) parent.splice(key as number, 1);
        else if (parent) delete parent[key as string];
        else doc = m.garbage;
        break;
      case 'replace':
        set(m.garbage);
        break;
      case 'duplicate':
        // A record copied next to itself: its id is now there twice.
        if (Array.isArray(parent)) parent.splice(key as number, 0, structuredClone(value));
        else if (Array.isArray(value) && value.length) value.push(structuredClone(value[0]!));
        else set([value, value]);
        break;
      case 'break-reference':
        set(typeof value === 'string' ? `${value}-nowhere` : typeof value === 'number' ? value + 1000 : m.key);
        break;
      case 'wrap':
        set([value]);
        break;
      case 'insert-key':
        if (value && typeof value === 'object' && !Array.isArray(value)) put(value, m.key, m.garbage);
        else if (Array.isArray(value)) value.push(m.garbage);
        else set({ [m.key]: value });
        break;
      case 'stringify':
        set(typeof value === 'string' ? Number(value) || null : JSON.stringify(value));
        break;
      case 'empty':
        set(Array.isArray(value) ? [] : value && typeof value === 'object' ? {} : '');
        break;
    }
  }
  return doc;
}
