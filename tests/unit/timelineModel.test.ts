// @vitest-environment node
/**
 * The timeline's model: the form switch, sessions and folded gaps, counts with and without
 * planned events, dimmed sessions, words, and the one-pass count at 100,000 engagements.
 */
import { describe, expect, it } from 'vitest';
import { synthDataset } from '../../scripts/synth/generate';
import { renderViewSvg } from '../../src/export/render';
import { filterDataset, publishersOf } from '../../src/lib/data/query';
import { ENGAGEMENT_TYPES } from '../../src/lib/basics/vocabulary';
import { timelineGeometry } from '../../src/views/Timeline/geometry';
import {
  chooseForm,
  timelineModel,
  timelineNotes,
  type GapRow,
  type SessionRow,
  type TimelineModel,
} from '../../src/views/Timeline/model';
import { markTooltip, sessionTooltip } from '../../src/views/Timeline/tooltips';
import { bundledDataset, english, exportInput, filters, fixture, indexOf, type InputOptions } from '../helpers';

const i18n = english();
const bundled = indexOf(bundledDataset());
const small = indexOf(fixture('timeline-small.json'));

const modelOf = (index = bundled, o: InputOptions = {}) => timelineModel(exportInput(index, { ...o, i18n }));
const session = (m: TimelineModel, n: number) =>
  m.rows.find((r): r is SessionRow => r.kind === 'session' && r.number === n)!;
const typeCount = (row: SessionRow, type: (typeof ENGAGEMENT_TYPES)[number], planned = false) =>
  (planned ? row.planned : row.held)[ENGAGEMENT_TYPES.indexOf(type)];

describe('chooseForm: one mark per engagement while it stays readable, else a column per session', () => {
  it.each([
    { sessions: 2, marks: 24, width: 960, expected: 'detailed' },
    { sessions: 2, marks: 24, width: 375, expected: 'detailed' },
    { sessions: 0, marks: 0, width: 640, expected: 'detailed' },
    { sessions: 8, marks: 300, width: 960, expected: 'detailed' },
    { sessions: 9, marks: 30, width: 1440, expected: 'compact' },
    { sessions: 3, marks: 301, width: 1440, expected: 'compact' },
    // 375 px: 20 marks to a row, 10 rows.
    { sessions: 2, marks: 200, width: 375, expected: 'detailed' },
    { sessions: 2, marks: 201, width: 375, expected: 'compact' },
    { sessions: 46, marks: 100_000, width: 1440, expected: 'compact' },
    { sessions: 1, marks: 11, width: 10, expected: 'compact' },
  ] as const)('$sessions sessions, $marks marks at $width px: $expected', ({ sessions, marks, width, expected }) => {
    expect(chooseForm({ sessions, marks }, width)).toBe(expected);
  });
});

describe('sessions from the first to the last, gaps folded', () => {
  it('shows a session the dataset does not list as "no recorded visit" (the bundled 79th)', () => {
    const m = modelOf();
    expect(m.rows.map((r) => [r.kind, r.label])).toEqual([
      ['session', '78th session · 2023'],
      ['gap', '79th session · 2024'],
      ['session', '80th session · 2025'],
    ]);
  });

  it('folds a run of sessions without a record into one row', () => {
    const m = modelOf(small);
    const gaps = m.rows.filter((r): r is GapRow => r.kind === 'gap');
    expect(gaps.map(({ from, to, count, head, years, short }) => ({ from, to, count, head, years, short }))).toEqual([
      { from: 76, to: 77, count: 2, head: '76th–77th sessions', years: '2021–2022', short: '76th–77th · 2021–2022' },
      { from: 79, to: 79, count: 1, head: '79th session', years: '2024', short: '79th · 2024' },
    ]);
    expect(m.rows.map((r) => r.key)).toEqual(['s75', 'g76', 's78', 'g79', 's80']);
  });

  it('keeps a session whose only records are deals (no engagement, still a session)', () => {
    const m = modelOf(indexOf(fixture('deals-small.json')));
    expect(m.rows.map((r) => r.kind)).toEqual(['session', 'gap', 'session']);
    expect(session(m, 78)).toMatchObject({ counted: 0, deals: expect.any(Number) });
    expect(m.description).toMatch(/No engagements match the filters\.$/);
  });
});

describe('counts by type, planned events apart', () => {
  it.each([
    {
      planned: false,
      counted: 12,
      name: '78th session · 2023: 12 engagements',
      shortName: '78th · 2023: 12 engagements',
    },
    {
      planned: true,
      counted: 14,
      name: '78th session · 2023: 14 engagements',
      shortName: '78th · 2023: 14 engagements',
    },
  ])('planned counted: $planned → the 78th counts $counted', ({ planned, counted, name, shortName }) => {
    const row = session(modelOf(bundled, { options: { planned } }), 78);
    expect(row).toMatchObject({ heldTotal: 12, plannedTotal: 2, counted, name, shortName });
    // The button's name holds the words it shows (WCAG 2.5.3 Label in Name).
    expect(row.name).toContain(row.label);
    expect(row.shortName).toContain(row.short);
    expect(typeCount(row, 'bilateral')).toBe(12);
    expect(typeCount(row, 'speech', true)).toBe(1);
    expect(typeCount(row, 'summit', true)).toBe(1);
    expect(typeCount(row, 'speech')).toBe(0);
  });

  it('says planned events are left out, or counted, and where undated engagements go', () => {
    const m = modelOf();
    expect(timelineNotes(m, 'detailed', i18n)).toEqual([
      '2 planned events not counted',
      '12 engagements have no reported date: they are drawn under “date not reported”.',
    ]);
    expect(timelineNotes(modelOf(bundled, { options: { planned: true } }), 'compact', i18n)).toEqual([
      '2 planned events counted as if held',
      '12 engagements have no reported date; they are counted in their sessions.',
    ]);
  });

  it('shows planned events as planned in tooltips and names', () => {
    const m = modelOf();
    const speech = m.marks!.find((k) => k.type === 'speech')!;
    expect(speech).toMatchObject({ planned: true, kind: 'none', label: 'Speech: General debate' });
    expect(speech.name).toBe('Speech: General debate — speech, date not reported (planned)');
    const tip = markTooltip(speech, bundled, i18n);
    expect(tip.lines.map((l) => l.text)).toContain('planned: announced, not yet held');
    expect(tip.lines.map((l) => l.text)).toContain('Topic: General debate');
    expect(tip.lines.at(-1)!.text).toBe('Source: Kazinform');
    const s = sessionTooltip(session(m, 78), m, i18n);
    expect(s.title).toBe('78th session, 2023');
    expect(s.lines.map((l) => l.text)).toEqual([
      '12 engagements',
      '12 meetings',
      '2 planned events, not counted',
      '2 without a reported date',
      '6 deals',
      'Select to show only this session',
    ]);
  });
});

describe('the year filter dims sessions instead of hiding them', () => {
  it('keeps the left-out session with the counts of every other filter', () => {
    const m = modelOf(bundled, { filters: { years: [2025] } });
    expect(session(m, 78)).toMatchObject({
      dimmed: true,
      selected: false,
      counted: 12,
      summary: 'not in the year filter',
    });
    expect(session(m, 78).name).toBe('78th session · 2023: 12 engagements, not in the year filter');
    expect(session(m, 80)).toMatchObject({ dimmed: false, selected: true, counted: 10 });
    expect(m.selection).toEqual({ engagements: 10, planned: 0, undated: 10 });
    expect(m.dimmedCount).toBe(12);
    expect(m.counts).toEqual({ sessions: 2, marks: 24 });
    expect(m.marks!.filter((k) => k.dimmed)).toHaveLength(14);
  });

  it('applies the other filters to dimmed sessions too', () => {
    const m = modelOf(bundled, { filters: { years: [2025], countries: ['IRN'] } });
    expect(session(m, 78)).toMatchObject({ dimmed: true, counted: 1 });
    expect(session(m, 80)).toMatchObject({ selected: true, counted: 0 });
    expect(m.description).toMatch(/No engagements match the filters\.$/);
  });
});

describe('marks of the detailed form', () => {
  it('groups engagements by day, month-only dates after their month, undated last', () => {
    const m = modelOf(small);
    expect(m.groups.get(78)!.map((g) => [g.label, g.count])).toEqual([
      ['17 September', 2],
      ['18 September', 2],
      ['September 2023, day not reported', 1],
      ['date not reported', 2],
    ]);
  });

  it('says whom each engagement was with by kind: state, organization, company, several, none', () => {
    const kinds = Object.fromEntries(modelOf(small).marks!.map((k) => [small.data.engagements[k.pos]!.id, k.kind]));
    expect(kinds).toMatchObject({
      'e75-call': 'state',
      'e78-guterres': 'organization',
      'e78-wabtec': 'company',
      'e78-signing': 'mixed',
      'e78-speech': 'none',
    });
  });

  it('labels speeches, summits and signings, a signing by its deal value when disclosed', () => {
    const labels = modelOf(small).marks!.flatMap((k) => (k.label ? [k.label] : []));
    expect(labels).toEqual(['Signing: Wabtec', 'Summit: C5+1', 'Speech: General debate', 'Wabtec: about $4.2B']);
  });

  it('describes the chart in a sentence or two', () => {
    expect(modelOf(small).description).toBe(
      'From the 75th to the 80th session (2020–2025): 3 sessions with recorded visits, 3 without. Most engagements: 78th session, 2023 (7).',
    );
  });

  it('cites the publishers of the drawn engagements, each once', () => {
    const m = modelOf(small);
    expect(
      publishersOf(
        small,
        Array.from(m.drawn, (i) => small.data.engagements[i]!),
      ),
    ).toEqual(['Test Agency', 'Test Daily']);
  });
});

describe('inputs are not mutated', () => {
  it('leaves the dataset, the selection and the filters as they were', () => {
    const input = exportInput(small, { filters: { years: [2023] }, i18n });
    const before = JSON.stringify({
      data: small.data,
      engagements: input.filtered.engagements,
      filters: input.filters,
      e: [...input.filtered.e],
    });
    const m = timelineModel(input);
    timelineGeometry(m, 960, i18n);
    timelineGeometry(m, 375, i18n);
    expect(
      JSON.stringify({
        data: small.data,
        engagements: input.filtered.engagements,
        filters: input.filters,
        e: [...input.filtered.e],
      }),
    ).toBe(before);
  });
});

describe('at scale', () => {
  const big = indexOf(synthDataset({ engagements: 100_000, seed: 1 }));

  it('counts 100,000 engagements in one pass and draws a compact form, one group per session', () => {
    const input = exportInput(big, { i18n });
    const started = performance.now();
    const m = timelineModel(input);
    const geometry = timelineGeometry(m, 960, i18n);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(m.marks).toBeNull();
    expect(geometry.form).toBe('compact');
    const sessions = m.rows.filter((r) => r.kind === 'session');
    if (geometry.form === 'compact') expect(geometry.columns).toHaveLength(sessions.length);
    expect(sessions.reduce((n, r) => n + (r as SessionRow).heldTotal + (r as SessionRow).plannedTotal, 0)).toBe(
      100_000,
    );
    expect(geometry.height).toBeLessThan(400);
    expect(timelineGeometry(m, 375, i18n).height).toBeLessThan(2000);
  }, 60_000);

  it('draws 100,000 engagements with at most one group per session', async () => {
    const svg = await renderViewSvg('timeline', exportInput(big, { i18n, width: 960 }));
    const sessions = big.data.sessions.length;
    // The frame's and the drawing's own groups aside: the legend, its swatches and the axis.
    expect((svg.match(/<g\b/g) ?? []).length).toBeLessThanOrEqual(sessions + 10);
    expect((svg.match(/<rect\b/g) ?? []).length).toBeLessThan(sessions * 8 + 100);
    expect(svg.length).toBeLessThan(150_000);
  }, 60_000);

  it('keeps its counts when a year is selected (the form never switches on a selection)', () => {
    const all = timelineModel(exportInput(big, { i18n }));
    const one = timelineModel(exportInput(big, { i18n, filters: { years: [2023] } }));
    expect(one.counts).toEqual(all.counts);
    expect(one.rows.filter((r) => r.kind === 'session' && !r.dimmed).map((r) => r.key)).toEqual(['s78']);
    expect(one.selection.engagements).toBe(filterDataset(big, filters({ years: [2023] })).e.length);
  }, 60_000);
});
