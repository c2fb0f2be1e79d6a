/**
 * Where a dataset comes from when the studio opens one: an address (the bundled file, or the
 * `?data=` of the dashboard link) or a file the user picked or dropped. Fetching reuses the
 * dashboard's loader, so the same advice comes back when a request fails.
 */
import { fetchDatasetText, tooLargeProblem } from '../lib/data/request';
import { MAX_BYTES } from '../lib/data/limits';
import { workFromText, type Opened, type Origin } from './work';

export type OpenResult = Opened | { ok: false; reason: 'request'; detail: string };

export async function openUrl(url: string, origin: Origin, fetchImpl: typeof fetch = fetch): Promise<OpenResult> {
  const fetched = await fetchDatasetText(url, fetchImpl);
  if (!fetched.ok) return { ok: false, reason: 'request', detail: fetched.problems[0]?.message ?? url };
  return workFromText(fetched.text, origin);
}

export async function openFile(file: File): Promise<OpenResult> {
  // The dashboard's size limit, checked before the file is read into memory.
  if (file.size > MAX_BYTES) return { ok: false, reason: 'request', detail: tooLargeProblem(file.name, file.size).problems[0]!.message };
  return workFromText(await file.text(), { kind: 'file', name: file.name });
}
