// Loading the dashboard's dataset without a browser: the fetch (fetchDataset: the early request
// public/boot.js made, else the worker's own; stopping; cancelling) and the page's side
// (DatasetLoading: the worker started at once, the slow-server notice, a large dataset shown after
// a paint, a file checked as `?data=` is). The worker runs the real job in this process.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LoadProgress, Loaded, WorkerLike } from '../../src/lib/data/datasetLoader';
import { fetchDataset } from '../../src/lib/data/fetchDataset';
import { SLOW_SERVER_MS } from '../../src/lib/data/limits';
import { runLoad, type LoadMessage, type LoadRequest } from '../../src/lib/data/loadJob';
import type { AfterPaint } from '../../src/lib/state/afterPaint';
import { STAGED_FROM } from '../../src/lib/state/stageQueue';
import { DatasetLoading } from '../../src/shell/datasetLoading.svelte';
import { synthDataset } from '../../scripts/synth/generate';
import { ROOT } from '../helpers';

const URL_A = 'https://data.example.org/a.json';
const smallText = readFileSync(path.join(ROOT, 'tests/fixtures/query-small.json'), 'utf8');

/** A Worker that runs the load job in this process, its messages delivered in later tasks. */
class InProcessWorker implements WorkerLike {
  onmessage: WorkerLike['onmessage'] = null;
  onerror: WorkerLike['onerror'] = null;
  terminated = false;
  requests: LoadRequest[] = [];
  constructor(private readonly fetchImpl: typeof fetch) {}
  postMessage(request: LoadRequest) {
    this.requests.push(request);
    void runLoad(
      request,
      (m, transfer) => {
        const copy = structuredClone(m, { transfer: transfer as Transferable[] });
        setTimeout(() => this.onmessage?.({ data: copy } as MessageEvent<LoadMessage>), 0);
      },
      this.fetchImpl,
    );
  }
  terminate() {
    this.terminated = true;
  }
}

/** Workers that fetch with `respond`, each kept for the test to look at. */
function workers(respond: () => Response | Promise<Response> = () => new Response(smallText)) {
  const fetchImpl = vi.fn(async () => respond()) as unknown as typeof fetch & ReturnType<typeof vi.fn>;
  const started: InProcessWorker[] = [];
  const start = () => {
    const w = new InProcessWorker(fetchImpl);
    started.push(w);
    return w;
  };
  return { start, started, fetchImpl };
}

/** What a fetch reports, and a promise of how it ends. */
function recorder() {
  const progress: LoadProgress[] = [];
  let done!: (r: Loaded) => void;
  const loaded = new Promise<Loaded>((resolve) => (done = resolve));
  const onLoaded = vi.fn((r: Loaded) => done(r));
  return { progress, loaded, onLoaded, onProgress: (p: LoadProgress) => progress.push(p) };
}

const early = (response: Promise<unknown>, controller = new AbortController()) => ({
  __ungaEarly: { url: URL_A, controller, response } as never,
});

/** Until `check` holds, a task at a time. */
async function until(check: () => boolean) {
  for (let i = 0; i < 500 && !check(); i++) await new Promise((r) => setTimeout(r, 0));
  expect(check()).toBe(true);
}

describe('fetchDataset', () => {
  it('has the worker fetch and check the address when nothing was requested early', async () => {
    const w = workers();
    const r = recorder();
    fetchDataset(URL_A, { win: {}, worker: w.start, onProgress: r.onProgress, onLoaded: r.onLoaded });
    const loaded = await r.loaded;
    expect(loaded.ok && loaded.data.title).toEqual(JSON.parse(smallText).title);
    expect(w.started).toHaveLength(1);
    expect(w.started[0]!.requests[0]!.source).toEqual({ url: URL_A });
    expect(w.fetchImpl).toHaveBeenCalledOnce();
    expect(r.progress.map((p) => p.phase)).toContain('check');
  });

  it('takes the request public/boot.js made for the same address: the worker gets its bytes', async () => {
    const w = workers();
    const r = recorder();
    const win = early(Promise.resolve({ response: new Response(smallText) }));
    fetchDataset(URL_A, { win, worker: w.start, onProgress: r.onProgress, onLoaded: r.onLoaded });
    // Said at once: the page shows the download under way.
    expect(r.progress[0]).toEqual({ phase: 'fetch', done: 0, total: 0 });
    expect((await r.loaded).ok).toBe(true);
    expect(win.__ungaEarly).toBeUndefined();
    expect('bytes' in w.started[0]!.requests[0]!.source).toBe(true);
    expect(w.fetchImpl).not.toHaveBeenCalled();
  });

  it('an early request that failed is the problem, and no worker is needed', async () => {
    const w = workers();
    const r = recorder();
    const win = early(Promise.resolve({ response: new Response('gone', { status: 404 }) }));
    fetchDataset(URL_A, { win, worker: w.start, onProgress: r.onProgress, onLoaded: r.onLoaded });
    const loaded = await r.loaded;
    expect(!loaded.ok && loaded.kind).toBe('request');
    expect(w.started).toHaveLength(0);
  });

  it('stopped by the reader: the early request is aborted and the problem says after how long', async () => {
    const w = workers();
    const r = recorder();
    const controller = new AbortController();
    const win = early(new Promise(() => {}), controller);
    let now = 1_000;
    const fetching = fetchDataset(URL_A, {
      win,
      worker: w.start,
      onProgress: r.onProgress,
      onLoaded: r.onLoaded,
      now: () => now,
    });
    now += 12_400;
    fetching.stop();
    const loaded = await r.loaded;
    expect(controller.signal.aborted).toBe(true);
    expect(!loaded.ok && loaded.problems[0]!.message).toMatch(`stopped waiting for ${URL_A} after 12 s`);
  });

  it('stopped while the worker checks it: only the stop is reported', async () => {
    const w = workers();
    const r = recorder();
    const fetching = fetchDataset(URL_A, { win: {}, worker: w.start, onProgress: r.onProgress, onLoaded: r.onLoaded });
    await until(() => w.started.length === 1);
    fetching.stop();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(r.onLoaded).toHaveBeenCalledOnce();
    expect(w.started[0]!.terminated).toBe(true);
  });

  it('cancelled when the page goes: nothing is reported', async () => {
    const w = workers();
    const r = recorder();
    const fetching = fetchDataset(URL_A, { win: {}, worker: w.start, onProgress: r.onProgress, onLoaded: r.onLoaded });
    await until(() => w.started.length === 1);
    fetching.cancel();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(r.onLoaded).not.toHaveBeenCalled();
  });
});

describe('DatasetLoading', () => {
  const page = { location: { href: 'https://dash.example.org/app/?year=2023' } };
  afterEach(() => vi.useRealTimers());

  it('a page that came with its dataset loads nothing', () => {
    const w = workers();
    const preloaded = { ok: false, kind: 'dataset', problems: [], total: 0 } as Loaded;
    const loading = new DatasetLoading(preloaded, w.start);
    loading.start(undefined, './data.json', page);
    expect(w.started).toHaveLength(0);
    expect(loading.loaded).toBe(preloaded);
  });

  it('starts the worker at once, then loads the address (relative to the page) in it', async () => {
    const w = workers();
    const loading = new DatasetLoading(null, w.start);
    loading.start(undefined, '../data/a.json', page);
    expect(w.started).toHaveLength(1);
    expect(loading.loaded).toBeNull();
    await until(() => loading.loaded !== null);
    expect(loading.loaded!.ok).toBe(true);
    expect(loading.progress?.phase).toBe('index');
    // The worker started early was the one used.
    expect(w.started).toHaveLength(1);
    expect(w.started[0]!.requests[0]!.source).toEqual({ url: 'https://dash.example.org/data/a.json' });
  });

  it('shows a large dataset after the next paint, not in the task that put its index together', async () => {
    const big = JSON.stringify(synthDataset({ engagements: STAGED_FROM, seed: 3 }));
    const w = workers(() => new Response(big));
    const painted: (() => void)[] = [];
    const later: AfterPaint = (fn) => (painted.push(fn), () => {});
    const loading = new DatasetLoading(null, w.start, later);
    loading.start(URL_A, './unused.json', page);
    await until(() => painted.length === 1);
    expect(loading.loaded).toBeNull();
    painted[0]!();
    expect(loading.loaded?.ok).toBe(true);
  });

  it('a slow server: said after SLOW_SERVER_MS; the reader may wait on, or stop', async () => {
    vi.useFakeTimers();
    const w = workers(() => new Promise<Response>(() => {}));
    const loading = new DatasetLoading(null, w.start);
    loading.start(URL_A, './unused.json', page);
    await vi.advanceTimersByTimeAsync(SLOW_SERVER_MS);
    expect(loading.slow).toEqual({ host: 'data.example.org', seconds: SLOW_SERVER_MS / 1000 });
    loading.keepWaiting();
    expect(loading.slow).toBeNull();
    loading.stop();
    expect(!loading.loaded?.ok && loading.loaded?.problems[0]!.message).toMatch(/^stopped waiting for/);
    expect(w.started.every((x) => x.terminated)).toBe(true);
    loading.end();
  });

  it('ends with the page: the worker started early goes, nothing more is reported', async () => {
    const w = workers();
    const loading = new DatasetLoading(null, w.start);
    loading.start(URL_A, './unused.json', page);
    loading.end();
    expect(w.started[0]!.terminated).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(loading.loaded).toBeNull();
  });

  it('a file opened from a computer cannot be opened again by the address: said, no worker', async () => {
    const w = workers();
    const loading = new DatasetLoading(null, w.start);
    loading.start('local:mine.json', './unused.json', page);
    await until(() => loading.loaded !== null);
    expect(!loading.loaded!.ok && loading.loaded!.problems[0]!.message).toMatch(/^mine\.json is a file opened/);
    expect(w.started).toHaveLength(0);
  });

  it('a file the reader opens: `opened` once read, then checked in the worker as `?data=` is', async () => {
    const w = workers();
    const loading = new DatasetLoading({ ok: false, kind: 'dataset', problems: [], total: 0 }, w.start);
    const seen: (Loaded | null)[] = [];
    await loading.open(
      async () => ({ source: { text: smallText, name: 'mine.json' } }),
      () => seen.push(loading.loaded),
    );
    expect(seen).toHaveLength(1);
    expect(loading.loaded?.ok).toBe(true);
    expect(w.started[0]!.requests[0]!.source).toEqual({ text: smallText, name: 'mine.json' });
  });
});
