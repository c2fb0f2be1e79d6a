/**
 * The page's side of loading: starts a worker for each dataset, reports its progress, assembles
 * the records it sends into the dataset and its index, and cancels the previous load when a new
 * one starts. No Svelte, no DOM beyond the worker it is given, so it is tested with a fake worker.
 */
import { assembleIndex, type DatasetIndex } from './datasetIndex';
import type { DatasetProblem, ProblemKind } from './problems';
import type { LoadMessage, LoadPhase, LoadRequest, LoadSource } from './loadJob';
import type { Dataset, Deal, Engagement } from './schema';

/** The part of a Worker the loader uses. */
export interface WorkerLike {
  postMessage(message: LoadRequest, transfer?: Transferable[]): void;
  onmessage: ((e: MessageEvent<LoadMessage>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
  terminate(): void;
}

export interface LoadProgress {
  phase: LoadPhase;
  done: number;
  total: number;
}

export type Loaded =
  | { ok: true; data: Dataset; index: DatasetIndex }
  | { ok: false; kind: ProblemKind | 'worker'; problems: DatasetProblem[]; total: number }
  | { ok: false; kind: 'cancelled'; problems: []; total: 0 };

export class DatasetLoader {
  #createWorker: () => WorkerLike;
  #current: { worker: WorkerLike; resolve: (r: Loaded) => void } | null = null;
  #nextId = 1;

  constructor(createWorker: () => WorkerLike) {
    this.#createWorker = createWorker;
  }

  /** Load a dataset; a load still running is cancelled first (its promise resolves as "cancelled"). */
  load(source: LoadSource, onProgress: (p: LoadProgress) => void = () => {}): Promise<Loaded> {
    this.cancel();
    const id = this.#nextId++;
    const worker = this.#createWorker();
    let head: Omit<Dataset, 'engagements' | 'deals'> | null = null;
    const engagements: Engagement[] = [];
    const deals: Deal[] = [];
    const engagementAt = new Map<string, number>();
    return new Promise<Loaded>((resolve) => {
      // Once settled (done, failed or cancelled), messages still in flight from this worker are ignored.
      let settled = false;
      const finish = (r: Loaded) => {
        if (settled) return;
        settled = true;
        if (this.#current?.worker === worker) this.#current = null;
        worker.terminate();
        resolve(r);
      };
      this.#current = { worker, resolve: finish };
      worker.onerror = (e) =>
        finish({
          ok: false,
          kind: 'worker',
          total: 1,
          problems: [{ path: '(page)', message: `the dataset could not be checked (${e.message || 'the worker stopped'}): reload the page, or try another browser` }],
        });
      worker.onmessage = ({ data: m }) => {
        if (settled || m.id !== id) return;
        switch (m.type) {
          case 'progress':
            onProgress({ phase: m.phase, done: m.done, total: m.total });
            break;
          case 'failed':
            finish({ ok: false, kind: m.kind, problems: m.problems, total: m.total });
            break;
          case 'head':
            head = m.head;
            break;
          case 'records':
            // A loop, not push(...chunk): spreading thousands of arguments can overflow the stack.
            if (m.key === 'deals') for (const r of m.records) deals.push(r as Deal);
            else
              for (const r of m.records as Engagement[]) {
                engagementAt.set(r.id, engagements.length);
                engagements.push(r);
              }
            break;
          case 'done': {
            if (!head) break;
            const data: Dataset = { ...head, engagements, deals };
            finish({ ok: true, data, index: assembleIndex(data, m.arrays, engagementAt) });
            break;
          }
        }
      };
      // Bytes fetched early go to the worker without a copy.
      if ('bytes' in source) worker.postMessage({ type: 'load', id, source }, [source.bytes]);
      else worker.postMessage({ type: 'load', id, source });
    });
  }

  /** Stop the load in progress, if any. */
  cancel() {
    const current = this.#current;
    if (!current) return;
    this.#current = null;
    current.resolve({ ok: false, kind: 'cancelled', problems: [], total: 0 });
  }
}
