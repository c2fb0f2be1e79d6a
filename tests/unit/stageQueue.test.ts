import { describe, expect, it } from 'vitest';
import { frameClock } from '../helpers';
import { createSettler, stagedFor, STAGED_FROM } from '../../src/lib/state/stageQueue';

const frames = () => frameClock();

function setup(stages: number, onScreen: number[][] = []) {
  const clock = frames();
  const applied: [number, string][] = [];
  const busy: boolean[] = [];
  let computed = 0;
  const settler = createSettler<string>({
    stages,
    order: () => onScreen,
    apply: (k, v) => applied.push([k, v]),
    onBusy: (b) => busy.push(b),
    afterPaint: clock.later,
  });
  const request = (v: string) =>
    settler.request(() => {
      computed++;
      return v;
    });
  return { clock, applied, busy, settler, request, computed: () => computed };
}

describe('stagedFor', () => {
  it.each([
    { records: 0, expected: false },
    { records: 36, expected: false },
    { records: STAGED_FROM - 1, expected: false },
    { records: STAGED_FROM, expected: true },
    { records: 120_000, expected: true },
  ])('$records records: $expected', ({ records, expected }) => {
    expect(stagedFor(records)).toBe(expected);
  });
});

describe('createSettler', () => {
  it('does nothing in the task of the request: the first stage waits for the next paint', () => {
    const { clock, applied, busy, request, settler, computed } = setup(3);
    request('a');
    expect(applied).toEqual([]);
    expect(computed()).toBe(0);
    expect(busy).toEqual([true]);
    expect(settler.busy).toBe(true);
    expect(clock.pending()).toBe(1);
  });

  it('gives one stage per frame, in page order when none is on screen, and computes the value once', () => {
    const { clock, applied, busy, request, settler, computed } = setup(3);
    request('a');
    clock.paint();
    expect(applied).toEqual([[0, 'a']]);
    clock.paint();
    expect(applied).toEqual([
      [0, 'a'],
      [1, 'a'],
    ]);
    expect(settler.busy).toBe(true);
    clock.paint();
    expect(applied.map(([k]) => k)).toEqual([0, 1, 2]);
    expect(busy).toEqual([true, false]);
    expect(settler.busy).toBe(false);
    expect(computed()).toBe(1);
    expect(clock.pending()).toBe(0);
  });

  it('serves the stages on screen first, a batch per frame, then the rest one per frame in page order', () => {
    const { clock, applied, request } = setup(5, [[2, 3], [4]]);
    request('a');
    clock.paint();
    expect(applied.map(([k]) => k)).toEqual([2, 3]);
    clock.paint();
    expect(applied.map(([k]) => k)).toEqual([2, 3, 4]);
    clock.paint();
    clock.paint();
    expect(applied.map(([k]) => k)).toEqual([2, 3, 4, 0, 1]);
  });

  it('reorders what is still to follow when what is on screen changes', () => {
    const batches: number[][] = [[0]];
    const { clock, applied, request, settler } = setup(4, batches);
    request('a');
    clock.paint();
    expect(applied.map(([k]) => k)).toEqual([0]);
    batches.splice(0, 1, [3, 0]); // scrolled: stage 3 comes on screen
    settler.reorder();
    clock.paint();
    expect(applied.map(([k]) => k)).toEqual([0, 3]);
    clock.paint();
    clock.paint();
    expect(applied.map(([k]) => k)).toEqual([0, 3, 1, 2]);
    settler.reorder(); // idle: nothing to do
    expect(clock.pending()).toBe(0);
  });

  it('ignores unknown or repeated stages in the order', () => {
    const { clock, applied, request } = setup(2, [[1, 1, 7, -1], [1]]);
    request('a');
    for (let i = 0; i < 3; i++) clock.paint();
    expect(applied).toEqual([
      [1, 'a'],
      [0, 'a'],
    ]);
  });

  it('a request while stages follow restarts with the newer value: every stage ends on it', () => {
    const { clock, applied, busy, request, computed } = setup(3);
    request('a');
    clock.paint(); // stage 0 shows a
    request('b');
    expect(busy).toEqual([true]); // still busy: not told twice
    for (let i = 0; i < 5; i++) clock.paint();
    expect(applied).toEqual([
      [0, 'a'],
      [0, 'b'],
      [1, 'b'],
      [2, 'b'],
    ]);
    expect(busy).toEqual([true, false]);
    expect(computed()).toBe(2);
  });

  it('two requests in one task: only the latter is computed and given', () => {
    const { clock, applied, request, computed } = setup(2);
    request('a');
    request('b');
    for (let i = 0; i < 3; i++) clock.paint();
    expect(applied).toEqual([
      [0, 'b'],
      [1, 'b'],
    ]);
    expect(computed()).toBe(1);
  });

  it('cancel drops what is pending and says it is no longer busy', () => {
    const { clock, applied, busy, request, settler } = setup(3);
    request('a');
    clock.paint();
    settler.cancel();
    expect(busy).toEqual([true, false]);
    expect(clock.pending()).toBe(0);
    clock.paint();
    expect(applied).toEqual([[0, 'a']]);
    settler.cancel(); // idle: nothing to say
    expect(busy).toEqual([true, false]);
  });
});
