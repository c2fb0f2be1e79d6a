// @vitest-environment node
// A dataset comes from anyone: whatever the file holds, the loader answers with data or with
// problems that point at places in that file, never with an exception.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDataset, parseDatasetText } from '../../../src/lib/data/load';
import type { DatasetProblem, ParseResult } from '../../../src/lib/data/problems';
import { runLoad, type LoadMessage, type LoadSource } from '../../../src/lib/data/loadJob';
import { validDataset } from './datasetArbitrary';
import { resolvePath } from './jsonPath';
import { mutate, mutation } from './mutateDocument';
import { fcParameters } from './fcParameters';

/** Problems whose path is neither in the document nor a key missing from one of its objects. */
const strayPaths = (document: unknown, problems: readonly DatasetProblem[]) =>
  problems.filter((p) => resolvePath(document, p.path) === 'nowhere');

function expectWellFormedFailure(result: ParseResult, document: unknown, context: string) {
  if (result.ok) return;
  expect(result.problems.length, context).toBeGreaterThan(0);
  expect(result.total, context).toBeGreaterThanOrEqual(result.problems.length);
  for (const p of result.problems) expect(typeof p.message === 'string' && p.message.length > 0, context).toBe(true);
  expect(strayPaths(document, result.problems), context).toEqual([]);
}

const describeProblems = (r: ParseResult) =>
  r.ok ? 'ok' : r.problems.map((p) => `${p.path}: ${p.message}`).join('\n');

/** What runLoad posts for a source, run to the end. */
async function runToEnd(source: LoadSource, fetchImpl?: typeof fetch): Promise<LoadMessage[]> {
  const posted: LoadMessage[] = [];
  await runLoad({ type: 'load', id: 1, source }, (m) => posted.push(m), fetchImpl);
  return posted;
}

describe('resolvePath (the helper the properties rely on)', () => {
  const doc = { title: { en: 'T', 'a.b': 'x' }, deals: [{ company: 'c' }, 3], '': { z: 1 } };
  it.each([
    { path: '(document)', expected: 'exists' },
    { path: 'title', expected: 'exists' },
    { path: 'title.en', expected: 'exists' },
    { path: 'title.a.b', expected: 'exists' },
    { path: 'deals[0].company', expected: 'exists' },
    { path: 'deals[1]', expected: 'exists' },
    { path: 'deals[0].summary', expected: 'missing-key' },
    { path: 'sessions', expected: 'missing-key' },
    { path: 'deals[2]', expected: 'nowhere' },
    { path: 'deals[2].company', expected: 'nowhere' },
    { path: 'deals[1].id', expected: 'nowhere' },
    { path: 'title.ru.x', expected: 'nowhere' },
    { path: '[0]', expected: 'nowhere' },
  ])('$path → $expected', ({ path, expected }) => {
    expect(resolvePath(doc, path)).toBe(expected);
  });
  it('reads array roots', () => {
    expect(resolvePath([{ id: 1 }], '[0].id')).toBe('exists');
    expect(resolvePath([{ id: 1 }], '[0].title')).toBe('missing-key');
  });
});

describe('parseDataset on generated valid datasets', () => {
  it('loads them, and loads its own output again to the same data', () => {
    fc.assert(
      fc.property(validDataset, (dataset) => {
        const result = parseDataset(structuredClone(dataset));
        expect(result.ok, describeProblems(result)).toBe(true);
        if (!result.ok) return;
        // What it loaded, written out as a file (JSON has no -0: compare with the file's reading).
        const written = JSON.parse(JSON.stringify(result.data));
        const again = parseDataset(structuredClone(written));
        expect(again.ok && again.data).toEqual(written);
      }),
      fcParameters(300),
    );
  });
});

describe('parseDataset on broken datasets', () => {
  it('rejects or loads them, never throws, and every problem points into the document', () => {
    fc.assert(
      fc.property(validDataset, fc.array(mutation, { minLength: 1, maxLength: 3 }), (dataset, mutations) => {
        // Through JSON text, as a file arrives: what the loader sees is what JSON.parse makes.
        const document = JSON.parse(JSON.stringify(mutate(dataset, mutations)));
        const result = parseDataset(document);
        expectWellFormedFailure(result, document, JSON.stringify(mutations));
      }),
      fcParameters(1000),
    );
  });

  it('says which record holds a duplicated id or a broken reference', () => {
    fc.assert(
      fc.property(
        validDataset,
        fc.constantFrom('sources', 'actors', 'engagements', 'deals', 'sessions'),
        fc.nat(),
        (dataset, key, n) => {
          const list = dataset[key] as unknown[];
          if (!list.length) return;
          const copy = structuredClone(dataset) as unknown as Record<string, unknown[]>;
          copy[key]!.push(structuredClone(list[n % list.length]));
          const result = parseDataset(copy);
          expect(result.ok).toBe(false);
          if (result.ok) return;
          const field = key === 'sessions' ? 'number' : 'id';
          expect(result.problems.map((p) => p.path)).toContain(`${key}[${list.length}].${field}`);
          expectWellFormedFailure(result, copy, key);
        },
      ),
      fcParameters(200),
    );
  });
});

describe('parseDatasetText on generated text', () => {
  const text = fc.oneof(
    fc.json({ maxDepth: 3 }),
    fc.string({ unit: 'binary', maxLength: 40 }),
    // Valid datasets cut short, or with a byte-order mark or trailing garbage.
    fc.tuple(validDataset, fc.nat(), fc.constantFrom('cut', 'bom', 'tail', 'comma')).map(([d, n, how]) => {
      const t = JSON.stringify(d);
      return how === 'cut'
        ? t.slice(0, n % t.length)
        : how === 'bom'
          ? `\ufeff${t}`
          : how === 'tail'
            ? `${t} x`
            : t.replace(/\]/, ',]');
    }),
  );
  it('answers kind "json" with (document) for text that is no JSON, and paths into the document otherwise', () => {
    fc.assert(
      fc.property(text, (t) => {
        let document: unknown;
        let isJson = true;
        try {
          document = JSON.parse(t);
        } catch {
          isJson = false;
        }
        const result = parseDatasetText(t, 'file.json');
        if (!isJson) {
          expect(result).toMatchObject({ ok: false, kind: 'json', problems: [{ path: '(document)' }] });
          return;
        }
        expectWellFormedFailure(result, document, t.slice(0, 200));
      }),
      fcParameters(500),
    );
  });
});

describe('runLoad on generated sources', () => {
  const document = fc.oneof(
    validDataset.map((d) => JSON.stringify(d)),
    fc
      .tuple(validDataset, fc.array(mutation, { minLength: 1, maxLength: 2 }))
      .map(([d, m]) => JSON.stringify(mutate(d, m))),
    fc.string({ maxLength: 30 }),
  );
  type Delivery = { how: 'text' } | { how: 'bytes' } | { how: 'fetch'; status: number } | { how: 'network-error' };
  const delivery: fc.Arbitrary<Delivery> = fc.oneof(
    fc.constant({ how: 'text' as const }),
    fc.constant({ how: 'bytes' as const }),
    fc.constantFrom(200, 200, 200, 204, 301, 404, 403, 500).map((status) => ({ how: 'fetch' as const, status })),
    fc.constant({ how: 'network-error' as const }),
  );

  it('ends with the data or with problems that point into the document or at the request, never an exception', async () => {
    await fc.assert(
      fc.asyncProperty(document, delivery, async (text, d) => {
        const fetchImpl = (async () => {
          if (d.how === 'network-error') throw new TypeError('Failed to fetch');
          const status = d.how === 'fetch' ? d.status : 200;
          // 204 and 3xx responses carry no body.
          return new Response(status === 204 || status === 301 ? null : text, { status });
        }) as unknown as typeof fetch;
        const source: LoadSource =
          d.how === 'text'
            ? { text, name: 'opened.json' }
            : d.how === 'bytes'
              ? { bytes: new TextEncoder().encode(text).buffer, name: 'early.json' }
              : { url: 'https://example.org/d.json' };
        const posted = await runToEnd(source, fetchImpl);
        const last = posted.at(-1)!;
        expect(['done', 'failed']).toContain(last.type);
        expect(posted.filter((m) => m.type === 'done' || m.type === 'failed')).toHaveLength(1);
        if (last.type !== 'failed') {
          expect(posted.some((m) => m.type === 'head')).toBe(true);
          return;
        }
        let parsed: unknown;
        try {
          parsed = JSON.parse(text);
        } catch {
          parsed = undefined;
        }
        for (const p of last.problems) {
          const place =
            p.path === '(request)'
              ? 'request'
              : parsed === undefined
                ? p.path === '(document)'
                  ? 'document'
                  : 'nowhere'
                : resolvePath(parsed, p.path);
          expect(place, `${p.path}: ${p.message}`).not.toBe('nowhere');
          if (p.path === '(request)') expect(d.how === 'fetch' || d.how === 'network-error').toBe(true);
        }
      }),
      fcParameters(300),
    );
  });
});
