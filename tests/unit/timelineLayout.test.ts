import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/lib/data/load';
import { filterDataset, indexDataset, NO_FILTERS, type DatasetIndex } from '../../src/lib/data/query';
import type { Dataset, Engagement, EngagementType } from '../../src/lib/data/schema';
import { counterpartKind, legendOf } from '../../src/views/Timeline/encoding';
import { fitText, placeLabels, textWidth, truncate, type LabelSpec, type PlacedLabel } from '../../src/views/Timeline/labels';
import { FRAME, GEOMETRY, timelineLayout, type SessionLayout, type TimelineLayout } from '../../src/views/Timeline/layout';
import { fitColumns, packMarks, type ColumnSpec } from '../../src/views/Timeline/marks';
import { dayGroupOf, dayGroups, sessionSlots } from '../../src/views/Timeline/sessions';
import { annotationsOf, describeTimeline, sessionPart, sessionSummary } from '../../src/views/Timeline/wording';

const here = path.dirname(fileURLToPath(import.meta.url));

function load(data: unknown): DatasetIndex {
  const result = parseDataset(data);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return indexDataset(result.data);
}
const fixture = () => load(JSON.parse(readFileSync(path.join(here, '../fixtures/timeline-small.json'), 'utf8')));

const cite = [{ source: 's', quote: 'q' }];
function engagement(id: string, session: number, type: EngagementType, date?: string, actors: string[] = []): Engagement {
  return { id, session, type, date, participants: actors.map((actor) => ({ actor })), topics: [], summary: `${type} ${id}`, citations: cite };
}

/** Sessions 70 to 80 listed; only 70, 75 and 80 attended; 200 engagements on one day of the 75th. */
function bigDataset(): Dataset {
  const types: EngagementType[] = ['bilateral', 'bilateral', 'bilateral', 'call', 'signing', 'roundtable'];
  const busyDay = Array.from({ length: 200 }, (_, i) => engagement(`busy-${i}`, 75, types[i % types.length]!, '2020-09-22', [i % 3 ? 'ceo' : 'pm']));
  return {
    schemaVersion: 1,
    title: 'Big',
    delegation: { country: 'KAZ', leader: 'Leader', aliases: [] },
    sources: [{ id: 's', publisher: 'Agency', title: 'T' }],
    sessions: Array.from({ length: 11 }, (_, i) => ({ number: 70 + i, year: 2015 + i })),
    actors: [
      { id: 'france', name: 'France', type: 'state', country: 'FRA' },
      { id: 'pm', name: 'A Prime Minister', type: 'person', country: 'FRA', affiliation: 'france' },
      { id: 'acme', name: 'Acme', type: 'company', country: 'USA' },
      { id: 'ceo', name: 'A Chief', type: 'person', affiliation: 'acme' },
    ],
    engagements: [
      engagement('e70', 70, 'speech'),
      ...busyDay,
      { ...engagement('speech75', 75, 'speech'), topics: ['general debate'] },
      engagement('summit75', 75, 'summit', '2020-09-22', ['pm']),
      engagement('e80', 80, 'bilateral', '2025-09-23', ['pm']),
    ],
    deals: [
      { id: 'd1', session: 75, company: 'acme', engagement: 'busy-4', value: { usd: 4.2e9, qualifier: 'about' }, basis: 'agreement', sector: 'rail', summary: 'x', citations: cite },
      { id: 'd2', session: 75, company: 'acme', value: { usd: 1e8, qualifier: 'exact' }, basis: 'agreement', sector: 'rail', summary: 'x', citations: cite },
    ],
  };
}

const sessionsOf = (l: TimelineLayout) => l.slots.filter((s): s is SessionLayout => s.kind === 'session');

/** Every mark (and its count label) inside the box of its day group, every box inside the drawing. */
function expectMarksInside(band: SessionLayout) {
  const half = GEOMETRY.cell / 2;
  for (const g of band.groups) {
    expect(g.x).toBeGreaterThanOrEqual(0);
    expect(g.x + g.width).toBeLessThanOrEqual(band.innerWidth + 0.001);
    expect(g.y + g.height).toBeLessThanOrEqual(band.height);
  }
  for (const m of band.marks) {
    const g = band.groups.find((x) => x.group.key === m.group)!;
    const right = m.x + half + (m.count ? textWidth(m.count, GEOMETRY.labelFont, true) + 3 : 0);
    expect(m.x - half, `${m.id} left`).toBeGreaterThanOrEqual(g.x - 0.001);
    expect(right, `${m.id} right`).toBeLessThanOrEqual(g.x + g.width + 0.001);
    expect(m.y - half, `${m.id} top`).toBeGreaterThanOrEqual(g.y - 0.001);
    expect(m.y + half, `${m.id} bottom`).toBeLessThanOrEqual(g.y + g.height + 0.001);
  }
}

type Box = Pick<PlacedLabel, 'id' | 'x' | 'width' | 'anchorX' | 'crossing'> & { top: number; anchorY?: number };
const LANE = FRAME.laneHeight;
const boxes = (labels: readonly PlacedLabel[]): Box[] => labels.map((l) => ({ ...l, top: l.lane * LANE, anchorY: -LANE }));

/**
 * No two labels overlap, all stay inside the band, and no leader line (from the mark above down
 * to its label) runs through another label, unless placeLabels flags it as unavoidable.
 */
function expectNoOverlap(labels: readonly Box[], width: number) {
  for (const [i, a] of labels.entries()) {
    expect(a.x).toBeGreaterThanOrEqual(0);
    expect(a.x + a.width).toBeLessThanOrEqual(width + 0.001);
    for (const b of labels.slice(i + 1)) {
      const apart = Math.abs(a.top - b.top) >= LANE || a.x + a.width <= b.x || b.x + b.width <= a.x;
      expect(apart, `${JSON.stringify(a)} overlaps ${JSON.stringify(b)}`).toBe(true);
    }
    for (const b of labels) {
      if (b === a || b.anchorX === undefined || b.anchorY === undefined || b.crossing) continue;
      const between = b.anchorY < a.top && a.top < b.top;
      const crosses = between && a.x <= b.anchorX && b.anchorX <= a.x + a.width;
      expect(crosses, `leader line of ${b.id} crosses ${a.id}`).toBe(false);
    }
  }
}

describe('sessionSlots: the session range with its gaps', () => {
  const cases: { name: string; listed: number[]; recorded: number[]; expected: string[] }[] = [
    { name: 'one missing session between two', listed: [78, 80], recorded: [78, 80], expected: ['78th · 2023', 'gap 79th · 2024', '80th · 2025'] },
    { name: 'runs of gaps fold into one cell', listed: [70, 80], recorded: [70, 73, 80], expected: ['70th · 2015', 'gap 71st–72nd · 2016–2017', '73rd · 2018', 'gap 74th–79th · 2019–2024', '80th · 2025'] },
    { name: 'a single session', listed: [78], recorded: [78], expected: ['78th · 2023'] },
    { name: 'listed sessions without a record are gaps too', listed: [77, 78, 81], recorded: [78], expected: ['gap 77th · 2022', '78th · 2023', 'gap 79th–81st · 2024–2026'] },
    { name: 'sessions listed out of order', listed: [80, 78], recorded: [80, 78], expected: ['78th · 2023', 'gap 79th · 2024', '80th · 2025'] },
  ];
  it.each(cases)('$name', ({ listed, recorded, expected }) => {
    const data: Dataset = {
      ...bigDataset(),
      sessions: listed.map((n) => ({ number: n, year: 1945 + n })),
      engagements: recorded.map((n) => engagement(`e${n}`, n, 'bilateral')),
      deals: [],
    };
    const slots = sessionSlots(indexDataset(data));
    expect(slots.map((s) => (s.kind === 'gap' ? `gap ${s.label}` : s.label))).toEqual(expected);
  });

  it('counts a session with deals but no engagement as recorded', () => {
    const data = { ...bigDataset(), sessions: [{ number: 78, year: 2023 }, { number: 80, year: 2025 }], engagements: [engagement('a', 78, 'call')] };
    data.deals = [{ ...bigDataset().deals[0]!, session: 80, engagement: undefined }];
    expect(sessionSlots(indexDataset(data)).map((s) => s.kind)).toEqual(['session', 'gap', 'session']);
  });
});

describe('day groups', () => {
  const cases: { date: string | undefined; key: string; kind: string; lines: string[]; long: string }[] = [
    { date: '2023-09-17', key: '2023-09-17', kind: 'day', lines: ['17 Sep'], long: '17 September 2023' },
    { date: '2023-09', key: '2023-09', kind: 'month', lines: ['Sep', '(no day)'], long: 'September 2023 (day not reported)' },
    { date: undefined, key: 'undated', kind: 'undated', lines: ['date not', 'reported'], long: 'date not reported' },
    { date: '2024-01-05', key: '2024-01-05', kind: 'day', lines: ['5 Jan', '2024'], long: '5 January 2024' },
  ];
  it.each(cases)('$date → $key', ({ date, key, kind, lines, long }) => {
    expect(dayGroupOf(date, 2023)).toEqual({ key, kind, lines, long });
  });

  it('orders days, then month-only groups after their month, then the undated', () => {
    const list = ['2023-09', undefined, '2023-10-01', '2023-09-18', '2023-09-17', '2023-09-18'].map((d, i) => engagement(`e${i}`, 78, 'call', d));
    expect(dayGroups(list, 2023).map((g) => g.key)).toEqual(['2023-09-17', '2023-09-18', '2023-09', '2023-10-01', 'undated']);
  });
});

describe('counterpartKind', () => {
  const index = fixture();
  const cases: { actors: string[]; expected: string }[] = [
    { actors: [], expected: 'none' },
    { actors: ['santana'], expected: 'company' },
    { actors: ['wabtec'], expected: 'company' },
    { actors: ['raisi'], expected: 'state' },
    { actors: ['guterres'], expected: 'organization' },
    { actors: ['santana', 'fraser'], expected: 'company' },
    { actors: ['wabtec', 'lutnick'], expected: 'mixed' },
    { actors: ['no-such-actor'], expected: 'none' },
  ];
  it.each(cases)('$actors → $expected', ({ actors, expected }) => {
    expect(counterpartKind(engagement('x', 78, 'bilateral', undefined, actors), index)).toBe(expected);
  });

  it('does not count the delegation’s own state as a counterpart', () => {
    const data = bigDataset();
    data.actors.push({ id: 'kaz', name: 'Kazakhstan', type: 'state', country: 'KAZ' }, { id: 'min', name: 'Minister', type: 'person', affiliation: 'kaz' });
    const index = indexDataset(data);
    expect(counterpartKind(engagement('x', 70, 'signing', undefined, ['min']), index)).toBe('none');
    expect(counterpartKind(engagement('x', 70, 'signing', undefined, ['min', 'ceo']), index)).toBe('company');
  });
});

describe('placeLabels: annotation labels never overlap', () => {
  const long = 'Acme Mining and Metallurgical Holdings International: about $4.2B';
  const cases: { name: string; specs: LabelSpec[]; width: number; lanes: number; crossings?: number }[] = [
    { name: 'far apart labels share a lane', specs: [{ id: 'a', text: 'Speech', anchorX: 10 }, { id: 'b', text: 'Summit', anchorX: 200 }], width: 300, lanes: 1 },
    { name: 'labels on one anchor stack', specs: ['A: $1B', 'B: $2B', 'C: $3B'].map((text, i) => ({ id: `${i}`, text, anchorX: 50 })), width: 300, lanes: 3 },
    { name: 'a label near the right edge runs leftwards', specs: [{ id: 'a', text: 'General debate speech', anchorX: 295 }], width: 300, lanes: 1 },
    {
      name: 'close anchors near the right edge stack without a line through a label',
      specs: [
        { id: 'speech', text: 'General debate speech', anchorX: 477 },
        { id: 'summit', text: 'C5+1 summit', anchorX: 459 },
        { id: 'deal', text: 'Wabtec: about $1B', anchorX: 50 },
      ],
      width: 520,
      lanes: 2,
    },
    {
      name: 'labels on both sides of the middle',
      specs: [20, 40, 380, 400].map((anchorX, i) => ({ id: `${i}`, text: `Label ${i}`, anchorX })),
      width: 420,
      lanes: 2,
    },
    { name: 'a label wider than the band is shortened', specs: [{ id: 'a', text: long, anchorX: 20 }], width: 120, lanes: 1 },
    { name: 'labels without anchor start at the left', specs: [{ id: 'a', text: 'Acme: $1B' }, { id: 'b', text: 'Beta: $2B' }], width: 300, lanes: 2 },
    {
      name: 'twenty labels on nearby anchors',
      specs: Array.from({ length: 20 }, (_, i) => ({ id: `${i}`, text: `Company ${i}: about $${i}.5B`, anchorX: i * 7 })),
      width: 260,
      lanes: 20,
      // The rightmost label must run leftwards over every other anchor while they run rightwards over its own.
      crossings: 1,
    },
    {
      name: 'a label never sits across the leader line of a label below it',
      specs: [
        { id: 'x', text: 'Second label here', anchorX: 300 },
        { id: 'p', text: 'Third label', anchorX: 250 },
        { id: 's', text: 'First one', anchorX: 200 },
      ],
      width: 600,
      lanes: 3,
    },
    { name: 'no labels', specs: [], width: 100, lanes: 0 },
  ];
  it.each(cases)('$name', ({ specs, width, lanes, crossings = 0 }) => {
    const frozen = structuredClone(specs);
    const placed = placeLabels(specs, width);
    expect(placed.map((p) => p.id)).toEqual(specs.map((s) => s.id));
    expectNoOverlap(boxes(placed), width);
    expect(new Set(placed.map((p) => p.lane)).size).toBe(lanes);
    for (const p of placed) expect(textWidth(p.text, 12, true)).toBeLessThanOrEqual(width);
    expect(placed.filter((p) => p.crossing).length).toBeLessThanOrEqual(crossings);
    expect(specs).toEqual(frozen);
  });

  it.each([
    { width: 600, expected: long },
    { width: 200, expected: /^Acme Mining…: about \$4\.2B$/ },
    { width: 100, expected: 'about $4.2B' },
    { width: 40, expected: /^abo…$/ },
  ])('shortens a deal label to $width px, sparing its value as long as it can', ({ width, expected }) => {
    const text = fitText(long, ': about $4.2B', width, 12, true);
    expect(text).toMatch(expected);
    expect(textWidth(text, 12, true)).toBeLessThanOrEqual(width);
  });

  it('shortens at a word boundary with an ellipsis', () => {
    expect(truncate(long, 120, 12)).toMatch(/^Acme Mining( and)?…$/);
    expect(textWidth(truncate(long, 120, 12, true), 12, true)).toBeLessThanOrEqual(120);
    expect(truncate('Short', 120, 12)).toBe('Short');
  });
});

describe('packMarks', () => {
  const index = fixture();
  const group = dayGroupOf('2023-09-18', 2023);
  const list = (n: number) => Array.from({ length: n }, (_, i) => engagement(`m${i}`, 78, i % 2 ? 'call' : 'bilateral', '2023-09-18'));
  const cases: { n: number; width: number; rows: number; aggregate: boolean }[] = [
    { n: 0, width: 100, rows: 0, aggregate: false },
    { n: 3, width: 100, rows: 1, aggregate: false },
    { n: 12, width: 90, rows: 3, aggregate: false },
    { n: 40, width: 90, rows: 8, aggregate: false },
    { n: 41, width: 90, rows: 2, aggregate: true },
    { n: 200, width: 60, rows: 2, aggregate: true },
  ];
  it.each(cases)('$n marks in $width px', ({ n, width, rows, aggregate }) => {
    const region = { left: 10, top: 30, width, align: 'center' as const };
    const packed = packMarks(list(n), region, group, 2023, index);
    expect(packed.rows).toBe(rows);
    expect(packed.marks.some((m) => m.count !== undefined)).toBe(aggregate);
    expect(packed.marks.reduce((s, m) => s + m.engagements.length, 0)).toBe(n);
    for (const m of packed.marks) {
      expect(m.x - GEOMETRY.cell / 2).toBeGreaterThanOrEqual(region.left);
      expect(m.x + GEOMETRY.cell / 2).toBeLessThanOrEqual(region.left + width);
      expect(m.y + GEOMETRY.cell / 2).toBeLessThanOrEqual(region.top + GEOMETRY.maxRows * GEOMETRY.cell);
    }
  });
});

describe('fitColumns', () => {
  const col = (natural: number) => ({ natural }) as ColumnSpec;
  const gap = GEOMETRY.colGap;
  const cases: { name: string; naturals: number[]; width: number; expected: number[] }[] = [
    { name: 'stretches in proportion', naturals: [50, 100], width: 300 + gap, expected: [100, 200] },
    { name: 'squeezes in proportion', naturals: [100, 100], width: 100 + gap, expected: [50, 50] },
    { name: 'one column takes the width', naturals: [60], width: 200, expected: [200] },
    { name: 'no columns', naturals: [], width: 200, expected: [] },
    { name: 'no room left after the gaps', naturals: [10, 10], width: gap / 2, expected: [0, 0] },
  ];
  it.each(cases)('$name', ({ naturals, width, expected }) => {
    const widths = fitColumns(naturals.map(col), width);
    expect(widths.map((w) => Math.round(w * 1000) / 1000)).toEqual(expected);
  });
});

describe('timelineLayout on the small fixture', () => {
  const index = fixture();
  const all = filterDataset(index, NO_FILTERS);

  const widths: { width: number; orientation: string }[] = [
    { width: 1280, orientation: 'horizontal' },
    { width: 900, orientation: 'horizontal' },
    { width: 375, orientation: 'vertical' },
    // 0 is what jsdom measures: the layout falls back to 640 px, too narrow for five cells side by side.
    { width: 0, orientation: 'vertical' },
  ];
  it.each(widths)('at $width px: $orientation, one mark per filtered engagement, all inside', ({ width, orientation }) => {
    const layout = timelineLayout({ index, filtered: all, years: [], width });
    expect(layout.orientation).toBe(orientation);
    expect(layout.slots.map((s) => s.slot.label)).toEqual(['75th · 2020', '76th–77th · 2021–2022', '78th · 2023', '79th · 2024', '80th · 2025']);
    for (const band of sessionsOf(layout)) {
      expect(band.marks.length).toBe(all.engagements.filter((e) => e.session === band.slot.number).length);
      expectMarksInside(band);
      expectNoOverlap(band.labels, band.innerWidth);
      expect(band.labels.filter((l) => l.crossing)).toEqual([]);
    }
    if (orientation === 'horizontal') {
      const used = layout.slots.reduce((s, x) => s + x.width, 0) + (layout.slots.length - 1) * FRAME.slotGap;
      expect(used).toBeCloseTo(layout.width, 3);
    }
  });

  it('places the 78th session’s days in order with month-only and undated groups last', () => {
    const band = sessionsOf(timelineLayout({ index, filtered: all, years: [], width: 1280 }))[1]!;
    expect(band.groups.map((g) => g.group.key)).toEqual(['2023-09-17', '2023-09-18', '2023-09', 'undated']);
    const xs = band.groups.map((g) => g.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    expect(band.marks.find((m) => m.id === 'e78-speech')?.group).toBe('undated');
    expect(band.labels.map((l) => l.text)).toEqual(['General debate speech', 'C5+1 summit', 'Wabtec: about $1B']);
  });

  it('dims sessions the year filter excludes: drawn without marks, still selectable', () => {
    const filtered = filterDataset(index, { ...NO_FILTERS, years: [2023] });
    const bands = sessionsOf(timelineLayout({ index, filtered, years: [2023], width: 1280 }));
    expect(bands.map((b) => [b.slot.number, b.excluded, b.selected, b.marks.length])).toEqual([
      [75, true, false, 0],
      [78, false, true, 7],
      [80, true, false, 0],
    ]);
    expect(bands[0]!.summary).toEqual(['Not in the year filter']);
  });

  it('summarises each session from its part of the filtered records', () => {
    expect(sessionSummary(sessionPart(all, 80), index)).toEqual([
      '3 engagements',
      '2 countries',
      'about $4.2B disclosed (1 of 2 deals)',
      'over $230M invested over past years',
    ]);
    expect(sessionSummary({ engagements: [], deals: [] }, index)).toEqual(['No engagements match the filters']);
  });

  it('annotates speeches, summits and disclosed deals, leaving cumulative investments out', () => {
    expect(annotationsOf(sessionPart(all, 80), index)).toEqual([
      { id: 'deal:wabtec', text: 'Wabtec: about $4.2B', keep: ': about $4.2B', engagementId: 'e80-signing' },
    ]);
  });

  it('describes the timeline in words computed from the data', () => {
    expect(describeTimeline(sessionSlots(index), all)).toBe(
      '3 sessions with recorded visits between the 75th (2020) and 80th (2025); 3 sessions without a recorded visit. Most engagements: 78th session (7).',
    );
    expect(describeTimeline(sessionSlots(index), { engagements: [], deals: [] })).toMatch(/No engagements match the current filters\.$/);
  });

  it('lists in the legend only the types and kinds the dataset holds', () => {
    const legend = legendOf(index);
    expect(legend.types.map((t) => t.type)).toEqual(['bilateral', 'summit', 'signing', 'speech', 'call', 'roundtable']);
    expect(legend.kinds.map((k) => k.kind)).toEqual(['state', 'organization', 'company', 'mixed', 'none']);
  });
});

describe('timelineLayout on sessions 70 to 80 with 200 engagements on one day', () => {
  const data = bigDataset();
  const index = load(data);
  const filtered = filterDataset(index, NO_FILTERS);

  it.each([375, 640, 1024, 1280, 1440])('at %i px every mark stays inside its band and labels do not overlap', (width) => {
    const before = structuredClone(data);
    const layout = timelineLayout({ index, filtered, years: [], width });
    expect(layout.slots.map((s) => s.slot.label)).toEqual(['70th · 2015', '71st–74th · 2016–2019', '75th · 2020', '76th–79th · 2021–2024', '80th · 2025']);
    const busy = sessionsOf(layout).find((b) => b.slot.number === 75)!;
    expect(busy.marks.reduce((s, m) => s + m.engagements.length, 0)).toBe(202);
    for (const band of sessionsOf(layout)) {
      expectMarksInside(band);
      expectNoOverlap(band.labels, band.innerWidth);
      expect(band.labels.filter((l) => l.crossing)).toEqual([]);
    }
    expect(busy.labels.map((l) => l.text)).toContain('Acme: about $4.3B');
    expect(data).toEqual(before);
  });

  it('turns the crowded day into count-labelled marks, one per type', () => {
    const busy = sessionsOf(timelineLayout({ index, filtered, years: [], width: 1280 })).find((b) => b.slot.number === 75)!;
    const day = busy.marks.filter((m) => m.group === '2020-09-22');
    expect(day.map((m) => [m.type, m.count])).toEqual([
      ['bilateral', '101'],
      ['call', '33'],
      ['roundtable', '33'],
      // Types holding an annotated engagement (the summit, the deal's signing) come last, nearest their labels.
      ['summit', '1'],
      ['signing', '33'],
    ]);
    expect(day[0]?.name).toBe('101 bilateral meetings, 22 September 2020');
  });

  it('says how many sessions had no recorded visit', () => {
    expect(timelineLayout({ index, filtered, years: [], width: 1280 }).description).toBe(
      '3 sessions with recorded visits between the 70th (2015) and 80th (2025); 8 sessions without a recorded visit. Most engagements: 75th session (202).',
    );
  });
});
