import { describe, expect, it } from 'vitest';
import {
  findHandover,
  KEEP,
  KEY_PATTERN,
  putHandover,
  takeHandover,
  type Handover,
  type HandoverStore,
} from '../../src/lib/data/handover';
import { dataRef, fromQuery, toQuery, type DataRef } from '../../src/lib/state/url';
import { NO_FILTERS } from '../../src/lib/data/query';

/** The `?data=` value for a DataRef: the inverse of dataRef. */
const dataValue = (ref: DataRef): string =>
  ref.kind === 'url' ? ref.url : ref.kind === 'local' ? `local:${ref.name}` : `studio:${ref.key}`;

function mapStore(): HandoverStore & { map: Map<string, unknown> } {
  const map = new Map<string, unknown>();
  return {
    map,
    get: async (k) => map.get(k),
    set: async (k, v: Handover) => void map.set(k, v),
    del: async (k) => void map.delete(k),
    keys: async () => [...map.keys()],
  };
}

describe('dataRef', () => {
  const cases = [
    { data: 'https://example.org/d.json', expected: { kind: 'url', url: 'https://example.org/d.json' } },
    { data: '/data/d.json', expected: { kind: 'url', url: '/data/d.json' } },
    { data: 'local:my file.json', expected: { kind: 'local', name: 'my file.json' } },
    { data: 'studio:abc123', expected: { kind: 'studio', key: 'abc123' } },
    { data: 'localhost/d.json', expected: { kind: 'url', url: 'localhost/d.json' } },
  ] as const;
  for (const c of cases)
    it(c.data, () => {
      expect(dataRef(c.data)).toEqual(c.expected);
      expect(dataValue(dataRef(c.data))).toBe(c.data);
      // Through the address and back.
      expect(fromQuery(toQuery({ filters: NO_FILTERS, data: c.data })).data).toBe(c.data);
    });
});

describe('hand-over', () => {
  it('gives back the text under the key it returns', async () => {
    const store = mapStore();
    const key = await putHandover(store, 'd.json', '{"a":1}', 1000, () => 0.5);
    expect(key).toMatch(KEY_PATTERN);
    expect(await takeHandover(store, key)).toEqual({ ok: true, name: 'd.json', text: '{"a":1}' });
  });
  it(`keeps only the newest ${KEEP}`, async () => {
    const store = mapStore();
    const keys: string[] = [];
    for (let i = 0; i < KEEP + 3; i++)
      keys.push(await putHandover(store, `${i}.json`, String(i), 1000 + i, () => 0.25 + i / 100));
    expect(store.map.size).toBe(KEEP);
    expect((await takeHandover(store, keys[0]!)).ok).toBe(false);
    expect(await takeHandover(store, keys.at(-1)!)).toMatchObject({ ok: true, text: String(KEEP + 2) });
  });
  const bad = [
    { name: 'a missing key', key: 'nothere', value: undefined },
    { name: 'a key that is no key', key: '../x', value: { name: 'x', text: '{}', at: 1 } },
    { name: 'a reshaped record', key: 'abc', value: { text: 5 } },
  ];
  for (const c of bad)
    it(`says what to do for ${c.name}`, async () => {
      const store = mapStore();
      if (c.value) store.map.set(c.key, c.value);
      const got = await takeHandover(store, c.key);
      expect(got.ok).toBe(false);
      expect(!got.ok && got.message).toMatch(/open the dashboard again from the studio/);
    });
  it('reports a storage that cannot be read', async () => {
    const store = { ...mapStore(), get: async () => Promise.reject(new Error('blocked')) };
    expect(await takeHandover(store, 'abc')).toEqual({ ok: false, message: expect.stringMatching(/blocked/) });
  });
  it('finds the newest hand-over of a file by its name', async () => {
    const store = mapStore();
    await putHandover(store, 'a.json', 'old', 1000, () => 0.1);
    await putHandover(store, 'b.json', 'other', 1001, () => 0.2);
    await putHandover(store, 'a.json', 'new', 1002, () => 0.3);
    expect(await findHandover(store, 'a.json')).toEqual({ ok: true, name: 'a.json', text: 'new' });
    expect(await findHandover(store, 'c.json')).toEqual({
      ok: false,
      message: expect.stringMatching(/c\.json is no longer in this browser/),
    });
  });
});
