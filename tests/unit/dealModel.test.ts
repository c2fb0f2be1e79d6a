// @vitest-environment node
// The deal chart's model: rows, segments, words and counts from the index arrays. Pure, no DOM.
import { describe, expect, it } from 'vitest';
import { filterDataset, summarize, type DatasetIndex } from '../../src/lib/data/query';
import type { Dataset, Deal, DealValue, Qualifier } from '../../src/lib/data/schema';
import { kindOf, sumByKind, sumValues } from '../../src/lib/data/values';
import { KIND_OF_BASIS, MONEY_KINDS } from '../../src/lib/basics/vocabulary';
import type { I18n } from '../../src/lib/i18n/i18n';
import { DEFAULT_OPTIONS, type ViewOptions } from '../../src/lib/state/options';
import type { BarRow } from '../../src/views/DealChart/bars';
import { dealModel, dealOffers, TOP_COMPANIES, type DealModel } from '../../src/views/DealChart/model';
import { sessionName, tableRows, undisclosedItems } from '../../src/views/DealChart/dealWords';
import { tooltipOf } from '../../src/views/DealChart/tooltips';
import { synthDataset } from '../../scripts/synth/generate';
import { bundledDataset, english, filters, fixture, indexOf } from '../helpers';

const i18n = english();

function model(
  index: DatasetIndex,
  o: { filters?: Parameters<typeof filters>[0]; options?: Partial<ViewOptions> } = {},
): DealModel {
  const f = filters(o.filters);
  return dealModel({
    index,
    filtered: filterDataset(index, f),
    filters: f,
    options: { ...DEFAULT_OPTIONS, ...o.options },
    i18n,
  });
}

const small = indexOf(fixture('deals-small.json'));
const bundled = indexOf(bundledDataset());
/** A bar by its key: kind of money and company ("plans:wabtec"). */
const row = (m: DealModel, key: string): BarRow => {
  const r = m.rows.find((x) => x.key === key);
  if (!r) throw new Error(`no bar "${key}" among ${m.rows.map((x) => x.key).join(', ')}`);
  return r;
};
const v = (usd: number, qualifier: Qualifier): NonNullable<DealValue> => ({ usd, qualifier });

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

describe('sums keep the qualifiers and the precision of their parts (one rule, values.ts)', () => {
  // A program and a project: two bases of one kind of money, so one bar adds them.
  const cases: { parts: [NonNullable<DealValue>, NonNullable<DealValue>]; value: string; total: string }[] = [
    {
      parts: [v(4.2e9, 'about'), v(3e8, 'up-to')],
      value: 'up to about $4.5B',
      total: 'Programs and projects: up to about $4.5B (2 deals).',
    },
    {
      parts: [v(4.2e9, 'over'), v(3e8, 'about')],
      value: 'about $4.5B or more',
      total: 'Programs and projects: about $4.5B or more (2 deals).',
    },
    {
      parts: [v(4.2e9, 'exact'), v(3e8, 'about')],
      value: 'about $4.5B',
      total: 'Programs and projects: about $4.5B (2 deals).',
    },
    {
      parts: [v(4.2e9, 'over'), v(3e8, 'up-to')],
      value: 'roughly $4.5B',
      total: 'Programs and projects: roughly $4.5B (2 deals).',
    },
    {
      parts: [v(4.2e9, 'over'), v(3e8, 'exact')],
      value: 'over $4.5B',
      total: 'Programs and projects: over $4.5B (2 deals).',
    },
    { parts: [v(4.2e9, 'exact'), v(3e8, 'exact')], value: '$4.5B', total: 'Programs and projects: $4.5B (2 deals).' },
    // Precision: "over $230M" is known to $10M, "about $4.2B" to $100M: the bar is no finer than $100M.
    {
      parts: [v(4.2e9, 'about'), v(2.3e8, 'over')],
      value: 'about $4.4B or more',
      total: 'Programs and projects: about $4.4B or more (2 deals).',
    },
    // "about $1B" is known only to the billion.
    {
      parts: [v(4.2e9, 'about'), v(1e9, 'about')],
      value: 'about $5B',
      total: 'Programs and projects: about $5B (2 deals).',
    },
    // An exact part makes nothing coarser.
    {
      parts: [v(4.2e9, 'about'), v(1e9, 'exact')],
      value: 'about $5.2B',
      total: 'Programs and projects: about $5.2B (2 deals).',
    },
  ];
  it.each(cases)(
    '$parts.0.qualifier $parts.0.usd + $parts.1.qualifier $parts.1.usd → "$value"',
    ({ parts, value, total }) => {
      const index = withDeals([
        { basis: 'program', value: parts[0] },
        { session: 78, basis: 'project', value: parts[1] },
      ]);
      const m = model(index);
      expect(m.rows).toHaveLength(1);
      expect(row(m, 'programs:wabtec').value).toBe(value);
      expect(m.total).toBe(total);
      expect(m.groups.map((g) => g.heading)).toEqual([total.slice(0, -1)]);
      expect(m.kinds).toEqual(sumByKind(index.data.deals));
      // Each part keeps its own word.
      expect(row(m, 'programs:wabtec').segments.map((s) => s.value)).toEqual(parts.map((p) => i18n.value(p)));
    },
  );

  it('adds a plan and a signed agreement of one company in two bars, in two groups, each with its own total', () => {
    const index = withDeals([
      { value: v(4.2e9, 'about') },
      { session: 78, basis: 'investment-plan', value: v(1e9, 'about') },
    ]);
    const m = model(index);
    expect(m.groups.map((g) => [g.kind, g.heading, g.rows.map((r) => [r.key, r.value])])).toEqual([
      ['agreements', 'Signed agreements: about $4.2B (1 deal)', [['agreements:wabtec', 'about $4.2B']]],
      ['plans', 'Announced plans: about $1B (1 deal)', [['plans:wabtec', 'about $1B']]],
    ]);
    expect(m.total).toBe('Signed agreements: about $4.2B (1 deal) · Announced plans: about $1B (1 deal).');
    expect(m.total).not.toMatch(/5\.2/);
    expect(m.rows.map((r) => r.money)).toEqual(['agreements', 'plans']);
    // One company, drawn twice: "Show all" offers companies, not bars.
    expect(m.companies).toBe(1);
  });

  it('words the totals as the dashboard header does (summarize + i18n.kindTotal), on a dataset mixing "about" and "up to"', () => {
    const index = withDeals([
      { value: v(4.2e9, 'about') },
      { company: 'citi', value: v(5e8, 'up-to') },
      { company: 'boeing', value: null },
      { company: 'citi', basis: 'financing', value: v(2e8, 'exact') },
    ]);
    const m = model(index);
    const header = summarize(filterDataset(index, filters()), index, {
      includePlanned: false,
      includeCumulative: false,
    });
    expect(m.kinds).toEqual(header.kinds);
    const headerWords = header.kinds.map((k) => i18n.kindTotal(k));
    expect(headerWords).toEqual(['Signed agreements: up to about $4.7B (2 deals)', 'Financing: $200M (1 deal)']);
    expect(m.groups.map((g) => g.heading)).toEqual(headerWords);
    expect(m.total).toBe(
      'Signed agreements: up to about $4.7B (2 deals) · Financing: $200M (1 deal); 1 deal undisclosed.',
    );
    expect(m.total.startsWith(headerWords.join(' · '))).toBe(true);
    expect(m.counts).toMatchObject({
      disclosed: header.deals - header.undisclosedDeals,
      undisclosed: header.undisclosedDeals,
    });
  });

  it('counts the undisclosed deals as the header does when cumulative investments without a value are left out', () => {
    const index = withDeals([
      { value: v(4.2e9, 'about') },
      { company: 'citi', basis: 'cumulative-investment', value: null },
      { company: 'boeing', value: null },
    ]);
    const m = model(index);
    const header = summarize(filterDataset(index, filters()), index, { includePlanned: false });
    expect(header.undisclosedDeals).toBe(1);
    expect(m.counts.undisclosed).toBe(header.undisclosedDeals);
  });
});

/** Every option the deal chart has that changes what it adds up or draws. */
const COMBINATIONS: Partial<ViewOptions>[] = (['basis', 'session'] as const).flatMap((colourBy) =>
  [false, true].flatMap((cumulative) =>
    [false, true].flatMap((planned) => [false, true].map((showAll) => ({ colourBy, cumulative, planned, showAll }))),
  ),
);

const optionsName = (o: Partial<ViewOptions>) =>
  [`by ${o.colourBy}`, o.cumulative && 'cumulative', o.planned && 'planned', o.showAll && 'all']
    .filter(Boolean)
    .join(', ');

/** A generated dataset (seeded) with every seventh deal announced as planned, so the planned switch has work to do. */
function generated(): DatasetIndex {
  const data = synthDataset({ engagements: 3000, seed: 7 });
  data.deals.forEach((d, k) => {
    if (k % 7 === 3) d.status = 'planned';
  });
  return indexOf(data);
}

/** Checks, from the records, that no bar, total or heading of the model adds two kinds of money. */
function expectEveryBarOneKind(m: DealModel, index: DatasetIndex) {
  const deals = index.data.deals;
  const inChart = Array.from(m.ordered);
  expect(m.groups.map((g) => g.kind)).toEqual(MONEY_KINDS.filter((k) => m.groups.some((g) => g.kind === k)));
  expect(m.rows).toEqual(m.groups.flatMap((g) => g.rows));
  expect(new Set(m.rows.map((r) => r.key)).size).toBe(m.rows.length);
  for (const g of m.groups) {
    const ofKind = inChart.filter((i) => kindOf(deals[i]!) === g.kind);
    expect(g.total.sum).toEqual(sumValues(ofKind.map((i) => deals[i]!.value)));
    expect(g.heading).toBe(i18n.kindTotal(g.total));
    const drawn = new Set<number>();
    for (const r of g.rows) {
      expect(r.money).toBe(g.kind);
      if (r.kind === 'others') {
        expect(r.key).toBe(`${g.kind}:`);
        // Others adds the kind's deals of the companies not drawn, and nothing else.
        expect(r.sum).toEqual(sumValues(ofKind.filter((i) => !drawn.has(i)).map((i) => deals[i]!.value)));
        continue;
      }
      expect(r.key).toBe(`${g.kind}:${r.id}`);
      for (const i of r.deals) {
        expect([kindOf(deals[i]!), deals[i]!.company]).toEqual([g.kind, r.id]);
        drawn.add(i);
      }
      expect(r.sum).toEqual(sumValues(Array.from(r.deals, (i) => deals[i]!.value)));
      expect(r.segments.reduce((n, s) => n + s.sum.parts, 0)).toBe(r.sum.parts);
      for (const s of r.segments) if (s.colour.kind === 'basis') expect(KIND_OF_BASIS[s.colour.basis]).toBe(g.kind);
    }
  }
}

describe('no bar, total or heading adds two kinds of money', () => {
  const datasets: { name: string; index: () => DatasetIndex }[] = [
    { name: 'bundled', index: () => bundled },
    { name: 'deals-small', index: () => small },
    { name: 'generated', index: generated },
  ];
  const cases = datasets.flatMap((d) =>
    COMBINATIONS.map((options) => ({ ...d, options, label: optionsName(options) })),
  );
  const indexes = new Map<string, DatasetIndex>();
  const indexOfCase = (c: (typeof datasets)[number]) =>
    indexes.get(c.name) ?? indexes.set(c.name, c.index()).get(c.name)!;

  it.each(cases)('$name, $label', (c) => {
    const index = indexOfCase(c);
    const m = model(index, { options: c.options });
    expect(m.state).toBe('bars');
    expectEveryBarOneKind(m, index);
  });

  // The header (summarize) and the deal chart print the same figure per kind, for the same filters and options.
  // Filters picked from each dataset's own records, so that each one keeps some deals.
  const filterSets: { filtered: string; f: (index: DatasetIndex) => Parameters<typeof filters>[0] }[] = [
    { filtered: 'no filter', f: () => ({}) },
    {
      filtered: 'the year of its first deal',
      f: (index) => ({ years: [index.sessions.get(index.data.deals[0]!.session)!.year] }),
    },
    {
      filtered: 'two companies',
      f: (index) => ({
        companies: [...new Set(index.data.deals.filter((d) => d.value).map((d) => d.company))].slice(0, 2),
      }),
    },
  ];
  it.each(
    datasets.flatMap((d) =>
      filterSets.flatMap((fs) =>
        COMBINATIONS.map((options) => ({ ...d, ...fs, options, label: optionsName(options) })),
      ),
    ),
  )('header and chart agree: $name, $filtered, $label', (c) => {
    const index = indexOfCase(c);
    const f = filters(c.f(index));
    const m = model(index, { filters: c.f(index), options: c.options });
    expect(m.counts.included).toBeGreaterThan(0);
    const header = summarize(filterDataset(index, f), index, {
      includePlanned: c.options.planned!,
      includeCumulative: c.options.cumulative,
    });
    expect(m.kinds).toEqual(header.kinds);
    const words = header.kinds.filter((k) => k.sum).map((k) => i18n.kindTotal(k));
    expect(m.groups.map((g) => g.heading)).toEqual(words);
    if (words.length)
      expect(m.total.startsWith(`${words.join(' · ')};`) || m.total === `${words.join(' · ')}.`).toBe(true);
    expect(m.counts.undisclosed).toBe(header.undisclosedDeals);
  });
});

describe('dealModel on the fixtures', () => {
  it('draws companies with a disclosed value, a group per kind, largest first; undisclosed deals are listed, never summed as 0', () => {
    const m = model(small);
    expect(m.state).toBe('bars');
    expect(m.rows.map((r) => [r.key, r.value])).toEqual([
      ['agreements:wabtec', 'about $4.2B'],
      ['plans:wabtec', '$150M'],
      ['financing:citi', 'up to $500M'],
      ['programs:acme', '$80M'],
    ]);
    expect(m.total).toBe(
      'Signed agreements: about $4.2B (1 deal) · Announced plans: $150M (1 deal) · Financing: up to $500M (1 deal) · Programs and projects: $80M (1 deal); 3 deals undisclosed; 1 cumulative investment not counted.',
    );
    expect(m.companies).toBe(3);
    expect(Array.from(m.undisclosed, (i) => small.data.deals[i]!.id)).toEqual([
      'acme-program',
      'boeing-2025',
      'smefund-2023',
    ]);
    // Every deal of the chart, bars in order, then those with nothing disclosed by name.
    expect(Array.from(m.ordered, (i) => small.data.deals[i]!.id)).toEqual([
      'wabtec-2025',
      'wabtec-2023',
      'citi-financing',
      'acme-project',
      'acme-program',
      'boeing-2025',
      'smefund-2023',
    ]);
    // Largest first within a group.
    const many = model(
      withDeals([
        { value: v(1e8, 'exact') },
        { company: 'citi', value: v(3e8, 'exact') },
        { company: 'acme', value: v(2e8, 'exact') },
      ]),
    );
    expect(many.rows.map((r) => r.id)).toEqual(['citi', 'acme', 'wabtec']);
  });

  it('says what each bar adds, naming the values that are not printed inside their segment', () => {
    // Wabtec's 2023 plan and 2025 agreement (bundled dataset): two bars, never "about $5.2B".
    const m = model(bundled);
    expect(row(m, 'agreements:wabtec').words([false])).toEqual({
      detail: 'a 2025 signed agreement',
      annotation: 'about $4.2B · a 2025 signed agreement',
      label: 'Wabtec: about $4.2B · a 2025 signed agreement',
    });
    expect(row(m, 'plans:wabtec').words([false]).annotation).toBe('about $1B · a 2023 investment plan');
    expect(m.rows.some((r) => r.value === 'about $5.2B')).toBe(false);
    const stacked = row(
      model(
        withDeals([
          { basis: 'program', value: v(4.2e9, 'about') },
          { session: 78, basis: 'project', value: v(3e8, 'about') },
        ]),
      ),
      'programs:wabtec',
    );
    expect(stacked.words([false, false]).annotation).toBe('about $4.5B · 2 deals: a 2025 program and a 2023 project');
    expect(stacked.words([false, true]).detail).toBe('2 deals: a 2025 program and a 2023 project (about $300M)');
    expect(row(model(small), 'programs:acme').words([false]).detail).toBe('a 2025 project; 1 more undisclosed');
  });

  const twoBases = () =>
    withDeals([
      { basis: 'program', value: v(4.2e9, 'about') },
      { session: 78, basis: 'project', value: v(1.5e8, 'exact') },
    ]);
  const stacks: {
    name: string;
    index: () => DatasetIndex;
    options: Partial<ViewOptions>;
    key: string;
    parts: string[];
    values: string[];
    cumulative: boolean[];
  }[] = [
    {
      name: 'by basis',
      index: twoBases,
      options: {},
      key: 'programs:wabtec',
      parts: ['a 2025 program', 'a 2023 project'],
      values: ['about $4.2B', '$150M'],
      cumulative: [false, false],
    },
    {
      name: 'by session',
      index: twoBases,
      options: { colourBy: 'session' },
      key: 'programs:wabtec',
      parts: ['a 2023 project', 'a 2025 program'],
      values: ['$150M', 'about $4.2B'],
      cumulative: [false, false],
    },
    // Money spent over past years is a kind of its own: a bar of its own, never stacked on a new commitment.
    {
      name: 'cumulative, by basis',
      index: () => small,
      options: { cumulative: true },
      key: 'cumulative:citi',
      parts: ['a cumulative investment reported in 2023'],
      values: ['over $230M'],
      cumulative: [true],
    },
    {
      name: 'new money beside it, by basis',
      index: () => small,
      options: { cumulative: true },
      key: 'financing:citi',
      parts: ['2025 financing'],
      values: ['up to $500M'],
      cumulative: [false],
    },
    {
      name: 'cumulative by session, a part per session',
      index: () =>
        withDeals([
          { basis: 'cumulative-investment', value: v(2.3e8, 'over') },
          { session: 78, basis: 'cumulative-investment', value: v(1e8, 'about') },
        ]),
      options: { cumulative: true, colourBy: 'session' },
      key: 'cumulative:wabtec',
      parts: ['a cumulative investment reported in 2023', 'a cumulative investment reported in 2025'],
      values: ['about $100M', 'over $230M'],
      cumulative: [true, true],
    },
  ];
  it.each(stacks)('stacks $name', ({ index, options, key, parts, values, cumulative }) => {
    const r = row(model(index(), { options }), key);
    expect(r.segments.map((s) => s.part)).toEqual(parts);
    expect(r.segments.map((s) => s.value)).toEqual(values);
    expect(r.segments.map((s) => s.cumulative)).toEqual(cumulative);
  });

  it('draws cumulative investments as the last group, only when included', () => {
    expect(model(small).groups.map((g) => g.kind)).toEqual(['agreements', 'plans', 'financing', 'programs']);
    const m = model(small, { options: { cumulative: true } });
    expect(m.groups.map((g) => g.kind)).toEqual(['agreements', 'plans', 'financing', 'programs', 'cumulative']);
    expect(m.groups.at(-1)!.heading).toBe('Invested in earlier years: over $230M (1 deal)');
    expect(m.kinds.map((k) => k.kind)).toEqual(['agreements', 'plans', 'financing', 'programs', 'cumulative']);
    expect(model(small).kinds.map((k) => k.kind)).not.toContain('cumulative');
  });

  it('keeps a session its colour slot under any filter, and names several deals of one kind with a count', () => {
    const index = withDeals([
      { basis: 'project', value: v(1e9, 'exact') },
      { basis: 'project', value: v(2e9, 'about') },
      { session: 78, basis: 'program', value: v(5e8, 'exact') },
    ]);
    expect(row(model(index), 'programs:wabtec').segments.map((s) => s.part)).toEqual(['a 2023 program', '2 projects']);
    const bySession = (years: number[]) =>
      row(model(index, { options: { colourBy: 'session' }, filters: { years } }), 'programs:wabtec').segments;
    expect(bySession([]).map((s) => [s.colour, s.part])).toEqual([
      [{ kind: 'session', slot: 0 }, 'a 2023 program'],
      [{ kind: 'session', slot: 1 }, '2 deals of 2025'],
    ]);
    expect(bySession([2025]).map((s) => s.colour)).toEqual([{ kind: 'session', slot: 1 }]);
  });

  it('leaves planned deals out of the sums and counts them, or counts them drawn apart when asked', () => {
    const index = withDeals([
      { value: v(4.2e9, 'about'), status: 'planned' },
      { session: 78, value: v(1e9, 'about') },
      { company: 'boeing', status: 'planned' },
    ]);
    expect(dealOffers(index)).toEqual({ cumulative: false, planned: true });
    const off = model(index);
    expect(off.total).toBe('Signed agreements: about $1B (1 deal); 2 planned deals not counted.');
    expect(row(off, 'agreements:wabtec').segments.map((s) => s.planned)).toEqual([false]);
    expect(off.undisclosed).toHaveLength(0);
    expect(off.legend.map((e) => e.label)).toEqual(['signed agreement']);
    const on = model(index, { options: { planned: true } });
    // "about $1B" is known to the billion: the total of both is "about $5B".
    expect(on.total).toBe('Signed agreements: about $5B (2 deals); 1 deal undisclosed; 2 planned deals counted.');
    expect(row(on, 'agreements:wabtec').segments.map((s) => [s.part, s.planned])).toEqual([
      ['a 2023 signed agreement', false],
      ['a 2025 signed agreement, planned', true],
    ]);
    expect(on.legend.map((e) => e.label)).toEqual(['signed agreement', 'planned (announced, still to come)']);
  });

  it('marks the companies in the filter as selected, in every bar of theirs', () => {
    const m = model(small, { filters: { companies: ['citi', 'wabtec'] } });
    expect(m.rows.map((r) => [r.key, r.selected])).toEqual([
      ['agreements:wabtec', true],
      ['plans:wabtec', true],
      ['financing:citi', true],
    ]);
    expect(model(small).rows.every((r) => !r.selected)).toBe(true);
  });

  it('has a legend of what is drawn: bases in a fixed order, or sessions, with cumulative and planned explained', () => {
    expect(model(small).legend.map((e) => e.label)).toEqual([
      'signed agreement',
      'investment plan',
      'financing',
      'project',
    ]);
    expect(model(small, { options: { cumulative: true } }).legend.map((e) => [e.label, e.cumulative])).toContainEqual([
      'cumulative investment (not a new commitment)',
      true,
    ]);
    expect(model(small, { options: { colourBy: 'session', cumulative: true } }).legend.map((e) => e.label)).toEqual([
      '78th session, 2023',
      '80th session, 2025',
      'cumulative investment (not a new commitment)',
    ]);
  });
});

describe('empty states say why', () => {
  const cases: {
    name: string;
    index: () => DatasetIndex;
    f?: Parameters<typeof filters>[0];
    state: DealModel['state'];
    message: string | null;
    total: string;
  }[] = [
    {
      name: 'a dataset without deals',
      index: () => withDeals([]),
      state: 'no-deals',
      message: 'This dataset has no deals.',
      total: '',
    },
    {
      name: 'filters that match no deal',
      index: () => small,
      f: { companies: ['nobody'] },
      state: 'no-match',
      message: 'No deals match these filters.',
      total: '',
    },
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
      Array.from({ length: n }, (_, i) => ({
        company: `co${i}`,
        value: { usd: (n - i) * 1e6, qualifier: i % 2 ? 'exact' : 'about' } as const,
      })),
      (d) =>
        d.actors.push(
          ...Array.from({ length: n }, (_, i) => ({ id: `co${i}`, name: `Company ${i}`, type: 'company' as const })),
        ),
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
  it('folds each kind on its own: the top companies of each kind, and an Others per kind', () => {
    // 30 companies with a signed agreement; the first 12 of them also with an investment plan.
    const index = withDeals(
      [
        ...Array.from({ length: 30 }, (_, i) => ({ company: `co${i}`, value: v((30 - i) * 1e6, 'exact') })),
        ...Array.from({ length: 12 }, (_, i) => ({
          company: `co${i}`,
          basis: 'investment-plan' as const,
          value: v((12 - i) * 1e7, 'exact'),
        })),
      ],
      (d) =>
        d.actors.push(
          ...Array.from({ length: 30 }, (_, i) => ({ id: `co${i}`, name: `Company ${i}`, type: 'company' as const })),
        ),
    );
    const m = model(index);
    expect(m.groups.map((g) => [g.kind, g.rows.length, g.rows.at(-1)!.key, g.rows.at(-1)!.name])).toEqual([
      ['agreements', TOP_COMPANIES + 1, 'agreements:', 'Others (20 companies)'],
      ['plans', TOP_COMPANIES + 1, 'plans:', 'Others (2 companies)'],
    ]);
    expect(m.groups[1]!.rows.at(-1)!.value).toBe('$30M');
    // Companies, each once, whatever the number of its kinds.
    expect([m.companies, m.foldable]).toEqual([30, true]);
    expect(model(index, { options: { showAll: true } }).rows).toHaveLength(42);
  });
});

describe('lists', () => {
  it('words a tooltip: the bar, then each deal with value, basis, session and status', () => {
    const index = withDeals([
      { basis: 'program', value: v(4.2e9, 'about'), summary: 'Rail workshop programme' },
      {
        session: 78,
        basis: 'project',
        value: v(1.5e8, 'exact'),
        summary: 'Plan to expand the Astana plant',
        status: 'planned',
      },
    ]);
    const content = tooltipOf(row(model(index, { options: { planned: true } }), 'programs:wabtec'), index, i18n);
    expect(content.title).toBe('Wabtec');
    expect(content.lines.map((l) => l.text)).toEqual([
      // $4.35B known to $100M (the "about $4.2B"): about $4.4B.
      'about $4.4B · 2 deals: a 2025 program (about $4.2B) and a 2023 project, planned ($150M)',
      'Rail workshop programme',
      'about $4.2B · program · 80th session, 2025',
      'Plan to expand the Astana plant',
      '$150M · project · 78th session, 2023 · planned',
      'Click or press Enter to filter by this company',
    ]);
  });

  it('says the value of a bar of one deal once', () => {
    const content = tooltipOf(row(model(small), 'agreements:wabtec'), small, i18n);
    expect(content.lines.map((l) => l.text)).toEqual([
      'about $4.2B · a 2025 signed agreement',
      'Locomotive supply and service agreement',
      'signed agreement · 80th session, 2025',
      'Click or press Enter to filter by this company',
    ]);
    // On every bar of one deal of the bundled dataset, under every option.
    for (const options of COMBINATIONS) {
      for (const r of model(bundled, { options }).rows) {
        if (r.kind !== 'company' || r.deals.length !== 1) continue;
        const text = tooltipOf(r, bundled, i18n)
          .lines.map((l) => l.text)
          .join('\n');
        expect(text.split(r.value).length - 1, `${r.key}: ${text}`).toBe(1);
      }
    }
  });
  it('lists undisclosed deals with what was announced, and table rows with status, a page at a time', () => {
    const m = model(small);
    expect(undisclosedItems(m, small, i18n, 10).map((x) => [x.company, x.summary, x.figures, x.meta])).toEqual([
      [
        'Acme Mining and Metallurgical Holdings International',
        'Training programme for engineers',
        'Also announced: up to 1,000 engineers trained',
        'program · 80th session, 2025',
      ],
      ['Boeing', 'Memorandum on aircraft deliveries', '', 'signed agreement · 80th session, 2025'],
      [
        'SME Fund',
        'Support programme for small businesses',
        'Also announced: over 300,000 SMEs',
        'program · 78th session, 2023',
      ],
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
    expect(JSON.stringify({ data: index.data, d: Array.from(filtered.d), usd: Array.from(index.dUsd), f })).toBe(
      before,
    );
  });
});

describe('at scale', () => {
  /** A typed array that counts how often its elements are read. */
  function counting<A extends Float64Array | Uint32Array | Uint8Array | Int32Array>(
    array: A,
  ): { array: A; reads: () => number } {
    let reads = 0;
    const proxy = new Proxy(array, {
      get(target, key) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
        const value = Reflect.get(target, key, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    return { array: proxy, reads: () => reads };
  }

  it(
    'computes the model of 100,000 engagements (~20,000 deals, ~1,000 companies) in one bounded pass',
    { timeout: 60_000 },
    () => {
      const plain = indexOf(synthDataset({ engagements: 100_000, seed: 1 }));
      const filtered = filterDataset(plain, filters());
      // The work is counted, not timed: reads of the deal arrays, and messages worded.
      const usd = counting(plain.dUsd);
      const company = counting(plain.dCompany);
      const index: DatasetIndex = { ...plain, dUsd: usd.array, dCompany: company.array };
      let messages = 0;
      const words: I18n = {
        ...i18n,
        t: ((...args: Parameters<I18n['t']>) => (messages++, i18n.t(...args))) as I18n['t'],
      };
      const input = { index, filtered, filters: filters(), options: DEFAULT_OPTIONS, i18n: words };
      const m = dealModel(input);
      const n = filtered.d.length;
      expect(n).toBeGreaterThan(15_000);
      // One pass: each deal's company is read once, its value at most three times (the pass, its bar, the undisclosed list).
      expect(company.reads()).toBeGreaterThan(0);
      expect(company.reads()).toBeLessThanOrEqual(n);
      expect(usd.reads()).toBeLessThanOrEqual(3 * n);
      // What is drawn is bounded by what a reader sees, whatever the number of deals: the top
      // companies and Others in each kind, and only their words.
      expect(m.groups.length).toBeGreaterThan(1);
      for (const g of m.groups) expect(g.rows.length).toBeLessThanOrEqual(TOP_COMPANIES + 1);
      expect(m.rows.length).toBeLessThanOrEqual(m.groups.length * (TOP_COMPANIES + 1));
      expect(messages).toBeLessThanOrEqual(10 * m.rows.length + 10);
      expect(m.companies).toBeGreaterThan(300);
      expect(m.counts.included).toBe(n - m.counts.cumulativeLeftOut - m.counts.plannedLeftOut);
      expect(m.ordered).toHaveLength(m.counts.included);
      expect(m.undisclosed).toHaveLength(m.counts.undisclosed);
      // The sums by the one rule, from the index arrays, equal the sums of the records, kind by kind.
      const counted = Array.from(filtered.d, (i) => plain.data.deals[i]!).filter(
        (d) => d.basis !== 'cumulative-investment',
      );
      expect(m.kinds).toEqual(sumByKind(counted));
      // Show all: a bar per company and kind with a disclosed value.
      const all = dealModel({ ...input, options: { ...DEFAULT_OPTIONS, showAll: true } });
      const slots = new Set(counted.filter((d) => d.value).map((d) => `${kindOf(d)}:${d.company}`));
      expect(all.rows.map((r) => r.key).sort()).toEqual([...slots].sort());
      expectEveryBarOneKind(all, plain);
    },
  );
});
