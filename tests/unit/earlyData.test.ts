// @vitest-environment node
// The dataset public/boot.js requested while the app's code loads: taken once, for the same
// address only, read with the byte limit, as bytes for the worker or as the request problem.
import { describe, expect, it } from 'vitest';
import { takeEarlyData } from '../../src/lib/data/earlyData';
import { runLoad, type LoadMessage } from '../../src/lib/data/loadJob';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../helpers';

const URL_A = 'https://example.org/a.json';
const early = (response: unknown) => ({ __ungaEarly: { url: URL_A, response: Promise.resolve(response) } }) as never;

describe('takeEarlyData', () => {
  it('hands over the bytes for the same address, once', async () => {
    const win = early({ response: new Response('{}') });
    const got = await takeEarlyData(URL_A, win)!.result;
    expect('source' in got && 'bytes' in got.source && got.source.name).toBe(URL_A);
    expect(takeEarlyData(URL_A, win)).toBeNull();
  });
  it('leaves another address to the worker', () => {
    expect(takeEarlyData('https://example.org/b.json', early({ response: new Response('{}') }))).toBeNull();
    expect(takeEarlyData(URL_A, {} as never)).toBeNull();
  });
  it.each([
    {
      response: { response: new Response('nope', { status: 404 }) },
      message: /answered HTTP 404: no file at that address/,
    },
    { response: { error: 'Failed to fetch' }, message: /could not fetch .* \(Failed to fetch\)\. .*CORS/ },
  ])('words a failed early request as the worker would: %#', async ({ response, message }) => {
    const got = await takeEarlyData(URL_A, early(response))!.result;
    expect('failed' in got && got.failed.kind).toBe('request');
    expect('failed' in got && got.failed.problems[0]!.message).toMatch(message);
  });
  it('the worker validates bytes as it validates fetched text', async () => {
    const bytes = readFileSync(path.join(ROOT, 'tests/fixtures/minimal.json'));
    const messages: LoadMessage[] = [];
    await runLoad(
      {
        type: 'load',
        id: 1,
        source: {
          bytes: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
          name: 'minimal.json',
        },
      },
      (m) => messages.push(m),
    );
    expect(messages.at(-1)?.type).toBe('done');
    expect(messages.some((m) => m.type === 'head')).toBe(true);
  });
});
