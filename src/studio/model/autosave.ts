/**
 * The work kept in the browser after every change, so a reload or a crash loses nothing: in
 * IndexedDB (through idb-keyval), or in localStorage where IndexedDB is unavailable or failing
 * (some private modes, a full disk). The undo history is kept with it. Nothing leaves the browser.
 * Each copy carries its time and a count of saves; on load the newest copy of the two stores is
 * restored (savedCopies.ts holds those rules).
 */
import { createStore, get, set, type UseStore } from 'idb-keyval';
import { choose, readSaved, Writer, type Read, type Saved, type SaveStatus, type Target } from './savedCopies';

export type { Saved, SaveStatus } from './savedCopies';

const KEY = 'work';
const LOCAL_KEY = 'unga-studio-work';
/** Steps of history kept in localStorage, which holds a few megabytes and copies every step in full. */
const LOCAL_STEPS = 20;

let store: UseStore | null | undefined;
function idb(): UseStore | null {
  if (store === undefined) {
    try {
      store = typeof indexedDB === 'undefined' ? null : createStore('unga-studio', 'autosave');
    } catch {
      store = null;
    }
  }
  return store;
}

/** The copy to restore: the newest of the two stores, or a damaged one to offer for rescue. */
export async function loadSaved(): Promise<Read> {
  const reads: Read[] = [];
  const s = idb();
  if (s) {
    try {
      reads.push(readSaved(await get<unknown>(KEY, s)));
    } catch {
      // IndexedDB failing to read: localStorage may still hold a copy
    }
  }
  try {
    reads.push(readSaved(localStorage.getItem(LOCAL_KEY)));
  } catch {
    // no localStorage
  }
  return choose(reads);
}

const targets: Target[] = [
  {
    name: 'idb',
    async write(saved) {
      const s = idb();
      if (!s) throw new Error('IndexedDB is not available');
      // $state proxies cannot be cloned; the history holds plain frozen-by-convention objects.
      // IndexedDB keeps shared parts of the history once (structured clone keeps identity).
      await set(KEY, saved, s);
    },
  },
  {
    name: 'local',
    async write(saved) {
      const h = saved.history;
      const trimmed: Saved = {
        ...saved,
        history: { past: h.past.slice(-LOCAL_STEPS), present: h.present, future: h.future.slice(0, LOCAL_STEPS) },
      };
      localStorage.setItem(LOCAL_KEY, JSON.stringify(trimmed));
    },
  },
];

/** A writer to both stores, retrying failed saves; `seq` continues the count of the copy restored. */
export function autosaver(report: (status: SaveStatus) => void, seq = 0): Writer {
  return new Writer(targets, report, undefined, seq);
}
