/**
 * Requests for a dataset: fetching with the size limit, and the problems a request can end in,
 * worded with what to try. No zod: the page reads an early response with this module without
 * loading the validator, which only the worker and the tools need.
 */
import { MAX_BYTES } from './limits';
import { oneProblem, type Failed } from './problems';

/** A byte-count callback called at most once per megabyte: a repaint or a message per megabyte, not per network chunk. */
export function perMegabyte(report: (received: number, expected: number) => void): (received: number, expected: number) => void {
  let reported = 0;
  return (received, expected) => {
    if (received - reported < 1 << 20) return;
    reported = received;
    report(received, expected);
  };
}

/** Why a request for a dataset failed, worded with what to try (a network error, or an HTTP status). */
export function requestProblem(url: string, failure: { status: number } | { error: string }): Failed {
  let message: string;
  if ('error' in failure) {
    message = `could not fetch ${url} (${failure.error}). Check the address; if the file is on another site, that site must allow cross-origin requests (CORS), or copy the file next to the dashboard.`;
  } else {
    const hint =
      failure.status === 404
        ? 'no file at that address: check the URL for typos'
        : failure.status === 401 || failure.status === 403
          ? 'the server refuses access: the file must be public'
          : 'the server could not deliver it: try again later, or check the address';
    message = `${url} answered HTTP ${failure.status}: ${hint}.`;
  }
  return oneProblem('request', '(request)', message);
}

/** The problem when the reader stops waiting for a slow server. */
export function stoppedProblem(url: string, seconds: number): Failed {
  return oneProblem('request', '(request)', `stopped waiting for ${url} after ${seconds} s: the server is slow or not answering. Reload the page to try again, or copy the file next to the dashboard`);
}

/** The problem for a file larger than MAX_BYTES: said before reading it, or as soon as the bytes pass the limit. */
export function tooLargeProblem(name: string, bytes: number | null, limit = MAX_BYTES): Failed {
  const size = bytes === null ? `more than ${megabytes(limit)}` : megabytes(bytes);
  return oneProblem('limit', '(document)', `${name} is too large (${size}; the dashboard reads at most ${megabytes(limit)}): split it by session or delegation into smaller files`);
}

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/**
 * Read a response's body with the byte limit: a Content-Length over MAX_BYTES is refused before
 * reading, and a body that goes on past it (a server that never stops sending) is cancelled
 * there, so a hostile or mistaken address cannot make the page run out of memory.
 * `onBytes(received, expected)` reports progress per network chunk (expected is 0 when the server
 * does not say); wrap it in perMegabyte to report less often.
 */
export async function readResponse(
  response: Response,
  name: string,
  onBytes?: (received: number, expected: number) => void,
  limit = MAX_BYTES,
): Promise<{ ok: true; bytes: ArrayBuffer } | Failed> {
  if (!response.ok) return requestProblem(name, { status: response.status });
  const declared = Number(response.headers.get('content-length'));
  const expected = Number.isFinite(declared) && declared > 0 ? declared : 0;
  if (expected > limit) {
    await response.body?.cancel().catch(() => {});
    return tooLargeProblem(name, expected, limit);
  }
  if (!response.body) return { ok: true, bytes: await response.arrayBuffer() };
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      received += value.byteLength;
      if (received > limit) {
        await reader.cancel().catch(() => {});
        return tooLargeProblem(name, null, limit);
      }
      chunks.push(value);
      onBytes?.(received, expected);
    }
  } catch (err) {
    return requestProblem(name, { error: (err as Error).message });
  }
  const bytes = new Uint8Array(received);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return { ok: true, bytes: bytes.buffer };
}

/**
 * Fetch a dataset's text. Network and HTTP errors come back as a problem of kind "request",
 * saying what to try, since validation advice cannot help with a file that never arrived.
 */
export async function fetchDatasetText(
  url: string,
  fetchImpl: typeof fetch = fetch,
  onBytes?: (received: number, expected: number) => void,
): Promise<{ ok: true; text: string } | Failed> {
  let response: Response;
  try {
    response = await fetchImpl(url);
  } catch (err) {
    return requestProblem(url, { error: (err as Error).message });
  }
  const read = await readResponse(response, url, onBytes);
  return read.ok ? { ok: true, text: new TextDecoder().decode(read.bytes) } : read;
}
