// @vitest-environment node
// Where the deal chart's marks go, measured with the bundled font's widths. Pure, no DOM.
import { describe, expect, it } from 'vitest';
import { filterDataset, type DatasetIndex } from '../../src/lib/data/query';
import { DEFAULT_OPTIONS, type ViewOptions } from '../../src/lib/state/options';
import { textWidth } from '../../src/lib/basics/textMeasure';
import { BAR, breakPath, dealLayout, NARROW, SIZE, SWATCH, type DealLayout } from '../../src/views/DealChart/geometry';
import { dealModel, type DealModel } from '../../src/views/DealChart/model';
import { bundledDataset, english, filters, fixture, indexOf } from '../helpers';

const i18n = english();
const model = (
  index: DatasetIndex,
  options: Partial<ViewOptions> = {},
  f: Parameters<typeof filters>[0] = {},
): DealModel =>
  dealModel({
    index,
    filtered: filterDataset(index, filters(f)),
    filters: filters(f),
    options: { ...DEFAULT_OPTIONS, ...options },
    i18n,
  });

const small = indexOf(fixture('deals-small.json'));
const bundled = indexOf(bundledDataset());
/** deals-small and a tail of `n` small companies. */
function withTail(n: number, usd: (i: number) => number): DatasetIndex {
  const data = fixture('deals-small.json');
  for (let i = 0; i < n; i++) {
    data.actors.push({ id: `co${i}`, name: `Company ${i}`, type: 'company' });
    data.deals.push({
      id: `dd${i}`,
      session: 80,
      company: `co${i}`,
      value: { usd: usd(i), qualifier: 'exact' },
      basis: 'project',
      sector: 'x',
      summary: 's',
      citations: [{ source: 'src-akorda', quote: 'q' }],
    });
  }
  return indexOf(data);
}
/** Together the small companies outweigh the largest one. */
const tail = withTail(120, (i) => 90e6 - i * 1e5);

/** deals-small with Wabtec's two deals made a 2025 program and a 2023 project: one kind of money, two parts of one bar. */
function twoParts(first: number, second: number): DatasetIndex {
  const data = fixture('deals-small.json');
  Object.assign(
    data.deals.find((d) => d.id === 'wabtec-2025')!,
    { basis: 'program', value: { usd: first, qualifier: 'about' } },
  );
  Object.assign(
    data.deals.find((d) => d.id === 'wabtec-2023')!,
    { basis: 'project', value: { usd: second, qualifier: 'about' } },
  );
  return indexOf(data);
}

/** A row by its bar's key: kind of money and company ("plans:wabtec"). */
const mark = (layout: DealLayout, key: string) => {
  const m = layout.rows.find((r) => r.row.key === key);
  if (!m) throw new Error(`no row "${key}" among ${layout.rows.map((r) => r.row.key).join(', ')}`);
  return m;
};

describe('everything stays inside the width', () => {
  const cases = [
    ...[320, 375, 640, 960, 1440].flatMap((width) => [
      { name: `deals-small at ${width}`, index: small, options: { cumulative: true }, width },
      { name: `bundled at ${width}`, index: bundled, options: {}, width },
      { name: `long tail by session at ${width}`, index: tail, options: { colourBy: 'session' as const }, width },
    ]),
  ];
  it.each(cases)('$name', ({ index, options, width }) => {
    const layout = dealLayout(model(index, options), width, {
      heading: 'A sentence long enough to wrap on a phone screen, as the total sentence does.',
    });
    const inside = (left: number, right: number) => {
      expect(left).toBeGreaterThanOrEqual(-0.05);
      expect(right).toBeLessThanOrEqual(width + 0.05);
    };
    for (const line of layout.heading) inside(0, textWidth(line.text, SIZE.heading));
    for (const l of layout.legend) inside(l.x, l.x + SWATCH + 5 + textWidth(l.label, SIZE.legend));
    for (const t of layout.ticks) {
      const w = textWidth(t.label, SIZE.tick);
      if (t.anchor === 'start') inside(t.x, t.x + w);
      else inside(t.x - w / 2, t.x + w / 2);
    }
    let bottom = 0;
    for (const m of layout.rows) {
      expect(m.y).toBeGreaterThanOrEqual(bottom);
      bottom = m.y + m.height;
      const w = textWidth(m.name, SIZE.name);
      if (m.nameAnchor === 'end') inside(m.nameX - w, m.nameX);
      else inside(m.nameX, m.nameX + w);
      expect(m.nameAnchor === 'end' ? m.nameX : 0).toBeLessThan(layout.plotX + 0.05);
      inside(layout.plotX, layout.plotX + m.barWidth);
      inside(m.beside.x, m.beside.x + textWidth(m.beside.text, SIZE.value));
      for (const line of m.below?.lines ?? []) inside(m.below!.x, m.below!.x + textWidth(line, SIZE.detail));
      for (const s of m.segments) if (s.label) expect(textWidth(s.label, SIZE.segment)).toBeLessThan(s.width);
    }
    expect(layout.height).toBeGreaterThanOrEqual(bottom);
  });
});

describe('dealLayout', () => {
  const narrow: { width: number; above: boolean }[] = [
    { width: 375, above: true },
    { width: NARROW - 1, above: true },
    { width: NARROW, above: false },
    { width: 1440, above: false },
  ];
  it.each(narrow)('puts names above the bars below $width px: $above', ({ width, above }) => {
    const layout = dealLayout(model(small), width);
    expect(layout.labelsAbove).toBe(above);
    const wabtec = mark(layout, 'agreements:wabtec');
    expect(wabtec.nameAnchor).toBe(above ? 'start' : 'end');
    expect(layout.plotX === 0).toBe(above);
    if (above) expect(wabtec.nameY).toBeLessThan(wabtec.barY);
  });

  it('labels a segment inside when its value fits, and says the others in the annotation', () => {
    const index = twoParts(4.2e9, 1e9);
    const wide = mark(dealLayout(model(index), 960), 'programs:wabtec');
    expect(wide.segments.map((s) => s.label)).toEqual(['about $4.2B', 'about $1B']);
    // The total is known no better than its coarsest part ("about $1B": to the billion).
    expect(wide.row.value).toBe('about $5B');
    expect(wide.below?.lines.join(' ')).toBe('2 deals: a 2025 program and a 2023 project');
    const phone = mark(dealLayout(model(index), 375), 'programs:wabtec');
    expect(phone.segments.map((s) => s.label)).toEqual(['about $4.2B', null]);
    expect(phone.beside.text).toBe('about $5B');
    expect(phone.below?.lines.join(' ')).toBe('2 deals: a 2025 program and a 2023 project (about $1B)');
    // The accessible name begins with what the bar shows, then has every value.
    expect(phone.label).toBe(
      'Wabtec about $5B 2 deals: a 2025 program and a 2023 project (about $1B) (Wabtec: about $5B · 2 deals: a 2025 program (about $4.2B) and a 2023 project (about $1B))',
    );
  });

  it('draws a company with a plan and an agreement as two bars, under two headings, each with its own total', () => {
    for (const width of [375, 960]) {
      const layout = dealLayout(model(bundled), width);
      expect(layout.groups.map((g) => g.text)).toEqual([
        'Signed agreements: about $4.2B (1 deal)',
        'Announced plans: about $1B (1 deal)',
      ]);
      const agreement = mark(layout, 'agreements:wabtec');
      const plan = mark(layout, 'plans:wabtec');
      expect([agreement.beside.text.split(' · ')[0], plan.beside.text.split(' · ')[0]]).toEqual([
        'about $4.2B',
        'about $1B',
      ]);
      // Each heading sits above its bars, and the second group below the first one's bars.
      expect(layout.groups[0]!.y).toBeLessThan(agreement.y);
      expect(agreement.y + agreement.height).toBeLessThan(layout.groups[1]!.y);
      expect(layout.groups[1]!.y).toBeLessThan(plan.y);
      // One scale for every group: dollars per pixel are the same.
      expect(plan.barWidth / agreement.barWidth).toBeCloseTo(1 / 4.2, 2);
    }
  });

  it('begins every accessible name with the text its bar shows (WCAG 2.5.3), at every width', () => {
    for (const width of [320, 375, 640, 960, 1440]) {
      for (const [index, options] of [
        [bundled, { cumulative: true }],
        [small, { colourBy: 'session' as const }],
        [tail, {}],
        [twoParts(4.2e9, 1e9), {}],
      ] as const) {
        for (const m of dealLayout(model(index, options), width).rows) {
          const shown = [m.name, m.beside.text, ...(m.below?.lines ?? [])].join(' ');
          expect(m.label.startsWith(shown), `${width}: "${m.label}" does not begin with "${shown}"`).toBe(true);
          // Anything more is the full wording, in brackets.
          if (m.label !== shown) expect(m.label.slice(shown.length)).toMatch(/^ \(.+\)$/);
        }
      }
    }
  });

  it('prints a lone segment’s value once, beside the bar, with the whole annotation when it fits', () => {
    const acme = mark(dealLayout(model(small), 960), 'programs:acme');
    expect(acme.segments.map((s) => s.label)).toEqual([null]);
    expect(acme.beside.text).toBe('$80M · a 2025 project; 1 more undisclosed');
    expect(acme.below).toBeNull();
  });

  it('lets the company bars set the scale: a longer Others bar is cut, not stretched', () => {
    const folded = dealLayout(model(tail), 960);
    const all = dealLayout(model(tail, { showAll: true }), 960);
    const others = folded.rows.at(-1)!;
    expect(others.row.kind).toBe('others');
    expect(others.row.sum.usd).toBeGreaterThan(mark(folded, 'agreements:wabtec').row.sum.usd);
    expect(others.cutX).not.toBeNull();
    expect(others.barWidth).toBe(mark(folded, 'agreements:wabtec').barWidth);
    expect(others.beside.text).toBe(others.row.value);
    expect(others.below?.lines.join(' ') ?? others.beside.text).toMatch(/bar cut, not to scale/);
    // The largest company spans the scale; the others keep its dollars per pixel.
    const wabtec = mark(folded, 'agreements:wabtec');
    const citi = mark(folded, 'financing:citi');
    expect(citi.barWidth / wabtec.barWidth).toBeCloseTo(500 / 4200, 2);
    expect(all.rows.every((r) => r.cutX === null)).toBe(true);
  });

  it('draws an Others bar shorter than the largest company to scale, uncut', () => {
    const layout = dealLayout(model(withTail(30, () => 10e6)), 960);
    const others = layout.rows.at(-1)!;
    const wabtec = mark(layout, 'agreements:wabtec');
    expect(others.row.sum.usd).toBeLessThan(wabtec.row.sum.usd);
    expect(others.cutX).toBeNull();
    expect(others.barWidth / wabtec.barWidth).toBeCloseTo(others.row.sum.usd / wabtec.row.sum.usd, 2);
  });

  it('draws nothing but the heading when there are no bars', () => {
    const layout = dealLayout(model(small, {}, { companies: ['nobody'] }), 640, {
      heading: 'No deals match these filters.',
    });
    expect([layout.rows, layout.legend, layout.ticks]).toEqual([[], [], []]);
    expect(layout.heading.map((h) => h.text)).toEqual(['No deals match these filters.']);
    expect(layout.height).toBeGreaterThan(0);
    expect(dealLayout(model(small, {}, { companies: ['nobody'] }), 640).height).toBe(0);
  });

  it('stacks segments left to right, each as wide as its share of the bar', () => {
    const m = mark(dealLayout(model(twoParts(5e8, 2e8)), 960), 'programs:wabtec');
    const [a, b] = m.segments;
    expect(a!.x).toBe(0);
    expect(b!.x).toBeCloseTo(a!.width, 0);
    expect(a!.width / b!.width).toBeCloseTo(500 / 200, 1);
    expect(a!.width + b!.width).toBeCloseTo(m.barWidth, 0);
  });

  it('fills the bar with its segments exactly when the total is rounded to its coarsest part', () => {
    // about $4.2B + about $1B: a bar of "about $5B", parts of 4.2 and 1.
    const m = mark(dealLayout(model(twoParts(4.2e9, 1e9)), 960), 'programs:wabtec');
    const [a, b] = m.segments;
    expect(a!.width / b!.width).toBeCloseTo(4.2, 1);
    expect(a!.width + b!.width).toBeCloseTo(m.barWidth, 0);
  });

  it('does not change the model it lays out', () => {
    const m = model(small, { cumulative: true, colourBy: 'session' });
    const before = JSON.stringify(m);
    dealLayout(m, 375);
    dealLayout(m, 1440, { heading: 'x' });
    expect(JSON.stringify(m)).toBe(before);
  });

  it('cuts a bar with a zigzag gap of the bar’s height', () => {
    const d = breakPath(100, 50);
    expect(d).toMatch(/^M100,50L.*Z$/);
    const points = d
      .slice(1, -1)
      .split('L')
      .map((p) => p.split(',').map(Number));
    expect(Math.min(...points.map((p) => p[1]!))).toBe(50);
    expect(Math.max(...points.map((p) => p[1]!))).toBe(50 + BAR);
    expect(Math.max(...points.map((p) => p[0]!))).toBeLessThanOrEqual(115);
  });
});
