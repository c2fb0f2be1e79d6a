/**
 * The rules of the copies autosave keeps, apart from the browser's storage so that they can be
 * tested with fakes: what a stored record must look like to be restored (and what can be rescued
 * from one that does not), which of two copies is the newest, and the writer that retries a
 * failed save and says when the work is kept again. Pure, apart from the timers it is given.
 */
import { tooDeep } from '../../lib/data/limits';
import type { History } from './history';
import { COLLECTIONS, isObject, workFromDocument, type Work } from './editedDataset';

export interface Saved {
  version: 1;
  history: History<Work>;
  /** The work as last downloaded or opened (the file), to tell whether there are unsaved changes. */
  file: Work | null;
  /** When it was saved (ms since 1970): of two copies, the later one is restored. */
  at: number;
  /** Saves made so far in this browser: breaks a tie between two copies saved in the same millisecond. */
  seq?: number;
  /** Where the user was: the part of the dataset and the record shown, so a reload lands there. */
  view?: { section: string; selected: Record<string, number>; panel: string; articleSource: string | null };
}

/** What a stored copy turned out to be. */
export type Read =
  | { kind: 'none' }
  | { kind: 'ok'; saved: Saved }
  /** Unreadable as it stands: `work` is what could be rescued from it (null when nothing), `raw` the copy as text, to download. */
  | { kind: 'damaged'; raw: string; work: Work | null; at: number | null };

const ORIGINS = new Set(['empty', 'bundled', 'file', 'url']);

function isWork(v: unknown): v is Work {
  if (!isObject(v as never)) return false;
  const w = v as unknown as Record<string, unknown>;
  const origin = w.origin as Record<string, unknown> | null;
  const dataset = w.dataset as Record<string, unknown>;
  return (
    isObject(w.dataset as never) &&
    // Forms and lists read every record as an object: a collection of anything else is not a work.
    COLLECTIONS.every(
      (c) =>
        dataset[c] === undefined ||
        (Array.isArray(dataset[c]) && (dataset[c] as unknown[]).every((r) => isObject(r as never))),
    ) &&
    isObject(w.texts as never) &&
    Object.values(w.texts as object).every((t) => typeof t === 'string') &&
    isObject(w.selectors as never) &&
    Object.values(w.selectors as object).every(Array.isArray) &&
    typeof w.includeTexts === 'boolean' &&
    typeof origin === 'object' &&
    origin !== null &&
    ORIGINS.has(origin.kind as string)
  );
}

/** The copy as text for its download; a copy that cannot be written as JSON (a cycle, a depth) says so. */
function rawOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (tooDeep(value, 1000)) return '"(this copy is nested too deep to be written out)"';
  try {
    return JSON.stringify(value, null, 2) ?? String(value);
  } catch {
    return String(value);
  }
}

/** A dataset that can be read out of a damaged copy: the present work's, else the file's, else the latest step's. */
function rescue(value: unknown): Work | null {
  const v = isObject(value as never) ? (value as Record<string, unknown>) : {};
  const h = isObject(v.history as never) ? (v.history as Record<string, unknown>) : {};
  const past = Array.isArray(h.past) ? [...h.past].reverse() : [];
  for (const candidate of [h.present, v.file, ...past]) {
    const c = isObject(candidate as never) ? (candidate as Record<string, unknown>) : null;
    const dataset =
      c && isObject(c.dataset as never)
        ? c.dataset
        : isObject(candidate as never) && 'engagements' in (candidate as object)
          ? candidate
          : null;
    if (!dataset) continue;
    const opened = workFromDocument(dataset, { kind: 'empty' });
    if (!opened.ok) continue;
    const texts =
      c && isObject(c.texts as never)
        ? Object.fromEntries(Object.entries(c.texts as object).filter(([, t]) => typeof t === 'string'))
        : {};
    return { ...opened.work, texts: { ...opened.work.texts, ...texts } };
  }
  return null;
}

/**
 * Read a stored copy: as kept by IndexedDB (a value) or localStorage (JSON text). A copy whose
 * shape is wrong anywhere that matters is `damaged`, with what can be rescued; steps of the undo
 * history that are not works are dropped rather than failing the whole copy.
 */
export function readSaved(stored: unknown): Read {
  if (stored === null || stored === undefined) return { kind: 'none' };
  let value = stored;
  if (typeof stored === 'string') {
    try {
      value = JSON.parse(stored);
    } catch {
      return { kind: 'damaged', raw: stored, work: null, at: null };
    }
  }
  const v = isObject(value as never) ? (value as Record<string, unknown>) : null;
  const h = v && isObject(v.history as never) ? (v.history as Record<string, unknown>) : null;
  const at = v && typeof v.at === 'number' && Number.isFinite(v.at) ? v.at : null;
  const ok =
    v &&
    v.version === 1 &&
    h &&
    at !== null &&
    isWork(h.present) &&
    Array.isArray(h.past) &&
    Array.isArray(h.future) &&
    (v.file === null || isWork(v.file)) &&
    !tooDeep((h.present as Work).dataset) &&
    (v.file === null || !tooDeep((v.file as Work).dataset));
  if (!ok) {
    const work = rescue(value);
    return { kind: 'damaged', raw: rawOf(value), work: work && !tooDeep(work.dataset) ? work : null, at };
  }
  const history: History<Work> = {
    ...(h as unknown as History<Work>),
    past: (h.past as unknown[]).filter(isWork),
    future: (h.future as unknown[]).filter(isWork),
  };
  const view = isObject(v.view as never) ? (v.view as Saved['view']) : undefined;
  const seq = typeof v.seq === 'number' ? v.seq : 0;
  return {
    kind: 'ok',
    saved: {
      version: 1,
      history,
      file: v.file as Work | null,
      at: at!,
      seq,
      ...(view && isObject(view.selected as never) ? { view } : {}),
    },
  };
}

/** Of two copies, the one saved last (by time, then by count of saves); `a` on a full tie. */
export function newest(a: Saved | null, b: Saved | null): Saved | null {
  if (!a || !b) return a ?? b;
  if (b.at !== a.at) return b.at > a.at ? b : a;
  return (b.seq ?? 0) > (a.seq ?? 0) ? b : a;
}

/**
 * Of the copies read from each store, the one to restore: the newest readable one; a damaged one
 * only when nothing readable is newer (its rescue is then offered, never applied silently).
 */
export function choose(reads: readonly Read[]): Read {
  let best: Saved | null = null;
  for (const r of reads) if (r.kind === 'ok') best = newest(best, r.saved);
  const damaged = reads.filter((r): r is Extract<Read, { kind: 'damaged' }> => r.kind === 'damaged');
  const worse = damaged.find((d) => !best || (d.at !== null && d.at > best.at));
  if (worse) return worse;
  return best ? { kind: 'ok', saved: best } : { kind: 'none' };
}

/** Where a save went, or why not. */
export type SaveStatus =
  | { state: 'idle' }
  | { state: 'saved'; where: string; at: number }
  | { state: 'failed'; reason: string; retryIn: number };

/** The first wait before a failed save is tried again, doubled each time up to the last. */
export const RETRY_FIRST_MS = 1000;
export const RETRY_MAX_MS = 30_000;

/** One place a copy can be written, tried in order (IndexedDB, then localStorage). */
export interface Target {
  name: string;
  write(saved: Saved): Promise<void>;
}

/**
 * Writes the latest copy, one write at a time; a newer copy asked for during a write replaces any
 * that waits. A copy no target accepts is kept and retried with a growing wait, and every outcome
 * is reported: the page shows "Not saved: … Retrying" until a write goes through.
 */
export class Writer {
  #pending: Omit<Saved, 'seq'> | null = null;
  #busy = false;
  #retry: unknown = null;
  #wait = RETRY_FIRST_MS;
  #seq: number;
  #stopped = false;

  constructor(
    private readonly targets: readonly Target[],
    private readonly report: (status: SaveStatus) => void,
    private readonly timers: { set(fn: () => void, ms: number): unknown; clear(handle: unknown): void } = {
      set: (fn, ms) => setTimeout(fn, ms),
      clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
    },
    seq = 0,
  ) {
    this.#seq = seq;
  }

  /** Keep this copy (the newest asked for wins). */
  save(saved: Omit<Saved, 'seq'>): Promise<void> {
    if (this.#stopped) return Promise.resolve();
    this.#pending = saved;
    if (this.#retry !== null) {
      // A new change is worth trying at once; the wait grows only while writes keep failing.
      this.timers.clear(this.#retry);
      this.#retry = null;
    }
    return this.#run();
  }

  /** Stop writing (the page lost the work to another tab): nothing pending is written. */
  stop(): void {
    this.#stopped = true;
    this.#pending = null;
    if (this.#retry !== null) this.timers.clear(this.#retry);
    this.#retry = null;
  }

  async #run(): Promise<void> {
    if (this.#busy) return;
    this.#busy = true;
    try {
      while (this.#pending && !this.#stopped) {
        const copy: Saved = { ...this.#pending, seq: this.#seq + 1 };
        this.#pending = null;
        let reason = '';
        let where: string | null = null;
        for (const t of this.targets) {
          try {
            await t.write(copy);
            where = t.name;
            break;
          } catch (err) {
            reason ||= describeError(err);
          }
        }
        if (this.#stopped) return;
        if (where) {
          this.#seq = copy.seq!;
          this.#wait = RETRY_FIRST_MS;
          this.report({ state: 'saved', where, at: copy.at });
        } else {
          // Keep the copy unless a newer one arrived meanwhile, and try again later.
          this.#pending ??= copy;
          const wait = this.#wait;
          this.#wait = Math.min(this.#wait * 2, RETRY_MAX_MS);
          this.report({ state: 'failed', reason, retryIn: wait });
          this.#retry = this.timers.set(() => {
            this.#retry = null;
            void this.#run();
          }, wait);
          return;
        }
      }
    } finally {
      this.#busy = false;
    }
  }
}

function describeError(err: unknown): string {
  if (err && typeof err === 'object' && 'name' in err && (err as Error).name === 'QuotaExceededError')
    return 'the browser has no room left';
  return err instanceof Error ? err.message || err.name : String(err);
}
