/**
 * The articles' texts and the passages selected in them: a source's text (and its headline as the
 * title), and the engagements, deals and citations made from a selected passage, with the session
 * and the date it most likely names. Pure; inputs are never changed.
 */
import { dateInPassage, sessionOfDate } from './dates';
import { addRecord } from './edits';
import { valueInText } from './money';
import { own, put } from './own';
import { setIn } from './paths';
import type { QuoteSelector } from './quoteSelector';
import { isObject, records, stringOf as str, type JsonObject, type Work } from './editedDataset';

export function setText(work: Work, sourceId: string, text: string): Work {
  if ((own(work.texts, sourceId) ?? '') === text) return work;
  const texts = { ...work.texts };
  if (text) put(texts, sourceId, text);
  else delete texts[sourceId];
  return { ...work, texts };
}

export function setIncludeTexts(work: Work, includeTexts: boolean): Work {
  return work.includeTexts === includeTexts ? work : { ...work, includeTexts };
}

function rememberSelector(work: Work, sourceId: string, selector: QuoteSelector): Work {
  const list = own(work.selectors, sourceId) ?? [];
  if (list.some((s) => s.exact === selector.exact && s.prefix === selector.prefix && s.suffix === selector.suffix))
    return work;
  const plain = { exact: selector.exact, prefix: selector.prefix, suffix: selector.suffix };
  return { ...work, selectors: { ...work.selectors, [sourceId]: [...list, plain] } };
}

/**
 * The session a new record from this source most likely belongs to: the one running on its
 * publication date, else the one of its publication year, else the latest. A session the date
 * falls in but the work does not have yet is still named (the problem list then asks for it).
 */
export function likelySession(work: Work, sourceId: string): number | undefined {
  const sessions = records(work, 'sessions').filter((s) => typeof s.number === 'number');
  const source = records(work, 'sources').find((s) => s.id === sourceId);
  const published = str(source?.published);
  const running = sessionOfDate(published);
  if (running !== undefined && sessions.some((s) => s.number === running)) return running;
  const year = Number(published.slice(0, 4));
  const same = sessions.find((s) => s.year === year);
  const latest = sessions.reduce<JsonObject | undefined>(
    (a, s) => (!a || (s.number as number) > (a.number as number) ? s : a),
    undefined,
  );
  return (same?.number as number | undefined) ?? running ?? (latest?.number as number | undefined);
}

/** The year a source was published in, when its date says. */
function sourceYear(work: Work, sourceId: string): number | undefined {
  const source = records(work, 'sources').find((s) => s.id === sourceId);
  const m = /^(\d{4})/.exec(str(source?.published));
  return m ? Number(m[1]) : undefined;
}

/** A new engagement or deal whose one citation is the selected passage (and the session it needs, when the source's date names one the work lacks). */
export function recordFromSelection(
  work: Work,
  collection: 'engagements' | 'deals',
  sourceId: string,
  selector: QuoteSelector,
): { work: Work; index: number } {
  const session = likelySession(work, sourceId);
  // The session the source's date falls in, when the work has none of that number yet: derived
  // from the date (it opens in September of 1945 + N), so the first record needs no detour.
  const published = str(records(work, 'sources').find((s) => s.id === sourceId)?.published);
  if (
    session !== undefined &&
    session === sessionOfDate(published) &&
    !records(work, 'sessions').some((s) => s.number === session)
  ) {
    work = addRecord(work, 'sessions', { number: session, year: 1945 + session }).work;
  }
  const citations = [{ source: sourceId, quote: selector.exact }];
  const record: JsonObject =
    collection === 'engagements'
      ? { session: session ?? null, type: 'bilateral', participants: [], topics: [], summary: '', citations }
      : {
          session: session ?? null,
          value: valueInText(selector.exact),
          basis: 'agreement',
          sector: '',
          summary: '',
          citations,
        };
  if (session === undefined) delete record.session;
  if (collection === 'engagements') {
    // A day the passage names ("September 24"), completed with the source's year: offered, not final.
    const date = dateInPassage(selector.exact, sourceYear(work, sourceId));
    if (date) record.date = date;
  }
  return addRecord(rememberSelector(work, sourceId, selector), collection, record);
}

/** The selected passage as one more citation of an existing engagement or deal. */
export function addCitation(
  work: Work,
  collection: 'engagements' | 'deals',
  index: number,
  sourceId: string,
  selector: QuoteSelector,
): Work {
  const record = records(work, collection)[index];
  if (!record) return work;
  const cites = Array.isArray(record.citations) ? record.citations : [];
  return setIn(
    rememberSelector(work, sourceId, selector),
    [collection, index, 'citations'],
    [...cites, { source: sourceId, quote: selector.exact }],
  );
}

/**
 * An article's headline: its first line, when it reads as one (short, not a sentence running on).
 * Offered as a source's title when it has none, verbatim from the text.
 */
export function headlineOf(text: string): string | undefined {
  const line = text
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l !== '');
  if (!line || line.length > 200 || /[.!?]\s+\S/.test(line)) return undefined;
  return line;
}

/** An article's text for a source, and its headline as the title when the source has none yet: one step. */
export function setArticle(work: Work, sourceId: string, text: string): Work {
  const next = setText(work, sourceId, text);
  const at = records(next, 'sources').findIndex((s) => s.id === sourceId);
  const title = records(next, 'sources')[at]?.title;
  const headline = headlineOf(text);
  if (at < 0 || !headline || (typeof title === 'string' && title.trim()) || isObject(title)) return next;
  return setIn(next, ['sources', at, 'title'], headline);
}
