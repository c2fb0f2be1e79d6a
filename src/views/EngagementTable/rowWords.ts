/**
 * One row of the Engagements table in the reader's words: its session, date, type, who took part
 * (each with the country they stand for when the name does not say it), what was done, a deal's
 * value and the sources with their quotes. Made only for the rows a reader sees (model.ts
 * `pageRows`), from the keys made once per dataset and language (tableKeys.ts). Pure.
 */
import { actorLabel, type DatasetIndex } from '../../lib/data/query';
import type { Actor } from '../../lib/data/schema';
import type { I18n } from '../../lib/i18n/i18n';
import type { TableKeys } from './tableKeys';

/** A dataset text as shown; `lang` only when it is not the page's language (the element then carries it). */
export interface Text {
  text: string;
  lang?: string;
}

export interface TableCitation {
  publisher: string;
  /** The article's title (a tooltip on the link). */
  title: string;
  url?: string;
  quote: Text;
}

/** Whom a row names, with the country it stands for when its name does not already say it. */
export interface WhoText extends Text {
  /** The counterpart country ("United States"), shown beside a company or a person without a state. */
  country?: { name: string; uncited: boolean };
}

/**
 * The country a participant is counted under (their own, else their body's), when the label does
 * not already name it (a state, or a person shown with their state), and whether a source states
 * it: a company's headquarters marked `countryUncited` comes from outside the articles.
 */
export function shownCountry(actorId: string, index: DatasetIndex, i18n: I18n): WhoText['country'] {
  // The actor, then the body it speaks for, and so on (as the map counts counterparts), never round a loop.
  const chain: Actor[] = [];
  for (
    let a = index.actors.get(actorId);
    a && !chain.includes(a);
    a = a.affiliation ? index.actors.get(a.affiliation) : undefined
  )
    chain.push(a);
  const from = chain.find((a) => a.country || a.type === 'organization');
  if (!from?.country || from.country === index.data.delegation.country) return undefined;
  const actor = chain[0]!;
  // actorLabel shows a person with the body they speak for: "Ebrahim Raisi (Iran)" already says it.
  const body = actor.type === 'person' && actor.affiliation ? chain[1] : undefined;
  const named = [actor, body].some((a) => a?.type === 'state' && a.country === from.country);
  return named ? undefined : { name: i18n.country(from.country), uncited: from.countryUncited === true };
}

/** "Nicola Villa (Mastercard) · United States (not in the sources)": a name and its country as one line, for the picture. */
export function whoLine(who: WhoText, uncitedWord: string): string {
  if (!who.country) return who.text;
  return `${who.text} · ${who.country.name}${who.country.uncited ? ` ${uncitedWord}` : ''}`;
}

/** One row's words, made only for the rows a reader sees. */
export interface TableRow {
  /** The row number (engagements first, then deals). */
  r: number;
  kind: 'engagement' | 'deal';
  id: string;
  session: string;
  date: string;
  /** Engagement type ("meeting") or, for a deal, its basis ("investment plan"). */
  type: string;
  /** Each participant (a deal: its company) as "Person (Body)". */
  who: WhoText[];
  what: Text;
  /** A deal's value in words ("about $1B", "undisclosed"); null for an engagement. */
  value: string | null;
  undisclosed: boolean;
  /** Announced by the source as still to come. */
  planned: boolean;
  citations: TableCitation[];
}

const dateOf = (keys: TableKeys, r: number): string | undefined => {
  const e = keys.engagement(r);
  if (e) return e.date;
  const linked = keys.index.dEngagement[r - keys.nE]!;
  return linked >= 0 ? keys.index.data.engagements[linked]!.date : undefined;
};

/** "78th session, 2023". */
const sessionLabel = (keys: TableKeys, n: number): string => {
  const year = keys.index.sessions.get(n)?.year;
  return year === undefined ? keys.i18n.session(n) : keys.i18n.t('session.withYear', { n, year: String(year) });
};

/** One row's words. */
export function tableRow(keys: TableKeys, r: number): TableRow {
  const { index, i18n } = keys;
  const mark = (shown: { text: string; lang: string }): Text =>
    shown.lang === i18n.lang ? { text: shown.text } : shown;
  const actor = (id: string): WhoText => {
    const a = index.actors.get(id);
    const lang = a ? i18n.text(a.name, index.datasetLang).lang : i18n.lang;
    const country = shownCountry(id, index, i18n);
    return { ...mark({ text: actorLabel(id, index, i18n.lang), lang }), ...(country && { country }) };
  };
  const e = keys.engagement(r);
  const d = keys.deal(r);
  const record = (e ?? d)!;
  return {
    r,
    kind: e ? 'engagement' : 'deal',
    id: record.id,
    session: sessionLabel(keys, record.session),
    date: i18n.date(dateOf(keys, r)),
    type: e ? i18n.t(`engagementType.${e.type}`) : i18n.t(`basis.${d!.basis}`),
    who: e ? e.participants.map((p) => actor(p.actor)) : [actor(d!.company)],
    what: mark(i18n.text(record.summary, index.datasetLang)),
    value: d ? i18n.value(d.value) : null,
    undisclosed: !!d && d.value === null,
    planned: record.status === 'planned',
    citations: record.citations.map((c) => {
      const source = index.sources.get(c.source);
      return {
        publisher: source?.publisher ?? c.source,
        title: source?.title ?? '',
        url: source?.url,
        quote: mark({ text: c.quote, lang: source?.language ?? index.datasetLang }),
      };
    }),
  };
}
