// @vitest-environment node
// Loading a dataset: the worker's job (runLoad) with a fake fetch and a recording channel, and
// the page's side (DatasetLoader) with an in-process fake worker that runs the same job and
// delivers its messages as postMessage does: later, and as structured clones.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PROGRESS_EVERY as CHUNK } from '../../src/lib/data/load';
import {
  MAX_PROBLEMS,
  runLoad,
  type LoadMessage,
  type LoadPhase,
  type LoadRequest,
  type LoadSource,
} from '../../src/lib/data/loadJob';
import { DatasetLoader, type Loaded, type LoadProgress, type WorkerLike } from '../../src/lib/data/datasetLoader';
import { buildIndexArrays, indexDataset } from '../../src/lib/data/buildIndex';
import { transferablesOf, type Csr, type IndexArrays } from '../../src/lib/data/datasetIndex';
import { parseDataset, parseDatasetText } from '../../src/lib/data/load';
import type { Dataset } from '../../src/lib/data/schema';
import { synthDataset } from '../../scripts/synth/generate';
import { ROOT } from '../helpers';

const smallText = readFileSync(path.join(ROOT, 'tests/fixtures/query-small.json'), 'utf8');
// 5,000 engagements and 1,000 deals: three chunks of engagements, one of deals.
const big = synthDataset({ engagements: 5000, seed: 5 });
const bigText = JSON.stringify(big);
const bigData = (() => {
  const r = parseDataset(JSON.parse(bigText));
  if (!r.ok) throw new Error('the synthetic dataset must be valid');
  return r.data;
})();

type Posted = { message: LoadMessage; transfer?: Transferable[] };

/** A fetch that answers every address with `respond()`, recording what was asked. */
function fakeFetch(respond: (url: string) => Response | Promise<Response>) {
  return vi.fn(async (input: RequestInfo | URL) => respond(String(input))) as unknown as typeof fetch &
    ReturnType<typeof vi.fn>;
}

async function run(
  source: LoadSource,
  fetchImpl: typeof fetch = fakeFetch(() => new Response(smallText)),
  id = 7,
): Promise<Posted[]> {
  const posted: Posted[] = [];
  await runLoad({ type: 'load', id, source }, (message, transfer) => posted.push({ message, transfer }), fetchImpl);
  return posted;
}

const phases = (posted: Posted[]) => posted.flatMap(({ message: m }) => (m.type === 'progress' ? [m.phase] : []));
const ofType = <T extends LoadMessage['type']>(posted: Posted[], type: T) =>
  posted.map((p) => p.message).filter((m): m is Extract<LoadMessage, { type: T }> => m.type === type);

/** Every buffer of an index's arrays. */
function buffersOf(arrays: IndexArrays): Set<ArrayBufferLike> {
  const out = new Set<ArrayBufferLike>();
  for (const v of Object.values(arrays)) {
    if (ArrayBuffer.isView(v)) out.add(v.buffer);
    else if (v && typeof v === 'object' && 'offsets' in v) {
      out.add((v as Csr).offsets.buffer);
      out.add((v as Csr).values.buffer);
    }
  }
  return out;
}

describe('runLoad: what stops a load', () => {
  const cases: {
    name: string;
    respond: (url: string) => Response | Promise<Response>;
    expected: RegExp[];
  }[] = [
    {
      name: 'a missing file (404)',
      respond: () => new Response('nope', { status: 404, statusText: 'Not Found' }),
      expected: [/HTTP 404: no file at that address/, /check the URL/],
    },
    {
      name: 'a refused file (403)',
      respond: () => new Response('', { status: 403 }),
      expected: [/HTTP 403/, /must be public/],
    },
    {
      name: 'a server error (500)',
      respond: () => new Response('', { status: 500, statusText: 'Internal Server Error' }),
      expected: [/HTTP 500: the server could not deliver it/, /try again later/],
    },
    {
      name: 'a network error or a site that refuses cross-origin requests',
      respond: () => Promise.reject(new TypeError('Failed to fetch')),
      expected: [
        /could not fetch https:\/\/example\.org\/d\.json \(Failed to fetch\)/,
        /CORS/,
        /copy the file next to the dashboard/,
      ],
    },
  ];
  it.each(cases)('$name: kind "request", with what to try', async ({ respond, expected }) => {
    const fetchImpl = fakeFetch(respond);
    const posted = await run({ url: 'https://example.org/d.json' }, fetchImpl);
    expect(fetchImpl).toHaveBeenCalledWith('https://example.org/d.json');
    expect(phases(posted)).toEqual(['fetch']);
    const [failed, ...rest] = ofType(posted, 'failed');
    expect(rest).toEqual([]);
    expect(failed).toMatchObject({ id: 7, kind: 'request', total: 1 });
    expect(failed!.problems).toHaveLength(1);
    expect(failed!.problems[0]!.path).toBe('(request)');
    for (const pattern of expected) expect(failed!.problems[0]!.message).toMatch(pattern);
    // Validation advice cannot help with a file that never arrived.
    expect(failed!.problems[0]!.message).not.toContain('npm run validate');
    // The last message: nothing is sent after a failure.
    expect(posted.at(-1)!.message.type).toBe('failed');
  });

  it('text that is not JSON: kind "json", naming the file', async () => {
    const posted = await run({ text: '{"schemaVersion": 1,', name: 'my-data.json' });
    expect(phases(posted)).toEqual(['parse']);
    const [failed] = ofType(posted, 'failed');
    expect(failed).toMatchObject({ type: 'failed', id: 7, kind: 'json', total: 1 });
    expect(failed!.problems[0]!.message).toMatch(
      /^my-data\.json is not valid JSON \(.+\): check the file in a JSON linter$/,
    );
  });

  it('a fetched file that is not JSON: kind "json", naming the address', async () => {
    const posted = await run(
      { url: '/data/d.json' },
      fakeFetch(() => new Response('<!doctype html><p>Not here</p>')),
    );
    expect(phases(posted)).toEqual(['fetch', 'parse']);
    expect(ofType(posted, 'failed')[0]!.problems[0]!.message).toMatch(/^\/data\/d\.json is not valid JSON/);
  });

  it('an invalid dataset: kind "dataset", the first MAX_PROBLEMS problems with the true total', async () => {
    const doc = JSON.parse(smallText) as Dataset;
    // 400 engagements with a bad type and no summary: two problems each.
    doc.engagements = Array.from({ length: 400 }, (_, i) => ({
      ...doc.engagements[1]!,
      id: `bad-${i}`,
      type: 'party' as never,
      summary: undefined as never,
    }));
    const text = JSON.stringify(doc);
    const all = parseDatasetText(text, 'bad.json');
    if (all.ok) throw new Error('the dataset must be invalid');
    expect(all.total).toBe(800);

    const posted = await run({ text, name: 'bad.json' });
    const [failed] = ofType(posted, 'failed');
    expect(failed!.kind).toBe('dataset');
    expect(failed!.total).toBe(800);
    expect(failed!.problems).toHaveLength(MAX_PROBLEMS);
    expect(failed!.problems).toEqual(all.problems.slice(0, MAX_PROBLEMS));
    expect(failed!.problems[0]!.path).toBe('engagements[0].type');
    // Checked (with progress) before failing, never indexed or sent.
    expect(phases(posted)).toEqual(['parse', 'check', 'check']);
    expect(ofType(posted, 'head')).toEqual([]);
  });

  it('a few problems are sent whole', async () => {
    const doc = JSON.parse(smallText) as Dataset;
    doc.deals[0]!.company = 'ghost';
    const posted = await run({ text: JSON.stringify(doc), name: 'x.json' });
    const [failed] = ofType(posted, 'failed');
    expect(failed).toMatchObject({ kind: 'dataset', total: 1, problems: [{ path: 'deals[0].company' }] });
  });
});

describe('runLoad: a valid dataset', () => {
  const url = 'https://example.org/big.json';
  let posted: Posted[];
  const load = async () =>
    (posted ??= await run(
      { url },
      fakeFetch(() => new Response(bigText)),
      3,
    ));

  it('every message carries the request id', async () => {
    await load();
    expect(posted.every((p) => p.message.id === 3)).toBe(true);
  });

  it('progress phases come in order: fetch, parse, check, index', async () => {
    await load();
    const order: LoadPhase[] = ['fetch', 'parse', 'check', 'index'];
    const seen = phases(posted);
    expect([...new Set(seen)]).toEqual(order);
    for (let k = 1; k < seen.length; k++)
      expect(order.indexOf(seen[k]!)).toBeGreaterThanOrEqual(order.indexOf(seen[k - 1]!));
  });

  it('the check counts every record, from 0 up to the total', async () => {
    await load();
    const total = big.engagements.length + big.deals.length;
    const checks = ofType(posted, 'progress').filter((m) => m.phase === 'check');
    expect(checks[0]).toMatchObject({ done: 0, total });
    expect(checks.at(-1)).toMatchObject({ done: total, total });
    for (let k = 1; k < checks.length; k++) expect(checks[k]!.done).toBeGreaterThan(checks[k - 1]!.done);
    // Often enough that a bar moves, not once per record.
    expect(checks.length).toBeGreaterThan(2);
    expect(checks.length).toBeLessThan(total / 100);
  });

  it('sends the records in chunks of CHUNK as they are checked, then the head and the index arrays', async () => {
    await load();
    const types = posted.map((p) => p.message.type).filter((t) => t !== 'progress');
    expect(types).toEqual(['records', 'records', 'records', 'records', 'head', 'done']);

    const [head] = ofType(posted, 'head');
    const { engagements, deals, ...expectedHead } = bigData;
    expect(head).toMatchObject({ engagements: engagements.length, deals: deals.length });
    expect(head!.head).toEqual(expectedHead);
    expect(head!.head).not.toHaveProperty('engagements');

    const records = ofType(posted, 'records');
    expect(records.map((r) => [r.key, r.records.length])).toEqual([
      ['engagements', CHUNK],
      ['engagements', CHUNK],
      ['engagements', 5000 - 2 * CHUNK],
      ['deals', 1000],
    ]);
    expect(records.filter((r) => r.key === 'engagements').flatMap((r) => r.records)).toEqual(engagements);
    expect(records.filter((r) => r.key === 'deals').flatMap((r) => r.records)).toEqual(deals);

    // Each chunk goes before the progress that counts it, so "checked n" means "n sent".
    let sent = 0;
    for (const { message: m } of posted) {
      if (m.type === 'records') sent += m.records.length;
      if (m.type === 'progress' && m.phase === 'check') expect(sent).toBe(m.done);
    }
  });

  it('a record with a problem stops the sending: the page gets the chunks before it, then the problems', async () => {
    const doc = JSON.parse(bigText) as Dataset;
    (doc.engagements[CHUNK + 10] as { session: unknown }).session = 'seventy';
    const posted = await run({ text: JSON.stringify(doc), name: 'bad.json' });
    const records = ofType(posted, 'records');
    expect(records.map((r) => r.records.length)).toEqual([CHUNK]);
    expect(posted.at(-1)!.message).toMatchObject({
      type: 'failed',
      kind: 'dataset',
      problems: [{ path: `engagements[${CHUNK + 10}].session` }],
    });
    expect(ofType(posted, 'done')).toEqual([]);
  });

  it('the done message holds the index arrays and lists their buffers for transfer', async () => {
    await load();
    const last = posted.at(-1)!;
    expect(last.message.type).toBe('done');
    const { arrays } = last.message as Extract<LoadMessage, { type: 'done' }>;
    expect(arrays).toEqual(buildIndexArrays(bigData));
    const transfer = last.transfer ?? [];
    expect(transfer.length).toBe(new Set(transfer).size);
    expect(new Set(transfer)).toEqual(buffersOf(arrays));
    expect(transfer).toEqual(transferablesOf(arrays));
    // No other message transfers anything.
    expect(posted.slice(0, -1).every((p) => !p.transfer?.length)).toBe(true);
  });

  it('an opened file (text) skips the fetch', async () => {
    const fetchImpl = fakeFetch(() => new Response('unused'));
    const mine = await run({ text: smallText, name: 'query-small.json' }, fetchImpl);
    expect(fetchImpl).not.toHaveBeenCalled();
    expect([...new Set(phases(mine))]).toEqual(['parse', 'check', 'index']);
    expect(mine.at(-1)!.message.type).toBe('done');
  });

  it('an empty dataset still sends its head and the index', async () => {
    const doc = JSON.parse(smallText) as Dataset;
    doc.engagements = [];
    doc.deals = [];
    const mine = await run({ text: JSON.stringify(doc), name: 'empty.json' });
    expect(mine.map((p) => p.message.type).filter((t) => t !== 'progress')).toEqual(['head', 'done']);
  });
});

/**
 * A Worker for the loader that runs the job in this process. Its messages arrive as
 * postMessage delivers them: in a later task, as structured clones with their buffers moved.
 * `hold` keeps them until `release()`, to deliver them late.
 */
class FakeWorker implements WorkerLike {
  onmessage: WorkerLike['onmessage'] = null;
  onerror: WorkerLike['onerror'] = null;
  terminated = false;
  requests: LoadRequest[] = [];
  job: Promise<void> = Promise.resolve();
  held: LoadMessage[] = [];

  constructor(
    private readonly fetchImpl: typeof fetch,
    private readonly options: { hold?: boolean; fail?: string; foreign?: boolean } = {},
  ) {}

  postMessage(request: LoadRequest) {
    this.requests.push(request);
    if (this.options.fail !== undefined) {
      setTimeout(() => this.onerror?.({ message: this.options.fail } as ErrorEvent), 0);
      return;
    }
    if (this.options.foreign)
      this.send({ type: 'failed', id: request.id + 100, kind: 'dataset', problems: [], total: 0 });
    this.job = runLoad(
      request,
      (m, transfer) => this.send(structuredClone(m, { transfer: transfer as Transferable[] })),
      this.fetchImpl,
    );
  }

  private send(m: LoadMessage) {
    if (this.options.hold) this.held.push(m);
    else setTimeout(() => this.onmessage?.({ data: m } as MessageEvent<LoadMessage>), 0);
  }

  /** Deliver the held messages now, even to a terminated worker's handler (a message already in flight). */
  release() {
    for (const m of this.held.splice(0)) this.onmessage?.({ data: m } as MessageEvent<LoadMessage>);
  }

  terminate() {
    this.terminated = true;
  }
}

describe('DatasetLoader', () => {
  const workers: FakeWorker[] = [];
  afterEach(() => {
    workers.length = 0;
  });
  const loaderWith = (...make: (() => FakeWorker)[]) =>
    new DatasetLoader(() => {
      const w = make[Math.min(workers.length, make.length - 1)]!();
      workers.push(w);
      return w;
    });
  const serving = (text: string) => fakeFetch(() => new Response(text));

  it('resolves the dataset and its index, the same as indexing it in place', async () => {
    const loader = loaderWith(() => new FakeWorker(serving(bigText)));
    const result = await loader.load({ url: 'big.json' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data).toEqual(bigData);
    expect(result.index.data).toBe(result.data);
    expect(result.index).toEqual(indexDataset(bigData));
    expect(workers[0]!.requests).toEqual([{ type: 'load', id: 1, source: { url: 'big.json' } }]);
    // Done with it: the worker is stopped.
    expect(workers[0]!.terminated).toBe(true);
  });

  it('reports progress through the phases, every record checked, then the index', async () => {
    const loader = loaderWith(() => new FakeWorker(serving(bigText)));
    const progress: LoadProgress[] = [];
    await loader.load({ url: 'big.json' }, (p) => progress.push(p));
    expect([...new Set(progress.map((p) => p.phase))]).toEqual(['fetch', 'parse', 'check', 'index']);
    expect(progress.filter((p) => p.phase === 'check').at(-1)).toEqual({ phase: 'check', done: 6000, total: 6000 });
    expect(progress.at(-1)).toEqual({ phase: 'index', done: 0, total: 1 });
  });

  it('a failed load resolves with its kind and problems', async () => {
    const loader = loaderWith(() => new FakeWorker(fakeFetch(() => new Response('', { status: 404 }))));
    const result = await loader.load({ url: 'missing.json' });
    expect(result).toMatchObject({ ok: false, kind: 'request', total: 1, problems: [{ path: '(request)' }] });
    expect(workers[0]!.terminated).toBe(true);
  });

  it('a dataset found broken after some of its records were sent resolves with its problems, not a dataset', async () => {
    const doc = JSON.parse(bigText) as Dataset;
    doc.deals[0]!.company = 'ghost'; // found by the checks between records, after every record was sent
    const loader = loaderWith(() => new FakeWorker(serving(JSON.stringify(doc))));
    const result = await loader.load({ url: 'broken.json' });
    expect(result).toMatchObject({ ok: false, kind: 'dataset', problems: [{ path: 'deals[0].company' }] });
    expect(workers[0]!.terminated).toBe(true);
  });

  it('ignores messages that answer another request', async () => {
    const loader = loaderWith(() => new FakeWorker(serving(smallText), { foreign: true }));
    const result = await loader.load({ url: 'small.json' });
    expect(result.ok).toBe(true);
  });

  it('a second load cancels the first: it resolves "cancelled", its worker stops, its late messages change nothing', async () => {
    const loader = loaderWith(
      () => new FakeWorker(serving(bigText), { hold: true }),
      () => new FakeWorker(serving(smallText)),
    );
    const firstProgress = vi.fn();
    const secondProgress = vi.fn();
    const first = loader.load({ url: 'big.json' }, firstProgress);
    await workers[0]!.job; // the first worker has done all its work; its messages are in flight
    const second = loader.load({ url: 'small.json' }, secondProgress);

    await expect(first).resolves.toEqual({ ok: false, kind: 'cancelled', problems: [], total: 0 });
    expect(workers[0]!.terminated).toBe(true);
    expect(workers[1]!.requests[0]!.id).toBe(2);

    // The first worker's messages arrive after all: progress, records and done.
    workers[0]!.release();
    expect(firstProgress).not.toHaveBeenCalled();

    const result = await second;
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const small = parseDataset(JSON.parse(smallText));
    expect(small.ok && result.data).toEqual(small.ok && small.data);
    expect(result.index.data.engagements).toHaveLength(6);
    expect(secondProgress).toHaveBeenCalled();
    expect(firstProgress).not.toHaveBeenCalled();
  });

  it('cancel() stops the load in progress', async () => {
    const loader = loaderWith(() => new FakeWorker(serving(bigText), { hold: true }));
    const pending = loader.load({ url: 'big.json' });
    loader.cancel();
    await expect(pending).resolves.toMatchObject({ ok: false, kind: 'cancelled' });
    expect(workers[0]!.terminated).toBe(true);
    // Nothing to cancel: no error.
    expect(() => loader.cancel()).not.toThrow();
  });

  const errors: { name: string; input: string; expected: RegExp }[] = [
    {
      name: 'with a message',
      input: 'Uncaught SyntaxError: bad worker',
      expected: /could not be checked \(Uncaught SyntaxError: bad worker\): reload the page/,
    },
    { name: 'without a message', input: '', expected: /could not be checked \(the worker stopped\)/ },
  ];
  it.each(errors)('a worker error resolves kind "worker": $name', async ({ input, expected }) => {
    const loader = loaderWith(() => new FakeWorker(serving(smallText), { fail: input }));
    const result: Loaded = await loader.load({ url: 'small.json' });
    expect(result).toMatchObject({ ok: false, kind: 'worker', total: 1 });
    expect(!result.ok && result.problems[0]!.message).toMatch(expected);
    expect(workers[0]!.terminated).toBe(true);
  });

  it('after a failure, the next load works', async () => {
    const loader = loaderWith(
      () => new FakeWorker(serving(smallText), { fail: 'boom' }),
      () => new FakeWorker(serving(smallText)),
    );
    expect((await loader.load({ url: 'a.json' })).ok).toBe(false);
    expect((await loader.load({ url: 'a.json' })).ok).toBe(true);
  });
});
