/**
 * The detailed form's marks: one per engagement, in its session's day group (a day, a month the
 * source gives without a day, or "date not reported"), with the kind of counterpart its fill
 * style shows, its accessible name and, for speeches, summits and signings, a label. Made only
 * when the switch rule allows a mark per engagement (a few hundred at most). Pure.
 */
import { actorLabel, actorName, type DatasetIndex, type Filtered } from '../../lib/data/query';
import { itemsOf, TYPE_BIT } from '../../lib/data/datasetIndex';
import { sumValues } from '../../lib/data/values';
import { ENGAGEMENT_TYPES, type EngagementType } from '../../lib/basics/vocabulary';
import type { Engagement } from '../../lib/data/schema';
import type { I18n } from '../../lib/i18n/i18n';
import { topicLabel } from '../../lib/data/topics';

/** Whom an engagement was with, as its fill style shows it. */
export type CounterpartKind = 'state' | 'organization' | 'company' | 'mixed' | 'none';
export const KINDS: readonly CounterpartKind[] = ['state', 'organization', 'company', 'mixed', 'none'];

export interface Mark {
  /** "e12": position of the engagement in the dataset. */
  key: string;
  pos: number;
  session: number;
  /** Key of its day group within the session. */
  group: string;
  type: EngagementType;
  kind: CounterpartKind;
  planned: boolean;
  dimmed: boolean;
  /** "meeting with Joe Biden (United States), 17 September 2023"; led by the label when it has one. */
  name: string;
  /** Speeches, summits and signings carry a label ("Wabtec: about $4.2B"); null for the others. */
  label: string | null;
}

export interface DayGroup {
  key: string;
  /** "17 September", "September 2023, day not reported", "date not reported". */
  label: string;
  count: number;
}

/** What marks need to know of a session. */
export interface SessionRef {
  kind: string;
  number: number;
  year: number;
  dimmed: boolean;
}

const DAY_MS = 86_400_000;
const BODY_BITS = TYPE_BIT.state | TYPE_BIT.organization | TYPE_BIT.company;

/**
 * The body types on the counterpart side of engagement `i` (from the index's bits): one kind, or
 * "mixed" for several. A person with a country but no body speaks for that state.
 */
export function counterpartKind(index: DatasetIndex, i: number): CounterpartKind {
  const bits = index.eTypes[i]! & BODY_BITS;
  if (bits === TYPE_BIT.state) return 'state';
  if (bits === TYPE_BIT.organization) return 'organization';
  if (bits === TYPE_BIT.company) return 'company';
  if (bits) return 'mixed';
  return itemsOf(index.eCountries, i).length ? 'state' : 'none';
}

/** "Joe Biden (United States), Jane Fraser (Citigroup)" — three named at most. */
function whoOf(e: Engagement, index: DatasetIndex, i18n: I18n): string {
  const names = e.participants.map((p) => actorLabel(p.actor, index, i18n.lang));
  if (names.length <= 3) return i18n.list(names);
  return i18n.t('context.andMore', { list: names.slice(0, 3).join(', '), count: i18n.count(names.length - 3) });
}

/** The accessible name of a mark: what, with whom, when, and whether it is still to come. */
export function markName(e: Engagement, index: DatasetIndex, i18n: I18n): string {
  const type = i18n.t(`engagementType.${e.type}`);
  const date = i18n.date(e.date);
  const who = whoOf(e, index, i18n);
  const name = who
    ? i18n.t('timeline.mark.name', { type, who, date })
    : i18n.t('timeline.mark.nameAlone', { type, date });
  return e.status === 'planned' ? i18n.t('timeline.mark.planned', { name }) : name;
}

/** "Speech: General debate", "Summit: C5+1", "Wabtec: about $4.2B", "Signing: United Nations". */
export function markLabel(e: Engagement, i: number, index: DatasetIndex, i18n: I18n): string | null {
  const topic = e.topics[0] === undefined ? '' : topicLabel(e.topics[0], i18n.lang, index.datasetLang).text;
  if (e.type === 'speech')
    return topic ? i18n.t('timeline.label.speech', { topic }) : i18n.t('timeline.label.speechAlone');
  if (e.type === 'summit')
    return topic ? i18n.t('timeline.label.summit', { topic }) : i18n.t('timeline.label.summitAlone');
  if (e.type !== 'signing') return null;
  // New commitments only: a cumulative investment is money spent over past years, not signed that
  // day. One company and one kind of money (signed agreements first): a label never adds unlike money.
  const deals = Array.from(itemsOf(index.eDeals, i)).filter(
    (d) => !index.dCumulative[d] && !Number.isNaN(index.dUsd[d]!),
  );
  if (deals.length) {
    const first = deals.reduce((a, b) => (index.dKind[b]! < index.dKind[a]! ? b : a));
    const same = deals.filter(
      (d) => index.dKind[d] === index.dKind[first] && index.dCompany[d] === index.dCompany[first],
    );
    const sum = sumValues(same.map((d) => index.data.deals[d]!.value))!;
    const company = index.data.actors[index.dCompany[first]!]!;
    return i18n.t('timeline.label.deal', { who: actorName(company, index, i18n.lang), value: i18n.sum(sum) });
  }
  const first = e.participants[0] && index.actors.get(e.participants[0].actor);
  return first
    ? i18n.t('timeline.label.signing', { who: actorName(first, index, i18n.lang) })
    : i18n.t('timeline.label.signingAlone');
}

const isoOf = (day: number, precision: number) =>
  new Date(day * DAY_MS).toISOString().slice(0, precision === 2 ? 10 : 7);

/** Group key and sort order of engagement `i`: its day; a month-only date after that month's days; no date last. */
function groupOf(index: DatasetIndex, i: number): { key: string; order: number } {
  const precision = index.eDatePrecision[i]!;
  const day = index.eDay[i]!;
  if (precision === 2) return { key: `d${day}`, order: day };
  if (precision === 1) {
    const start = new Date(day * DAY_MS);
    return { key: `m${day}`, order: Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1) / DAY_MS - 0.5 };
  }
  return { key: 'u', order: Infinity };
}

function groupLabel(index: DatasetIndex, i: number, sessionYear: number, i18n: I18n): string {
  const precision = index.eDatePrecision[i]!;
  if (!precision) return i18n.date(null);
  const iso = isoOf(index.eDay[i]!, precision);
  if (precision === 1) return i18n.t('timeline.group.month', { month: i18n.date(iso) });
  return i18n.date(iso, { year: Number(iso.slice(0, 4)) !== sessionYear });
}

const TYPE_RANK = Object.fromEntries(ENGAGEMENT_TYPES.map((t, k) => [t, k])) as Record<EngagementType, number>;

/**
 * The marks of the drawn engagements, in reading order: sessions in time order, day groups in
 * date order, and within a day by type, labelled marks last so they sit in the bottom row and
 * their leader lines run down without crossing another mark.
 */
export function markDetails(
  index: DatasetIndex,
  drawn: Filtered,
  sessions: readonly SessionRef[],
  i18n: I18n,
): { marks: Mark[]; groups: Map<number, DayGroup[]> } {
  const bySession = new Map(sessions.filter((s) => s.kind === 'session').map((s, order) => [s.number, { s, order }]));
  const groups = new Map<number, Map<string, DayGroup & { order: number }>>();
  const sortKey = new Map<Mark, number[]>();
  const marks: Mark[] = [];
  for (const i of drawn.e) {
    const e = index.data.engagements[i]!;
    const session = bySession.get(e.session);
    if (!session) continue;
    const g = groupOf(index, i);
    let inSession = groups.get(e.session);
    if (!inSession) groups.set(e.session, (inSession = new Map()));
    const group = inSession.get(g.key) ?? {
      key: g.key,
      label: groupLabel(index, i, session.s.year, i18n),
      count: 0,
      order: g.order,
    };
    group.count += 1;
    inSession.set(g.key, group);
    const label = markLabel(e, i, index, i18n);
    const mark: Mark = {
      key: `e${i}`,
      pos: i,
      session: e.session,
      group: g.key,
      type: e.type,
      kind: counterpartKind(index, i),
      planned: index.ePlanned[i] === 1,
      dimmed: session.s.dimmed,
      // The words drawn beside the mark open its name, so a reader can call it by what they see.
      name: label
        ? i18n.t('timeline.mark.labelled', { label, name: markName(e, index, i18n) })
        : markName(e, index, i18n),
      label,
    };
    sortKey.set(mark, [session.order, g.order, label ? 1 : 0, TYPE_RANK[e.type], i]);
    marks.push(mark);
  }
  marks.sort((a, b) => {
    const ka = sortKey.get(a)!;
    const kb = sortKey.get(b)!;
    for (let k = 0; k < ka.length; k++) if (ka[k] !== kb[k]) return ka[k]! - kb[k]!;
    return 0;
  });
  const ordered = new Map(
    [...groups].map(([n, m]) => [
      n,
      [...m.values()].sort((a, b) => a.order - b.order).map(({ key, label, count }) => ({ key, label, count })),
    ]),
  );
  return { marks, groups: ordered };
}
