// @vitest-environment node
// The studio opens files and addresses with the dashboard's limits and wording.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { badEscape, openFile, openUrl } from '../../src/studio/model/open';
import { savedFile } from '../../src/studio/model/save';
import { emptyWork } from '../../src/studio/model/editedDataset';
import { MAX_BYTES } from '../../src/lib/data/limits';

const minimal = readFileSync(new URL('../fixtures/minimal.json', import.meta.url), 'utf8');

describe('openFile', () => {
  it('opens a dataset file', async () => {
    const r = await openFile(new File([minimal], 'minimal.json', { type: 'application/json' }));
    expect(r.ok).toBe(true);
  });
  it('refuses a file over the size limit before reading it', async () => {
    const huge = {
      name: 'huge.json',
      size: MAX_BYTES + 1,
      text: () => Promise.reject(new Error('must not be read')),
    } as unknown as File;
    const r = await openFile(huge);
    expect(r).toEqual({
      ok: false,
      reason: 'request',
      detail: expect.stringMatching(/^huge\.json is too large \(128 MB; the dashboard reads at most 128 MB\)/),
    });
  });
});

describe('openUrl', () => {
  it('stops reading a body that passes the size limit', async () => {
    let pulls = 0;
    const chunk = new Uint8Array(1 << 20);
    const body = new ReadableStream({ pull: (c) => void (pulls++, c.enqueue(chunk)) });
    const r = await openUrl(
      'https://example.org/endless.json',
      { kind: 'url', url: 'https://example.org/endless.json' },
      (async () => new Response(body)) as never,
    );
    expect(r).toEqual({
      ok: false,
      reason: 'request',
      detail: expect.stringMatching(/endless\.json is too large \(more than 128 MB/),
    });
    expect(pulls).toBeLessThan(140);
  });
});

describe('a ?data= address with a bad %-escape', () => {
  it.each([
    ['https://example.org/data/a%ZZ.json', '%ZZ'],
    ['https://example.org/data/100%.json', '%.j'],
    ['https://example.org/data/end%', '%'],
  ])('%s is refused with what to fix, before any request', async (url, found) => {
    const r = await openUrl(url, { kind: 'url', url }, (() =>
      Promise.reject(new Error('must not be fetched'))) as never);
    expect(r).toEqual({ ok: false, reason: 'request', detail: expect.stringContaining(`"${found}"`) });
    expect(r.ok || r.detail).toMatch(/write a literal % as %25/);
  });
  it('accepts well-formed escapes', () => {
    expect(badEscape('https://example.org/a%20b%2C.json')).toBeNull();
  });
  it('saving work opened from such an address never throws', () => {
    const work = { ...emptyWork(), origin: { kind: 'url' as const, url: 'https://example.org/data/a%ZZ.json' } };
    expect(savedFile(work).name).toBe('a%ZZ.json');
  });
});
