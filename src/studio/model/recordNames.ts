/**
 * How a record is named in lists, headings and pickers: a source by publisher and title, a
 * session by its ordinal (and the choices of a session picker), an actor by name, an engagement by its participants or summary, a deal
 * by company and value; the id when nothing else is filled in yet. Pure.
 */
import type { DealValue, LocalText } from '../../lib/data/schema';
import type { I18n } from '../../lib/i18n/i18n';
import { ENGAGEMENT_TYPES, QUALIFIERS } from '../../lib/basics/vocabulary';
import { actorDisplay } from './choices';
import { datasetLanguage, isObject, records, type Collection, type JsonObject, type Work } from './editedDataset';

const text = (v: unknown, i18n: I18n, lang: string): string =>
  typeof v === 'string' ? v : isObject(v) ? i18n.text(v as LocalText, lang).text : '';

// Actors by id, made once per actors list (lists are replaced, never changed, so the list is the key).
const byIdCache = new WeakMap<readonly JsonObject[], Map<unknown, JsonObject>>();
function actorsById(work: Work): Map<unknown, JsonObject> {
  const actors = records(work, 'actors');
  let map = byIdCache.get(actors);
  if (!map) {
    map = new Map(actors.map((a) => [a.id, a]));
    byIdCache.set(actors, map);
  }
  return map;
}

const clip = (s: string, n = 60) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export function sessionLabel(session: JsonObject, i18n: I18n): string {
  const n = session.number;
  if (typeof n !== 'number') return i18n.t('studio.record.untitled');
  return typeof session.year === 'number' ? i18n.t('session.withYear', { n, year: session.year }) : i18n.session(n);
}

/** The sessions a record can be in, for its session picker: those that have a number yet. */
export function sessionChoices(sessions: readonly JsonObject[], i18n: I18n): { value: number; label: string }[] {
  return sessions
    .filter((s) => typeof s.number === 'number')
    .map((s) => ({ value: s.number as number, label: sessionLabel(s, i18n) }));
}

export function recordLabel(work: Work, collection: Collection, record: JsonObject, i18n: I18n): string {
  const lang = datasetLanguage(work);
  const id = typeof record.id === 'string' ? record.id : '';
  const fallback = id || i18n.t('studio.record.untitled');
  switch (collection) {
    case 'sources': {
      const publisher = text(record.publisher, i18n, lang);
      const title = text(record.title, i18n, lang);
      return publisher && title
        ? i18n.t('studio.label.source', { publisher, title: clip(title, 50) })
        : publisher || title || fallback;
    }
    case 'sessions':
      return sessionLabel(record, i18n);
    case 'actors':
      return actorDisplay(record, i18n, lang) || fallback;
    case 'engagements': {
      const actors = actorsById(work);
      const names = (Array.isArray(record.participants) ? record.participants : [])
        .map((p) => (isObject(p) ? actorDisplay(actors.get(p.actor), i18n, lang) : ''))
        .filter(Boolean);
      const type = (ENGAGEMENT_TYPES as readonly unknown[]).includes(record.type)
        ? i18n.t(`engagementType.${record.type as (typeof ENGAGEMENT_TYPES)[number]}`)
        : '';
      const who = names.length ? i18n.list(names.slice(0, 3)) : clip(text(record.summary, i18n, lang));
      return type && who ? i18n.t('studio.label.engagement', { type, who }) : type || who || fallback;
    }
    case 'deals': {
      const company = actorDisplay(actorsById(work).get(record.company), i18n, lang);
      const value =
        record.value === null
          ? i18n.value(null)
          : isObject(record.value) &&
              typeof record.value.usd === 'number' &&
              (QUALIFIERS as readonly unknown[]).includes(record.value.qualifier)
            ? i18n.value(record.value as unknown as DealValue)
            : '';
      return company && value ? i18n.t('studio.label.deal', { company, value }) : company || value || fallback;
    }
  }
}
