// @vitest-environment node
// The deal chart's model: rows, segments, words and counts from the index arrays. Pure, no DOM.
import { describe, expect, it } from 'vitest';
import { filterDataset, summarize, type DatasetIndex } from '../../src/lib/data/query';
import type { Dataset, Deal, Qualifier } from '../../src/lib/data/schema';
import { sumValues } from '../../src/lib/data/values';
import { DEFAULT_OPTIONS, type ViewOptions } from '../../src/lib/state/options';
import type { BarRow } from '../../src/views/DealChart/bars';
import { dealModel, dealOffers, TOP_COMPANIES, type DealModel } from '../../src/views/DealChart/model';
import { sessionName, tableRows, tooltipOf, undisclosedItems } from '../../src/views/DealChart/lists';
import { synthDataset } from '../../scripts/synth/generate';
import { bundledDataset, english, filters, fixture, indexOf } from '../helpers';

const i18n = english();

function model(index: DatasetIndex, o: { filters?: Parameters<typeof filters>[0]; options?: Partial<ViewOptions> } = {}): DealModel {
  const f = filters(o.filters);
  return dealModel({ index, filtered: filterDataset(index, f), filters: f, options: { ...DEFAULT_OPTIONS, ...o.options }, i18n });
}

const small = indexOf(fixture('deals-small.json'));
const bundled = indexOf(bundledDataset());
const row = (m: DealModel, id: string): BarRow => {
  const r = m.rows.find((x) => x.id === id);
  if (!r) throw new Error(`no bar for "${id}" among ${m.rows.map((x) => x.id).join(', ')}`);
  return r;
};

/** deals-small with its deals replaced (same companies, sources and sessions). */
function withDeals(deals: Partial<Deal>[], change: (d: Dataset) => void = () => {}): DatasetIndex {
  const data = fixture('deals-small.json');
  data.deals = deals.map((d, k) => ({
    id: `d${k}`,
    session: 80,
    company: 'wabtec',
    value: null,
    basis: 'agreement',
    sector: 'rail',
    summary: `Deal ${k}`,
    citations: [{ source: 'src-akorda', quote: 'q' }],
    ...d,
  }));
  change(data);
  return indexOf(data);
}

describe('sums keep the qualifiers of their parts (one rule, values.ts)', () => {
  const cases: { parts: [Qualifier, Qualifier]; value: string; total: string }[] = [
    { parts: ['about', 'up-to'], value: 'up to about $5.2B', total: 'Up to about $5.2B disclosed across 2 deals.' },
    { parts: ['over', 'about'], value: 'about $5.2B or more', total: 'About $5.2B or more disclosed across 2 deals.' },
    { parts: ['exact', 'about'], value: 'about $5.2B', total: 'About $5.2B disclosed across 2 deals.' },
    { parts: ['over', 'up-to'], value: 'roughly $5.2B', total: 'Roughly $5.2B disclosed across 2 deals.' },
    { parts: ['over', 'exact'], value: 'over $5.2B', total: 'Over $5.2B disclosed across 2 deals.' },
    { parts: ['exact', 'exact'], value: '$5.2B', total: '$5.2B disclosed across 2 deals.' },
  ];
  it.each(cases)('$parts.0 + $parts.1 → "$value"', ({ parts, value, total }) => {
    const index = withDeals([
      { value: { usd: 4.2e9, qualifier: parts[0] } },
      { session: 78, basis: 'investment-plan', value: { usd: 1e9, qualifier: parts[1] } },
    ]);
    const m = model(index);
    expect(row(m, 'wabtec').value).toBe(value);
    expect(m.total).toBe(total);
    expect(m.sum).toEqual(sumValues(index.data.deals.map((d) => d.value)));
    // Each part keeps its own word.
    expect(row(m, 'wabtec').segments.map((s) => s.value)).toEqual([i18n.value(index.data.deals[0]!.value), i18n.value(index.data.deals[1]!.value)]);
  });

  it('words the total as the dashboard header does (summarize + i18n.sum), on a dataset mixing "about" and "up to"', () => {
    const index = withDeals([
      { value: { usd: 4.2e9, qualifier: 'about' } },
      { company: 'citi', basis: 'financing', value: { usd: 500e6, qualifier: 'up-to' } },
      { company: 'boeing', value: null },
    ]);
    const m = model(index);
    const header = summarize(filterDataset(index, filters()), index, { includePlanned: false });
    expect(m.sum).toEqual(header.disclosed);
    const headerWords = i18n.sum(header.disclosed!);
    expect(headerWords).toBe('up to about $4.7B');
    expect(m.total).toBe('Up to about $4.7B disclosed across 2 deals; 1 deal undisclosed.');
    expect((m.total.charAt(0).toLowerCase() + m.total.slice(1)).startsWith(`${headerWords} `)).toBe(true);
    expect(m.counts).toMatchObject({ disclosed: header.deals - header.undisclosedDeals, undisclosed: header.undisclosedDeals });
  });

  it('counts the undisclosed deals as the header does when cumulative investments without a value are left out', () => {
    const index = withDeals([
      { value: { usd: 4.2e9, qualifier: 'about' } },
      { company: 'citi', basis: 'cumulative-investment', value: null },
      { company: 'boeing', value: null },
    ]);
    const m = model(index);
    const header = summarize(filterDataset(index, filters()), index, { includePlanned: false });
    expect(header.undisclosedDeals).toBe(1);
    expect(m.counts.undisclosed).toBe(header.undisclosedDeals);
  });
});

describe('dealModel on the fixtures', () => {
  it('draws companies with a disclosed value, largest first; undisclosed deals are listed, never summed as 0', () => {
    const m = model(small);
    expect(m.state).toBe('bars');
    expect(m.rows.map((r) => [r.id, r.value])).toEqual([
      ['wabtec', 'about $4.35B'],
      ['citi', 'up to $500M'],
      ['acme', '$80M'],
    ]);
    expect(m.total).toBe('Up to about $4.93B disclosed across 4 deals; 3 deals undisclosed; 1 cumulative investment not counted.');
    expect(Array.from(m.undisclosed, (i) => small.data.deals[i]!.id)).toEqual(['acme-program', 'boeing-2025', 'smefund-2023']);
    // Every deal of the chart, companies in bar order, then those with nothing disclosed by name.
    expect(Array.from(m.ordered, (i) => small.data.deals[i]!.id)).toEqual([
      'wabtec-2025',
      'wabtec-2023',
      'citi-financing',
      'acme-project',
      'acme-program',
      'boeing-2025',
      'smefund-2023',
    ]);
  });

  it('says what each bar adds, naming the values that are not printed inside their segment', () => {
    const wabtec = row(model(bundled), 'wabtec');
    expect(wabtec.words([false, false])).toEqual({
      detail: '2 deals: a 2025 signed agreement and a 2023 investment plan',
      annotation: 'about $5.2B · 2 deals: a 2025 signed agreement and a 2023 investment plan',
      label: 'Wabtec: about $5.2B · 2 deals: a 2025 signed agreement and a 2023 investment plan',
    });
    expect(wabtec.words([false, true]).detail).toBe('2 deals: a 2025 signed agreement and a 2023 investment plan (about $1B)');
    expect(row(model(small), 'acme').words([false]).detail).toBe('a 2025 project; 1 more undisclosed');
  });

  const stacks: { name: string; options: Partial<ViewOptions>; id: string; parts: string[]; values: string[]; cumulative: boolean[] }[] = [
    { name: 'by basis', options: {}, id: 'wabtec', parts: ['a 2025 signed agreement', 'a 2023 investment plan'], values: ['about $4.2B', '$150M'], cumulative: [false, false] },
    { name: 'by session', options: { colourBy: 'session' }, id: 'wabtec', parts: ['a 2023 investment plan', 'a 2025 signed agreement'], values: ['$150M', 'about $4.2B'], cumulative: [false, false] },
    {
      name: 'by basis, cumulative included and last',
      options: { cumulative: true },
      id: 'citi',
      parts: ['2025 financing', 'a cumulative investment reported in 2023'],
      values: ['up to $500M', 'over $230M'],
      cumulative: [false, true],
    },
    {
      name: 'by session, cumulative apart from its session',
      options: { cumulative: true, colourBy: 'session' },
      id: 'citi',
      parts: ['a cumulative investment reported in 2023', '2025 financing'],
      values: ['over $230M', 'up to $500M'],
      cumulative: [true, false],
    },
  ];
  it.each(stacks)('stacks $name', ({ options, id, parts, values, cumulative }) => {
    const r = row(model(small, { options }), id);
    expect(r.segments.map((s) => s.part)).toEqual(parts);
    expect(r.segments.map((s) => s.value)).toEqual(values);
    expect(r.segments.map((s) => s.cumulative)).toEqual(cumulative);
  });

  it('keeps a session its colour slot under any filter, and names several deals of one kind with a count', () => {
    const index = withDeals([
      { value: { usd: 1e9, qualifier: 'exact' } },
      { value: { usd: 2e9, qualifier: 'about' } },
      { session: 78, basis: 'project', value: { usd: 5e8, qualifier: 'exact' } },
    ]);
    expect(row(model(index), 'wabtec').segments.map((s) => s.part)).toEqual(['2 signed agreements', 'a 2023 project']);
    const bySession = (years: number[]) => row(model(index, { options: { colourBy: 'session' }, filters: { years } }), 'wabtec').segments;
    expect(bySession([]).map((s) => [s.colour, s.part])).toEqual([
      [{ kind: 'session', slot: 0 }, 'a 2023 project'],
      [{ kind: 'session', slot: 1 }, '2 deals of 2025'],
    ]);
    expect(bySession([2025]).map((s) => s.colour)).toEqual([{ kind: 'session', slot: 1 }]);
  });

  it('leaves planned deals out of the sums and counts them, or counts them drawn apart when asked', () => {
    const index = withDeals([
      { value: { usd: 4.2e9, qualifier: 'about' }, status: 'planned' },
      { session: 78, basis: 'investment-plan', value: { usd: 1e9, qualifier: 'about' } },
      { company: 'boeing', status: 'planned' },
    ]);
    expect(dealOffers(index)).toEqual({ cumulative: false, planned: true });
    const off = model(index);
    expect(off.total).toBe('About $1B disclosed across 1 deal; 2 planned deals not counted.');
    expect(row(off, 'wabtec').segments.map((s) => s.planned)).toEqual([false]);
    expect(off.undisclosed).toHaveLength(0);
    expect(off.legend.map((e) => e.label)).toEqual(['investment plan']);
    const on = model(index, { options: { planned: true } });
    expect(on.total).toBe('About $5.2B disclosed across 2 deals; 1 deal undisclosed; 2 planned deals counted.');
    expect(row(on, 'wabtec').segments.map((s) => [s.part, s.planned])).toEqual([
      ['a 2023 investment plan', false],
      ['a 2025 signed agreement, planned', true],
    ]);
    expect(on.legend.map((e) => e.label)).toEqual(['signed agreement', 'investment plan', 'planned (announced, still to come)']);
  });

  it('marks the companies in the filter as selected', () => {
    const m = model(small, { filters: { companies: ['citi', 'wabtec'] } });
    expect(m.rows.map((r) => [r.id, r.selected])).toEqual([
      ['wabtec', true],
      ['citi', true],
    ]);
    expect(model(small).rows.every((r) => !r.selected)).toBe(true);
  });

  it('has a legend of what is drawn: bases in a fixed order, or sessions, with cumulative and planned explained', () => {
    expect(model(small).legend.map((e) => e.label)).toEqual(['signed agreement', 'investment plan', 'financing', 'project']);
    expect(model(small, { options: { cumulative: true } }).legend.map((e) => [e.label, e.cumulative])).toContainEqual(['cumulative investment (not a new commitment)', true]);
    expect(model(small, { options: { colourBy: 'session', cumulative: true } }).legend.map((e) => e.label)).toEqual([
      '78th session, 2023',
      '80th session, 2025',
      'cumulative investment (not a new commitment)',
    ]);
  });
});

describe('empty states say why', () => {
  const cases: { name: string; index: () => DatasetIndex; f?: Parameters<typeof filters>[0]; state: DealModel['state']; message: string | null; total: string }[] = [
    { name: 'a dataset without deals', index: () => withDeals([]), state: 'no-deals', message: 'This dataset has no deals.', total: '' },
    { name: 'filters that match no deal', index: () => small, f: { companies: ['nobody'] }, state: 'no-match', message: 'No deals match these filters.', total: '' },
    {
      name: 'only undisclosed deals',
      index: () => small,
      f: { companies: ['boeing'] },
      state: 'none-disclosed',
      message: 'None of these deals has a disclosed value, so there are no bars to draw: they are listed below.',
      total: 'No value disclosed for 1 deal.',
    },
    {
      name: 'only cumulative investments',
      index: () => small,
      f: { companies: ['citi'], years: [2023] },
      state: 'only-excluded',
      message: 'Only cumulative investments match: tick “Include cumulative investments” to show them.',
      total: 'No value disclosed for any deal; 1 cumulative investment not counted.',
    },
    {
      name: 'only planned deals',
      index: () => withDeals([{ value: { usd: 1e9, qualifier: 'exact' }, status: 'planned' }]),
      state: 'only-excluded',
      message: 'Only planned deals match: tick “Count planned deals” to show them.',
      total: 'No value disclosed for any deal; 1 planned deal not counted.',
    },
  ];
  it.each(cases)('$name', ({ index, f, state, message, total }) => {
    const m = model(index(), { filters: f });
    expect([m.state, m.message, m.total]).toEqual([state, message, total]);
    expect(m.rows).toEqual([]);
  });
});

describe('top companies and Others', () => {
  /** n companies, company i worth (n - i) million. */
  function many(n: number): DatasetIndex {
    return withDeals(
      Array.from({ length: n }, (_, i) => ({ company: `co${i}`, value: { usd: (n - i) * 1e6, qualifier: i % 2 ? 'exact' : 'about' } as const })),
      (d) => d.actors.push(...Array.from({ length: n }, (_, i) => ({ id: `co${i}`, name: `Company ${i}`, type: 'company' as const }))),
    );
  }
  it(`draws the top ${TOP_COMPANIES} and folds the rest into Others, whose sum keeps its qualifiers`, () => {
    const m = model(many(30));
    expect(m.rows).toHaveLength(TOP_COMPANIES + 1);
    const others = m.rows.at(-1)!;
    expect([others.kind, others.name, others.value]).toEqual(['others', 'Others (20 companies)', 'about $210M']);
    expect(others.words([], true).detail).toBe('20 deals; bar cut, not to scale');
    expect([m.companies, m.foldable]).toEqual([30, true]);
    const all = model(many(30), { options: { showAll: true } });
    expect(all.rows).toHaveLength(30);
    expect(all.rows.every((r) => r.kind === 'company')).toBe(true);
  });
  it('draws a lone leftover company rather than an Others of one', () => {
    const m = model(many(TOP_COMPANIES + 1));
    expect(m.rows).toHaveLength(TOP_COMPANIES + 1);
    expect(m.rows.every((r) => r.kind === 'company')).toBe(true);
    expect(m.foldable).toBe(false);
  });
});

describe('lists', () => {
  it('words a tooltip: the bar, then each deal with value, basis, session and status', () => {
    const content = tooltipOf(row(model(small), 'wabtec'), small, i18n);
    expect(content.title).toBe('Wabtec');
    expect(content.lines.map((l) => l.text)).toEqual([
      'about $4.35B · 2 deals: a 2025 signed agreement (about $4.2B) and a 2023 investment plan ($150M)',
      'Locomotive supply and service agreement',
      'about $4.2B · signed agreement · 80th session, 2025',
      'Plan to expand the Astana plant',
      '$150M · investment plan · 78th session, 2023',
      'Click or press Enter to filter by this company',
    ]);
  });
  it('lists undisclosed deals with what was announced, and table rows with status, a page at a time', () => {
    const m = model(small);
    expect(undisclosedItems(m, small, i18n, 10).map((x) => [x.company, x.summary, x.figures, x.meta])).toEqual([
      ['Acme Mining and Metallurgical Holdings International', 'Training programme for engineers', 'Also announced: up to 1,000 engineers trained', 'program · 80th session, 2025'],
      ['Boeing', 'Memorandum on aircraft deliveries', '', 'signed agreement · 80th session, 2025'],
      ['SME Fund', 'Support programme for small businesses', 'Also announced: over 300,000 SMEs', 'program · 78th session, 2023'],
    ]);
    expect(tableRows(m, small, i18n, 2).map((x) => [x.company, x.session, x.basis, x.value, x.status])).toEqual([
      ['Wabtec', '80th session, 2025', 'signed agreement', 'about $4.2B', 'held'],
      ['Wabtec', '78th session, 2023', 'investment plan', '$150M', 'held'],
    ]);
    expect(sessionName(99, small, i18n)).toBe('99th session');
  });
});

describe('inputs', () => {
  it('are not mutated', () => {
    const index = indexOf(fixture('deals-small.json'));
    const f = filters({ years: [2025, 2023] });
    const filtered = filterDataset(index, f);
    const before = JSON.stringify({ data: index.data, d: Array.from(filtered.d), usd: Array.from(index.dUsd), f });
    const frozen = Object.freeze({ ...DEFAULT_OPTIONS, cumulative: true, colourBy: 'session' as const });
    const m = dealModel({ index, filtered, filters: f, options: frozen, i18n });
    tooltipOf(m.rows[0]!, index, i18n);
    tableRows(m, index, i18n, 50);
    expect(JSON.stringify({ data: index.data, d: Array.from(filtered.d), usd: Array.from(index.dUsd), f })).toBe(before);
  });
});

describe('at scale', () => {
  it('computes the model of 100,000 engagements (~20,000 deals, ~1,000 companies) in one bounded pass', { timeout: 60_000 }, () => {
    const index = indexOf(synthDataset({ engagements: 100_000, seed: 1 }));
    const filtered = filterDataset(index, filters());
    const input = { index, filtered, filters: filters(), options: DEFAULT_OPTIONS, i18n };
    // The best of a few runs: the first ones pay for compiling, and other test files share the machine.
    let ms = Infinity;
    let m = dealModel(input);
    for (let run = 0; run < 5; run++) {
      const t0 = performance.now();
      m = dealModel(input);
      ms = Math.min(ms, performance.now() - t0);
    }
    expect(filtered.d.length).toBeGreaterThan(15_000);
    // A filter change repaints within ~100 ms at this size (the design's budget for every view).
    expect(ms).toBeLessThan(100);
    // What is drawn is bounded by what a reader sees, whatever the number of deals.
    expect(m.rows).toHaveLength(TOP_COMPANIES + 1);
    expect(m.companies).toBeGreaterThan(300);
    expect(m.counts.included).toBe(filtered.d.length - m.counts.cumulativeLeftOut - m.counts.plannedLeftOut);
    expect(m.ordered).toHaveLength(m.counts.included);
    expect(m.undisclosed).toHaveLength(m.counts.undisclosed);
    // The sum by the one rule, from the index arrays, equals the sum of the records.
    const counted = Array.from(filtered.d, (i) => index.data.deals[i]!).filter((d) => d.basis !== 'cumulative-investment');
    expect(m.sum).toEqual(sumValues(counted.map((d) => d.value)));
    const all = dealModel({ ...input, options: { ...DEFAULT_OPTIONS, showAll: true } });
    expect(all.rows).toHaveLength(m.companies);
  });
});
