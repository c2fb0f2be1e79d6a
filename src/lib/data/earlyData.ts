/**
 * The dataset the page's inline script (index.html) began fetching before the app's JavaScript
 * arrived: taken once, by the app, when it names the same address. No Svelte; the window is passed.
 */
import { requestProblem } from './load';
import type { LoadSource } from './loadJob';

type Early = { url: string; result: Promise<{ bytes: ArrayBuffer } | { status: number } | { error: string }> };

/**
 * The early fetch's outcome for `url`: bytes to hand to the worker, or the request problem; null
 * when nothing was fetched early for that address (the worker then fetches it).
 */
export function takeEarlyData(url: string, win: { __ungaEarly?: Early }): Promise<{ source: LoadSource } | { failed: ReturnType<typeof requestProblem> }> | null {
  const early = win.__ungaEarly;
  if (!early || early.url !== url) return null;
  delete win.__ungaEarly;
  return early.result.then((r) => ('bytes' in r ? { source: { bytes: r.bytes, name: url } } : { failed: requestProblem(url, r) }));
}
