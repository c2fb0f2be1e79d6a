import { describe, expect, it } from 'vitest';
import fixture from '../fixtures/deals-small.json';
import { parseDataset } from '../../src/lib/data/load';
import { indexDataset, type DatasetIndex } from '../../src/lib/data/query';
import type { Dataset, Deal, Qualifier } from '../../src/lib/data/schema';
import {
  combinedValueLabel,
  dealLines,
  dealModel,
  describeChart,
  OTHERS_ID,
  topCount,
  totalWording,
  visibleRows,
  type ChartOptions,
} from '../../src/views/DealChart/layout';
import { chartGeometry, textWidth, truncate, VALUE_FONT } from '../../src/views/DealChart/geometry';
import { segmentFill, textOn } from '../../src/views/DealChart/palette';

function load(json: unknown): DatasetIndex {
  const result = parseDataset(json);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return indexDataset(result.data);
}

const index = load(fixture);
const deals = index.data.deals;
const basis: ChartOptions = { colourBy: 'basis', includeCumulative: false };
const fill = segmentFill([...index.sessions.keys()]);

/** n companies, company i worth (n - i) million, one deal each, qualifiers cycling. */
function manyCompanies(n: number): DatasetIndex {
  const qualifiers: Qualifier[] = ['exact', 'about', 'over'];
  const base = structuredClone(fixture) as unknown as Dataset;
  base.actors = Array.from({ length: n }, (_, i) => ({ id: `c${i}`, name: `Company ${i}`, type: 'company' as const }));
  base.deals = base.actors.map((a, i) => ({
    id: `d${i}`,
    session: i % 2 ? 78 : 80,
    company: a.id,
    value: { usd: (n - i) * 1e6, qualifier: qualifiers[i % 3] ?? 'exact' },
    basis: i % 4 ? 'agreement' : 'financing',
    sector: 'test',
    summary: `Deal ${i}`,
    citations: [{ source: 'src-akorda', quote: 'q' }],
  }));
  return load(base);
}

const deal = (id: string, usd: number | null, qualifier: Qualifier = 'exact', extra: Partial<Deal> = {}): Deal => ({
  id,
  session: 80,
  company: 'wabtec',
  value: usd === null ? null : { usd, qualifier },
  basis: 'agreement',
  sector: 'rail',
  summary: id,
  citations: [{ source: 'src-akorda', quote: 'q' }],
  ...extra,
});

describe('combinedValueLabel: a sum keeps every qualifier of its parts', () => {
  const cases: [number, Qualifier[], string][] = [
    [4.2e9, ['about'], 'about $4.2B'],
    [230e6, ['over'], 'over $230M'],
    [500e6, ['up-to'], 'up to $500M'],
    [80e6, ['exact'], '$80M'],
    [4.35e9, ['about', 'exact'], 'about $4.35B'],
    [4.43e9, ['about', 'over'], 'about $4.43B or more'],
    [730e6, ['over', 'exact'], 'over $730M'],
    [700e6, ['up-to', 'about'], 'up to about $700M'],
    [730e6, ['over', 'up-to'], 'roughly $730M'],
    [730e6, ['over', 'up-to', 'about'], 'roughly $730M'],
    [1e6, [], '$1M'],
  ];
  it.each(cases)('%d with %j → %s', (usd, qualifiers, expected) => {
    expect(combinedValueLabel(usd, qualifiers)).toBe(expected);
  });
});

describe('totalWording', () => {
  const cases: { name: string; deals: Deal[]; excluded?: number; expected: string }[] = [
    { name: 'no deals', deals: [], expected: 'No deals match these filters.' },
    { name: 'only excluded cumulative', deals: [], excluded: 1, expected: 'No deals shown. 1 cumulative investment not counted.' },
    { name: 'all undisclosed', deals: [deal('a', null), deal('b', null)], expected: 'No value disclosed for 2 deals.' },
    { name: 'one exact', deals: [deal('a', 80e6)], expected: '$80M disclosed across 1 deal.' },
    {
      name: 'about only',
      deals: [deal('a', 4.2e9, 'about')],
      expected: 'About $4.2B disclosed across 1 deal (some figures are approximate).',
    },
    {
      name: 'about and over, with undisclosed',
      deals: [deal('a', 4.2e9, 'about'), deal('b', 1e9, 'over'), ...['c', 'd', 'e', 'f', 'g', 'h'].map((id) => deal(id, null))],
      expected: 'At least $5.2B disclosed across 2 deals (some figures are approximate); 6 deals undisclosed.',
    },
    { name: 'up to', deals: [deal('a', 500e6, 'up-to'), deal('b', null)], expected: 'Up to $500M disclosed across 1 deal; 1 deal undisclosed.' },
    {
      name: 'over and up to',
      deals: [deal('a', 230e6, 'over'), deal('b', 500e6, 'up-to')],
      expected: 'Roughly $730M disclosed across 2 deals (some are minimums, some maximums).',
    },
    {
      name: 'cumulative left out',
      deals: [deal('a', 80e6)],
      excluded: 2,
      expected: '$80M disclosed across 1 deal. 2 cumulative investments not counted.',
    },
  ];
  it.each(cases)('$name', ({ deals: input, excluded, expected }) => {
    expect(totalWording(input, excluded)).toBe(expected);
  });
});

describe('dealModel', () => {
  it('sorts companies by disclosed value and keeps undisclosed-only companies out of the bars', () => {
    const m = dealModel(deals, index, basis);
    expect(m.bars.map((b) => [b.id, b.label])).toEqual([
      ['wabtec', 'about $4.35B'],
      ['citi', 'up to $500M'],
      ['acme', '$80M'],
    ]);
    expect(m.bars.find((b) => b.id === 'acme')?.undisclosedCount).toBe(1);
    expect(m.cumulativeCount).toBe(1);
    expect(m.included.map((d) => d.id)).not.toContain('citi-cumulative');
  });

  const stacks: { name: string; options: ChartOptions; company: string; keys: string[]; usd: number[] }[] = [
    { name: 'by basis', options: basis, company: 'wabtec', keys: ['agreement', 'investment-plan'], usd: [4.2e9, 150e6] },
    { name: 'by session', options: { ...basis, colourBy: 'session' }, company: 'wabtec', keys: ['session:78', 'session:80'], usd: [150e6, 4.2e9] },
    {
      name: 'by basis, cumulative last',
      options: { ...basis, includeCumulative: true },
      company: 'citi',
      keys: ['financing', 'cumulative-investment'],
      usd: [500e6, 230e6],
    },
    {
      name: 'by session, cumulative apart',
      options: { colourBy: 'session', includeCumulative: true },
      company: 'citi',
      keys: ['session:78:cumulative', 'session:80'],
      usd: [230e6, 500e6],
    },
  ];
  it.each(stacks)('stacks $name', ({ options, company, keys, usd }) => {
    const bar = dealModel(deals, index, options).bars.find((b) => b.id === company);
    expect(bar?.segments.map((s) => s.key)).toEqual(keys);
    expect(bar?.segments.map((s) => s.usd)).toEqual(usd);
    expect(bar?.segments.filter((s) => s.cumulative).length).toBe(options.includeCumulative ? 1 : 0);
  });

  it('labels segments and the combined value when cumulative is included', () => {
    const citi = dealModel(deals, index, { ...basis, includeCumulative: true }).bars.find((b) => b.id === 'citi');
    expect(citi?.label).toBe('roughly $730M');
    expect(citi?.segments.map((s) => s.label)).toEqual(['financing: up to $500M', 'cumulative investment: over $230M']);
  });

  it('lists undisclosed deals with what was announced, by company name', () => {
    expect(dealModel(deals, index, basis).undisclosed).toEqual([
      {
        dealId: 'acme-program',
        companyId: 'acme',
        company: 'Acme Mining and Metallurgical Holdings International',
        summary: 'Training programme for engineers',
        figures: ['up to 1,000 engineers trained'],
        basis: 'programme',
        session: '80th session, 2025',
      },
      expect.objectContaining({ dealId: 'boeing-2025', company: 'Boeing', figures: [] }),
      expect.objectContaining({ dealId: 'smefund-2023', figures: ['over 300,000 SMEs'], session: '78th session, 2023' }),
    ]);
  });

  const legends: { options: ChartOptions; expected: string[] }[] = [
    { options: basis, expected: ['signed agreement', 'investment plan', 'financing', 'project'] },
    {
      options: { ...basis, includeCumulative: true },
      expected: ['signed agreement', 'investment plan', 'financing', 'project', 'cumulative investment (not a new commitment)'],
    },
    {
      options: { colourBy: 'session', includeCumulative: true },
      expected: ['78th session, 2023', '80th session, 2025', 'cumulative investment (not a new commitment)'],
    },
  ];
  it.each(legends)('legend for $options', ({ options, expected }) => {
    expect(dealModel(deals, index, options).legend.map((e) => e.label)).toEqual(expected);
  });

  const edges: { name: string; input: Deal[]; bars: number; undisclosed: number; total: string }[] = [
    { name: 'no deals', input: [], bars: 0, undisclosed: 0, total: 'No deals match these filters.' },
    {
      name: 'all undisclosed',
      input: deals.filter((d) => d.value === null),
      bars: 0,
      undisclosed: 3,
      total: 'No value disclosed for 3 deals.',
    },
  ];
  it.each(edges)('edge case: $name', ({ input, bars, undisclosed, total }) => {
    const m = dealModel(input, index, basis);
    expect(m.bars).toHaveLength(bars);
    expect(m.undisclosed).toHaveLength(undisclosed);
    expect(m.legend).toEqual([]);
    expect(totalWording(m.included)).toBe(total);
  });

  it('does not mutate its input', () => {
    const before = structuredClone(index.data);
    const input = [...deals];
    const m = dealModel(input, index, { colourBy: 'session', includeCumulative: true });
    visibleRows(m.bars, 1, false);
    chartGeometry(visibleRows(m.bars, 1, false), 375, fill);
    expect(index.data).toEqual(before);
    expect(input).toEqual(deals);
  });
});

describe('visibleRows: top N and Others', () => {
  const many = manyCompanies(200);
  const bars = dealModel(many.data.deals, many, basis).bars;
  const cases = [
    { name: '200 companies, top 12', bars, n: 12, expanded: false, rows: 13, others: 'Others (188 companies)' },
    { name: '200 companies, expanded', bars, n: 12, expanded: true, rows: 200, others: undefined },
    { name: 'one leftover is drawn, not folded', bars: bars.slice(0, 13), n: 12, expanded: false, rows: 13, others: undefined },
    { name: 'two leftovers are folded', bars: bars.slice(0, 14), n: 12, expanded: false, rows: 13, others: 'Others (2 companies)' },
    { name: 'no companies', bars: [], n: 12, expanded: false, rows: 0, others: undefined },
  ];
  it.each(cases)('$name', ({ bars: input, n, expanded, rows, others }) => {
    const out = visibleRows(input, n, expanded);
    expect(out).toHaveLength(rows);
    const last = out.at(-1);
    expect(last?.kind === 'others' ? last.name : undefined).toBe(others);
  });

  it('sums the folded companies, by segment, in bar order', () => {
    const rows = visibleRows(bars, 12, false);
    const others = rows.at(-1);
    const rest = bars.slice(12);
    expect(others?.id).toBe(OTHERS_ID);
    expect(others?.usd).toBe(rest.reduce((s, b) => s + b.usd, 0));
    expect(others?.segments.map((s) => s.key)).toEqual(['agreement', 'financing']);
    expect(others?.label).toMatch(/^about \$[\d.]+[MB] or more$/);
    // The companies' own segments are untouched by the merge.
    expect(bars[12]?.segments[0]?.qualifiers).toHaveLength(1);
  });

  it.each([
    [1280, 12],
    [640, 12],
    [375, 8],
  ])('at %d px shows %d companies', (width, n) => expect(topCount(width)).toBe(n));
});

describe('chartGeometry', () => {
  const m = dealModel(deals, index, { ...basis, includeCumulative: true });
  const many = manyCompanies(200);
  const manyBars = dealModel(many.data.deals, many, basis).bars;

  it.each([1280, 640, 375, 320])('at %d px: rows never overlap and every label stays inside', (width) => {
    const g = chartGeometry(visibleRows(manyBars, topCount(width), true), width, fill);
    g.rows.forEach((r, i) => {
      const next = g.rows[i + 1];
      if (next) expect(next.y - r.y).toBeGreaterThanOrEqual(g.rowHeight);
      const right = g.plotX + r.valueX + (r.valueInside ? 0 : textWidth(r.row.label, VALUE_FONT));
      expect(right).toBeLessThanOrEqual(width);
      expect(r.barWidth).toBeGreaterThanOrEqual(2);
    });
    expect(g.height).toBeGreaterThan(200 * g.rowHeight);
    expect(g.labelsAbove).toBe(width < 480);
  });

  it('draws bars in proportion, segments filling each bar', () => {
    const g = chartGeometry(m.bars, 1280, fill);
    const [w, c] = g.rows;
    expect(w && c && c.barWidth / w.barWidth).toBeCloseTo(730e6 / 4.35e9, 3);
    for (const r of g.rows) expect(r.segments.reduce((s, x) => s + x.width, 0)).toBeCloseTo(r.barWidth, 6);
    expect(g.ticks.map((t) => t.label)[0]).toBe('$0');
  });

  it('prints a value inside only when the last segment holds it, in a contrasting colour', () => {
    const g = chartGeometry(dealModel(deals, index, basis).bars, 1280, fill);
    // Wabtec ends with a thin investment-plan segment, Citigroup is one financing segment.
    expect(g.rows.map((r) => [r.row.id, r.valueInside, r.valueFill])).toEqual([
      ['wabtec', false, ''],
      ['citi', true, '#1a1a1a'],
      ['acme', false, ''],
    ]);
    const beside = g.rows[0];
    expect(beside && beside.valueX).toBeGreaterThan(beside?.barWidth ?? Infinity);
  });

  it('keeps a tiny value visible next to a single huge one', () => {
    const huge = [deal('big', 1e12, 'about'), deal('tiny', 1000, 'exact', { company: 'citi' })];
    const g = chartGeometry(dealModel(huge, index, basis).bars, 640, fill);
    expect(g.rows.map((r) => r.row.label)).toEqual(['about $1T', '$1K']);
    expect(g.rows[0]?.valueInside).toBe(true);
    expect(g.rows[1]?.barWidth).toBe(2);
  });

  it('truncates long names with an ellipsis on narrow screens', () => {
    const g = chartGeometry(m.bars, 320, fill);
    const acme = g.rows.find((r) => r.row.id === 'acme');
    expect(acme?.nameTruncated).toBe(true);
    expect(acme?.name.endsWith('…')).toBe(true);
    expect(textWidth(acme?.name ?? '', 13)).toBeLessThanOrEqual(316);
    expect(g.rows.find((r) => r.row.id === 'wabtec')?.nameTruncated).toBe(false);
  });

  it('has no ticks and a small height with no rows', () => {
    const g = chartGeometry([], 640, fill);
    expect(g.ticks).toEqual([]);
    expect(g.rows).toEqual([]);
    expect(g.height).toBeLessThan(40);
  });
});

describe('text helpers and colours', () => {
  it.each([
    ['Wabtec', 100, 'Wabtec'],
    ['Acme Mining and Metallurgical Holdings International', 120, 'Acme Mining…'],
    ['Acme Mining and Metallurgical Holdings International', 260, 'Acme Mining and Metallurgical…'],
    ['Rolls-Royce, Inc. of America', 110, 'Rolls-Royce…'],
    ['Supercalifragilisticexpialidocious', 80, 'Supercali…'],
    ['W', 1, 'W…'],
  ])('truncate(%j, %d) → %j', (text, width, expected) => expect(truncate(text, width, 13)).toBe(expected));

  it.each([
    ['#0072b2', '#ffffff'],
    ['#e69f00', '#1a1a1a'],
    ['#56b4e9', '#1a1a1a'],
    ['#440154', '#ffffff'],
  ])('text on %s is %s', (bg, fg) => expect(textOn(bg)).toBe(fg));

  it('gives each session a stable, distinct colour', () => {
    const f = segmentFill([80, 78]);
    expect(f('session:78')).not.toBe(f('session:80'));
    expect(segmentFill([78, 80])('session:78')).toBe(f('session:78'));
    expect(f('agreement')).toBe('#0072b2');
  });
});

describe('tooltip lines and description', () => {
  it('names the session, basis and publisher of each deal', () => {
    const wabtec = deals.filter((d) => d.company === 'wabtec');
    expect(dealLines(wabtec, index)).toEqual([
      expect.objectContaining({ value: 'about $4.2B', basis: 'signed agreement', session: '80th session, 2025', publisher: 'Akorda' }),
      expect.objectContaining({ value: '$150M', basis: 'investment plan', session: '78th session, 2023', publisher: 'Kazinform' }),
    ]);
  });

  it.each([
    [dealModel(deals, index, basis).bars, 3, /3 companies .* largest first: Wabtec, about \$4.35B; smallest: Acme .*, \$80M\.$/],
    [[], 2, /^No disclosed values; 2 deals listed as undisclosed\.$/],
  ])('describes %#', (bars, undisclosed, expected) => expect(describeChart(bars, undisclosed)).toMatch(expected));
});
