// The problem list in the reader's language: every problem the validator writes is recognised,
// and the English message files give back exactly the validator's own words.
import { describe, expect, it } from 'vitest';
import { parseDataset, parseDatasetText } from '../../src/lib/data/load';
import { fetchDatasetText, stoppedProblem, tooLargeProblem } from '../../src/lib/data/request';
import type { DatasetProblem } from '../../src/lib/data/problems';
import { MAX_BYTES, MAX_RECORDS } from '../../src/lib/data/limits';
import { problemKey, problemText } from '../../src/lib/i18n/problemText';
import { english, fixture, i18nFor } from '../helpers';

type Loose = any;
const minimal = (): Loose => structuredClone(fixture('minimal.json'));

/** Datasets that between them make the validator write every kind of problem it has. */
function broken(): DatasetProblem[] {
  const out: DatasetProblem[] = [];
  const add = (change: (d: Loose) => void) => {
    const d = minimal();
    change(d);
    const r = parseDataset(d);
    if (r.ok) throw new Error('expected problems');
    out.push(...r.problems);
  };
  add((d) => {
    delete d.title;
    d.description = 5;
    d.schemaVersion = 2;
    d.language = 'EN';
    d.sources[0].id = 'bad id';
    d.sources[0].url = 'ftp://x';
    d.sources[0].publisher = '  ';
    d.sources[0].published = '2023-9-1';
    d.sessions[0].number = 1.5;
    d.sessions[0].year = 'x';
    d.actors[0].type = 'robot';
    d.actors[0].country = 'usa';
    d.actors[0].name = {};
    d.actors[1].name = { EN: 'x' };
    d.actors[1].aliases = [3];
    d.engagements[0].type = 'lunch';
    d.engagements[0].status = 'maybe';
    d.engagements[0].date = '2023-02-30';
    d.engagements[0].citations = [];
    d.engagements[0].session = 'x';
    d.deals[0].value = { usd: -1, qualifier: 'roughly' };
    d.deals[0].basis = 'gift';
    d.deals[0].figures = [{ label: 'x', value: 'y', qualifier: 'about' }];
    d.deals[0].sites = [
      { name: 'a', lon: 200, lat: 100 },
      { name: 'b', lon: 'x', lat: 'y' },
    ];
  });
  add((d) => {
    d.engagements[0].date = '23-09';
    d.deals[0].value = { usd: 'many', qualifier: 'about' };
  });
  add((d) => {
    d.sources = [];
    d.sessions = [];
  });
  add((d) => {
    d.delegation.country = 'XXX';
    d.actors.push({ ...d.actors[0] });
    d.actors[0].country = 'XYZ';
    d.actors[0].affiliation = d.actors[0].id;
    d.sessions.push({ ...d.sessions[0] });
    d.sessions[0].year = 1999;
    d.sessions[0].dates = { start: '2024-09-20', end: '2023-09-01' };
    d.engagements[0].session = 12;
    d.engagements[0].participants.push({ actor: 'nobody' });
    d.engagements[0].citations[0].source = 'nowhere';
    d.deals[0].company = d.engagements[0].participants[0].actor;
    d.deals[0].engagement = 'no-such';
  });
  add((d) => {
    d.title = '\u200b\u200d';
    d.sessions[0].number = 9007199254738000;
    d.deals[0].value = { usd: 1.7e308, qualifier: 'exact' };
  });
  add((d) => {
    d.engagements = Array.from({ length: MAX_RECORDS + 1 }, () => ({}));
  });
  out.push(
    ...tooLargeProblem('big.json', MAX_BYTES + 1).problems,
    ...tooLargeProblem('https://example.org/big.json', null).problems,
  );
  out.push(...stoppedProblem('https://example.org/slow.json', 10).problems);
  add((d) => {
    d.engagements[0].date = '2019-01-01';
    d.deals[0].engagement = d.engagements[0].id;
    d.deals[0].session = 999;
  });
  return out;
}

describe('problemText', () => {
  const problems = broken();

  it('has problems of many kinds to check', () => {
    expect(new Set(problems.map((p) => problemKey(p.message)?.key)).size).toBeGreaterThan(30);
  });

  it('recognises every problem the validator writes', () => {
    const unknown = problems.filter((p) => !problemKey(p.message));
    expect(unknown.map((p) => `${p.path}: ${p.message}`)).toEqual([]);
  });

  it('the English message files give back the validator’s own words', () => {
    const en = english();
    for (const p of problems) expect(problemText(p, en)).toBe(p.message);
  });

  it.each([
    { name: 'not JSON', run: async () => parseDatasetText('{', 'x.json') },
    {
      name: 'network error',
      run: async () =>
        fetchDatasetText('https://example.org/d.json', (() =>
          Promise.reject(new TypeError('Failed to fetch'))) as never),
    },
    {
      name: '404',
      run: async () =>
        fetchDatasetText('https://example.org/d.json', (async () => new Response('', { status: 404 })) as never),
    },
    {
      name: '403',
      run: async () =>
        fetchDatasetText('https://example.org/d.json', (async () => new Response('', { status: 403 })) as never),
    },
    {
      name: '500',
      run: async () =>
        fetchDatasetText('https://example.org/d.json', (async () => new Response('', { status: 500 })) as never),
    },
  ])('words a $name failure the same way', async ({ run }) => {
    const r = await run();
    if (r.ok) throw new Error('expected a failure');
    const [p] = r.problems;
    expect(problemKey(p!.message)).not.toBeNull();
    expect(problemText(p!, english())).toBe(p!.message);
  });

  it('keeps a wording it does not know as it is', () => {
    expect(problemText({ path: 'x', message: 'Invalid input' }, english())).toBe('Invalid input');
  });

  it('translates where the language has the message, keeping paths and values', async () => {
    const ru = await i18nFor('ru');
    const p = {
      path: 'engagements[0].participants[1].actor',
      message: 'no actor has id "nobody": add it to actors[] or fix the id',
    };
    const text = problemText(p, ru);
    expect(text).toContain('"nobody"');
    expect(text).not.toMatch(/add it to actors/);
  });
});
