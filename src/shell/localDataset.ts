/**
 * Datasets that do not come from an address: a file the reader opens or drops on the dashboard,
 * and the studio's hand-over. Loaded only when one is opened, so the first load stays small; the
 * text then goes through the same worker, limits and problem list as `?data=`.
 */
import { browserStore, putHandover, takeHandover } from '../lib/data/handover';
import { DatasetLoader, type Loaded, type LoadProgress, type WorkerLike } from '../lib/data/datasetLoader';
import { MAX_BYTES } from '../lib/data/limits';
import type { LoadSource } from '../lib/data/loadJob';
import { oneProblem } from '../lib/data/problems';
import { tooLargeProblem } from '../lib/data/request';
import type { DataRef } from '../lib/state/url';

export type LocalSource = Extract<LoadSource, { text: string }>;
export type Got = { source: LocalSource } | { failed: ReturnType<typeof oneProblem> };

/** A file the reader picked: refused before reading when larger than the page holds. */
export async function fromFile(file: File): Promise<Got> {
  if (file.size > MAX_BYTES) return { failed: tooLargeProblem(file.name, file.size) };
  try {
    const text = await file.text();
    // Kept for "Edit this dataset", whose address (`?data=local:<name>`) the studio reads it by.
    await putHandover(browserStore(), file.name, text).catch(() => {});
    return { source: { text, name: file.name } };
  } catch (err) {
    return {
      failed: oneProblem(
        'request',
        '(file)',
        `${file.name} could not be read (${(err as Error).message}): open it again`,
      ),
    };
  }
}

/** What `?data=local:…` or `?data=studio:…` names when the page opens. */
export async function fromRef(ref: Exclude<DataRef, { kind: 'url' }>): Promise<Got> {
  if (ref.kind === 'local')
    return {
      failed: oneProblem(
        'request',
        '(file)',
        `${ref.name} is a file opened from a computer: a page cannot open it again by itself, and a link cannot carry it. Open the file again with "Open a dataset file…" or drop it on this page`,
      ),
    };
  const got = await takeHandover(browserStore(), ref.key);
  return got.ok
    ? { source: { text: got.text, name: got.name } }
    : { failed: oneProblem('request', '(studio)', got.message) };
}

let loader: DatasetLoader | undefined;
/** Check a dataset's text in the worker; a check still running is cancelled. */
export function check(
  source: LocalSource,
  startWorker: () => WorkerLike,
  onProgress: (p: LoadProgress) => void,
): Promise<Loaded> {
  loader ??= new DatasetLoader(startWorker);
  return loader.load(source, onProgress);
}
