/**
 * Everything the timeline says in words: per-session summaries, the annotations people look for
 * (the general-debate speech, summits, deals with their value), names and tooltips of marks, and
 * the accessible description of the whole view. Pure.
 */
import { descending } from 'd3-array';
import { formatCount, formatValue, ordinal } from '../../lib/data/format';
import { actorLabel, dealsOfEngagement, summarize, totalValue, type DatasetIndex, type Filtered } from '../../lib/data/query';
import type { Deal, Engagement, EngagementType } from '../../lib/data/schema';
import { TYPE_STYLES } from './encoding';
import { shorten } from './labels';
import type { Slot } from './sessions';
import { dayGroupOf } from './sessions';

const PLURALS: Record<EngagementType, string> = {
  bilateral: 'bilateral meetings',
  summit: 'summits',
  signing: 'signings',
  speech: 'speeches',
  call: 'calls',
  roundtable: 'roundtables',
};

export const plural = (n: number, one: string, many: string) => `${formatCount(n)} ${n === 1 ? one : many}`;

/** The part of the filtered records that belongs to one session. */
export function sessionPart(filtered: Filtered, session: number): Filtered {
  return {
    engagements: filtered.engagements.filter((e) => e.session === session),
    deals: filtered.deals.filter((d) => d.session === session),
  };
}

/** "14 engagements", "9 countries", "about $1B disclosed (1 of 6 deals)". */
export function sessionSummary(part: Filtered, index: DatasetIndex): string[] {
  const s = summarize(part, index);
  if (!s.engagements && !s.deals) return ['No engagements match the filters'];
  const lines = [plural(s.engagements, 'engagement', 'engagements')];
  if (s.countries) lines.push(plural(s.countries, 'country', 'countries'));
  if (s.organizations) lines.push(plural(s.organizations, 'organization', 'organizations'));
  if (s.disclosed) lines.push(`${formatValue(s.disclosed)} disclosed (${s.disclosedDeals} of ${plural(s.deals, 'deal', 'deals')})`);
  else if (s.deals) lines.push(`${plural(s.deals, 'deal', 'deals')}, no new value disclosed`);
  if (s.cumulative) lines.push(`${formatValue(s.cumulative)} invested over past years`);
  return lines;
}

export interface AnnotationSpec {
  id: string;
  text: string;
  /** The end of the text that must survive shortening: a deal's value. */
  keep?: string;
  /** The engagement whose mark the label points to, if it is drawn. */
  engagementId?: string;
}

/** "C5+1 summit": a topic as the summary spells it (topics are often lower-cased), else "Summit". */
function summitName(e: Engagement): string {
  for (const topic of e.topics) {
    const at = e.summary.toLowerCase().indexOf(topic.toLowerCase());
    const name = at >= 0 ? e.summary.slice(at, at + topic.length) : '';
    if (name && !/summit/i.test(name)) return `${name} summit`;
  }
  return 'Summit';
}

/**
 * The labels of a session: speeches and summits, then each company's new commitments with a
 * disclosed value, largest first ("Wabtec: about $4.2B"). Cumulative investments are money
 * spent over past years, not deals signed that week, so they stay out.
 */
export function annotationsOf(part: Filtered, index: DatasetIndex): AnnotationSpec[] {
  const specs: AnnotationSpec[] = [];
  for (const e of part.engagements) {
    if (e.type === 'speech') {
      const debate = e.topics.some((t) => /general debate/i.test(t));
      specs.push({ id: `speech:${e.id}`, text: debate ? 'General debate speech' : 'Speech', engagementId: e.id });
    } else if (e.type === 'summit') specs.push({ id: `summit:${e.id}`, text: summitName(e), engagementId: e.id });
  }
  const byCompany = new Map<string, Deal[]>();
  for (const d of part.deals) {
    if (!d.value || d.basis === 'cumulative-investment') continue;
    byCompany.set(d.company, [...(byCompany.get(d.company) ?? []), d]);
  }
  const deals = [...byCompany].map(([company, list]) => ({ company, list, usd: totalValue(list)?.usd ?? 0 }));
  deals.sort((a, b) => descending(a.usd, b.usd));
  for (const { company, list } of deals) {
    const anchor =
      part.engagements.find((e) => list.some((d) => d.engagement === e.id)) ??
      part.engagements.find((e) => dealsOfEngagement(e, index).some((d) => list.includes(d)));
    const name = index.actors.get(company)?.name ?? company;
    const value = `: ${formatValue(totalValue(list))}`;
    specs.push({ id: `deal:${company}`, text: name + value, keep: value, engagementId: anchor?.id });
  }
  return specs;
}

export interface TooltipContent {
  title: string;
  who: string;
  what: string;
  date: string;
  sources: string;
}

const whoOf = (e: Engagement, index: DatasetIndex) => e.participants.map((p) => actorLabel(p.actor, index)).join(', ');

function publishers(list: readonly Engagement[], index: DatasetIndex): string {
  const names = new Set(list.flatMap((e) => e.citations.map((c) => index.sources.get(c.source)?.publisher ?? c.source)));
  return [...names].join(', ');
}

/** Tooltip of one engagement, or of a count-labelled aggregate of several of one type. */
export function tooltipOf(list: readonly Engagement[], sessionYear: number, index: DatasetIndex): TooltipContent {
  const first = list[0];
  if (!first) return { title: '', who: '', what: '', date: '', sources: '' };
  const date = dayGroupOf(first.date, sessionYear).long;
  if (list.length === 1) {
    return { title: TYPE_STYLES[first.type].label, who: whoOf(first, index), what: shorten(first.summary, 180), date, sources: publishers(list, index) };
  }
  const names = [...new Set(list.flatMap((e) => e.participants.map((p) => actorLabel(p.actor, index))))];
  const who = names.length > 4 ? `${names.slice(0, 4).join(', ')} and ${formatCount(names.length - 4)} more` : names.join(', ');
  return { title: plural(list.length, TYPE_STYLES[first.type].label.toLowerCase(), PLURALS[first.type]), who, what: '', date, sources: publishers(list, index) };
}

/** "Bilateral meeting with Rafael Santana (Wabtec), 17 September 2023"; "12 calls, date not reported". */
export function markName(list: readonly Engagement[], sessionYear: number, index: DatasetIndex): string {
  const first = list[0];
  if (!first) return '';
  const date = dayGroupOf(first.date, sessionYear).long;
  if (list.length > 1) return `${formatCount(list.length)} ${PLURALS[first.type]}, ${date}`;
  const who = whoOf(first, index);
  return `${TYPE_STYLES[first.type].label}${who ? ` with ${who}` : ''}, ${date}`;
}

const joinAnd = (items: string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

/**
 * "2 sessions with recorded visits between the 78th (2023) and 80th (2025); 1 session without a
 * recorded visit. Most engagements: 78th session (14)." Counts of the last sentence follow the filters.
 */
export function describeTimeline(slots: readonly Slot[], filtered: Filtered): string {
  const sessions = slots.filter((s) => s.kind === 'session');
  const gaps = slots.reduce((n, s) => n + (s.kind === 'gap' ? s.count : 0), 0);
  const first = slots[0];
  const last = slots.at(-1);
  if (!first || !last) return 'The dataset lists no UNGA session.';
  const number = (s: Slot) => (s.kind === 'session' ? s.number : s.from);
  const year = (s: Slot) => (s.kind === 'session' ? s.year : s.fromYear);
  const lastNumber = last.kind === 'gap' ? last.to : last.number;
  const lastYear = last.kind === 'gap' ? last.toYear : last.year;
  const span =
    number(first) === lastNumber ? `in the ${ordinal(lastNumber)} (${lastYear})` : `between the ${ordinal(number(first))} (${year(first)}) and ${ordinal(lastNumber)} (${lastYear})`;
  let text = `${plural(sessions.length, 'session', 'sessions')} with recorded visits ${span}`;
  text += gaps ? `; ${plural(gaps, 'session', 'sessions')} without a recorded visit.` : '.';
  const counts = sessions.map((s) => ({ s, n: filtered.engagements.filter((e) => e.session === s.number).length }));
  const most = Math.max(0, ...counts.map((c) => c.n));
  if (!most) return `${text} No engagements match the current filters.`;
  const top = counts.filter((c) => c.n === most).map((c) => ordinal(c.s.number));
  return `${text} Most engagements: ${joinAnd(top)} session${top.length > 1 ? `s (${most} each)` : ` (${most})`}.`;
}
