// What each view shows while a large dataset's views follow a filter (those on screen first): the
// settler's stages built from each view's steps, the views on screen first, the header with the
// first view, and the filtering done when the first view follows, never in the click's task.
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { frameClock } from '../helpers';
import type { DatasetIndex } from '../../src/lib/data/datasetIndex';
import { NO_FILTERS, type Filtered, type Filters } from '../../src/lib/data/query';
import { STAGED_FROM } from '../../src/lib/state/stageQueue';
import { isStaged, StagedViews, type Shown } from '../../src/lib/state/stagedViews.svelte';

const frames = () => frameClock(flushSync);

/** Only what the staging reads of an index: how many records it has. */
const indexOf = (records: number) =>
  ({ data: { engagements: Array.from({ length: records }), deals: [] } }) as unknown as DatasetIndex;
const years = (...y: number[]): Filters => ({ ...NO_FILTERS, years: y });

let teardown: (() => void) | undefined;
afterEach(() => {
  teardown?.();
  teardown = undefined;
});

/** A page of views with these steps over a dataset of `records`, its filters set by the test. */
function page(steps: number[], records: number) {
  const clock = frames();
  const state = $state({ index: indexOf(records) as DatasetIndex | null, filters: NO_FILTERS });
  let filtered = 0;
  const current = $derived<Shown | null>(
    state.index
      ? { index: state.index, filters: state.filters, filtered: { filters: state.filters } as unknown as Filtered }
      : null,
  );
  let views!: StagedViews;
  teardown = $effect.root(() => {
    views = new StagedViews({
      steps,
      index: () => state.index,
      current: () => {
        filtered++;
        return current;
      },
      filters: () => state.filters,
      afterPaint: clock.later,
    });
  });
  flushSync();
  /** The filters each view shows (undefined: not drawn). */
  const shown = () => steps.map((_, k) => views.shownBy(k)?.filters.years.join(',') ?? undefined);
  return { clock, state, views, shown, filtered: () => filtered };
}

describe('isStaged', () => {
  it('stages a dataset from STAGED_FROM records on', () => {
    expect(isStaged(indexOf(STAGED_FROM - 1))).toBe(false);
    expect(isStaged(indexOf(STAGED_FROM))).toBe(true);
  });
});

describe('StagedViews', () => {
  it('a small dataset: every view shows the filters in force at once, nothing waits for a paint', () => {
    const { clock, state, views, shown } = page([1, 2, 1], 36);
    expect(views.staged).toBe(false);
    expect(shown()).toEqual(['', '', '']);
    state.filters = years(2023);
    flushSync();
    expect(shown()).toEqual(['2023', '2023', '2023']);
    expect(views.headline?.filters).toEqual(years(2023));
    expect(views.settling).toBe(false);
    expect(clock.pending()).toBe(0);
  });

  it('a large dataset: the views are drawn one stage per frame, a view in two steps partial in between', () => {
    const { clock, views, shown, filtered } = page([1, 2, 1], STAGED_FROM);
    expect(views.staged).toBe(true);
    expect(shown()).toEqual([undefined, undefined, undefined]);
    expect(views.settling).toBe(true);
    expect(filtered()).toBe(0);
    clock.paint();
    expect(shown()).toEqual(['', undefined, undefined]);
    expect(views.drawn).toBe(1);
    clock.paint();
    expect(shown()).toEqual(['', '', undefined]);
    expect(views.partialAt(1)).toBe(true);
    clock.paint();
    expect(views.partialAt(1)).toBe(false);
    clock.paint();
    expect(shown()).toEqual(['', '', '']);
    expect(views.drawn).toBe(4);
    expect(views.settling).toBe(false);
    // The records were filtered once, when the first view followed.
    expect(filtered()).toBe(1);
  });

  it('a filter: the control answers in its task; the header follows with the first view, the views one by one', () => {
    const { clock, state, views, shown, filtered } = page([1, 1], STAGED_FROM);
    clock.paint();
    clock.paint();
    expect(views.settling).toBe(false);
    const before = filtered();
    state.filters = years(2024);
    flushSync();
    expect(filtered()).toBe(before);
    expect(views.settling).toBe(true);
    expect(shown()).toEqual(['', '']);
    expect(views.headline?.filters).toEqual(NO_FILTERS);
    clock.paint();
    expect(shown()).toEqual(['2024', '']);
    expect(views.headline?.filters).toEqual(years(2024));
    clock.paint();
    expect(shown()).toEqual(['2024', '2024']);
    expect(views.settling).toBe(false);
  });

  it('the views on screen follow together, second steps the frame after, then the rest; each busy until it follows', () => {
    const { clock, state, views, shown } = page([1, 2, 1], STAGED_FROM);
    for (let i = 0; i < 4; i++) clock.paint();
    views.seen(2, true);
    views.seen(1, true);
    state.filters = years(2025);
    flushSync();
    expect([0, 1, 2].map((k) => views.staleAt(k))).toEqual([true, true, true]);
    clock.paint();
    expect(shown()).toEqual(['', '2025', '2025']);
    expect(views.partialAt(1)).toBe(true);
    expect([0, 1, 2].map((k) => views.staleAt(k))).toEqual([true, true, false]);
    clock.paint();
    expect(views.partialAt(1)).toBe(false);
    expect([0, 1, 2].map((k) => views.staleAt(k))).toEqual([true, false, false]);
    clock.paint();
    expect(shown()).toEqual(['2025', '2025', '2025']);
    expect([0, 1, 2].map((k) => views.staleAt(k))).toEqual([false, false, false]);
    expect(views.settling).toBe(false);
  });

  it('a view that scrolls into view while others follow follows in the next frame', () => {
    const { clock, state, views, shown } = page([1, 1, 1, 1], STAGED_FROM);
    for (let i = 0; i < 4; i++) clock.paint();
    views.seen(0, true);
    state.filters = years(2023);
    flushSync();
    clock.paint();
    expect(shown()).toEqual(['2023', '', '', '']);
    views.seen(0, false);
    views.seen(3, true);
    clock.paint();
    expect(shown()).toEqual(['2023', '', '', '2023']);
    clock.paint();
    clock.paint();
    expect(shown()).toEqual(['2023', '2023', '2023', '2023']);
  });

  it('a filter while the views follow: they restart with the newest', () => {
    const { clock, state, views, shown } = page([1, 1, 1], STAGED_FROM);
    for (let i = 0; i < 3; i++) clock.paint();
    state.filters = years(2023);
    flushSync();
    clock.paint();
    expect(shown()).toEqual(['2023', '', '']);
    state.filters = years(2024);
    flushSync();
    for (let i = 0; i < 3; i++) clock.paint();
    expect(shown()).toEqual(['2024', '2024', '2024']);
    expect(views.settling).toBe(false);
  });

  it('never shows another dataset’s records: a new dataset is drawn from nothing', () => {
    const { clock, state, shown } = page([1, 1], STAGED_FROM);
    clock.paint();
    clock.paint();
    state.index = indexOf(STAGED_FROM + 1);
    flushSync();
    expect(shown()).toEqual([undefined, undefined]);
    clock.paint();
    expect(shown()).toEqual(['', undefined]);
  });

  it('stops when its component goes: nothing left pending, not busy', () => {
    const { clock, views } = page([1, 1], STAGED_FROM);
    expect(views.settling).toBe(true);
    teardown?.();
    teardown = undefined;
    expect(clock.pending()).toBe(0);
    expect(views.settling).toBe(false);
  });
});
