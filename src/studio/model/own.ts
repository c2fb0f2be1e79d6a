/**
 * Plain objects keyed by ids or by a dataset's own field names (the articles' texts, their
 * selectors, a record's keys): "toString", "constructor", "hasOwnProperty" and "__proto__" are
 * valid ids, so a lookup must see only the object's own keys (never what Object.prototype has)
 * and a write must make an own key (`obj["__proto__"] = v` would replace the prototype instead).
 * These objects stay plain because the work is saved and restored as JSON. Pure.
 */

/** The value stored under `key` itself, or undefined. */
export function own<T>(obj: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(obj, key) ? obj[key] : undefined;
}

/** Stores `value` under `key` as an own property, whatever the key. */
export function put<T>(obj: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
}
