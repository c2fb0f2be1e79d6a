// @vitest-environment node
// The copies autosave keeps: the newest one wins, a damaged one is rescued or offered as it was,
// and a failed write is reported and retried until it goes through.
import { describe, expect, it } from 'vitest';
import { start } from '../../src/studio/model/history';
import {
  choose,
  newest,
  readSaved,
  RETRY_FIRST_MS,
  RETRY_MAX_MS,
  Writer,
  type Saved,
  type SaveStatus,
} from '../../src/studio/model/savedCopies';
import { emptyWork, type Work } from '../../src/studio/model/editedDataset';

const work = (title: string): Work => {
  const w = emptyWork();
  return { ...w, dataset: { ...w.dataset, title } };
};
const copy = (title: string, at: number, seq = 1): Saved => ({
  version: 1,
  history: start(work(title)),
  file: null,
  at,
  seq,
});
const titleOf = (s: Saved | null) => s?.history.present.dataset.title;

describe('newest', () => {
  it.each([
    ['the later time wins', copy('a', 100, 5), copy('b', 200, 1), 'b'],
    ['the later time wins either way round', copy('a', 200, 1), copy('b', 100, 5), 'a'],
    ['same time: the higher count wins', copy('a', 100, 2), copy('b', 100, 3), 'b'],
    ['a full tie keeps the first', copy('a', 100, 2), copy('b', 100, 2), 'a'],
    ['a copy saved before counts existed', copy('a', 100, 0), { ...copy('b', 100), seq: undefined }, 'a'],
  ])('%s', (_name, a, b, expected) => {
    expect(titleOf(newest(a, b))).toBe(expected);
  });
  it('takes the only copy there is', () => {
    expect(titleOf(newest(null, copy('b', 1)))).toBe('b');
    expect(newest(null, null)).toBeNull();
  });
});

describe('choose', () => {
  it('restores a newer localStorage copy over an older IndexedDB one', () => {
    const idb = readSaved(copy('older in IndexedDB', 1000, 7));
    const local = readSaved(JSON.stringify(copy('newer in localStorage', 2000, 8)));
    const chosen = choose([idb, local]);
    expect(chosen.kind === 'ok' && titleOf(chosen.saved)).toBe('newer in localStorage');
  });
  it('prefers a readable copy to an older damaged one, and offers a newer damaged one', () => {
    const ok = readSaved(copy('fine', 1000));
    expect(choose([ok, readSaved({ version: 1, history: {}, at: 500 })]).kind).toBe('ok');
    expect(choose([ok, readSaved({ version: 1, history: {}, at: 5000 })]).kind).toBe('damaged');
  });
  it('says when nothing is stored', () => {
    expect(choose([readSaved(undefined), readSaved(null)])).toEqual({ kind: 'none' });
  });
});

describe('readSaved', () => {
  const valid = copy('kept', 1000, 3);
  it('reads a copy as IndexedDB and localStorage keep it', () => {
    expect(readSaved(valid)).toMatchObject({ kind: 'ok', saved: { at: 1000, seq: 3 } });
    expect(readSaved(JSON.stringify(valid))).toMatchObject({ kind: 'ok', saved: { at: 1000, seq: 3 } });
  });
  it.each<[string, unknown, string | null]>([
    ['an empty history', { version: 1, history: {} }, null],
    ['truncated JSON', JSON.stringify(valid).slice(0, 200), null],
    ['not an object', 42, null],
    [
      'a history whose present is not a work',
      { version: 1, at: 1, file: null, history: { past: [], future: [], present: 'x' } },
      null,
    ],
    [
      'a dataset whose records are not objects',
      {
        ...valid,
        history: {
          ...valid.history,
          present: { ...work('bad'), dataset: { ...work('bad').dataset, engagements: [null, 3] } },
        },
      },
      'bad',
    ],
    [
      'texts of the wrong type',
      { ...valid, history: { ...valid.history, present: { ...work('texts'), texts: { s1: 5 } } } },
      'texts',
    ],
    ['a time that is not a number', { ...valid, at: 'yesterday' }, 'kept'],
    ['a version from the future', { ...valid, version: 2 }, 'kept'],
    ['a past that is not a list', { ...valid, history: { ...valid.history, past: {} } }, 'kept'],
    ['only the file readable', { version: 1, at: 1, history: null, file: work('the file') }, 'the file'],
  ])('%s is damaged, with what is readable rescued', (_name, stored, rescued) => {
    const r = readSaved(stored);
    expect(r.kind).toBe('damaged');
    if (r.kind !== 'damaged') return;
    expect(r.raw.length).toBeGreaterThan(0);
    expect(r.work?.dataset.title ?? null).toBe(rescued);
    // What is rescued opens in the forms: every record is an object.
    for (const list of ['sources', 'engagements', 'deals'] as const)
      expect(
        (r.work?.dataset[list] as unknown[] | undefined)?.every((x) => typeof x === 'object' && x !== null) ?? true,
      ).toBe(true);
  });
  it('keeps the raw text of a truncated copy for its download', () => {
    const text = JSON.stringify(valid).slice(0, 120);
    expect(readSaved(text)).toEqual({ kind: 'damaged', raw: text, work: null, at: null });
  });
  it('drops steps of the undo history that are not works, and keeps the rest', () => {
    const r = readSaved({ ...valid, history: { ...valid.history, past: [work('one'), 'junk', null] } });
    expect(r.kind === 'ok' && r.saved.history.past.map((w) => w.dataset.title)).toEqual(['one']);
  });
  it('treats a dataset nested deeper than the format as damaged, without overflowing', () => {
    let deep: Record<string, unknown> = {};
    const root = deep;
    for (let i = 0; i < 20_000; i++) deep = (deep.a = {}) as Record<string, unknown>;
    const r = readSaved({
      ...valid,
      history: { ...valid.history, present: { ...work('deep'), dataset: { ...work('deep').dataset, extra: root } } },
    });
    expect(r.kind).toBe('damaged');
  });
});

describe('Writer', () => {
  function setup(fails: { idb: boolean; local: boolean }) {
    const written: Record<string, Saved | undefined> = {};
    const statuses: SaveStatus[] = [];
    const timers: { fn: () => void; ms: number }[] = [];
    const target = (name: 'idb' | 'local') => ({
      name,
      write: async (s: Saved) => {
        if (fails[name]) throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
        written[name] = s;
      },
    });
    const writer = new Writer(
      [target('idb'), target('local')],
      (s) => statuses.push(s),
      { set: (fn, ms) => timers.push({ fn, ms }), clear: () => {} },
      10,
    );
    return { writer, written, statuses, timers };
  }
  it('falls back to localStorage, and counts on from the restored copy', async () => {
    const { writer, written, statuses } = setup({ idb: true, local: false });
    await writer.save(copy('x', 5));
    expect(written.local?.seq).toBe(11);
    expect(statuses).toEqual([{ state: 'saved', where: 'local', at: 5 }]);
  });
  it('reports a failed save, retries with a growing wait, and says when it is saved again', async () => {
    const fails = { idb: true, local: true };
    const { writer, written, statuses, timers } = setup(fails);
    await writer.save(copy('x', 5));
    expect(statuses).toEqual([{ state: 'failed', reason: 'the browser has no room left', retryIn: RETRY_FIRST_MS }]);
    timers.shift()!.fn();
    await new Promise((r) => setTimeout(r));
    expect(statuses[1]).toMatchObject({ state: 'failed', retryIn: 2 * RETRY_FIRST_MS });
    fails.idb = false;
    timers.shift()!.fn();
    await new Promise((r) => setTimeout(r));
    expect(statuses.at(-1)).toEqual({ state: 'saved', where: 'idb', at: 5 });
    expect(written.idb?.history.present.dataset.title).toBe('x');
  });
  it('never waits longer than the longest wait', async () => {
    const { writer, statuses, timers } = setup({ idb: true, local: true });
    await writer.save(copy('x', 5));
    for (let i = 0; i < 10; i++) {
      timers.shift()!.fn();
      await new Promise((r) => setTimeout(r));
    }
    expect(Math.max(...statuses.map((s) => (s.state === 'failed' ? s.retryIn : 0)))).toBe(RETRY_MAX_MS);
  });
  it('writes nothing once stopped (another tab took the work)', async () => {
    const { writer, written } = setup({ idb: false, local: false });
    writer.stop();
    await writer.save(copy('x', 5));
    expect(written).toEqual({});
  });
});
