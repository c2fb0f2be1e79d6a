/**
 * Where data enters: `unknown` in, a typed Dataset or a list of problems out. Shapes are checked
 * by the zod schema, then the cross-references that only the whole document can show. Nothing
 * downstream checks again.
 */
import { z } from 'zod';
import { isAlpha3 } from '../geo/codes';
import { datasetSchema, dealSchema, engagementSchema, type Dataset } from './schema';
import { MAX_RECORDS, tooDeep, tooDeepMessage } from './limits';
import { oneProblem, type DatasetProblem, type ParseResult } from './problems';


/** `["engagements", 3, "participants", 0, "actor"]` → `engagements[3].participants[0].actor`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(document)';
}

// Fallback wording for the issues the schema has no message of its own for.
const missingFieldError: z.core.$ZodErrorMap = (iss) => {
  if (iss.code === 'invalid_type' && iss.input === undefined) return `required field is missing: add it (${iss.expected})`;
  if (iss.code === 'invalid_type') return `expected ${iss.expected}, got ${describe(iss.input)}: a dataset is one JSON object (see data/schema.json)`;
  return undefined;
};

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}


/** Where validation is: `done` of `total` records checked. */
export type Progress = (done: number, total: number) => void;

/**
 * Records checked so far, handed on in order while none has had a problem, so that a worker can
 * send them to the page while it checks the rest (the page receives one run while the next is
 * checked). Once a problem is found nothing more is handed on: the result will list problems.
 */
export type Checked = (key: 'engagements' | 'deals', records: unknown[]) => void;

// The records are checked one by one (same schema, same paths) rather than in one parse of the
// whole document, so that a worker can report progress and a very large file never holds one
// long task; the issues and their order are those of a single parse.
const headSchema = datasetSchema.extend({ engagements: z.array(z.unknown()), deals: z.array(z.unknown()) });
/** Records between two progress reports, and in each run handed to `Checked`. */
export const PROGRESS_EVERY = 2000;

function issuesOf(error: z.ZodError, prefix: readonly PropertyKey[] = []): DatasetProblem[] {
  return error.issues.map((iss) => ({ path: formatPath([...prefix, ...iss.path]), message: iss.message }));
}

/**
 * Validate a parsed JSON document against the dataset format: shapes first (zod), then the
 * checks between records. `onProgress` is called as records are checked (the worker forwards it
 * to the page). The command-line `npm run validate`, the page's worker and the tests all run this.
 */
export function parseDataset(input: unknown, onProgress?: Progress, onChecked?: Checked): ParseResult {
  const options = { error: missingFieldError, reportInput: true } as const;
  // Refused before anything walks it: zod, saving and copying recurse through the document.
  const deep = tooDeep(input);
  if (deep) return oneProblem('limit', deep, tooDeepMessage());
  const head = headSchema.safeParse(input, options);
  const problems: DatasetProblem[] = head.success ? [] : issuesOf(head.error);
  // Records are checked even when the head has problems, so one run lists everything to fix.
  const list = (key: 'engagements' | 'deals'): unknown[] => {
    const v = (input as Record<string, unknown> | null)?.[key];
    return Array.isArray(v) ? v : [];
  };
  const rawEngagements = list('engagements');
  const rawDeals = list('deals');
  const total = rawEngagements.length + rawDeals.length;
  if (total > MAX_RECORDS) {
    return oneProblem('limit', '(document)', `the dataset has ${total} records (engagements and deals); the dashboard handles at most ${MAX_RECORDS}: split it by session or delegation into smaller files`);
  }
  const checkAll = <T>(name: 'engagements' | 'deals', schema: z.ZodType<T>, items: unknown[], offset: number): T[] => {
    const out: T[] = [];
    let handed = 0;
    const handOn = () => {
      if (onChecked && head.success && !problems.length && handed < out.length) onChecked(name, out.slice(handed));
      handed = out.length;
    };
    items.forEach((item, i) => {
      const r = schema.safeParse(item, options);
      if (r.success) out.push(r.data);
      else problems.push(...issuesOf(r.error, [name, i]));
      const done = offset + i + 1;
      if (done % PROGRESS_EVERY === 0 || done === total) {
        handOn();
        onProgress?.(done, total);
      }
    });
    handOn();
    return out;
  };
  onProgress?.(0, total);
  const engagements = checkAll('engagements', engagementSchema, rawEngagements, 0);
  const deals = checkAll('deals', dealSchema, rawDeals, rawEngagements.length);
  if (problems.length || !head.success) return invalid(problems);
  const data: Dataset = { ...head.data, engagements, deals };
  const cross = crossCheck(data);
  return cross.length ? invalid(cross) : { ok: true, data };
}

function invalid(problems: DatasetProblem[]): ParseResult {
  return { ok: false, kind: 'dataset', problems, total: problems.length };
}

/** Checks between records: unique ids, references that resolve, dates inside their session's year. */
export function crossCheck(data: Dataset): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const add = (path: string, message: string) => problems.push({ path, message });

  const uniqueIds = <T extends { id: string }>(name: string, items: readonly T[]) => {
    const seen = new Map<string, number>();
    items.forEach((item, i) => {
      const first = seen.get(item.id);
      if (first !== undefined) add(`${name}[${i}].id`, `duplicate id "${item.id}" (also ${name}[${first}]): give each record its own id`);
      else seen.set(item.id, i);
    });
    return seen;
  };
  const sources = uniqueIds('sources', data.sources);
  const actors = uniqueIds('actors', data.actors);
  const engagements = uniqueIds('engagements', data.engagements);
  uniqueIds('deals', data.deals);

  if (!isAlpha3(data.delegation.country)) {
    add('delegation.country', `"${data.delegation.country}" is not an ISO 3166-1 alpha-3 country code: use a real code such as "KAZ"`);
  }

  const sessionYear = new Map<number, number>();
  data.sessions.forEach((s, i) => {
    if (sessionYear.has(s.number)) add(`sessions[${i}].number`, `session ${s.number} is listed twice: keep one entry`);
    sessionYear.set(s.number, s.year);
    if (s.year !== 1945 + s.number) {
      add(`sessions[${i}].year`, `UNGA session ${s.number} opens in ${1945 + s.number}, not ${s.year}: fix the number or the year`);
    }
    if (s.dates && s.dates.start > s.dates.end) add(`sessions[${i}].dates`, 'start is after end: swap them');
    if (s.dates && Number(s.dates.start.slice(0, 4)) !== s.year) {
      add(`sessions[${i}].dates.start`, `the session opens in ${s.year}, but start is ${s.dates.start}: fix the date or the year`);
    }
  });

  const checkSession = (path: string, n: number) => {
    if (!sessionYear.has(n)) add(path, `session ${n} is not in sessions[]: add it there or fix the number`);
  };
  const checkDate = (path: string, session: number, date: string | undefined) => {
    const year = sessionYear.get(session);
    if (date && year !== undefined && Number(date.slice(0, 4)) !== year) {
      add(path, `${date} is not in ${year}, the year of session ${session}: fix the date or the session`);
    }
  };
  const checkCitations = (path: string, cites: readonly { source: string }[]) =>
    cites.forEach((c, j) => {
      if (!sources.has(c.source)) add(`${path}.citations[${j}].source`, `no source has id "${c.source}": add it to sources[] or fix the id`);
    });
  const checkActor = (path: string, actorId: string) => {
    if (!actors.has(actorId)) add(path, `no actor has id "${actorId}": add it to actors[] or fix the id`);
  };

  data.actors.forEach((a, i) => {
    if (a.country !== undefined && !isAlpha3(a.country)) {
      add(`actors[${i}].country`, `"${a.country}" is not an ISO 3166-1 alpha-3 country code: use a real code such as "USA", or leave country out`);
    }
    if (a.affiliation !== undefined) {
      if (a.affiliation === a.id) add(`actors[${i}].affiliation`, 'an actor cannot be affiliated with itself: point to the government, organization or company it speaks for, or leave affiliation out');
      else checkActor(`actors[${i}].affiliation`, a.affiliation);
    }
  });

  data.engagements.forEach((e, i) => {
    const path = `engagements[${i}]`;
    checkSession(`${path}.session`, e.session);
    checkDate(`${path}.date`, e.session, e.date);
    e.participants.forEach((p, j) => checkActor(`${path}.participants[${j}].actor`, p.actor));
    checkCitations(path, e.citations);
  });

  data.deals.forEach((d, i) => {
    const path = `deals[${i}]`;
    checkSession(`${path}.session`, d.session);
    const company = actors.has(d.company) ? data.actors[actors.get(d.company)!] : undefined;
    if (!company) checkActor(`${path}.company`, d.company);
    else if (company.type !== 'company') add(`${path}.company`, `"${d.company}" is a ${company.type}, not a company: point to an actor of type "company"`);
    if (d.engagement !== undefined) {
      const e = engagements.has(d.engagement) ? data.engagements[engagements.get(d.engagement)!] : undefined;
      if (!e) add(`${path}.engagement`, `no engagement has id "${d.engagement}": add it or fix the id`);
      else if (e.session !== d.session) add(`${path}.engagement`, `engagement "${d.engagement}" is in session ${e.session}, the deal in ${d.session}: link an engagement of the same session`);
    }
    checkCitations(path, d.citations);
  });

  return problems;
}

/** Parse JSON text and validate it: what the worker does with a fetched or opened file. */
export function parseDatasetText(text: string, name: string, onProgress?: Progress, onChecked?: Checked): ParseResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    return oneProblem('json', '(document)', `${name} is not valid JSON (${(err as Error).message}): check the file in a JSON linter`);
  }
  return parseDataset(json, onProgress, onChecked);
}
