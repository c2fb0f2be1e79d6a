/**
 * The timeline's geometry: labels that never pile up, the legend's lines, the detailed form wide
 * and narrow, the compact form's bounded size, and the keyboard's moves.
 */
import { describe, expect, it } from 'vitest';
import { synthDataset } from '../../scripts/synth/generate';
import { textWidth } from '../../src/lib/basics/textMeasure';
import { halfClipRect, legendLayout, symbolPath, timelineGeometry } from '../../src/views/Timeline/geometry';
import { DETAILED } from '../../src/views/Timeline/detailedPieces';
import { ENGAGEMENT_TYPES } from '../../src/lib/basics/vocabulary';
import {
  LABEL,
  laneCount,
  placeLabels,
  wrapLines,
  type LabelInput,
  type PlacedLabel,
} from '../../src/views/Timeline/labelPlacement';
import { nextKey } from '../../src/views/Timeline/interaction';
import { timelineModel } from '../../src/views/Timeline/model';
import { bundledDataset, english, exportInput, fixture, indexOf } from '../helpers';

const i18n = english();
const bundled = indexOf(bundledDataset());
const small = indexOf(fixture('timeline-small.json'));
const geometryOf = (index: typeof bundled, width: number, filters = {}) =>
  timelineGeometry(timelineModel(exportInput(index, { i18n, filters })), width, i18n);

/** No two labels sharing a lane overlap; no leader line runs through a label that starts on a lane above its own. */
function problems(labels: readonly PlacedLabel[]): string[] {
  const out: string[] = [];
  const last = (l: PlacedLabel) => l.lane + l.lines.length - 1;
  for (const a of labels) {
    for (const b of labels) {
      if (a === b) continue;
      const shareLane = a.lane <= last(b) && b.lane <= last(a);
      if (shareLane && a.x < b.x + b.width && b.x < a.x + a.width) out.push(`${a.key} overlaps ${b.key}`);
      if (a.lane < b.lane && a.x <= b.anchorX && b.anchorX <= a.x + a.width)
        out.push(`${b.key}'s leader crosses ${a.key}`);
    }
  }
  return out;
}

const label = (key: string, text: string, anchorX: number, priority = 0): LabelInput => ({
  key,
  text,
  anchorX,
  priority,
});

describe('placeLabels', () => {
  it.each([
    { name: 'one label, room to the right', items: [label('a', 'Speech', 20)], width: 300, placed: 1, lanes: 1 },
    {
      name: 'two far apart share a lane',
      items: [label('a', 'Speech', 20), label('b', 'Summit', 200)],
      width: 300,
      placed: 2,
      lanes: 1,
    },
    {
      name: 'two close at the right edge stack without crossing',
      items: [label('a', 'Speech: general debate', 250, 0), label('b', 'Summit: c5+1', 232, 1)],
      width: 260,
      placed: 2,
      lanes: 2,
    },
    {
      name: 'crowded: a lane each, one more wrapped on its own side of them, the rest dropped, never piled',
      items: Array.from({ length: 12 }, (_, k) => label(`l${k}`, 'Signing: United Nations', 100 + k * 4, k)),
      width: 300,
      placed: LABEL.maxLanes + 1,
      lanes: LABEL.maxLanes,
    },
    { name: 'nothing to place', items: [], width: 300, placed: 0, lanes: 0 },
  ])('$name', ({ items, width, placed, lanes }) => {
    const before = JSON.stringify(items);
    const out = placeLabels(items, 0, width);
    expect(out).toHaveLength(placed);
    expect(laneCount(out)).toBe(lanes);
    expect(problems(out)).toEqual([]);
    for (const l of out) {
      expect(l.x).toBeGreaterThanOrEqual(0);
      expect(l.x + l.width).toBeLessThanOrEqual(width + 0.01);
    }
    expect(JSON.stringify(items)).toBe(before);
  });

  it('places the most important label even when it would cover the others', () => {
    const items = Array.from({ length: 8 }, (_, k) => label(`l${k}`, 'Summit: something long', 150, 7 - k));
    expect(placeLabels(items, 0, 300).map((l) => l.key)).toEqual(['l7']);
  });

  it.each([
    { name: 'fits: one line', text: 'Summit: C5+1', room: 240, lines: ['Summit: C5+1'] },
    {
      name: 'wider than the room: wrapped, every word kept',
      text: 'Подписание: Организация Объединённых Наций',
      room: 240,
      lines: ['Подписание: Организация', 'Объединённых Наций'],
    },
    {
      name: 'past four lines: the last one shortened with "…"',
      text: 'Signing: the United Nations Regional Centre for Sustainable Development in Central Asia and Afghanistan',
      room: 120,
      lines: ['Signing: the United', 'Nations Regional', 'Centre for', 'Sustainable Devel…'],
    },
  ])('$name', ({ text, room, lines }) => {
    const [only] = placeLabels([label('a', text, 50)], 0, room);
    expect(only!.lines).toEqual(lines);
    expect(only!.width).toBeLessThanOrEqual(room);
    for (const line of only!.lines) expect(textWidth(line, LABEL.size, LABEL.weight)).toBeLessThanOrEqual(room);
    expect(laneCount([only!])).toBe(lines.length);
  });

  it('keeps a wrapped label clear of its neighbours: its lanes are its own where they overlap, no leader through it', () => {
    const items = [
      label('long', 'Подписание: Организация Объединённых Наций', 200, 0),
      label('short', 'Summit: C5+1', 210, 1),
      label('far', 'Speech', 20, 2),
    ];
    const out = placeLabels(items, 0, 240);
    expect(out.map((l) => l.key).sort()).toEqual(['far', 'long', 'short']);
    expect(problems(out)).toEqual([]);
    expect(out.find((l) => l.key === 'long')!.lines).toHaveLength(2);
  });

  it('wraps a label narrower, on its side of its leader line, when that keeps a neighbour’s leader clear', () => {
    // Two marks 18 px apart near the right edge of a phone: on one line each, either label would
    // cover the other's leader line, and one would be dropped.
    const items = [
      label('deal', 'Wabtec: шамамен 4,2 млрд $', 241, 2),
      label('signing', 'Қол қою: Біріккен Ұлттар Ұйымы', 259, 2),
    ];
    const out = placeLabels(items, 84, 315);
    expect(out.map((l) => l.key).sort()).toEqual(['deal', 'signing']);
    expect(problems(out)).toEqual([]);
    const deal = out.find((l) => l.key === 'deal')!;
    expect(deal.lines.join(' ')).toBe('Wabtec: шамамен 4,2 млрд $');
    expect(deal.x + deal.width).toBeLessThanOrEqual(241 + 4 + 0.01);
  });

  it('wraps onto no more lanes than there are, and drops a label that finds none left rather than piling it', () => {
    const long = 'Signing: the United Nations Regional Centre for Sustainable Development';
    const out = placeLabels([label('a', long, 50, 0), label('b', long, 52, 1)], 0, 120, 2);
    expect(out.map((l) => [l.key, l.lines])).toEqual([['a', ['Signing: the United', 'Nations Regional…']]]);
  });
});

/** Width and height of a symbol's path: its points (a circle's arcs by their radius). */
function extentOf(d: string): { width: number; height: number } {
  const arc = /^M([\d.]+),0A/.exec(d);
  if (arc) return { width: 2 * Number(arc[1]), height: 2 * Number(arc[1]) };
  const points = [...d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
  // The square is drawn with relative h/v moves from its corner.
  const square = /^M(-?[\d.]+),(-?[\d.]+)h([\d.]+)v([\d.]+)/.exec(d);
  if (square) return { width: Number(square[3]), height: Number(square[4]) };
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return { width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) };
}

describe('symbols', () => {
  it.each(
    ENGAGEMENT_TYPES.map((type) => ({ type, extent: type === 'summit' ? 1.2 * DETAILED.markSize : DETAILED.markSize })),
  )('$type spans $extent px at its widest, inside the half-fill clip', ({ type, extent }) => {
    const size = DETAILED.markSize;
    expect(size).toBeGreaterThanOrEqual(12);
    const { width, height } = extentOf(symbolPath(type, size));
    expect(Math.max(width, height)).toBeCloseTo(extent, 1);
    const clip = halfClipRect(size);
    expect(clip.height).toBeGreaterThanOrEqual(height);
    expect(clip.width).toBeGreaterThanOrEqual(width / 2);
  });

  it('gives every type its own shape', () => {
    const paths = ENGAGEMENT_TYPES.map((type) => symbolPath(type, 100).replace(/[\d.-]+/g, '#'));
    expect(new Set(paths).size).toBe(ENGAGEMENT_TYPES.length);
  });
});

describe('wrapLines', () => {
  it.each([
    { text: 'date not reported', width: 200, max: 3, expected: ['date not reported'] },
    {
      text: 'September 2023, day not reported',
      width: 70,
      max: 3,
      expected: ['September', '2023, day not', 'reported'],
    },
    { text: 'September 2023, day not reported', width: 70, max: 2, expected: ['September', '2023, day n…'] },
  ])('$text in $width px, $max lines', ({ text, width, max, expected }) => {
    const lines = wrapLines(text, width, 11, max);
    expect(lines).toEqual(expected);
    for (const l of lines) expect(textWidth(l, 11)).toBeLessThanOrEqual(width);
  });
});

describe('legendLayout', () => {
  const entries = [
    { swatch: null, text: 'Type' },
    { swatch: { kind: 'bar' as const, type: 'bilateral' as const }, text: 'meeting' },
    { swatch: { kind: 'bar' as const, type: 'summit' as const }, text: 'summit' },
    { swatch: { kind: 'plannedBar' as const }, text: 'planned: announced, not yet held' },
  ];
  it.each([
    { width: 960, lines: 1 },
    { width: 200, lines: 2 },
    { width: 120, lines: 3 },
  ])('flows into $lines line(s) at $width px, inside the width', ({ width, lines }) => {
    const { items, height } = legendLayout(entries, width);
    expect(height).toBe(lines * 20);
    for (const item of items) expect(item.textX + textWidth(item.label, 12)).toBeLessThanOrEqual(Math.max(width, 230));
    // A heading stays with its first entry.
    expect(items[0]!.y).toBe(items[1]!.y);
  });
});

describe('detailed form', () => {
  it.each([
    { width: 960, orientation: 'horizontal' },
    { width: 1440, orientation: 'horizontal' },
    { width: 375, orientation: 'vertical' },
  ])(
    'at $width px: $orientation, every mark and label inside the width, no label on another',
    ({ width, orientation }) => {
      const g = geometryOf(bundled, width);
      if (g.form !== 'detailed') throw new Error('expected the detailed form');
      expect(g.orientation).toBe(orientation);
      expect(g.marks).toHaveLength(24);
      for (const m of g.marks) {
        expect(m.x).toBeGreaterThan(0);
        expect(m.x).toBeLessThan(width);
        expect(m.y).toBeLessThan(g.height);
      }
      for (const l of g.labels)
        for (const t of l.texts) expect(t.x + textWidth(t.text, 12, 700)).toBeLessThanOrEqual(width + 0.01);
      // The speech, the summit and both signings keep a label at this size, whole and cased.
      expect(g.labels.map((l) => l.texts.map((t) => t.text).join(' ')).sort()).toEqual([
        'Signing: United Nations',
        'Speech: General debate',
        'Summit: C5+1',
        'Wabtec: about $4.2B',
      ]);
      const cells = g.cells.map((c) => c.row.kind);
      expect(cells).toEqual(['session', 'gap', 'session']);
    },
  );

  it('lines the day groups of every session up on one grid (wide)', () => {
    const g = geometryOf(small, 960);
    if (g.form !== 'detailed') throw new Error('expected the detailed form');
    expect(new Set(g.groups.map((x) => x.box.y)).size).toBe(1);
    expect(g.cells.filter((c) => c.button).map((c) => c.row.key)).toEqual(['s75', 's78', 's80']);
  });

  it('keeps dimmed sessions in place, their marks dimmed', () => {
    const all = geometryOf(bundled, 960);
    const one = geometryOf(bundled, 960, { years: [2025] });
    if (all.form !== 'detailed' || one.form !== 'detailed') throw new Error('expected the detailed form');
    expect(one.marks.map((m) => [m.x, m.y])).toEqual(all.marks.map((m) => [m.x, m.y]));
    expect(one.marks.filter((m) => m.mark.dimmed)).toHaveLength(14);
  });
});

describe('compact form', () => {
  const synth = indexOf(synthDataset({ engagements: 2000, seed: 1 }));
  it.each([
    { width: 960, orientation: 'horizontal' },
    { width: 375, orientation: 'vertical' },
  ])(
    'at $width px: one $orientation group per session, segments adding up to its engagements',
    ({ width, orientation }) => {
      const model = timelineModel(exportInput(synth, { i18n }));
      const g = timelineGeometry(model, width, i18n);
      if (g.form !== 'compact') throw new Error('expected the compact form');
      expect(g.orientation).toBe(orientation);
      const sessions = model.rows.filter((r) => r.kind === 'session');
      expect(g.columns).toHaveLength(sessions.length);
      expect(g.gaps).toHaveLength(model.rows.length - sessions.length);
      for (const c of g.columns) {
        expect(c.hit.x).toBeGreaterThanOrEqual(0);
        expect(c.hit.x + c.hit.width).toBeLessThanOrEqual(width + 0.01);
        expect(c.segments.length).toBeLessThanOrEqual(7);
      }
      // The tallest session's stack fills the scale: its segments add up to the plot's extent.
      const tallest = g.columns.reduce((a, b) => (b.row.heldTotal > a.row.heldTotal ? b : a));
      const extent = tallest.segments.reduce((n, s) => n + (orientation === 'horizontal' ? s.height : s.width), 0);
      expect(extent).toBeGreaterThan(orientation === 'horizontal' ? 150 : 200);
    },
  );
});

describe('nextKey', () => {
  const keys = ['s78', 's80', 's81'];
  it.each([
    { from: 's78', key: 'ArrowRight', expected: 's80' },
    { from: 's78', key: 'ArrowDown', expected: 's80' },
    { from: 's80', key: 'ArrowLeft', expected: 's78' },
    { from: 's78', key: 'ArrowLeft', expected: 's78' },
    { from: 's81', key: 'ArrowRight', expected: 's81' },
    { from: 's80', key: 'Home', expected: 's78' },
    { from: 's78', key: 'End', expected: 's81' },
    { from: 's78', key: 'Enter', expected: null },
    { from: 'nope', key: 'ArrowRight', expected: null },
  ])('$key from $from → $expected', ({ from, key, expected }) => {
    expect(nextKey(keys, from, key)).toBe(expected);
  });
});
