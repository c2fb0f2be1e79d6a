import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/lib/data/load';
import { checkQuotes, normalizeWhitespace } from '../../src/lib/data/quotes';
import type { Dataset } from '../../src/lib/data/schema';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../..');

describe('normalizeWhitespace', () => {
  const cases: { name: string; input: string; expected: string }[] = [
    { name: 'leaves single spaces alone', input: 'met with Rio Tinto', expected: 'met with Rio Tinto' },
    { name: 'collapses runs of spaces', input: 'met   with', expected: 'met with' },
    { name: 'turns line breaks and tabs into one space', input: 'met\n\twith\r\nRio', expected: 'met with Rio' },
    {
      name: 'treats a non-breaking space as a space',
      input: 'about\u00a0$4.2 billion',
      expected: 'about $4.2 billion',
    },
    { name: 'treats a narrow no-break space as a space', input: '300\u202f000', expected: '300 000' },
    { name: 'trims both ends', input: '  \n Tokayev \t', expected: 'Tokayev' },
    {
      name: 'keeps curly quotes and accents',
      input: 'Tokayev’s “visit” Niinistö',
      expected: 'Tokayev’s “visit” Niinistö',
    },
    { name: 'empty stays empty', input: '', expected: '' },
    { name: 'white space only becomes empty', input: ' \u00a0\n ', expected: '' },
  ];
  it.each(cases)('$name', ({ input, expected }) => {
    expect(normalizeWhitespace(input)).toBe(expected);
  });
});

const ARTICLE_A =
  'The Kazakh side welcomed Wabtec’s plans to invest about $1 billion in the transport\nand logistics industry.';
const ARTICLE_B = 'Progress of cooper exploration projects in Kostanay\u00a0and Karaganda regions.';

/** A valid dataset with one engagement citing A and B, and one deal citing A and C. */
function dataset(quotes: { engagement: [string, string]; deal: [string, string] }): Dataset {
  return {
    schemaVersion: 1,
    title: 'Test',
    delegation: { country: 'KAZ', leader: 'Leader', aliases: [] },
    sources: [
      { id: 'a', publisher: 'A', title: 'A' },
      { id: 'b', publisher: 'B', title: 'B' },
      { id: 'c', publisher: 'C', title: 'C' },
    ],
    sessions: [{ number: 78, year: 2023 }],
    actors: [{ id: 'wabtec', name: 'Wabtec', type: 'company', country: 'USA' }],
    engagements: [
      {
        id: 'e1',
        session: 78,
        type: 'bilateral',
        participants: [{ actor: 'wabtec' }],
        topics: [],
        summary: 'Meeting.',
        citations: [
          { source: 'a', quote: quotes.engagement[0] },
          { source: 'b', quote: quotes.engagement[1] },
        ],
      },
    ],
    deals: [
      {
        id: 'd1',
        session: 78,
        company: 'wabtec',
        value: null,
        basis: 'project',
        sector: 'transport & logistics',
        summary: 'Deal.',
        citations: [
          { source: 'a', quote: quotes.deal[0] },
          { source: 'c', quote: quotes.deal[1] },
        ],
      },
    ],
  };
}

const FOUND_A = 'plans to invest about $1 billion';
const FOUND_B = 'cooper exploration projects';
const ANY_C = 'a passage of an article nobody gave';

describe('checkQuotes: the missing quotes', () => {
  const cases: {
    name: string;
    quotes: { engagement: [string, string]; deal: [string, string] };
    articles: Record<string, string>;
    expected: { path: string; source: string; quote: string }[];
  }[] = [
    {
      name: 'reports nothing when every quote is in its article',
      quotes: { engagement: [FOUND_A, FOUND_B], deal: [ARTICLE_A, ANY_C] },
      articles: { a: ARTICLE_A, b: ARTICLE_B },
      expected: [],
    },
    {
      name: 'ignores white space differences on both sides',
      quotes: {
        engagement: ['in the transport and   logistics industry.', 'Kostanay and\nKaraganda'],
        deal: [FOUND_A, ANY_C],
      },
      articles: { a: ARTICLE_A, b: ARTICLE_B },
      expected: [],
    },
    {
      name: 'reports a corrected spelling with its path and source',
      quotes: { engagement: [FOUND_A, 'copper exploration projects'], deal: [FOUND_A, ANY_C] },
      articles: { a: ARTICLE_A, b: ARTICLE_B },
      expected: [{ path: 'engagements[0].citations[1]', source: 'b', quote: 'copper exploration projects' }],
    },
    {
      name: 'tells a straight apostrophe from a curly one',
      quotes: { engagement: [FOUND_A, FOUND_B], deal: ["Wabtec's plans", ANY_C] },
      articles: { a: ARTICLE_A, b: ARTICLE_B },
      expected: [{ path: 'deals[0].citations[0]', source: 'a', quote: "Wabtec's plans" }],
    },
    {
      name: 'does not check citations of sources whose text is not given',
      quotes: { engagement: [FOUND_A, 'not in any article'], deal: ['not in A either', ANY_C] },
      articles: { a: ARTICLE_A },
      expected: [{ path: 'deals[0].citations[0]', source: 'a', quote: 'not in A either' }],
    },
    {
      name: 'reports a quote of white space only, which would match anything',
      quotes: { engagement: [' \n ', FOUND_B], deal: [FOUND_A, ANY_C] },
      articles: { a: ARTICLE_A, b: ARTICLE_B },
      expected: [{ path: 'engagements[0].citations[0]', source: 'a', quote: ' \n ' }],
    },
    {
      name: 'checks nothing when no article is given',
      quotes: { engagement: ['x', 'y'], deal: ['z', ANY_C] },
      articles: {},
      expected: [],
    },
  ];
  it.each(cases)('$name', ({ quotes, articles, expected }) => {
    expect(checkQuotes(dataset(quotes), articles).missing).toEqual(expected);
  });

  it('does not mutate the dataset or the articles', () => {
    const data = dataset({ engagement: [' plans  to invest ', 'missing'], deal: [FOUND_A, ANY_C] });
    const articles = { a: ARTICLE_A, b: ARTICLE_B };
    const before = structuredClone({ data, articles });
    checkQuotes(data, articles);
    expect({ data, articles }).toEqual(before);
  });
});

describe('checkQuotes', () => {
  it('counts checked and unchecked citations', () => {
    const result = checkQuotes(dataset({ engagement: [FOUND_A, 'missing'], deal: [FOUND_A, ANY_C] }), {
      a: ARTICLE_A,
      b: ARTICLE_B,
    });
    expect(result).toEqual({
      missing: [{ path: 'engagements[0].citations[1]', source: 'b', quote: 'missing' }],
      checked: 3,
      unchecked: 1,
    });
  });
});

// The two news articles the default dataset is built from live outside the repository.
const seeds = path.resolve(repoRoot, '../shared/seeds');
const ARTICLE_FILES: Record<string, string> = {
  'kazinform-2023': '001_e3a99f17bc1b81d2.txt',
  'orda-2025': '000_b77c83a51c02fa55.txt',
};
const seedsExist = Object.values(ARTICLE_FILES).every((f) => existsSync(path.join(seeds, f)));
if (!seedsExist)
  console.warn(
    `quotes.test: ${seeds} is missing, so the default dataset's quotes are not checked against its articles.`,
  );

describe('default dataset data/kazakhstan-unga.json', () => {
  const loaded = parseDataset(JSON.parse(readFileSync(path.join(repoRoot, 'data/kazakhstan-unga.json'), 'utf8')));

  it('is valid', () => {
    expect(loaded.ok ? [] : loaded.problems).toEqual([]);
  });

  it.skipIf(!seedsExist)('quotes every passage verbatim from its two articles', () => {
    if (!loaded.ok) throw new Error('the default dataset is invalid: see the test above');
    const articles = Object.fromEntries(
      Object.entries(ARTICLE_FILES).map(([id, file]) => [id, readFileSync(path.join(seeds, file), 'utf8')]),
    );
    const result = checkQuotes(loaded.data, articles);
    expect(result.missing).toEqual([]);
    expect(result.unchecked).toBe(0);
    expect(result.checked).toBeGreaterThan(0);
  });
});
