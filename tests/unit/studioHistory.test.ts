import { describe, expect, it } from 'vitest';
import { LIMIT, MERGE_MS, push, redo, start, undo } from '../../src/studio/model/history';

describe('history', () => {
  it('undoes and redoes in order', () => {
    let h = start('a');
    h = push(h, 'b', { at: 0 });
    h = push(h, 'c', { at: 10_000 });
    expect(h.present).toBe('c');
    h = undo(h);
    expect(h.present).toBe('b');
    h = undo(h);
    expect(h.present).toBe('a');
    expect(undo(h)).toBe(h);
    h = redo(redo(h));
    expect(h.present).toBe('c');
    expect(redo(h)).toBe(h);
  });

  it('merges quick changes of the same field into one step', () => {
    let h = start('');
    for (const [i, text] of ['W', 'Wa', 'Wab'].entries()) h = push(h, text, { key: 'actors[0].name', at: i * 100 });
    expect(h.past).toEqual(['']);
    h = push(h, 'Wabt', { key: 'actors[0].name', at: 200 + MERGE_MS });
    expect(h.past).toEqual(['', 'Wab']);
    h = push(h, 'x', { key: 'actors[0].id', at: 200 + MERGE_MS + 1 });
    expect(h.past).toEqual(['', 'Wab', 'Wabt']);
  });

  it('drops the redo steps on a new change, and ignores a change to the same value', () => {
    let h = push(push(start(1), 2, { at: 0 }), 3, { at: 5000 });
    h = undo(h);
    expect(push(h, 2)).toBe(h);
    h = push(h, 4, { at: 9000 });
    expect(h.future).toEqual([]);
    expect(h.past).toEqual([1, 2]);
  });

  it('keeps at most LIMIT steps', () => {
    let h = start(0);
    for (let i = 1; i <= LIMIT + 10; i++) h = push(h, i, { at: i * 10_000 });
    expect(h.past).toHaveLength(LIMIT);
    expect(h.past[0]).toBe(10);
  });
});
