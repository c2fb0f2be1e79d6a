// @vitest-environment node
// Input nested deeper than the format can use is refused where it is opened (the dashboard's
// loader and the studio), with the path of the value, and the check itself never overflows.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_DEPTH, tooDeep } from '../../src/lib/data/limits';
import { parseDataset } from '../../src/lib/data/load';
import { savedFile } from '../../src/studio/model/save';
import { workFromText } from '../../src/studio/model/editedDataset';

const minimal = JSON.parse(readFileSync(new URL('../fixtures/minimal.json', import.meta.url), 'utf8'));

/** `{a: {a: … {}}}` `levels` deep, built without recursion. */
function nested(levels: number): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  let at = root;
  for (let i = 1; i < levels; i++) at = (at.a = {}) as Record<string, unknown>;
  return root;
}
const deepDataset = () => {
  const doc = structuredClone(minimal);
  doc.engagements[0].extra = nested(5000);
  return doc;
};

describe('tooDeep', () => {
  it.each<[string, unknown, number, string | null]>([
    ['a scalar', 5, 2, null],
    ['exactly the limit', { a: { b: 1 } }, 2, null],
    ['one past the limit', { a: { b: { c: 1 } } }, 2, 'a.b.c'],
    ['through lists', { list: [[{ x: [1] }]] }, 3, 'list[0][0].x'],
    [
      'the first in document order',
      { ok: 1, one: { two: { three: 1 } }, other: { two: { three: 1 } } },
      2,
      'one.two.three',
    ],
  ])('%s', (_name, value, max, expected) => {
    expect(tooDeep(value, max)).toBe(expected);
  });
  it('names a long path by its start and its end', () => {
    const path = tooDeep({ engagements: [{ extra: nested(200) }] });
    expect(path).toMatch(/^engagements\[0\]\.extra\.a\.a.*….*\.a$/);
  });
  it('walks 100,000 levels without overflowing', () => {
    expect(tooDeep(nested(100_000), 200_000)).toBeNull();
    expect(tooDeep(nested(100_000))).not.toBeNull();
  });
  it('leaves every dataset the format allows alone', () => {
    expect(tooDeep(minimal)).toBeNull();
    expect(MAX_DEPTH).toBeGreaterThanOrEqual(16);
  });
});

describe('opening a dataset nested too deep', () => {
  it('the loader refuses it with a problem naming the path', () => {
    const r = parseDataset(deepDataset());
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.kind).toBe('limit');
    expect(r.problems[0]!.path).toMatch(/^engagements\[0\]\.extra\.a/);
    expect(r.problems[0]!.message).toMatch(/nested more than 64 levels/);
  });
  it('the studio refuses it at open, so saving never meets it', () => {
    // Written as text: JSON.stringify itself overflows on it.
    const doc = structuredClone(minimal);
    doc.engagements[0].extra = '@';
    const text = JSON.stringify(doc).replace('"@"', '{"a":'.repeat(5000) + '1' + '}'.repeat(5000));
    const r = workFromText(text, { kind: 'file', name: 'deep.json' });
    expect(r).toEqual({
      ok: false,
      reason: 'deep',
      detail: expect.stringMatching(/^engagements\[0\]\.extra\.a.*nested more than/),
    });
  });
  it('a dataset within the limit still opens and saves', () => {
    const r = workFromText(JSON.stringify(minimal), { kind: 'file', name: 'minimal.json' });
    expect(r.ok && savedFile(r.work).name).toBe('minimal.json');
  });
});
