/**
 * The timeline's sessions and days, before any geometry: every session from the dataset's
 * earliest to its latest (sessions without a record included, since a gap is information),
 * runs of gaps folded into one cell, and the day groups of each session. Pure.
 */
import { ascending } from 'd3-array';
import { utcFormat, utcParse } from 'd3-time-format';
import { formatDate, ordinal } from '../../lib/data/format';
import type { DatasetIndex } from '../../lib/data/query';
import type { Engagement } from '../../lib/data/schema';

export interface SessionSlot {
  kind: 'session';
  number: number;
  year: number;
  /** "78th · 2023" */
  label: string;
  /** "78th" */
  ordinal: string;
}

export interface GapSlot {
  kind: 'gap';
  from: number;
  to: number;
  fromYear: number;
  toYear: number;
  /** How many sessions the cell stands for. */
  count: number;
  /** "79th · 2024", or "71st–76th · 2016–2021" for a folded run. */
  label: string;
  /** "71st–76th" */
  ordinals: string;
  /** "2016–2021" */
  years: string;
}

export type Slot = SessionSlot | GapSlot;

/** UNGA session N opens in September of year 1945 + N. */
export const sessionYearOf = (n: number) => 1945 + n;

/**
 * Sessions from the earliest to the latest listed in the dataset. A session with no engagement
 * and no deal in the whole dataset is a gap ("no recorded visit"); consecutive gaps share one cell.
 */
export function sessionSlots(index: DatasetIndex): Slot[] {
  const numbers = index.data.sessions.map((s) => s.number);
  if (!numbers.length) return [];
  const first = Math.min(...numbers);
  const last = Math.max(...numbers);
  const recorded = new Set([...index.data.engagements, ...index.data.deals].map((r) => r.session));
  const yearOf = (n: number) => index.sessions.get(n)?.year ?? sessionYearOf(n);
  const slots: Slot[] = [];
  for (let n = first; n <= last; n++) {
    if (recorded.has(n)) {
      slots.push({ kind: 'session', number: n, year: yearOf(n), label: `${ordinal(n)} · ${yearOf(n)}`, ordinal: ordinal(n) });
      continue;
    }
    const prev = slots.at(-1);
    if (prev?.kind === 'gap') {
      prev.to = n;
      prev.toYear = yearOf(n);
      prev.count += 1;
      prev.ordinals = `${ordinal(prev.from)}–${ordinal(n)}`;
      prev.years = `${prev.fromYear}–${prev.toYear}`;
      prev.label = `${prev.ordinals} · ${prev.years}`;
    } else {
      const [ordinals, years] = [ordinal(n), String(yearOf(n))];
      slots.push({ kind: 'gap', from: n, to: n, fromYear: yearOf(n), toYear: yearOf(n), count: 1, label: `${ordinals} · ${years}`, ordinals, years });
    }
  }
  return slots;
}

/**
 * A group of engagements within a session. Month-only dates (YYYY-MM) get a group of their own
 * per month, after that month's days: placing them on a day would invent a date, and lumping
 * them with the undated would throw away the month the source gives.
 */
export interface DayGroup {
  /** "2023-09-17", "2023-09", or "undated". */
  key: string;
  kind: 'day' | 'month' | 'undated';
  /** Axis label, one or two short lines: ["17 Sep"], ["Sep", "(no day)"], ["date not", "reported"]. */
  lines: string[];
  /** "17 September 2023", "September 2023 (day not reported)", "date not reported". */
  long: string;
}

const parseDay = utcParse('%Y-%m-%d');
const parseMonth = utcParse('%Y-%m');
const dayMonth = utcFormat('%-d %b');
const monthShort = utcFormat('%b');

export function dayGroupOf(date: string | undefined, sessionYear: number): DayGroup {
  const day = date && date.length === 10 ? parseDay(date) : null;
  if (day && date) {
    const year = day.getUTCFullYear();
    return { key: date, kind: 'day', lines: year === sessionYear ? [dayMonth(day)] : [dayMonth(day), String(year)], long: formatDate(date) };
  }
  const month = date && date.length === 7 ? parseMonth(date) : null;
  if (month && date) {
    const year = month.getUTCFullYear();
    const head = year === sessionYear ? monthShort(month) : `${monthShort(month)} ${year}`;
    return { key: date, kind: 'month', lines: [head, '(no day)'], long: `${formatDate(date)} (day not reported)` };
  }
  return { key: 'undated', kind: 'undated', lines: ['date not', 'reported'], long: 'date not reported' };
}

// Month groups sort after the days of their month; undated after everything.
const sortKey = (g: DayGroup) => (g.kind === 'undated' ? '\uffff' : g.kind === 'month' ? `${g.key}-99` : g.key);

/** The day groups of a session's engagements, in time order, each once. */
export function dayGroups(engagements: readonly Engagement[], sessionYear: number): DayGroup[] {
  const byKey = new Map<string, DayGroup>();
  for (const e of engagements) {
    const g = dayGroupOf(e.date, sessionYear);
    if (!byKey.has(g.key)) byKey.set(g.key, g);
  }
  return [...byKey.values()].sort((a, b) => ascending(sortKey(a), sortKey(b)));
}
