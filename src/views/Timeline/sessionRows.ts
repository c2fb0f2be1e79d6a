/**
 * The timeline's rows: every UNGA session from the dataset's first to its last, a row per session
 * with a record (its counts filled in by the model's pass over the records) and runs of sessions
 * without one folded into a "no recorded visit" row. Pure.
 */
import type { DatasetIndex } from '../../lib/data/query';
import { ENGAGEMENT_TYPES } from '../../lib/basics/vocabulary';
import type { I18n } from '../../lib/i18n/i18n';

export interface SessionRow {
  kind: 'session';
  /** "s78": the key of its button and tooltip. */
  key: string;
  number: number;
  year: number;
  /** Left out by the year filter: drawn dimmed, with the counts of every other filter. */
  dimmed: boolean;
  /** Its year is in the year filter. */
  selected: boolean;
  /** Engagements drawn per type (ENGAGEMENT_TYPES order), held and planned apart. */
  held: number[];
  planned: number[];
  heldTotal: number;
  plannedTotal: number;
  /** What the counts say: held ones, plus planned ones when the reader counts them. */
  counted: number;
  deals: number;
  undated: number;
  /** "78th session · 2023" */
  label: string;
  /** "78th · 2023" */
  short: string;
  /**
   * "78th session · 2023: 22 engagements": the button's accessible name, which holds the words
   * the button shows (WCAG 2.5.3) — `label` in the detailed form, the year in the compact columns.
   */
  name: string;
  /** "78th · 2023: 22 engagements": the name where the button shows `short` and its count (compact rows). */
  shortName: string;
  /** "22 engagements · 6 deals", or why it is dimmed. */
  summary: string;
}

export interface GapRow {
  kind: 'gap';
  key: string;
  from: number;
  to: number;
  fromYear: number;
  toYear: number;
  /** How many sessions the row stands for. */
  count: number;
  /** "79th session", or "71st–76th sessions" for a run. */
  head: string;
  /** "2024", or "2016–2021". */
  years: string;
  /** "79th session · 2024" */
  label: string;
  /** "79th · 2024", or "71st–76th · 2016–2021". */
  short: string;
}

export type Row = SessionRow | GapRow;

/** UNGA session N opens in September of 1945 + N: the year of a session the dataset does not list. */
export const sessionYear = (index: DatasetIndex, n: number) => index.sessions.get(n)?.year ?? 1945 + n;

const recordedCache = new WeakMap<DatasetIndex, Uint8Array>();

/** Per session slot: 1 when any engagement or deal of the whole dataset belongs to it. */
function recordedSlots(index: DatasetIndex): Uint8Array {
  let out = recordedCache.get(index);
  if (!out) {
    out = new Uint8Array(index.sessionNumbers.length);
    for (const s of index.eSessionSlot) if (s >= 0) out[s] = 1;
    for (const s of index.dSessionSlot) if (s >= 0) out[s] = 1;
    recordedCache.set(index, out);
  }
  return out;
}

/** Every session from the first to the last, sessions without a record folded in runs. */
export function skeleton(
  index: DatasetIndex,
  years: readonly number[],
  i18n: I18n,
): { rows: Row[]; rowOfSlot: Int32Array } {
  const numbers = index.sessionNumbers;
  const rowOfSlot = new Int32Array(numbers.length).fill(-1);
  const rows: Row[] = [];
  if (!numbers.length) return { rows, rowOfSlot };
  const recorded = recordedSlots(index);
  const slotOf = new Map(Array.from(numbers, (n, s) => [n, s]));
  const yearFilter = new Set(years);
  for (let n = numbers[0]!; n <= numbers[numbers.length - 1]!; n++) {
    const slot = slotOf.get(n);
    const year = sessionYear(index, n);
    if (slot !== undefined && recorded[slot]) {
      rowOfSlot[slot] = rows.length;
      const zeros = () => new Array<number>(ENGAGEMENT_TYPES.length).fill(0);
      // Counts, name and summary are filled in by the pass over the records.
      rows.push({
        kind: 'session',
        key: `s${n}`,
        number: n,
        year,
        dimmed: yearFilter.size > 0 && !yearFilter.has(year),
        selected: yearFilter.has(year),
        held: zeros(),
        planned: zeros(),
        heldTotal: 0,
        plannedTotal: 0,
        counted: 0,
        deals: 0,
        undated: 0,
        label: i18n.t('timeline.session.label', { session: i18n.session(n), year }),
        short: i18n.t('timeline.session.short', { ordinal: i18n.ordinal(n), year }),
        name: '',
        shortName: '',
        summary: '',
      });
      continue;
    }
    // A session without a record: it starts a gap row, or extends the one before.
    const prev = rows.at(-1);
    const gap: GapRow =
      prev?.kind === 'gap'
        ? prev
        : {
            kind: 'gap',
            key: `g${n}`,
            from: n,
            to: n,
            fromYear: year,
            toYear: year,
            count: 0,
            head: '',
            years: '',
            label: '',
            short: '',
          };
    if (gap !== prev) rows.push(gap);
    gap.to = n;
    gap.toYear = year;
    gap.count += 1;
    const run = gap.count > 1;
    gap.head = run
      ? i18n.t('timeline.gap.sessions', { from: i18n.ordinal(gap.from), to: i18n.ordinal(n) })
      : i18n.session(n);
    gap.years = run ? `${gap.fromYear}–${year}` : String(year);
    gap.label = i18n.t('timeline.session.label', { session: gap.head, year: gap.years });
    gap.short = run
      ? i18n.t('timeline.gap.range', {
          from: i18n.ordinal(gap.from),
          to: i18n.ordinal(n),
          fromYear: gap.fromYear,
          toYear: year,
        })
      : i18n.t('timeline.session.short', { ordinal: i18n.ordinal(n), year });
  }
  return { rows, rowOfSlot };
}
