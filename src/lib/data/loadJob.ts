/**
 * The work of loading a dataset, as the worker runs it: fetch (or take the opened file's text),
 * parse, validate with the same code as `npm run validate` (sending each run of checked records
 * to the page as it goes, in small messages, so that no single message costs the page a long task
 * to receive and the page receives while the worker checks), then build and send the index.
 * Pure apart from `fetch`: the tests run it in-process with a fake channel.
 */
import { parseDatasetText } from './load';
import type { DatasetProblem, ProblemKind } from './problems';
import { fetchDatasetText, perMegabyte, tooLargeProblem } from './request';
import { buildIndexArrays } from './buildIndex';
import { transferablesOf, type IndexArrays } from './datasetIndex';
import type { Dataset } from './schema';
import { MAX_BYTES } from './limits';

/**
 * Where a dataset comes from: an address the worker fetches, text already in hand (a file the
 * reader opened), or bytes the page fetched early (while its JavaScript was still loading),
 * handed to the worker without a copy.
 */
export type LoadSource = { url: string } | { text: string; name: string } | { bytes: ArrayBuffer; name: string };

export type LoadRequest = { type: 'load'; id: number; source: LoadSource };

export type LoadPhase = 'fetch' | 'parse' | 'check' | 'index';

/** The head of a dataset: everything but its two large collections. */
export type DatasetHead = Omit<Dataset, 'engagements' | 'deals'>;

export type LoadMessage =
  | { type: 'progress'; id: number; phase: LoadPhase; done: number; total: number }
  | { type: 'failed'; id: number; kind: ProblemKind; problems: DatasetProblem[]; total: number }
  | { type: 'head'; id: number; head: DatasetHead; engagements: number; deals: number }
  | { type: 'records'; id: number; key: 'engagements' | 'deals'; records: unknown[] }
  | { type: 'done'; id: number; arrays: IndexArrays };

/** Problems sent to the page: a reader fixes the first few hundred, then checks again. */
export const MAX_PROBLEMS = 300;

export async function runLoad(
  request: LoadRequest,
  post: (message: LoadMessage, transfer?: Transferable[]) => void,
  fetchImpl: typeof fetch = fetch,
): Promise<void> {
  const { id, source } = request;
  const progress = (phase: LoadPhase, done = 0, total = 0) => post({ type: 'progress', id, phase, done, total });
  let text: string;
  let name: string;
  if ('url' in source) {
    progress('fetch');
    const fetched = await fetchDatasetText(source.url, fetchImpl, perMegabyte((received, expected) => progress('fetch', received, expected)));
    if (!fetched.ok) {
      post({ type: 'failed', id, kind: fetched.kind, problems: fetched.problems, total: fetched.total });
      return;
    }
    text = fetched.text;
    name = source.url;
  } else if ('bytes' in source) {
    progress('parse');
    text = new TextDecoder().decode(source.bytes);
    name = source.name;
  } else {
    text = source.text;
    name = source.name;
    if (text.length > MAX_BYTES) {
      const failed = tooLargeProblem(name, text.length);
      post({ type: 'failed', id, kind: failed.kind, problems: failed.problems, total: failed.total });
      return;
    }
  }
  progress('parse');
  // Records go to the page as they pass the check, so the page receives them (a few
  // milliseconds a chunk) while the worker checks the rest, instead of after it.
  const result = parseDatasetText(
    text,
    name,
    (done, total) => progress('check', done, total),
    (key, records) => post({ type: 'records', id, key, records }),
  );
  if (!result.ok) {
    // Records already sent are dropped by the page when it reads this.
    post({ type: 'failed', id, kind: result.kind, problems: result.problems.slice(0, MAX_PROBLEMS), total: result.total });
    return;
  }
  const { engagements, deals, ...head } = result.data;
  progress('index', 0, 1);
  const arrays = buildIndexArrays(result.data);
  post({ type: 'head', id, head, engagements: engagements.length, deals: deals.length });
  post({ type: 'done', id, arrays }, transferablesOf(arrays));
}
