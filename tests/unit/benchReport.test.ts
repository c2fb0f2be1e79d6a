// The benchmark's figures from its raw runs (scripts/bench/report.mjs): "all views", what the
// watched clicks did, and the goals judged where they apply.
import { describe, expect, it } from 'vitest';
import { markdown, summarize, summarizeWatches } from '../../scripts/bench/report.mjs';

const nodes = (total: number) => ({ attributes: total, characterData: 0, added: 0, removed: 0, total });
const view = (visible: boolean, lastChange: number | null, extra: Record<string, unknown> = {}) => ({
  present: true,
  visible,
  firstChange: lastChange,
  lastChange,
  frames: lastChange === null ? 0 : 1,
  canvasFrames: 0,
  nodes: nodes(10),
  pendingFrames: 0,
  busyFrames: 0,
  busyWhere: [],
  scrolledAt: null,
  ...extra,
});
/** A click: the map on screen; the table off screen, following at `tableAt`, busy in `busy` of 4 frames before. */
const watch = (everyVisible: number, tableAt: number, busy: number, longestTask = 0) => ({
  clicked: true,
  views: {
    map: view(true, everyVisible),
    table: view(false, tableAt, { pendingFrames: 4, busyFrames: busy, busyWhere: busy ? ['ancestor'] : [] }),
  },
  other: nodes(3),
  everyVisible,
  everyView: Math.max(everyVisible, tableAt),
  longestTask,
  longestTaskAll: longestTask,
  tasksOver50: longestTask > 50 ? 1 : 0,
});

describe('summarizeWatches', () => {
  it('gives every view on screen, the views that followed later and whether they were busy, the nodes', () => {
    const s = summarizeWatches([watch(30, 80, 4), watch(40, 90, 2, 60), watch(50, 20, 0)]);
    expect(s.n).toBe(3);
    expect(s.everyVisible).toMatchObject({ median: 40, max: 50, n: 3 });
    expect(s.everyView).toMatchObject({ median: 80, max: 90 });
    // The third click's table followed before the map: not late.
    expect(s.offscreen).toMatchObject({ views: 3, late: 2, busy: { all: 1, some: 1, none: 0 } });
    expect(s.offscreen.busyWhere).toEqual(['ancestor']);
    expect(s.offscreen.followed).toMatchObject({ median: 85, max: 90 });
    expect(s.longestTask.max).toBe(60);
    expect(s.nodes).toMatchObject({ total: 20, views: { map: 10, table: 10 }, other: 3 });
  });
});

describe('summarize and markdown', () => {
  const run = (allViews: number, everyVisible: number) => ({
    status: 'ok',
    load: 100,
    firstChart: 200,
    arrival: 50,
    allViews,
    allViewsLast: 'map',
    views: { map: allViews, timeline: 200 },
    viewNames: ['map', 'timeline'],
    errors: [],
    toggles: { year: { status: 'ok', eventTiming: [{ ms: 16 }], watch: [watch(everyVisible, everyVisible, 0)] } },
  });
  const comparison = (allViews: number) => [
    { status: 'ok', firstChart: 150, allViews, views: {}, viewNames: ['map'], errors: [] },
  ];
  const dataset = { name: 'bundled', label: 'bundled', engagements: 24, deals: 12, bytes: 1000 };

  it('judges all views against the Vega-Lite page and every view on screen against its goal', () => {
    const s = summarize(dataset, { ours: [run(400, 30)], vega: comparison(1000), static: comparison(100) }, ['year']);
    expect(s.ours.allViews.median).toBe(400);
    expect(s.ours.arrivalToAllViews.median).toBe(350);
    expect(s.ratios.allViewsOursOverVega).toBeCloseTo(0.4);
    expect(s.goals).toMatchObject({ allViewsOverVega: 0.5, allViewsOverVegaPass: true, arrivalToAllViewsMs: null });
    expect(s.ours.clicks).toMatchObject({ goalMs: 50, pass: true, taskPass: true });
    const table = markdown(
      { date: 'd', cpu: 'c', cores: 2, chromium: 'x', node: 'n', runs: 1, perKind: 2, timeoutS: 1 },
      [s],
      [{ kind: 'year' }],
    );
    expect(table).toMatch(/\| all views, ours \(ms\) \| 400 \|/);
    expect(table).toMatch(/all views \(goal ≤ 0\.5 on the bundled dataset\) \| 0\.40 \(≤ 0\.5: pass\) \|/);
    expect(table).toMatch(/\| 30 \/ 30 \(≤ 50: pass\) \|/);
    expect(table).toMatch(/\| year \| 16 \/ 16 \| 30 \/ 30 \| map \|/);
  });

  it('says FAIL when a goal is missed, and which views were never drawn', () => {
    const never = { ...run(0, 130), allViews: null, views: { timeline: 200 } };
    const s = summarize(
      { ...dataset, name: 'synth-100000', label: '100,000', engagements: 100_000 },
      { ours: [run(3000, 120), never] },
      ['year'],
    );
    expect(s.ours.viewsMissing).toEqual(['map']);
    expect(s.goals).toMatchObject({ arrivalToAllViewsMs: 2500, arrivalToAllViewsPass: false });
    expect(s.ours.clicks).toMatchObject({ goalMs: 100, pass: false });
  });
});
