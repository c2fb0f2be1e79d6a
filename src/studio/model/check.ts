/**
 * The live check of the work: the same validation as the dashboard and `npm run validate`
 * (parseDataset: shapes by the zod schema, then the cross-checks), and the check-quotes rule
 * against the article texts the work holds. Pure.
 */
import { crossCheck, parseDataset } from '../../lib/data/load';
import type { DatasetProblem } from '../../lib/data/problems';
import { checkQuotes } from '../../lib/data/quotes';
import type { Dataset } from '../../lib/data/schema';
import { isObject, type Json, type Work } from './editedDataset';

export type StudioProblem =
  | ({ kind: 'format' } & DatasetProblem)
  /** A quote not found in the text of the article it cites (the path of its `quote`). */
  | { kind: 'quote'; path: string; source: string }
  /** A warning, not an error: a person with neither a country nor an affiliation has no place on the map (the path of its `country`). */
  | { kind: 'offMap'; path: string };

export interface Checked {
  /** The dataset when it passes the format's checks (quotes aside), for the preview. */
  data: Dataset | null;
  problems: StudioProblem[];
  /** Problems by the path they are at. */
  byPath: ReadonlyMap<string, StudioProblem[]>;
  /**
   * While the work has no record yet: what a dataset needs, each done or not, in place of the
   * problems (a blank page is not a list of errors). Null once there is something to check.
   */
  checklist: ChecklistItem[] | null;
}

export const CHECKLIST = ['title', 'delegation', 'source', 'session', 'record'] as const;
export interface ChecklistItem {
  item: (typeof CHECKLIST)[number];
  done: boolean;
}

const COLLECTION_KEYS = ['sources', 'sessions', 'actors', 'engagements', 'deals'] as const;

/** What a dataset needs, when the work has no record at all yet; null otherwise. */
export function checklistOf(doc: Json): ChecklistItem[] | null {
  if (!isObject(doc)) return null;
  const count = (key: string) => (Array.isArray(doc[key]) ? (doc[key] as unknown[]).length : 0);
  if (COLLECTION_KEYS.some((k) => count(k) > 0)) return null;
  const filled = (v: unknown): boolean =>
    typeof v === 'string' ? v.trim() !== '' : isObject(v) ? Object.values(v).some(filled) : false;
  const delegation = isObject(doc.delegation) ? doc.delegation : {};
  const done = {
    title: filled(doc.title),
    delegation: filled(delegation.country) && filled(delegation.leader),
    source: false,
    session: false,
    record: false,
  };
  return CHECKLIST.map((item) => ({ item, done: done[item] }));
}

/**
 * Cross-checks need the whole document. When some record's shape is wrong, parseDataset stops
 * before them; they are still run here when the document is well-formed enough not to throw, so
 * a missing actor is reported while a summary is still empty.
 */
function crossCheckLoose(doc: Json): DatasetProblem[] {
  try {
    return crossCheck(doc as unknown as Dataset);
  } catch {
    return [];
  }
}

/** Citations as checkQuotes reads them, whatever shape the records are in (positions kept). */
function citationsOnly(doc: Json): Dataset {
  const records = (key: string) => {
    const list = isObject(doc) ? doc[key] : undefined;
    return (Array.isArray(list) ? list : []).map((r) => {
      const cites = isObject(r) && Array.isArray(r.citations) ? r.citations : [];
      return {
        citations: cites.map((c) =>
          isObject(c) && typeof c.source === 'string' && typeof c.quote === 'string'
            ? { source: c.source, quote: c.quote }
            : { source: '', quote: '' },
        ),
      };
    });
  };
  return { engagements: records('engagements'), deals: records('deals') } as unknown as Dataset;
}

/** People the map cannot place: no country of their own, and no government, organization or company they speak for. */
function offMap(doc: Json): StudioProblem[] {
  const list = isObject(doc) && Array.isArray(doc.actors) ? doc.actors : [];
  const out: StudioProblem[] = [];
  list.forEach((a, i) => {
    if (!isObject(a) || a.type !== 'person') return;
    const has = (k: string) => typeof a[k] === 'string' && (a[k] as string).trim() !== '';
    if (!has('country') && !has('affiliation')) out.push({ kind: 'offMap', path: `actors[${i}].country` });
  });
  return out;
}

export function checkWork(work: Work): Checked {
  const checklist = checklistOf(work.dataset);
  if (checklist) return { data: null, problems: [], byPath: new Map(), checklist };
  const parsed = parseDataset(work.dataset);
  const problems: StudioProblem[] = [];
  const seen = new Set<string>();
  const add = (p: DatasetProblem) => {
    const key = `${p.path}\u0000${p.message}`;
    if (seen.has(key)) return;
    seen.add(key);
    problems.push({ kind: 'format', ...p });
  };
  if (!parsed.ok) {
    parsed.problems.forEach(add);
    // A field with a shape problem already says what to fix; its cross-check would repeat it.
    const shaped = new Set(parsed.problems.map((p) => p.path));
    crossCheckLoose(work.dataset)
      .filter((p) => !shaped.has(p.path))
      .forEach(add);
  }
  const texts = Object.fromEntries(Object.entries(work.texts).filter(([, t]) => t.trim() !== ''));
  for (const m of checkQuotes(citationsOnly(work.dataset), texts).missing) {
    // An empty quote is already a format problem; saying it is not in the article adds nothing.
    if (m.quote.trim()) problems.push({ kind: 'quote', path: `${m.path}.quote`, source: m.source });
  }
  problems.push(...offMap(work.dataset));
  const byPath = new Map<string, StudioProblem[]>();
  for (const p of problems) byPath.set(p.path, [...(byPath.get(p.path) ?? []), p]);
  return { data: parsed.ok ? parsed.data : null, problems, byPath, checklist: null };
}
