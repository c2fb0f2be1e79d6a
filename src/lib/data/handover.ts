/**
 * Handing a dataset from one page to another in the same browser, with no server and no upload:
 * the studio's "Open in the dashboard" and the dashboard's "Edit this dataset" on a file opened
 * from the computer. The text is written to IndexedDB under a fresh key that goes in the address
 * (`?data=studio:<key>`), or, for a file the dashboard opened, found by its name
 * (`?data=local:<name>`); the page that opens reads it and checks it as any other dataset. Only
 * the last few are kept, so repeated hand-overs do not fill the browser's storage. The store is
 * passed in, so the tests use a Map.
 */
import { createStore, del, get, keys, set, type UseStore } from 'idb-keyval';

/** A dataset handed over: its text and the file name it goes by. */
export interface Handover {
  name: string;
  text: string;
  /** When it was written (ms since 1970): the oldest go first. */
  at: number;
}

/** Where hand-overs are kept: IndexedDB in the browser, a Map in the tests. */
export interface HandoverStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: Handover): Promise<void>;
  del(key: string): Promise<void>;
  keys(): Promise<string[]>;
}

/** Hand-overs kept: enough for a few dashboards open side by side, each reloadable. */
export const KEEP = 5;

/** A key that can go in an address as it is. */
export const KEY_PATTERN = /^[a-z0-9]{1,32}$/;

let shared: HandoverStore | null = null;
/** The browser's store (its own IndexedDB database, apart from the studio's autosave). */
export function browserStore(): HandoverStore {
  if (shared) return shared;
  const db: UseStore = createStore('unga-handover', 'datasets');
  shared = {
    get: (k) => get(k, db),
    set: (k, v) => set(k, v, db),
    del: (k) => del(k, db),
    keys: async () => (await keys(db)).map(String),
  };
  return shared;
}

/** Keep a dataset's text under a new key, dropping the oldest beyond KEEP; returns the key. */
export async function putHandover(store: HandoverStore, name: string, text: string, now = Date.now(), random = Math.random): Promise<string> {
  const key = now.toString(36) + random().toString(36).slice(2, 8).replace(/[^a-z0-9]/g, '');
  await store.set(key, { name, text, at: now });
  const all = await Promise.all((await store.keys()).map(async (k) => ({ k, at: atOf(await store.get(k)) })));
  all.sort((a, b) => b.at - a.at);
  await Promise.all(all.slice(KEEP).map(({ k }) => store.del(k)));
  return key;
}

const atOf = (v: unknown) => (v && typeof v === 'object' && typeof (v as Handover).at === 'number' ? (v as Handover).at : 0);

/** The dataset kept under a key, or why there is none (worded with what to do). */
export async function takeHandover(store: HandoverStore, key: string): Promise<{ ok: true; name: string; text: string } | { ok: false; message: string }> {
  const gone = `the studio's work under "${key}" is no longer in this browser (it keeps the last ${KEEP}, and none after its data is cleared): open the dashboard again from the studio, or open the saved file`;
  if (!KEY_PATTERN.test(key)) return { ok: false, message: gone };
  let v: unknown;
  try {
    v = await store.get(key);
  } catch (err) {
    return { ok: false, message: `this browser's storage could not be read (${(err as Error).message}): open the saved file instead` };
  }
  if (!v || typeof v !== 'object' || typeof (v as Handover).text !== 'string') return { ok: false, message: gone };
  const h = v as Handover;
  return { ok: true, name: typeof h.name === 'string' && h.name ? h.name : `${key}.json`, text: h.text };
}

/** The newest hand-over of a file by its name: how the studio opens `?data=local:<name>`. */
export async function findHandover(store: HandoverStore, name: string): Promise<{ ok: true; name: string; text: string } | { ok: false; message: string }> {
  let newest: Handover | null = null;
  try {
    for (const k of await store.keys()) {
      const v = (await store.get(k)) as Handover | undefined;
      if (v && v.name === name && typeof v.text === 'string' && (!newest || atOf(v) > newest.at)) newest = { ...v, at: atOf(v) };
    }
  } catch (err) {
    return { ok: false, message: `this browser's storage could not be read (${(err as Error).message}): open the file with "Open…"` };
  }
  return newest ? { ok: true, name, text: newest.text } : { ok: false, message: `${name} is no longer in this browser: open the file with "Open…"` };
}
