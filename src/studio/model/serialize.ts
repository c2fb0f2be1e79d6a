/**
 * The dataset as a file: keys in the order the format defines them (read from the zod schema,
 * so the order is written once), two-space indentation, a final newline. Saving the same dataset
 * twice gives the same bytes, and an edit shows in git as the lines it changed. Keys the format
 * does not know are kept, after the known ones, in their own order; translations keep theirs.
 * Pure.
 */
import type { z } from 'zod';
import { datasetSchema } from '../../lib/data/schema';
import { isObject, type Json } from './editedDataset';
import { put } from './own';

/** Key order of an object, and the order of what each key holds. */
interface Shape {
  keys: string[];
  children: Map<string, Shape>;
}

type Def = { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType; innerType?: z.ZodType };
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The object shape a schema describes, through lists, optional and nullable wrappers; null for anything else. */
function shapeOf(schema: z.ZodType): Shape | null {
  let def = defOf(schema);
  while (
    (def.type === 'optional' || def.type === 'nullable' || def.type === 'array') &&
    (def.innerType ?? def.element)
  ) {
    def = defOf((def.innerType ?? def.element)!);
  }
  if (def.type !== 'object' || !def.shape) return null;
  const children = new Map<string, Shape>();
  for (const [key, child] of Object.entries(def.shape)) {
    const s = shapeOf(child);
    if (s) children.set(key, s);
  }
  return { keys: Object.keys(def.shape), children };
}

const DATASET_SHAPE = shapeOf(datasetSchema)!;

function ordered(value: Json, shape: Shape | null): Json {
  if (Array.isArray(value)) return value.map((v) => ordered(v, shape));
  if (!isObject(value) || !shape) return value;
  const out: Record<string, Json> = {};
  for (const key of shape.keys)
    if (Object.hasOwn(value, key) && value[key] !== undefined)
      put(out, key, ordered(value[key]!, shape.children.get(key) ?? null));
  for (const key of Object.keys(value))
    if (!Object.hasOwn(out, key) && value[key] !== undefined) put(out, key, value[key]!);
  return out;
}

/** The dataset with its keys in the format's order (a new object; the input is not changed). */
export function orderKeys(dataset: Json): Json {
  return ordered(dataset, DATASET_SHAPE);
}

/** The file's text. */
export function serializeDataset(dataset: Json): string {
  return `${JSON.stringify(orderKeys(dataset), null, 2)}\n`;
}

/** A file name for the download: the opened file's own name, else one made from the title. */
export function fileNameFor(originName: string | undefined, title: string): string {
  if (originName) return /\.json$/i.test(originName) ? originName : `${originName}.json`;
  const base = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${base || 'dataset'}.json`;
}
