/**
 * The dataset public/boot.js began fetching before the app's JavaScript arrived: taken once, by
 * the app, when it names the same address. No Svelte; the window is passed.
 */
import { perMegabyte, readResponse, requestProblem } from './request';
import type { LoadSource } from './loadJob';

export type EarlyFetch = {
  url: string;
  controller?: AbortController | null;
  response: Promise<{ response: Response } | { error: string }>;
};

/**
 * The early fetch's outcome for `url`: bytes to hand to the worker, or the request problem; null
 * when nothing was fetched early for that address (the worker then fetches it).
 */
export function takeEarlyData(
  url: string,
  win: { __ungaEarly?: EarlyFetch },
  /** Called as the body arrives, at most once per megabyte. */
  onBytes?: (received: number, expected: number) => void,
): { result: Promise<{ source: LoadSource } | { failed: ReturnType<typeof requestProblem> }>; abort: () => void } | null {
  const early = win.__ungaEarly;
  if (!early || early.url !== url) return null;
  delete win.__ungaEarly;
  const result = early.response.then(async (r) => {
    if ('error' in r) return { failed: requestProblem(url, r) };
    const read = await readResponse(r.response, url, onBytes && perMegabyte(onBytes));
    return read.ok ? { source: { bytes: read.bytes, name: url } } : { failed: read };
  });
  return { result, abort: () => early.controller?.abort() };
}
