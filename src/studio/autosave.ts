/**
 * The work kept in the browser after every change, so a reload or a crash loses nothing: in
 * IndexedDB (through idb-keyval), or in localStorage where IndexedDB is unavailable (some private
 * modes). The undo history is kept with it. Nothing leaves the browser.
 */
import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import type { History } from './history';
import type { Work } from './work';

export interface Saved {
  version: 1;
  history: History<Work>;
  /** The work as last downloaded or opened (the file), to tell whether there are unsaved changes. */
  file: Work | null;
  at: number;
  /** Where the user was: the part of the dataset and the record shown, so a reload lands there. */
  view?: { section: string; selected: Record<string, number>; panel: string; articleSource: string | null };
}

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

export async function loadSaved(): Promise<Saved | null> {
  const s = idb();
  if (s) {
    try {
      const value = await get<Saved>(KEY, s);
      if (value?.version === 1) return value;
    } catch {
      // fall through to localStorage
    }
  }
  try {
    const text = localStorage.getItem(LOCAL_KEY);
    const value = text ? (JSON.parse(text) as Saved) : null;
    return value?.version === 1 ? value : null;
  } catch {
    return null;
  }
}

/** Store the work. IndexedDB keeps shared parts of the history once (structured clone keeps identity). */
export async function saveWork(saved: Saved): Promise<'idb' | 'local' | 'failed'> {
  const s = idb();
  if (s) {
    try {
      // $state proxies cannot be cloned; the history holds plain frozen-by-convention objects.
      await set(KEY, saved, s);
      return 'idb';
    } catch {
      // fall through
    }
  }
  try {
    const h = saved.history;
    const trimmed: Saved = { ...saved, history: { past: h.past.slice(-LOCAL_STEPS), present: h.present, future: h.future.slice(0, LOCAL_STEPS) } };
    localStorage.setItem(LOCAL_KEY, JSON.stringify(trimmed));
    return 'local';
  } catch {
    return 'failed';
  }
}

export async function clearSaved(): Promise<void> {
  const s = idb();
  if (s) await del(KEY, s).catch(() => {});
  try {
    localStorage.removeItem(LOCAL_KEY);
  } catch {
    // nothing stored there
  }
}
