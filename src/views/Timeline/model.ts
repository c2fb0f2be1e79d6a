/**
 * The timeline's data: every UNGA session from the dataset's first to its last, attended ones
 * with their engagements counted by type (planned ones apart), runs of sessions without a record
 * folded into one "no recorded visit" row, and — when the picture can afford one mark per
 * engagement — the marks with their day, fill style and label. Counts come from one pass over the
 * drawn positions with the index's arrays, so 100,000 engagements cost a few milliseconds and no
 * object per record. Sessions the year filter leaves out are kept (dimmed, with the counts of
 * every other filter) so a reader can add them back. The rows themselves are made in
 * sessionRows.ts. Pure: no Svelte, no DOM, inputs untouched.
 */
import { filterExcept, type DatasetIndex } from '../../lib/data/query';
import { ENGAGEMENT_TYPES, type EngagementType } from '../../lib/basics/vocabulary';
import type { I18n } from '../../lib/i18n/i18n';
import { markDetails, type Mark, type DayGroup } from './marks';
import { skeleton, type Row, type SessionRow } from './sessionRows';
import type { ViewInput } from '../shared/types';

export type { Mark, DayGroup } from './marks';
export type { GapRow, Row, SessionRow } from './sessionRows';

export type Form = 'detailed' | 'compact';

/** Distance between the centres of two marks, in px: the unit the switch rule counts in. */
export const MARK_CELL = 18;
export const FORM_LIMITS = { sessions: 8, marks: 300, rows: 10 } as const;

/**
 * The switch rule. One mark per engagement (detailed) while a reader can still tell the marks
 * apart and the drawing stays about a screen tall: at most 8 sessions with records (each needs a
 * column, or a band when stacked), at most 300 engagements, and no more than fill 10 rows of
 * marks across the width (375 px: 200 marks; 960 px: 300). Beyond that, one column per session
 * with counts by type (compact), whose size does not grow with the number of records. The counts
 * are of what is drawn (the year filter aside), so selecting a session never switches the form.
 */
export function chooseForm(counts: { sessions: number; marks: number }, width: number): Form {
  const perRow = Math.max(1, Math.floor(width / MARK_CELL));
  const fits =
    counts.sessions <= FORM_LIMITS.sessions && counts.marks <= Math.min(FORM_LIMITS.marks, perRow * FORM_LIMITS.rows);
  return fits ? 'detailed' : 'compact';
}

export interface TimelineModel {
  rows: Row[];
  /** Positions of the drawn engagements (every filter but the year). */
  drawn: Uint32Array;
  /** One per drawn engagement, or null when there are too many to draw one by one. */
  marks: Mark[] | null;
  /** Day groups of each session (by session number), when marks are drawn. */
  groups: Map<number, DayGroup[]>;
  /** What the form rule counts: sessions with records, engagements drawn. */
  counts: { sessions: number; marks: number };
  /** Types and planned status among the drawn engagements (the legend lists only these). */
  types: EngagementType[];
  anyPlanned: boolean;
  /** In the selection (dimmed sessions aside). */
  selection: { engagements: number; planned: number; undated: number };
  /** Engagements counted in dimmed sessions: what selecting them would add. */
  dimmedCount: number;
  plannedCounted: boolean;
  /** One sentence or two about the whole chart, for its accessible description. */
  description: string;
}

const TYPE_INDEX = Object.fromEntries(ENGAGEMENT_TYPES.map((t, i) => [t, i])) as Record<EngagementType, number>;
const N_TYPES = ENGAGEMENT_TYPES.length;
const typeCache = new WeakMap<DatasetIndex, Uint8Array>();

/** Per engagement: its type's position in ENGAGEMENT_TYPES, read once per dataset so each count is a pass over typed arrays. */
function typeCodes(index: DatasetIndex): Uint8Array {
  let out = typeCache.get(index);
  if (!out) {
    const list = index.data.engagements;
    out = new Uint8Array(list.length);
    for (let i = 0; i < list.length; i++) out[i] = TYPE_INDEX[list[i]!.type];
    typeCache.set(index, out);
  }
  return out;
}

export function timelineModel({ index, filtered, filters, options, i18n }: ViewInput): TimelineModel {
  // The drawn records: every filter but the year, which dims sessions instead of hiding them.
  const drawn = filters.years.length ? filterExcept(index, filters, 'years') : filtered;
  const { rows, rowOfSlot } = skeleton(index, filters.years, i18n);
  const sessions = rows.filter((r): r is SessionRow => r.kind === 'session');

  const held = new Uint32Array(rows.length * N_TYPES);
  const planned = new Uint32Array(rows.length * N_TYPES);
  const undated = new Uint32Array(rows.length);
  const types = typeCodes(index);
  for (let k = 0; k < drawn.e.length; k++) {
    const i = drawn.e[k]!;
    const r = rowOfSlot[index.eSessionSlot[i]!] ?? -1;
    if (r < 0) continue;
    const cell = r * N_TYPES + types[i]!;
    if (index.ePlanned[i]) planned[cell]! += 1;
    else held[cell]! += 1;
    if (!index.eDatePrecision[i]) undated[r]! += 1;
  }
  const deals = new Uint32Array(rows.length);
  for (let k = 0; k < drawn.d.length; k++) {
    const i = drawn.d[k]!;
    const r = rowOfSlot[index.dSessionSlot[i]!] ?? -1;
    if (r >= 0 && (options.planned || !index.dPlanned[i])) deals[r]! += 1;
  }

  const typeSeen = new Uint32Array(N_TYPES);
  const selection = { engagements: 0, planned: 0, undated: 0 };
  let dimmedCount = 0;
  rows.forEach((row, r) => {
    if (row.kind !== 'session') return;
    for (let t = 0; t < N_TYPES; t++) {
      row.held[t] = held[r * N_TYPES + t]!;
      row.planned[t] = planned[r * N_TYPES + t]!;
      typeSeen[t]! += row.held[t]! + row.planned[t]!;
    }
    row.heldTotal = row.held.reduce((a, b) => a + b, 0);
    row.plannedTotal = row.planned.reduce((a, b) => a + b, 0);
    row.counted = row.heldTotal + (options.planned ? row.plannedTotal : 0);
    row.deals = deals[r]!;
    row.undated = undated[r]!;
    const engagementsText = i18n.t('count.engagements', { count: row.counted });
    const nameKey = row.dimmed ? 'timeline.session.nameDimmed' : 'timeline.session.name';
    row.name = i18n.t(nameKey, { session: row.label, engagements: engagementsText });
    row.shortName = i18n.t(nameKey, { session: row.short, engagements: engagementsText });
    row.summary = row.dimmed
      ? i18n.t('timeline.session.dimmed')
      : i18n.t('timeline.session.summary', {
          engagements: engagementsText,
          deals: i18n.t('count.deals', { count: row.deals }),
        });
    if (row.dimmed) dimmedCount += row.counted;
    else {
      selection.engagements += row.counted;
      selection.planned += row.plannedTotal;
      selection.undated += row.undated;
    }
  });

  const counts = { sessions: sessions.length, marks: drawn.e.length };
  // Marks are made only when some width could draw them (the rule caps them whatever the width).
  const detailable = chooseForm(counts, Number.MAX_SAFE_INTEGER) === 'detailed';
  const details = detailable ? markDetails(index, drawn, sessions, i18n) : null;
  return {
    rows,
    drawn: drawn.e,
    marks: details?.marks ?? null,
    groups: details?.groups ?? new Map(),
    counts,
    types: ENGAGEMENT_TYPES.filter((_, t) => typeSeen[t]! > 0),
    anyPlanned: sessions.some((s) => s.plannedTotal > 0),
    selection,
    dimmedCount,
    plannedCounted: options.planned,
    description: describe(rows, i18n),
  };
}

/** "From the 78th to the 80th session (2023–2025): 2 sessions with recorded visits, 1 without. Most engagements: …" */
function describe(rows: readonly Row[], i18n: I18n): string {
  const first = rows[0];
  const last = rows.at(-1);
  if (!first || !last) return i18n.t('timeline.description.noSessions');
  const sessions = rows.filter((r): r is SessionRow => r.kind === 'session');
  const gaps = rows.reduce((n, r) => n + (r.kind === 'gap' ? r.count : 0), 0);
  const firstNumber = first.kind === 'session' ? first.number : first.from;
  const lastNumber = last.kind === 'session' ? last.number : last.to;
  const firstYear = first.kind === 'session' ? first.year : first.fromYear;
  const lastYear = last.kind === 'session' ? last.year : last.toYear;
  const span =
    firstNumber === lastNumber
      ? i18n.t('timeline.description.one', { session: i18n.session(firstNumber), year: firstYear })
      : i18n.t('timeline.description.range', {
          first: i18n.ordinal(firstNumber),
          last: i18n.session(lastNumber),
          firstYear,
          lastYear,
          attended: sessions.length,
          gaps,
        });
  const shown = sessions.filter((s) => !s.dimmed);
  const most = shown.reduce<SessionRow | null>((best, s) => (s.counted > (best?.counted ?? 0) ? s : best), null);
  if (!most) return `${span} ${i18n.t('timeline.description.none')}`;
  return `${span} ${i18n.t('timeline.description.most', { session: i18n.t('session.withYear', { n: most.number, year: most.year }), count: most.counted })}`;
}

/** What the page says under its title and the export under the drawing: planned events left out (or counted), undated engagements. */
export function timelineNotes(model: TimelineModel, form: Form, i18n: I18n): string[] {
  const notes: string[] = [];
  const { planned, undated } = model.selection;
  if (planned)
    notes.push(
      i18n.t(model.plannedCounted ? 'timeline.note.plannedCounted' : 'timeline.note.planned', { count: planned }),
    );
  if (undated)
    notes.push(
      i18n.t(form === 'detailed' ? 'timeline.note.undatedDetailed' : 'timeline.note.undatedCompact', {
        count: undated,
      }),
    );
  return notes;
}
