// @vitest-environment node
// Autosave never loses an edit the page said was saved: random runs of edits, reloads, failed
// writes (IndexedDB, localStorage or both), retries, a clock that stands still, and a second tab
// that opens and takes over. The stores are fakes with the real stores' behaviour (IndexedDB keeps
// a value, localStorage keeps JSON text of a trimmed history); the rules and the writer are the
// studio's own (savedCopies.ts), and the tabs coordinate through ownership.ts over a fake lock
// manager with the Web Locks semantics (ifAvailable, steal).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { push, start, type History } from '../../../src/studio/model/history';
import { claim, type Owner } from '../../../src/studio/model/ownership';
import { choose, readSaved, Writer, type Saved, type Target } from '../../../src/studio/model/savedCopies';
import { emptyWork, type Work } from '../../../src/studio/model/editedDataset';
import { fcParameters } from './fcParameters';

/** Web Locks for one lock name: one holder; `ifAvailable` answers null when held; `steal` aborts the holder. */
class FakeLocks {
  holder: { abort: (e: Error) => void; done: () => void } | null = null;
  request(
    _name: string,
    options: { ifAvailable?: boolean; steal?: boolean },
    callback: (lock: unknown) => Promise<void>,
  ): Promise<void> {
    if (options.steal && this.holder) {
      this.holder.abort(Object.assign(new Error('stolen'), { name: 'AbortError' }));
      this.holder = null;
    } else if (options.ifAvailable && this.holder) return callback(null);
    return new Promise<void>((resolve, reject) => {
      const me = { abort: reject, done: resolve };
      this.holder = me;
      void callback({}).then(() => {
        if (this.holder === me) this.holder = null;
        resolve();
      });
    });
  }
}

interface Storage {
  idb: unknown;
  local: string | null;
  failIdb: boolean;
  failLocal: boolean;
}

const workWith = (log: readonly number[]): Work => {
  const w = emptyWork();
  return { ...w, dataset: { ...w.dataset, log: [...log] } };
};
const logOf = (w: Work) => w.dataset.log as number[];

/** A studio page: its history, its writer, and whether it holds the work. */
class Page {
  history: History<Work>;
  owner: Owner = 'other';
  writer: Writer;
  ownership: ReturnType<typeof claim>;
  constructor(
    private readonly storage: Storage,
    locks: FakeLocks,
    private readonly clock: { now: number },
    private readonly timers: (() => void)[],
    private readonly confirmed: Set<number>,
  ) {
    this.ownership = claim(
      'work',
      (s) => {
        this.owner = s;
        if (s === 'lost') this.writer.stop();
      },
      { locks },
    );
    const r = this.load();
    this.history = r.history;
    this.writer = this.makeWriter(r.seq);
  }
  load(): { history: History<Work>; seq: number } {
    const read = choose([readSaved(this.storage.idb), readSaved(this.storage.local)]);
    expect(read.kind).not.toBe('damaged');
    return read.kind === 'ok'
      ? { history: read.saved.history, seq: read.saved.seq ?? 0 }
      : { history: start(workWith([])), seq: 0 };
  }
  makeWriter(seq: number): Writer {
    const s = this.storage;
    const targets: Target[] = [
      {
        name: 'idb',
        write: async (copy) => {
          if (s.failIdb) throw new Error('idb');
          s.idb = structuredClone(copy);
        },
      },
      {
        name: 'local',
        write: async (copy) => {
          if (s.failLocal) throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
          s.local = JSON.stringify({ ...copy, history: { ...copy.history, past: copy.history.past.slice(-3) } });
        },
      },
    ];
    let lastCopy: Saved | null = null;
    const w = new Writer(
      targets.map((t) => ({ name: t.name, write: async (c: Saved) => void (await t.write(c), (lastCopy = c)) })),
      (status) => {
        // What the page would show as saved: every edit in the copy just written.
        if (status.state === 'saved' && lastCopy)
          for (const id of logOf(lastCopy.history.present)) this.confirmed.add(id);
      },
      { set: (fn) => this.timers.push(fn), clear: () => {} },
      seq,
    );
    return w;
  }
  async edit(id: number): Promise<void> {
    if (this.owner !== 'owner') return; // read-only: the edit is refused, not lost
    this.history = push(this.history, workWith([...logOf(this.history.present), id]));
    await this.writer.save({ version: 1, history: this.history, file: null, at: this.clock.now });
  }
  async takeOver(): Promise<void> {
    await this.ownership.takeOver();
    const r = this.load();
    this.history = r.history;
    this.writer.stop();
    this.writer = this.makeWriter(r.seq);
  }
  close(): void {
    this.writer.stop();
    this.ownership.release();
  }
}

type Op =
  | { op: 'edit'; tab: 0 | 1 }
  | { op: 'reload' }
  | { op: 'fail'; store: 'failIdb' | 'failLocal'; on: boolean }
  | { op: 'retry' }
  | { op: 'tick'; ms: number }
  | { op: 'openSecond' }
  | { op: 'takeOver'; tab: 0 | 1 };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({ op: fc.constant('edit' as const), tab: fc.constantFrom(0 as const, 1 as const) }),
  },
  { weight: 1, arbitrary: fc.constant({ op: 'reload' as const }) },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('fail' as const),
      store: fc.constantFrom('failIdb' as const, 'failLocal' as const),
      on: fc.boolean(),
    }),
  },
  { weight: 2, arbitrary: fc.constant({ op: 'retry' as const }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('tick' as const), ms: fc.constantFrom(0, 1, 1000) }) },
  { weight: 1, arbitrary: fc.constant({ op: 'openSecond' as const }) },
  {
    weight: 1,
    arbitrary: fc.record({ op: fc.constant('takeOver' as const), tab: fc.constantFrom(0 as const, 1 as const) }),
  },
);

const settle = () => new Promise((r) => setTimeout(r));

describe('autosave', () => {
  it('never loses an edit the page said was saved', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { maxLength: 40, size: 'max' }), async (ops) => {
        const storage: Storage = { idb: undefined, local: null, failIdb: false, failLocal: false };
        const locks = new FakeLocks();
        const clock = { now: 1_000_000 };
        const timers: (() => void)[] = [];
        const confirmed = new Set<number>();
        const open = () => new Page(storage, locks, clock, timers, confirmed);
        const tabs: (Page | null)[] = [open(), null];
        let next = 1;
        await settle();
        for (const o of ops) {
          if (o.op === 'edit') await tabs[o.tab]?.edit(next++);
          else if (o.op === 'reload') {
            // Every tab closes; one opens again and must hold every confirmed edit.
            tabs.forEach((t) => t?.close());
            timers.length = 0;
            tabs[0] = open();
            tabs[1] = null;
          } else if (o.op === 'fail') storage[o.store] = o.on;
          else if (o.op === 'retry') timers.splice(0).forEach((fn) => fn());
          else if (o.op === 'tick') clock.now += o.ms;
          else if (o.op === 'openSecond') tabs[1] ??= open();
          else if (o.op === 'takeOver') await tabs[o.tab]?.takeOver();
          await settle();
          // At most one tab holds the work.
          expect(tabs.filter((t) => t?.owner === 'owner').length).toBeLessThanOrEqual(1);
          // What a reload would restore holds every edit the page said was saved.
          const restored = choose([readSaved(storage.idb), readSaved(storage.local)]);
          const log = restored.kind === 'ok' ? logOf(restored.saved.history.present) : [];
          for (const id of confirmed) expect(log, `edit ${id} was said to be saved`).toContain(id);
        }
        tabs.forEach((t) => t?.close());
      }),
      fcParameters(150),
    );
  });
});
