// @vitest-environment node
// Valid means usable: the bounds the format sets so that no accepted dataset can hang or break a
// view, and the size limits the loader enforces before the browser runs out of memory.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/lib/data/load';
import { readResponse } from '../../src/lib/data/request';
import type { DatasetProblem } from '../../src/lib/data/problems';
import { MAX_BYTES, MAX_RECORDS, MAX_SESSION, MAX_USD } from '../../src/lib/data/limits';
import { runLoad, type LoadMessage } from '../../src/lib/data/loadJob';
import { buildIndexArrays } from '../../src/lib/data/buildIndex';

type Loose = any;
const minimalText = readFileSync(new URL('../fixtures/minimal.json', import.meta.url), 'utf8');
const variant = (change: (d: Loose) => void): Loose => {
  const d = JSON.parse(minimalText);
  change(d);
  return d;
};
const problemsOf = (d: unknown): DatasetProblem[] => {
  const r = parseDataset(d);
  return r.ok ? [] : r.problems;
};

describe('session numbers', () => {
  it.each([0, -3, MAX_SESSION + 1, 9007199254738000, 1.5])(
    'rejects session %s with a message that says the range',
    (n) => {
      const problems = problemsOf(variant((d) => (d.sessions[0] = { number: n, year: 1945 + n })));
      expect(problems[0]).toEqual({
        path: 'sessions[0].number',
        message: expect.stringMatching(/whole number from 1 to 200 \(UNGA session N opens in year 1945 \+ N\)/),
      });
    },
  );
  it('accepts the first and the last session of the range', () => {
    const d = variant((d) => {
      d.sessions.push({ number: 1, year: 1946 }, { number: MAX_SESSION, year: 1945 + MAX_SESSION });
    });
    expect(problemsOf(d)).toEqual([]);
  });
  it('a dataset spanning the whole range still builds its index at once', () => {
    const d = variant((d) =>
      d.sessions.push({ number: 1, year: 1946 }, { number: MAX_SESSION, year: 1945 + MAX_SESSION }),
    );
    const r = parseDataset(d);
    expect(r.ok && buildIndexArrays(r.data).sessionNumbers.length).toBe(d.sessions.length);
  });
});

describe('deal values', () => {
  it('accepts the stated maximum', () => {
    expect(problemsOf(variant((d) => (d.deals[0].value = { usd: MAX_USD, qualifier: 'exact' })))).toEqual([]);
  });
  it.each([MAX_USD * 1.0001, 1.7e308])('rejects %s: two such values would sum to Infinity', (usd) => {
    const problems = problemsOf(variant((d) => (d.deals[0].value = { usd, qualifier: 'exact' })));
    expect(problems).toEqual([
      {
        path: 'deals[0].value.usd',
        message: expect.stringMatching(/at most 10000000000000 \(10 trillion US dollars\): check the number of zeros/),
      },
    ]);
  });
  it('MAX_USD times MAX_RECORDS is finite, so no sum of valid values overflows', () => {
    expect(Number.isFinite(MAX_USD * MAX_RECORDS)).toBe(true);
  });
});

describe('labels need a visible character', () => {
  it.each([
    ['zero-width characters', '\u200b\u200c\u200d\u2060'],
    ['spaces', ' \u00a0\u3000'],
    ['a byte-order mark and a direction mark', '\ufeff\u200e'],
    ['a lone combining accent', '\u0301'],
    ['control characters', '\u0001\u0007'],
  ])('rejects a title of %s', (_, title) => {
    const problems = problemsOf(variant((d) => (d.title = title)));
    expect(problems).toEqual([
      {
        path: 'title',
        message: expect.stringMatching(/^title must not be empty: give it at least one visible character/),
      },
    ]);
  });
  it('rejects an invisible actor name in any language', () => {
    const problems = problemsOf(variant((d) => (d.actors[0].name = { en: 'Name', ru: '\u200b' })));
    expect(problems.map((p) => p.path)).toEqual(['actors[0].name.ru']);
  });
  it.each(['Ё', 'a\u200b', '\u0415\u0308', '李', '🇰🇿', '-'])('accepts %s', (title) => {
    expect(problemsOf(variant((d) => (d.title = title)))).toEqual([]);
  });
});

describe('record limit', () => {
  it(`refuses more than ${MAX_RECORDS} records before checking any`, () => {
    const d = variant(
      (d) => (d.deals = Array.from({ length: MAX_RECORDS + 1 - d.engagements.length }, () => ({ junk: true }))),
    );
    const r = parseDataset(d);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.total).toBe(1);
    expect(r.problems[0]).toEqual({
      path: '(document)',
      message: expect.stringMatching(new RegExp(`has ${MAX_RECORDS + 1} records .*at most ${MAX_RECORDS}: split it`)),
    });
  });
});

/** A body that never ends: 64 KB chunks for as long as someone reads. */
function endless(): ReadableStream<Uint8Array> {
  const chunk = new Uint8Array(64 * 1024).fill(32);
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      sent += 1;
      controller.enqueue(chunk);
    },
    cancel() {
      sent = -sent;
    },
  });
}

describe('readResponse', () => {
  it('reads a body within the limit and reports its progress', async () => {
    const seen: number[] = [];
    const r = await readResponse(new Response('{"a":1}'), 'x.json', (n) => seen.push(n));
    expect(r.ok && new TextDecoder().decode(r.bytes)).toBe('{"a":1}');
    expect(seen.at(-1)).toBe(7);
  });
  it('refuses a declared Content-Length over the limit without reading the body', async () => {
    const body = endless();
    const response = new Response(body, { headers: { 'content-length': String(MAX_BYTES + 1) } });
    const r = await readResponse(response, 'https://example.org/big.json');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems[0]!.message).toMatch(
      /^https:\/\/example\.org\/big\.json is too large \(128 MB; the dashboard reads at most 128 MB\): split it/,
    );
  });
  it('stops an endless body at the limit and cancels the download', async () => {
    const limit = 1024 * 1024;
    let cancelled = false;
    const source = endless();
    const reader = source.getReader();
    const stream = new ReadableStream<Uint8Array>({
      async pull(c) {
        const { value } = await reader.read();
        c.enqueue(value!);
      },
      cancel() {
        cancelled = true;
      },
    });
    const r = await readResponse(new Response(stream), 'endless.json', undefined, limit);
    expect(!r.ok && r.problems[0]!.message).toMatch(
      /^endless\.json is too large \(more than 1 MB; the dashboard reads at most 1 MB\)/,
    );
    expect(cancelled).toBe(true);
  });
  it('the worker refuses opened text over the limit', async () => {
    const messages: LoadMessage[] = [];
    const text = { length: MAX_BYTES + 1 } as unknown as string; // the length is all that is read
    await runLoad({ type: 'load', id: 1, source: { text, name: 'huge.json' } }, (m) => messages.push(m));
    const last = messages.at(-1);
    expect(last?.type === 'failed' && last.problems[0]!.message).toMatch(/^huge\.json is too large/);
  });
});
