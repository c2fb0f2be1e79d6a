/**
 * What the page accepts, stated once: the "Limits" sections of the README and of
 * docs/dataset-format.md quote these numbers, and
 * the loader, the validator and the tests read them from here.
 */

/** The largest dataset file read, in bytes (128 MiB; a 100,000-engagement dataset is about 60 MB). Beyond it the download stops before the browser runs short of memory. */
export const MAX_BYTES = 128 * 1024 * 1024;

/** The most records (engagements plus deals) a dataset may hold: the views are measured up to 100,000 engagements and their deals. */
export const MAX_RECORDS = 250_000;

/** How long the page waits for a `?data=` server before saying that it is slow (it keeps waiting unless the reader stops it). */
export const SLOW_SERVER_MS = 10_000;

/**
 * The largest value one deal may state, in US dollars (10 trillion, far above any announced deal):
 * with at most MAX_RECORDS deals every sum stays a finite number.
 */
export const MAX_USD = 1e13;

/** UNGA sessions a dataset may name: the 1st (1946) to the 200th (2145). Session N opens in 1945 + N. */
export const MAX_SESSION = 200;

/**
 * How deep a dataset's values may nest. The format's deepest value (a translated word inside a
 * citation inside a record) is a handful of levels down; a document nested far deeper cannot be a
 * dataset, and walking it recursively (saving, copying) would overflow the stack.
 */
export const MAX_DEPTH = 64;

/**
 * The path (`engagements[0].extra.a.a…`, shortened in the middle) of the first value nested more
 * than `max` levels deep, or null. Iterative with an explicit stack, so it never overflows itself,
 * and linear: each value is visited once, and the walk stops at the first one too deep.
 */
export function tooDeep(value: unknown, max: number = MAX_DEPTH): string | null {
  type Frame = { value: unknown; depth: number; parent: Frame | null; key: string | number | null };
  const stack: Frame[] = [{ value, depth: 0, parent: null, key: null }];
  while (stack.length) {
    const frame = stack.pop()!;
    if (frame.depth > max) return pathOf(frame);
    const v = frame.value;
    if (typeof v !== 'object' || v === null) continue;
    if (Array.isArray(v)) for (let i = v.length - 1; i >= 0; i--) stack.push({ value: v[i], depth: frame.depth + 1, parent: frame, key: i });
    else for (const key of Object.keys(v).reverse()) stack.push({ value: (v as Record<string, unknown>)[key], depth: frame.depth + 1, parent: frame, key });
  }
  return null;
}

function pathOf(frame: { parent: unknown; key: string | number | null }): string {
  const keys: (string | number)[] = [];
  for (let f = frame as { parent: unknown; key: string | number | null } | null; f && f.key !== null; f = f.parent as typeof f) keys.push(f.key);
  keys.reverse();
  const part = (k: string | number, i: number) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`);
  const shown = keys.length > 12 ? [...keys.slice(0, 8).map(part), '…', ...keys.slice(-3).map((k, i) => part(k, i + 1))] : keys.map(part);
  return shown.join('') || '(document)';
}

/** The problem's wording for a value nested too deep, shared by the dashboard's loader and the studio. */
export function tooDeepMessage(max: number = MAX_DEPTH): string {
  return `values are nested more than ${max} levels deep here; no field of the format nests that deep: remove or flatten this value`;
}
