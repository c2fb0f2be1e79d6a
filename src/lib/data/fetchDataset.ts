/**
 * The dataset at an address, fetched and checked in the worker: the request public/boot.js began
 * before the app's code arrived when it names the same address (earlyData), else the worker's
 * own. Imported when the page needs it, never with the first load (a prerendered page has its
 * dataset already). No Svelte; the window is passed.
 */
import { DatasetLoader, type Loaded, type LoadProgress, type WorkerLike } from './datasetLoader';
import { takeEarlyData, type EarlyFetch } from './earlyData';
import { stoppedProblem } from './request';

export interface FetchOptions {
  /** Where public/boot.js left its early request. */
  win: { __ungaEarly?: EarlyFetch };
  /** The worker to check the dataset in (one started early, or a new one). */
  worker: () => WorkerLike;
  onProgress: (p: LoadProgress) => void;
  /** How it ended: the dataset, or what is wrong with it (never a cancelled load). */
  onLoaded: (r: Loaded) => void;
  now?: () => number;
}

export interface DatasetFetch {
  /** The reader stops waiting: the load ends with a problem that says after how long. */
  stop(): void;
  /** The page goes away: the load ends and reports nothing more. */
  cancel(): void;
}

export function fetchDataset(url: string, { win, worker, onProgress, onLoaded, now = Date.now }: FetchOptions): DatasetFetch {
  const started = now();
  let ended = false;
  let loader: DatasetLoader | undefined;
  const taken = takeEarlyData(url, win, (done, total) => onProgress({ phase: 'fetch', done, total }));
  if (taken) onProgress({ phase: 'fetch', done: 0, total: 0 });
  void (async () => {
    const early = taken ? await taken.result : null;
    if (ended) return;
    if (early && 'failed' in early) return onLoaded(early.failed);
    loader = new DatasetLoader(worker);
    const r = await loader.load(early?.source ?? { url }, onProgress);
    if (r.ok || r.kind !== 'cancelled') onLoaded(r);
  })();
  return {
    stop() {
      ended = true;
      taken?.abort();
      loader?.cancel();
      onLoaded(stoppedProblem(url, Math.round((now() - started) / 1000)));
    },
    cancel() {
      ended = true;
      loader?.cancel();
    },
  };
}
