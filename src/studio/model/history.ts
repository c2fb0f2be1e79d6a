/**
 * Undo and redo over any immutable value: the past, the present and the future. Typing in one
 * field is one step, not one per key: a change with the same `key` as the previous one, made
 * within `MERGE_MS`, replaces the present instead of pushing it. Pure.
 */
export interface History<T> {
  past: readonly T[];
  present: T;
  future: readonly T[];
  /** What the last change was about (a field's path), and when, for merging keystrokes. */
  lastKey?: string;
  lastAt?: number;
}

export const MERGE_MS = 1500;
/** Steps kept: enough for an afternoon's work, bounded so autosave stays small. */
export const LIMIT = 200;

export function start<T>(present: T): History<T> {
  return { past: [], present, future: [] };
}

/** Record a change. Nothing happens when `next` is the present itself. */
export function push<T>(h: History<T>, next: T, opts: { key?: string; at?: number } = {}): History<T> {
  if (next === h.present) return h;
  const at = opts.at ?? Date.now();
  const merge =
    opts.key !== undefined &&
    opts.key === h.lastKey &&
    h.lastAt !== undefined &&
    at - h.lastAt < MERGE_MS &&
    h.future.length === 0;
  const past = merge ? h.past : [...h.past, h.present].slice(-LIMIT);
  return { past, present: next, future: [], lastKey: opts.key, lastAt: at };
}

export function undo<T>(h: History<T>): History<T> {
  const previous = h.past[h.past.length - 1];
  if (h.past.length === 0) return h;
  return { past: h.past.slice(0, -1), present: previous as T, future: [h.present, ...h.future] };
}

export function redo<T>(h: History<T>): History<T> {
  if (h.future.length === 0) return h;
  return { past: [...h.past, h.present], present: h.future[0] as T, future: h.future.slice(1) };
}
