/**
 * Loading the dashboard's dataset, and what the page shows meanwhile: the dataset named by
 * `?data=` (or the bundled one) fetched and checked in the worker, or a file the reader opens, or
 * the studio's hand-over. The worker is started at once, so that its code has loaded by the time
 * the dataset has; a server that has not sent the whole file in time is reported (`slow`), and
 * the reader may stop waiting. No DOM: the worker, the window and the timers are given.
 */
import type { Loaded, LoadProgress, WorkerLike } from '../lib/data/datasetLoader';
import type { DatasetFetch, FetchOptions } from '../lib/data/fetchDataset';
import { SLOW_SERVER_MS } from '../lib/data/limits';
import { afterPaint as paint, type AfterPaint } from '../lib/state/afterPaint';
import { isStaged } from '../lib/state/stagedViews.svelte';
import { dataRef } from '../lib/state/url';
import type { Got } from './localDataset';

const startWorker = () =>
  new Worker(new URL('../lib/data/worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike;

export class DatasetLoading {
  /** The dataset once loaded, or why it could not be; null while it loads. */
  loaded = $state.raw<Loaded | null>(null);
  progress = $state.raw<LoadProgress | null>(null);
  /** Set when the dataset's server is slow (see SLOW_SERVER_MS); the reader keeps waiting or stops. */
  slow = $state.raw<{ host: string; seconds: number } | null>(null);
  #worker: () => WorkerLike;
  #afterPaint: AfterPaint;
  /** A worker started before the dataset arrived, until the loader takes it. */
  #spare: WorkerLike | null = null;
  #fetching: DatasetFetch | null = null;
  #slowTimer: ReturnType<typeof setTimeout> | undefined;
  #ended = false;

  constructor(loaded: Loaded | null, worker: () => WorkerLike = startWorker, afterPaint = paint) {
    this.loaded = loaded;
    this.#worker = worker;
    this.#afterPaint = afterPaint;
  }

  /**
   * Load what the address names, unless the page came with its dataset: a file opened here or the
   * studio's hand-over (`local:`, `studio:`: nothing to fetch, so no early worker and no slow
   * server), else the dataset at `data` or `defaultUrl`.
   */
  start(data: string | undefined, defaultUrl: string, win: FetchOptions['win'] & { location: { href: string } }) {
    if (this.loaded) return;
    const ref = data && dataRef(data);
    if (ref && ref.kind !== 'url') return void this.open((m) => m.fromRef(ref));
    const url = new URL(data ?? defaultUrl, win.location.href).href;
    this.#slowTimer = setTimeout(
      () => (this.slow = { host: new URL(url).host, seconds: Math.round(SLOW_SERVER_MS / 1000) }),
      SLOW_SERVER_MS,
    );
    this.#spare = this.#worker();
    void import('../lib/data/fetchDataset').then(({ fetchDataset }) => {
      if (this.#ended) return;
      this.#fetching = fetchDataset(url, {
        win,
        worker: () => {
          const worker = this.#spare ?? this.#worker();
          this.#spare = null;
          return worker;
        },
        onProgress: (p) => (this.progress = p),
        onLoaded: (r) => {
          this.#dropSpare();
          // A large dataset's index is put together in this task (the worker's last message): the
          // page is drawn in the next one, so that neither holds the page for long.
          if (r.ok && isStaged(r.index)) this.#afterPaint(() => !this.#ended && (this.loaded = r));
          else this.loaded = r;
        },
      });
    });
  }

  /**
   * A file opened or dropped, or the hand-over the address names: checked as `?data=` is.
   * `opened` runs once it has been read, before it is checked.
   */
  async open(get: (m: typeof import('./localDataset')) => Promise<Got>, opened?: () => void) {
    // Loaded when a file or a hand-over is opened: the first load stays small.
    const m = await import('./localDataset');
    const got = await get(m);
    opened?.();
    this.loaded = null;
    const r = 'failed' in got ? got.failed : await m.check(got.source, this.#worker, (p) => (this.progress = p));
    if (r.ok || r.kind !== 'cancelled') this.loaded = r;
  }

  /** The reader waits on for a slow server. */
  keepWaiting() {
    this.slow = null;
  }

  /** The reader stops waiting for a slow server. */
  stop() {
    this.slow = null;
    this.#fetching?.stop();
  }

  /** The page goes away: nothing more is loaded or reported. */
  end() {
    this.#ended = true;
    this.#dropSpare();
    clearTimeout(this.#slowTimer);
    this.#fetching?.cancel();
  }

  #dropSpare() {
    this.#spare?.terminate();
    this.#spare = null;
  }
}
