// @vitest-environment node
// Pure data code: no DOM needed, and Node's own fetch/Response are what the worker's load is given.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { crossCheck, formatPath, parseDataset } from '../../src/lib/data/load';
import { runLoad, type LoadMessage } from '../../src/lib/data/loadJob';
import type { DatasetProblem } from '../../src/lib/data/problems';
import type { Dataset } from '../../src/lib/data/schema';

const fixtureText = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
const minimalText = fixtureText('minimal.json');
const brokenText = fixtureText('broken.json');

// Cases break the fixtures in ways the Dataset type forbids, so the copies are typed loosely.
type Loose = any;
const minimal = (): Loose => JSON.parse(minimalText);
const broken = (): Loose => JSON.parse(brokenText);

/** The valid fixture with one change applied. */
function variant(change: (d: Loose) => void): unknown {
  const d = minimal();
  change(d);
  return d;
}

interface Expected {
  path: string;
  /** The message must name the fix, not only the fault. */
  message: RegExp;
}

/** Exactly these problems, in this order: a stray extra problem fails the case too. */
function expectProblems(actual: DatasetProblem[], expected: Expected[]) {
  expect(actual.map((p) => p.path)).toEqual(expected.map((e) => e.path));
  actual.forEach((p, i) => expect(p.message).toMatch(expected[i]!.message));
}

function problemsOf(input: unknown): DatasetProblem[] {
  const result = parseDataset(input);
  if (result.ok) throw new Error('expected the dataset to be rejected, but it was accepted');
  return result.problems;
}

describe('formatPath', () => {
  it.each([
    { input: [], expected: '(document)' },
    { input: ['title'], expected: 'title' },
    { input: ['delegation', 'country'], expected: 'delegation.country' },
    { input: ['engagements', 3, 'participants', 0, 'actor'], expected: 'engagements[3].participants[0].actor' },
    { input: ['deals', 1, 'value', 'usd'], expected: 'deals[1].value.usd' },
    { input: [0], expected: '[0]' },
    { input: [0, 'id'], expected: '[0].id' },
    { input: ['a', 1, 2], expected: 'a[1][2]' },
  ] satisfies { input: PropertyKey[]; expected: string }[])('$input → $expected', ({ input, expected }) => {
    expect(formatPath(input)).toBe(expected);
  });
});

describe('parseDataset on valid data', () => {
  // minimal.json also holds the edge cases that must pass: a session ending the next year,
  // a month-only date, a deal with "value": null, an engagement without a date.
  it('accepts the minimal fixture and returns its records', () => {
    const result = parseDataset(minimal());
    expect(result).toEqual({ ok: true, data: minimal() });
    if (!result.ok) return;
    expect(result.data.deals.map((d) => d.value)).toEqual([{ usd: 1000000000, qualifier: 'about' }, null]);
  });

  it('trims text in the result without touching the input', () => {
    const input = variant((d) => {
      d.delegation.leader = '  Test Leader ';
      d.actors[0].name = '\tTest Leader\n';
    });
    const before = structuredClone(input);
    const result = parseDataset(input);
    expect(input).toEqual(before);
    expect(result.ok && [result.data.delegation.leader, result.data.actors[0]!.name]).toEqual([
      'Test Leader',
      'Test Leader',
    ]);
  });

  it('does not mutate a rejected input either', () => {
    const input = broken();
    const before = structuredClone(input);
    parseDataset(input);
    crossCheck(input as Dataset);
    expect(input).toEqual(before);
  });
});

// Each case breaks one thing in the valid fixture; the cross-checks run only once the shape is right.
const crossCases: { name: string; change: (d: Loose) => void; expected: Expected[] }[] = [
  {
    name: 'duplicate source id',
    change: (d) => d.sources.push({ ...d.sources[0] }),
    expected: [
      {
        path: 'sources[2].id',
        message: /duplicate id "example-wire-2015" \(also sources\[0\]\): give each record its own id/,
      },
    ],
  },
  {
    name: 'duplicate actor id',
    change: (d) => d.actors.push({ ...d.actors[2], name: 'Kazakhstan (again)' }),
    expected: [
      { path: 'actors[7].id', message: /duplicate id "kaz" \(also actors\[2\]\): give each record its own id/ },
    ],
  },
  {
    name: 'duplicate engagement id',
    change: (d) => d.engagements.push({ ...d.engagements[2] }),
    expected: [{ path: 'engagements[3].id', message: /duplicate id "e72-roundtable".*give each record its own id/ }],
  },
  {
    name: 'duplicate deal id',
    change: (d) => (d.deals[1].id = d.deals[0].id),
    expected: [{ path: 'deals[1].id', message: /duplicate id "acme-rail-2017".*give each record its own id/ }],
  },
  {
    name: 'delegation country that is not a real code',
    change: (d) => (d.delegation.country = 'XXX'),
    expected: [{ path: 'delegation.country', message: /"XXX" is not an ISO 3166-1 alpha-3 country code/ }],
  },
  {
    name: 'session listed twice',
    change: (d) => d.sessions.push({ number: 70, year: 2015 }),
    expected: [{ path: 'sessions[2].number', message: /session 70 is listed twice: keep one entry/ }],
  },
  {
    name: 'session year that does not match its number',
    change: (d) => (d.sessions[1].year = 2018),
    // The engagement dated 2017-09 in that session is reported too: the year it is checked against moved.
    expected: [
      { path: 'sessions[1].year', message: /UNGA session 72 opens in 2017, not 2018: fix the number or the year/ },
      { path: 'engagements[1].date', message: /2017-09 is not in 2018.*fix the date or the session/ },
    ],
  },
  {
    name: 'session dates in the wrong order',
    change: (d) => (d.sessions[0].dates = { start: '2015-09-20', end: '2015-09-15' }),
    expected: [{ path: 'sessions[0].dates', message: /start is after end: swap them/ }],
  },
  {
    name: 'session that starts in another year',
    change: (d) => (d.sessions[0].dates = { start: '2016-09-13', end: '2016-12-01' }),
    expected: [{ path: 'sessions[0].dates.start', message: /the session opens in 2015, but start is 2016-09-13/ }],
  },
  {
    name: 'engagement in a session that is not listed',
    change: (d) => (d.engagements[2].session = 71),
    expected: [
      { path: 'engagements[2].session', message: /session 71 is not in sessions\[\]: add it there or fix the number/ },
    ],
  },
  {
    name: 'engagement dated outside its session year',
    change: (d) => (d.engagements[0].date = '2016-01-05'),
    expected: [
      {
        path: 'engagements[0].date',
        message: /2016-01-05 is not in 2015, the year of session 70: fix the date or the session/,
      },
    ],
  },
  {
    name: 'engagement dated by month outside its session year',
    change: (d) => (d.engagements[1].date = '2018-09'),
    expected: [{ path: 'engagements[1].date', message: /2018-09 is not in 2017.*fix the date or the session/ }],
  },
  {
    name: 'participant that is not an actor',
    change: (d) => (d.engagements[0].participants[1].actor = 'nobody'),
    expected: [
      {
        path: 'engagements[0].participants[1].actor',
        message: /no actor has id "nobody": add it to actors\[\] or fix the id/,
      },
    ],
  },
  {
    name: 'engagement citing an unknown source',
    change: (d) => (d.engagements[2].citations[0].source = 'nowhere'),
    expected: [
      {
        path: 'engagements[2].citations[0].source',
        message: /no source has id "nowhere": add it to sources\[\] or fix the id/,
      },
    ],
  },
  {
    name: 'deal citing an unknown source',
    change: (d) => d.deals[0].citations.push({ source: 'nowhere', quote: 'x' }),
    expected: [
      {
        path: 'deals[0].citations[1].source',
        message: /no source has id "nowhere": add it to sources\[\] or fix the id/,
      },
    ],
  },
  {
    name: 'actor country that is not a real code',
    change: (d) => (d.actors[5].country = 'XXX'),
    expected: [{ path: 'actors[5].country', message: /"XXX" is not an ISO 3166-1 alpha-3 country code/ }],
  },
  {
    name: 'actor affiliated with itself',
    change: (d) => (d.actors[1].affiliation = 'alex-sample'),
    expected: [{ path: 'actors[1].affiliation', message: /an actor cannot be affiliated with itself/ }],
  },
  {
    name: 'actor affiliated with an unknown actor',
    change: (d) => (d.actors[0].affiliation = 'ministry'),
    expected: [
      { path: 'actors[0].affiliation', message: /no actor has id "ministry": add it to actors\[\] or fix the id/ },
    ],
  },
  {
    name: 'deal in a session that is not listed',
    change: (d) => (d.deals[1].session = 75),
    expected: [
      { path: 'deals[1].session', message: /session 75 is not in sessions\[\]: add it there or fix the number/ },
    ],
  },
  {
    name: 'deal with an unknown company',
    change: (d) => (d.deals[1].company = 'ghost-corp'),
    expected: [
      { path: 'deals[1].company', message: /no actor has id "ghost-corp": add it to actors\[\] or fix the id/ },
    ],
  },
  {
    name: 'deal whose company is a person',
    change: (d) => (d.deals[1].company = 'alex-sample'),
    expected: [
      {
        path: 'deals[1].company',
        message: /"alex-sample" is a person, not a company: point to an actor of type "company"/,
      },
    ],
  },
  {
    name: 'deal whose company is a state',
    change: (d) => (d.deals[1].company = 'deu'),
    expected: [{ path: 'deals[1].company', message: /is a state, not a company: point to an actor of type "company"/ }],
  },
  {
    name: 'deal linked to an unknown engagement',
    change: (d) => (d.deals[0].engagement = 'e99'),
    expected: [{ path: 'deals[0].engagement', message: /no engagement has id "e99": add it or fix the id/ }],
  },
  {
    name: 'deal linked to an engagement of another session',
    change: (d) => (d.deals[0].engagement = 'e70-sample'),
    expected: [{ path: 'deals[0].engagement', message: /engagement "e70-sample" is in session 70, the deal in 72/ }],
  },
];

describe('cross-record checks', () => {
  it.each(crossCases)('$name', ({ change, expected }) => {
    expectProblems(problemsOf(variant(change)), expected);
  });

  it('crossCheck finds nothing wrong in the valid fixture', () => {
    expect(crossCheck(minimal() as Dataset)).toEqual([]);
  });
});

// Shape problems come from the zod schema, with paths in the same bracketed form.
const shapeCases: { name: string; input: unknown; expected: Expected[] }[] = [
  { name: 'null', input: null, expected: [{ path: '(document)', message: /expected object, got null/ }] },
  {
    name: 'an array',
    input: [minimal()],
    expected: [{ path: '(document)', message: /expected object, got an array/ }],
  },
  { name: 'a string', input: minimalText, expected: [{ path: '(document)', message: /expected object, got string/ }] },
  {
    name: 'participant actor that is not a string',
    input: variant((d) => (d.engagements[0].participants[0].actor = 42)),
    expected: [{ path: 'engagements[0].participants[0].actor', message: /id must be a string/ }],
  },
  {
    name: 'participant without an actor',
    input: variant((d) => delete d.engagements[1].participants[0].actor),
    expected: [{ path: 'engagements[1].participants[0].actor', message: /id is missing: add it/ }],
  },
  {
    name: 'id with a space',
    input: variant((d) => (d.actors[4].id = 'example chamber')),
    expected: [{ path: 'actors[4].id', message: /ids use letters, digits, "\.", "_" and "-" only/ }],
  },
  {
    name: 'usd of 0 instead of null',
    input: variant((d) => (d.deals[0].value.usd = 0)),
    expected: [
      {
        path: 'deals[0].value.usd',
        message: /usd must be positive; write "value": null when the source gives no value/,
      },
    ],
  },
  {
    name: 'usd written as a string',
    input: variant((d) => (d.deals[0].value.usd = '1 billion')),
    expected: [{ path: 'deals[0].value.usd', message: /usd must be a number of US dollars, such as 4200000000/ }],
  },
  {
    name: 'quote of blanks',
    input: variant((d) => (d.deals[1].citations[0].quote = '   ')),
    expected: [{ path: 'deals[1].citations[0].quote', message: /quote must not be empty/ }],
  },
  {
    name: 'no citations',
    input: variant((d) => (d.engagements[0].citations = [])),
    expected: [{ path: 'engagements[0].citations', message: /add at least one citation/ }],
  },
  {
    name: 'unknown engagement type',
    input: variant((d) => (d.engagements[2].type = 'dinner')),
    expected: [{ path: 'engagements[2].type', message: /engagement type must be one of "bilateral", .*"roundtable"/ }],
  },
  {
    name: 'day that does not exist',
    input: variant((d) => (d.engagements[0].date = '2015-02-30')),
    expected: [{ path: 'engagements[0].date', message: /this day does not exist in that month/ }],
  },
  {
    name: 'month 13',
    input: variant((d) => (d.engagements[0].date = '2015-13')),
    expected: [{ path: 'engagements[0].date', message: /use YYYY-MM-DD, or YYYY-MM when the day is unknown/ }],
  },
  {
    name: 'lower-case country code',
    input: variant((d) => (d.delegation.country = 'kaz')),
    expected: [{ path: 'delegation.country', message: /alpha-3 country code in capitals, such as "KAZ"/ }],
  },
  {
    name: 'fractional session number',
    input: variant((d) => (d.sessions[1].number = 72.5)),
    expected: [{ path: 'sessions[1].number', message: /session number must be a whole number/ }],
  },
  {
    name: 'latitude out of range',
    input: variant((d) => (d.deals[0].sites[0].lat = 91)),
    expected: [{ path: 'deals[0].sites[0].lat', message: /lat is a latitude between -90 and 90/ }],
  },
  {
    name: 'schemaVersion 2',
    input: variant((d) => (d.schemaVersion = 2)),
    expected: [{ path: 'schemaVersion', message: /schemaVersion must be 1/ }],
  },
  {
    name: 'no sources',
    input: variant((d) => (d.sources = [])),
    expected: [{ path: 'sources', message: /list at least one source/ }],
  },
  {
    name: 'missing top-level list',
    input: variant((d) => delete d.deals),
    expected: [{ path: 'deals', message: /required field is missing: add it \(array\)/ }],
  },
  {
    name: 'missing title',
    input: variant((d) => delete d.title),
    expected: [{ path: 'title', message: /title is missing: add it/ }],
  },
  {
    name: 'missing deal value (null is required when unknown)',
    input: variant((d) => delete d.deals[1].value),
    expected: [{ path: 'deals[1].value', message: /required field is missing: add it/ }],
  },
  {
    name: 'missing engagement summary',
    input: variant((d) => delete d.engagements[2].summary),
    expected: [{ path: 'engagements[2].summary', message: /summary is missing: add it/ }],
  },
];

describe('shape checks', () => {
  it.each(shapeCases)('$name', ({ input, expected }) => {
    expectProblems(problemsOf(input), expected);
  });

  it('reports every top-level field of an empty object, and skips the cross-checks', () => {
    const paths = problemsOf({}).map((p) => p.path);
    expect(paths).toEqual([
      'schemaVersion',
      'title',
      'delegation',
      'sources',
      'sessions',
      'actors',
      'engagements',
      'deals',
    ]);
  });
});

describe('the broken fixture', () => {
  // Shape problems hide the cross-record ones: parseDataset only cross-checks a well-shaped document.
  it('reports its two shape problems first', () => {
    expectProblems(problemsOf(broken()), [
      { path: 'engagements[1].citations[0].quote', message: /quote must not be empty/ },
      { path: 'deals[1].value.usd', message: /write "value": null/ },
    ]);
  });

  it('reports its cross-record problems once the shape is fixed', () => {
    const d = broken();
    d.engagements[1].citations[0].quote = 'A speech was given.';
    d.deals[1].value = null;
    expectProblems(problemsOf(d), [
      { path: 'actors[2].id', message: /duplicate id "alex-sample".*give each record its own id/ },
      { path: 'sessions[1].year', message: /fix the number or the year/ },
      { path: 'actors[1].country', message: /"XXX" is not an ISO 3166-1 alpha-3 country code/ },
      { path: 'engagements[0].date', message: /fix the date or the session/ },
      { path: 'engagements[0].participants[1].actor', message: /add it to actors\[\] or fix the id/ },
      { path: 'deals[0].company', message: /point to an actor of type "company"/ },
    ]);
  });
});

describe("fetching and validating a dataset (the worker's runLoad)", () => {
  const url = 'https://example.org/data.json';
  /** Run the worker's load of `url`: its problems, or the dataset put back together from its messages. */
  async function loadDataset(
    address: string,
    fetchImpl: typeof fetch,
  ): Promise<{ ok: false; problems: DatasetProblem[] } | { ok: true; data: unknown }> {
    const posted: LoadMessage[] = [];
    await runLoad({ type: 'load', id: 1, source: { url: address } }, (m) => posted.push(m), fetchImpl);
    const failed = posted.find((m) => m.type === 'failed');
    if (failed) return { ok: false, problems: failed.problems };
    const head = posted.find((m) => m.type === 'head');
    if (!head) throw new Error('neither a failure nor a dataset');
    const records = { engagements: [] as unknown[], deals: [] as unknown[] };
    for (const m of posted) if (m.type === 'records') records[m.key].push(...m.records);
    return { ok: true, data: { ...head.head, ...records } };
  }
  /** A fetch that answers every request with `respond()` and records the URLs asked for. */
  function fakeFetch(respond: () => Response | Promise<Response>) {
    const calls: string[] = [];
    const impl = (async (input: RequestInfo | URL) => {
      calls.push(String(input));
      return respond();
    }) as typeof fetch;
    return { impl, calls };
  }

  it.each([
    {
      name: 'HTTP 404',
      respond: () => new Response('not found', { status: 404 }),
      expected: { path: '(request)', message: /answered HTTP 404: no file at that address: check the URL/ },
    },
    {
      name: 'network error',
      respond: () => Promise.reject(new TypeError('Failed to fetch')),
      expected: {
        path: '(request)',
        message:
          /could not fetch https:\/\/example\.org\/data\.json \(Failed to fetch\)\. Check the address; .*cross-origin requests \(CORS\)/,
      },
    },
    {
      name: 'invalid JSON',
      respond: () => new Response('{"schemaVersion": 1,}', { status: 200 }),
      expected: { path: '(document)', message: /data\.json is not valid JSON \(.+\): check the file in a JSON linter/ },
    },
    {
      name: 'JSON that is not a dataset',
      respond: () => new Response('[]', { status: 200 }),
      expected: { path: '(document)', message: /expected object, got an array/ },
    },
  ])('$name becomes a problem', async ({ respond, expected }) => {
    const { impl, calls } = fakeFetch(respond);
    const result = await loadDataset(url, impl);
    expect(calls).toEqual([url]);
    expect(result.ok).toBe(false);
    if (!result.ok) expectProblems(result.problems, [expected]);
  });

  it('returns the parsed dataset on success', async () => {
    const { impl, calls } = fakeFetch(() => new Response(minimalText, { status: 200 }));
    const result = await loadDataset(url, impl);
    expect(calls).toEqual([url]);
    expect(result).toEqual({ ok: true, data: minimal() });
  });
});
