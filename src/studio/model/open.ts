/**
 * Where a dataset comes from when the studio opens one: an address (the bundled file, or the
 * `?data=` of the dashboard link) or a file the user picked or dropped. Fetching reuses the
 * dashboard's loader, so the same advice comes back when a request fails.
 */
import { fetchDatasetText, tooLargeProblem } from '../../lib/data/request';
import { MAX_BYTES } from '../../lib/data/limits';
import { workFromText, type Opened, type Origin } from './editedDataset';

export type OpenResult = Opened | { ok: false; reason: 'request'; detail: string };

/**
 * A `%` in an address that does not start an escape (`%ZZ`, a bare `%` at the end): what to write
 * instead, or null when every escape is well formed. Such an address cannot be decoded, so it is
 * refused with this advice before anything is fetched.
 */
export function badEscape(url: string): string | null {
  const at = url.search(/%(?![0-9A-Fa-f]{2})/);
  if (at < 0) return null;
  const found = url.slice(at, at + 3);
  return `the address has "${found}" at character ${at + 1}, which is not a %-escape: write a literal % as %25, or fix the escape (two hexadecimal digits after %)`;
}

export async function openUrl(url: string, origin: Origin, fetchImpl: typeof fetch = fetch): Promise<OpenResult> {
  const escape = badEscape(url);
  if (escape) return { ok: false, reason: 'request', detail: escape };
  const fetched = await fetchDatasetText(url, fetchImpl);
  if (!fetched.ok) return { ok: false, reason: 'request', detail: fetched.problems[0]?.message ?? url };
  return workFromText(fetched.text, origin);
}

export async function openFile(file: File): Promise<OpenResult> {
  // The dashboard's size limit, checked before the file is read into memory.
  if (file.size > MAX_BYTES)
    return { ok: false, reason: 'request', detail: tooLargeProblem(file.name, file.size).problems[0]!.message };
  return workFromText(await file.text(), { kind: 'file', name: file.name });
}
