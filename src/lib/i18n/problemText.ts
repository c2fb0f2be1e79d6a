/**
 * The explanation of a dataset problem in the reader's language. Validation (the worker, `npm run
 * validate`) words its problems in English; the page recognises each kind of problem by its
 * English wording and says it again from the message files (`problem.*`), keeping the JSON path
 * and the values (ids, dates, field names) as they are. A wording not in the table (a message
 * zod writes itself) is shown in English. tests/unit/problemText.test.ts checks that every
 * problem the validator can write is recognised, and that the English message files give back
 * exactly the validator's own words.
 */
import type { I18n } from './i18n';
import type { MessageKey } from './keys';
import type { DatasetProblem } from '../data/problems';

type Pattern = [RegExp, MessageKey, string[]];

const P = (re: RegExp, key: MessageKey, ...names: string[]): Pattern => [re, key, names];

const PATTERNS: Pattern[] = [
  P(/^required field is missing: add it \((.+)\)$/, 'problem.required', 'expected'),
  P(/^(.+) is missing: add it$/, 'problem.missing', 'what'),
  P(/^(.+) must be a string$/, 'problem.string', 'what'),
  P(/^(.+) must not be empty: give it at least one visible character/, 'problem.empty', 'what'),
  P(/^ids use letters, digits/, 'problem.idPattern'),
  P(/^use an ISO 3166-1 alpha-3 country code in capitals/, 'problem.alpha3Format'),
  P(/^use a calendar date written YYYY-MM-DD/, 'problem.day'),
  P(/^use YYYY-MM-DD, or YYYY-MM when the day is unknown/, 'problem.dayOrMonth'),
  P(/^this day does not exist in that month$/, 'problem.noSuchDay'),
  P(/^use a BCP 47 language code/, 'problem.language'),
  P(/^(.+) has no language: give at least one/, 'problem.noLanguage', 'what'),
  P(/^(.+) must be text, or translations by language/, 'problem.localText', 'what'),
  P(/^status must be one of/, 'problem.status'),
  P(/^add at least one citation/, 'problem.citations'),
  P(/^url must be an absolute http\(s\) address/, 'problem.url'),
  P(/^session number must be a whole number/, 'problem.sessionNumber'),
  P(/^year must be a whole number$/, 'problem.year'),
  P(/^(actor type|engagement type|qualifier|basis) must be one of (.+)$/, 'problem.oneOf', 'field', 'allowed'),
  P(/^session must be the number of an entry in sessions\[\]$/, 'problem.sessionRef'),
  P(/^usd must be a number of US dollars/, 'problem.usdNumber'),
  P(/^usd must be positive; write "value": null/, 'problem.usdPositive'),
  P(/^usd must be at most (\d+) \(10 trillion US dollars\)/, 'problem.usdMax', 'max'),
  P(
    /^the dataset has (\d+) records \(engagements and deals\); the dashboard handles at most (\d+):/,
    'problem.tooManyRecords',
    'count',
    'max',
  ),
  P(
    /^(.+) is too large \((.+); the dashboard reads at most (.+)\): split it/s,
    'problem.tooLarge',
    'name',
    'size',
    'max',
  ),
  P(/^figure value must be a number$/, 'problem.figureValue'),
  P(/^lon must be a longitude in degrees/, 'problem.lonNumber'),
  P(/^lon is a longitude between -180 and 180$/, 'problem.lonRange'),
  P(/^lat must be a latitude in degrees/, 'problem.latNumber'),
  P(/^lat is a latitude between -90 and 90$/, 'problem.latRange'),
  P(/^schemaVersion must be 1$/, 'problem.schemaVersion'),
  P(/^list at least one source$/, 'problem.sources'),
  P(/^list at least one UNGA session$/, 'problem.sessions'),
  P(/^expected (.+), got (.+): a dataset is one JSON object/, 'problem.type', 'expected', 'got'),
  P(/^duplicate id "(.+)" \(also (.+)\): give each record its own id$/, 'problem.duplicateId', 'id', 'other'),
  P(
    /^"(.+)" is not an ISO 3166-1 alpha-3 country code: use a real code such as "KAZ"$/,
    'problem.notAlpha3Home',
    'code',
  ),
  P(
    /^"(.+)" is not an ISO 3166-1 alpha-3 country code: use a real code such as "USA", or leave country out$/,
    'problem.notAlpha3Actor',
    'code',
  ),
  P(/^session (\d+) is listed twice/, 'problem.sessionTwice', 'n'),
  P(/^UNGA session (\d+) opens in (\d+), not (-?\d+):/, 'problem.sessionYear', 'n', 'expected', 'year'),
  P(/^start is after end: swap them$/, 'problem.startAfterEnd'),
  P(
    /^the session opens in (-?\d+), but start is (.+): fix the date or the year$/,
    'problem.startYear',
    'year',
    'start',
  ),
  P(/^session (-?\d+) is not in sessions\[\]/, 'problem.missingSession', 'n'),
  P(/^(.+) is not in (-?\d+), the year of session (-?\d+):/, 'problem.dateYear', 'date', 'year', 'n'),
  P(/^no source has id "(.+)": add it to sources\[\]/, 'problem.noSource', 'id'),
  P(/^no actor has id "(.+)": add it to actors\[\]/, 'problem.noActor', 'id'),
  P(/^an actor cannot be affiliated with itself/, 'problem.selfAffiliation'),
  P(/^"(.+)" is a (\w+), not a company/, 'problem.notCompany', 'id', 'type'),
  P(/^no engagement has id "(.+)": add it or fix the id$/, 'problem.noEngagement', 'id'),
  P(
    /^engagement "(.+)" is in session (-?\d+), the deal in (-?\d+):/,
    'problem.engagementSession',
    'id',
    'engagementSession',
    'dealSession',
  ),
  P(/^(.+) is not valid JSON \((.*)\): check the file in a JSON linter$/s, 'problem.json', 'name', 'error'),
  P(/^could not fetch (\S+) \((.*)\)\. Check the address/s, 'problem.fetch', 'url', 'error'),
  P(/^(\S+) answered HTTP (404)\b/, 'problem.http404', 'url', 'status'),
  P(/^(\S+) answered HTTP (40[13])\b/, 'problem.httpDenied', 'url', 'status'),
  P(/^(\S+) answered HTTP (\d+)\b/, 'problem.httpOther', 'url', 'status'),
  P(/^stopped waiting for (\S+) after (\d+) s: the server is slow/, 'problem.stopped', 'url', 'seconds'),
  P(/^the dataset could not be checked \((.*)\): reload the page/s, 'problem.worker', 'reason'),
];

/** The message key and values of a problem's wording, or null when it is not one the table knows. */
export function problemKey(message: string): { key: MessageKey; values: Record<string, string> } | null {
  for (const [re, key, names] of PATTERNS) {
    const m = re.exec(message);
    if (m) return { key, values: Object.fromEntries(names.map((n, i) => [n, m[i + 1] ?? ''])) };
  }
  return null;
}

export function problemText(problem: DatasetProblem, i18n: I18n): string {
  const known = problemKey(problem.message);
  return known ? i18n.t(known.key, known.values) : problem.message;
}
