// @vitest-environment node
// The Engagements table at 100,000 engagements (and their ~20,000 deals): the keys are made once,
// then a filter, sort or search change is a pass along a precomputed order, well under 100 ms.
import { beforeAll, describe, expect, it } from 'vitest';
import { synthDataset } from '../../scripts/synth/generate';
import { filterDataset, type DatasetIndex, type Filtered } from '../../src/lib/data/query';
import { SORT_KEYS } from '../../src/lib/state/options';
import { pageOf, pageRows, rangeLabel, tableOrder } from '../../src/views/EngagementTable/model';
import { fold, tableKeys, type TableKeys } from '../../src/views/EngagementTable/tableKeys';
import { english, filters, indexOf } from '../helpers';

const i18n = english();
let index: DatasetIndex;
let keys: TableKeys;
let all: Filtered;
let precompute = 0;

/** The fastest of a few runs: what the code costs, not what a busy machine adds. */
function fastest(run: () => void, times = 5): number {
  let best = Infinity;
  for (let k = 0; k < times; k++) {
    const t = performance.now();
    run();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

beforeAll(() => {
  index = indexOf(synthDataset({ engagements: 100_000, seed: 1 }));
  all = filterDataset(index, filters());
  keys = tableKeys(index, i18n);
  const t = performance.now();
  for (const key of SORT_KEYS) for (const descending of [false, true]) keys.order(key, descending);
  keys.matching(['warm']);
  precompute = performance.now() - t;
}, 120_000);

describe('the table at 100,000 engagements', { timeout: 60_000 }, () => {
  it('makes its keys once, in seconds at most', () => {
    expect(keys.rows).toBe(index.data.engagements.length + index.data.deals.length);
    expect(keys.rows).toBeGreaterThan(100_000);
    // Ten sorted orders with collation and the search text of every row: a one-time cost.
    expect(precompute).toBeLessThan(30_000);
  });

  it('answers a filter change in well under 100 ms, and lists exactly the filtered records', () => {
    const years = [index.data.sessions.at(-1)!.year, index.data.sessions.at(-2)!.year];
    const filtered = filterDataset(index, filters({ years }));
    let order = tableOrder(keys, filtered, { sort: { key: 'when', descending: false }, search: '' });
    const ms = fastest(
      () => (order = tableOrder(keys, filtered, { sort: { key: 'when', descending: false }, search: '' })),
    );
    expect(ms).toBeLessThan(100);
    expect(order.rows.length).toBe(filtered.e.length + filtered.d.length);
    const want = new Set([...Array.from(filtered.e), ...Array.from(filtered.d, (d) => keys.nE + d)]);
    expect(Array.from(order.rows).every((r) => want.has(r))).toBe(true);
    // Chronological: sessions never go backwards.
    const sessions = Array.from(order.rows, (r) => (keys.engagement(r) ?? keys.deal(r))!.session);
    expect(sessions.every((s, i) => i === 0 || sessions[i - 1]! <= s)).toBe(true);
  });

  it('sorts every row by value, largest first, undisclosed and engagements last, in well under 100 ms', () => {
    let order = tableOrder(keys, all, { sort: { key: 'value', descending: true }, search: '' });
    const ms = fastest(() => (order = tableOrder(keys, all, { sort: { key: 'value', descending: true }, search: '' })));
    expect(ms).toBeLessThan(100);
    expect(order.rows.length).toBe(keys.rows);
    const usd = Array.from(order.rows, (r) => keys.deal(r)?.value?.usd ?? -1);
    const disclosed = usd.filter((v) => v >= 0);
    expect(disclosed.length).toBeGreaterThan(1000);
    expect(usd.slice(0, disclosed.length)).toEqual(disclosed);
    expect(disclosed.every((v, i) => i === 0 || disclosed[i - 1]! >= v)).toBe(true);
    // After the disclosed values: undisclosed deals, then the engagements.
    const rest = Array.from(order.rows.subarray(disclosed.length), (r) => (keys.deal(r) ? 'deal' : 'engagement'));
    expect(rest.indexOf('engagement')).toBe(index.data.deals.length - disclosed.length);
    expect(rest.lastIndexOf('deal')).toBe(index.data.deals.length - disclosed.length - 1);
  });

  it('searches every row, not just the page, in well under 100 ms', () => {
    const name = index.data.actors.find((a) => a.type === 'company')!.name as string;
    const word = name.split(' ')[0]!.toUpperCase();
    // Two searches in turn, so the kept answer of the last one is not what is timed.
    const searches = [word.slice(0, -1), word];
    let k = 0;
    const ms = fastest(
      () => tableOrder(keys, all, { sort: { key: 'who', descending: false }, search: searches[k++ % 2]! }),
      6,
    );
    const order = tableOrder(keys, all, { sort: { key: 'who', descending: false }, search: word });
    expect(ms).toBeLessThan(100);
    expect(order.rows.length).toBeGreaterThan(50);
    // Row by row, the slow way.
    let expected = 0;
    for (let r = 0; r < keys.rows; r++) if (keys.searchText(r).includes(fold(word))) expected++;
    expect(order.rows.length).toBe(expected);
  });

  it('shows 50 rows and says "1–50 of …" whatever the number of records', () => {
    const order = tableOrder(keys, all, { sort: { key: 'when', descending: false }, search: '' });
    const page = pageOf(order.rows.length, 0, 50);
    expect(pageRows(keys, order, page)).toHaveLength(50);
    expect(rangeLabel(page, i18n)).toBe(`1–50 of ${i18n.count(keys.rows)}`);
    expect(rangeLabel(pageOf(order.rows.length, 1, 50), i18n)).toBe(`51–100 of ${i18n.count(keys.rows)}`);
  });
});
