// @vitest-environment node
// The URL is typed, pasted and edited by hand: whatever arrives, fromQuery must answer with a
// state the page can use (and a notice for what it dropped), and toQuery/fromQuery must agree.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAlpha3 } from '../../../src/lib/geo/alpha3';
import { allAlpha3 } from '../../../src/lib/geo/codes';
import { ACTOR_TYPES, ID_PATTERN } from '../../../src/lib/basics/vocabulary';
import { LANGUAGES } from '../../../src/lib/i18n/languages';
import enMessages from '../../../src/lib/i18n/messages/en/index';
import { SORT_KEYS, type ViewOptions } from '../../../src/lib/state/options';
import { KNOWN_PARAMS, THEMES, fromQuery, toQuery, type ParsedQuery, type UrlState } from '../../../src/lib/state/url';
import { VIEW_IDS } from '../../../src/lib/catalog/viewCatalog';
import { fcParameters } from './fcParameters';

const byNumber = (a: number, b: number) => a - b;
const sorted = <T>(values: readonly T[], compare?: (a: T, b: T) => number) => [...values].sort(compare);
/** Canonical lists: sorted, no duplicates (what FilterState keeps and toQuery writes). */
const isCanonical = <T>(values: readonly T[], compare?: (a: T, b: T) => number) =>
  new Set(values).size === values.length && sorted(values, compare).every((v, i) => v === values[i]);
/** No lone surrogate (String.prototype.isWellFormed is ES2024, beyond this project's lib). */
const isWellFormed = (s: string) => {
  try {
    encodeURIComponent(s);
    return true;
  } catch {
    return false;
  }
};
/** Text the URL can carry as it is: trimmed, not empty, no lone surrogate. */
const isCleanText = (s: unknown) => typeof s === 'string' && s !== '' && s === s.trim() && isWellFormed(s);

/**
 * What "valid" means for a state read from a URL, from the types in src/lib/state and the
 * vocabulary: lists canonical and made of known values, options only where they differ from the
 * defaults, nothing else. Returns what is wrong, or [] when nothing is.
 */
function problemsOf(state: Omit<ParsedQuery, 'notices'> & { notices?: unknown }): string[] {
  const wrong: string[] = [];
  const check = (ok: boolean, what: string) => ok || wrong.push(what);
  const f = state.filters;
  check(f.years.every((y) => Number.isInteger(y) && y >= 1000 && y <= 9999) && isCanonical(f.years, byNumber), 'years');
  check(f.countries.every(isAlpha3) && isCanonical(f.countries), 'countries');
  check(f.actorTypes.every((t) => ACTOR_TYPES.includes(t)) && isCanonical(f.actorTypes), 'actorTypes');
  check(f.sectors.every(isCleanText) && isCanonical(f.sectors), 'sectors');
  check(f.companies.every((c) => ID_PATTERN.test(c)) && isCanonical(f.companies), 'companies');
  check(Object.keys(f).sort().join() === 'actorTypes,companies,countries,sectors,years', 'filter keys');
  const o: Partial<ViewOptions> | undefined = state.options;
  if (o !== undefined) {
    check(Object.keys(o).length > 0, 'options present but empty');
    check(o.colourBy === undefined || o.colourBy === 'session', 'colourBy');
    for (const flag of ['cumulative', 'showAll', 'planned'] as const)
      check(o[flag] === undefined || o[flag] === true, flag);
    check(
      o.sort === undefined ||
        (SORT_KEYS.includes(o.sort.key) &&
          typeof o.sort.descending === 'boolean' &&
          (o.sort.key !== 'when' || o.sort.descending)),
      'sort',
    );
    check(o.search === undefined || isCleanText(o.search), 'search');
  }
  check(state.data === undefined || isCleanText(state.data), 'data');
  check(state.embed === undefined || VIEW_IDS.includes(state.embed), 'embed');
  check(state.theme === undefined || THEMES.includes(state.theme), 'theme');
  check(state.lang === undefined || LANGUAGES.includes(state.lang), 'lang');
  const allowed = new Set(['filters', 'options', 'data', 'embed', 'theme', 'lang', 'notices']);
  check(
    Object.keys(state).every((k) => allowed.has(k)),
    'unexpected keys',
  );
  return wrong;
}

// ---- Generated query strings: real names with garbage, repeats, encodings, Unicode ----

/** Characters that stress a query parser. */
const NASTY = [
  ',',
  '%',
  '%2C',
  '%2c',
  '%25',
  '+',
  '%2B',
  '=',
  '&',
  '#',
  '?',
  ' ',
  '%20',
  '\u200B',
  '\u0301',
  '😀',
  '\uD800',
  '\uDC00',
  "'",
  '"',
  '-',
  '.',
  '%E0%A4%A',
  '%FF',
  '%ZZ',
];
const TOKENS = [
  '2023',
  '2025',
  '1992',
  '0123',
  '23',
  'usa',
  'IRN',
  'kaz',
  'XYZ',
  'state',
  'company',
  'State',
  'energy',
  'mining, metals',
  'rio-tinto',
  'a_b',
  'yes',
  'no',
  'TRUE',
  '1',
  'maybe',
  '-value',
  'when',
  'session',
  'basis',
  'map',
  'table',
  'dark',
  'kk',
  'ru',
  'https://example.org/d.json?v=2',
  '',
];
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 8 }), fc.string({ unit: 'grapheme', maxLength: 4 }));
/** One item of a value: a meaningful word, garbage, a nasty piece, or text encoded as a browser would. */
const item = fc.oneof(
  fc.constantFrom(...TOKENS),
  fc.constantFrom(...NASTY),
  anyText,
  anyText.filter(isWellFormed).map((s) => encodeURIComponent(s)),
  fc.array(fc.constantFrom(...NASTY, ...TOKENS), { maxLength: 4 }).map((parts) => parts.join('')),
);
/** Items joined by a comma written plainly or percent-encoded. */
const value = fc
  .array(fc.tuple(item, fc.constantFrom(',', '%2C', '%2c')), { maxLength: 4 })
  .map((pairs) => pairs.map(([v, sep], i) => (i ? sep : '') + v).join(''));
const key = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...KNOWN_PARAMS) },
  fc.constantFrom('years', 'color-by', 'utm', '', '%79ear', 'y%65ar', 'Year'),
  anyText,
);
const part = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(key, value).map(([k, v]) => `${k}=${v}`) },
  key,
  fc.constantFrom('', '=', '==', '&'),
);
const query = fc
  .tuple(fc.constantFrom('', '?', '??'), fc.array(part, { maxLength: 8 }))
  .map(([start, parts]) => start + parts.join('&'));

// ---- Generated valid states ----

const cleanText = (max: number) =>
  fc
    .oneof(
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: max }),
      fc
        .array(fc.constantFrom(...NASTY, ...TOKENS, 'a', 'Ж', '東'), { minLength: 1, maxLength: max })
        .map((p) => p.join('')),
    )
    .map((s) => s.trim())
    .filter((s) => s !== '' && isWellFormed(s));
const filtersArb = fc.record({
  years: fc.uniqueArray(fc.integer({ min: 1000, max: 9999 }), { maxLength: 4 }).map((v) => sorted(v, byNumber)),
  countries: fc.subarray(allAlpha3(), { maxLength: 4 }).map((v) => sorted(v)),
  actorTypes: fc.subarray([...ACTOR_TYPES]).map((v) => sorted(v)),
  sectors: fc.uniqueArray(cleanText(6), { maxLength: 4 }).map((v) => sorted(v)),
  companies: fc.uniqueArray(fc.stringMatching(ID_PATTERN, { maxLength: 12 }), { maxLength: 4 }).map((v) => sorted(v)),
});
const optionsArb = fc.record(
  {
    colourBy: fc.constant('session' as const),
    cumulative: fc.constant(true),
    showAll: fc.constant(true),
    planned: fc.constant(true),
    sort: fc
      .record({ key: fc.constantFrom(...SORT_KEYS), descending: fc.boolean() })
      .filter((s) => s.key !== 'when' || s.descending),
    search: cleanText(10),
  },
  { requiredKeys: [] },
);
const stateArb: fc.Arbitrary<UrlState> = fc.record(
  {
    filters: filtersArb,
    options: optionsArb.filter((o) => Object.keys(o).length > 0),
    data: cleanText(12),
    embed: fc.constantFrom(...VIEW_IDS),
    theme: fc.constantFrom(...THEMES),
    lang: fc.constantFrom(...LANGUAGES),
  },
  { requiredKeys: ['filters'] },
);

describe('fromQuery on generated query strings', () => {
  it('never throws, and answers a valid state with a notice per thing it dropped', () => {
    fc.assert(
      fc.property(query, (q) => {
        const parsed = fromQuery(q);
        expect(problemsOf(parsed), q).toEqual([]);
        for (const n of parsed.notices) {
          expect(Object.keys(enMessages), q).toContain(n.key);
          expect(
            Object.values(n.values).every((v) => typeof v === 'string'),
            q,
          ).toBe(true);
        }
      }),
      fcParameters(600),
    );
  });

  it('reads back what it wrote: toQuery(fromQuery(q)) is canonical and loses nothing', () => {
    fc.assert(
      fc.property(query, (q) => {
        const { notices, ...state } = fromQuery(q);
        const canonical = toQuery(state);
        expect(fromQuery(canonical), `${q} → ${canonical}`).toEqual({ ...state, notices: [] });
      }),
      fcParameters(600),
    );
  });
});

describe('toQuery → fromQuery on generated valid states', () => {
  it('the generator makes valid states (a check of the checker)', () => {
    fc.assert(
      fc.property(stateArb, (s) => {
        expect(problemsOf(s)).toEqual([]);
      }),
      fcParameters(200),
    );
    expect(
      problemsOf({ filters: { years: [123], countries: [], actorTypes: [], sectors: [], companies: [] } }),
    ).toEqual(['years']);
    expect(
      problemsOf({ filters: { years: [], countries: ['USA', 'IRN'], actorTypes: [], sectors: [' x'], companies: [] } }),
    ).toEqual(['countries', 'sectors']);
    expect(
      problemsOf({
        filters: { years: [], countries: [], actorTypes: [], sectors: [], companies: [] },
        options: { sort: { key: 'when', descending: false } },
      }),
    ).toEqual(['sort']);
  });

  it('survives the round trip unchanged', () => {
    fc.assert(
      fc.property(stateArb, (s) => {
        const q = toQuery(s);
        expect(fromQuery(q), q).toEqual({ ...s, notices: [] });
      }),
      fcParameters(600),
    );
  });

  it('reads the same state from a query URLSearchParams wrote, commas encoded as %2C', () => {
    fc.assert(
      fc.property(stateArb, (s) => {
        const f = s.filters;
        const params = new URLSearchParams();
        const list = (name: string, values: readonly (string | number)[]) =>
          values.length && params.set(name, values.join(','));
        list('year', f.years);
        // Lowercase codes: the parser accepts them as a person would type them.
        list(
          'country',
          f.countries.map((c) => c.toLowerCase()),
        );
        list('type', f.actorTypes);
        // A sector name may hold a comma, so each sector is a parameter of its own.
        for (const sector of f.sectors) params.append('sector', sector);
        list('company', f.companies);
        if (s.options?.search) params.set('q', s.options.search);
        if (s.data) params.set('data', s.data);
        const q = params.toString();
        const parsed = fromQuery(q);
        expect(parsed.filters, q).toEqual(f);
        expect(parsed.options?.search, q).toBe(s.options?.search);
        expect(parsed.data, q).toBe(s.data);
        expect(parsed.notices, q).toEqual([]);
      }),
      fcParameters(400),
    );
  });

  it.each([
    {
      input: 'year=2023%2C2025&country=usa%2Cirn&type=state%2Ccompany&company=acme%2Crio-tinto',
      expected: {
        years: [2023, 2025],
        countries: ['IRN', 'USA'],
        actorTypes: ['company', 'state'],
        sectors: [],
        companies: ['acme', 'rio-tinto'],
      },
    },
    {
      input: 'year=2023%2c2025,2024',
      expected: { years: [2023, 2024, 2025], countries: [], actorTypes: [], sectors: [], companies: [] },
    },
    // Sectors: a plain comma separates, an encoded one belongs to the name.
    {
      input: 'sector=mining%2C+metals&sector=energy',
      expected: { years: [], countries: [], actorTypes: [], sectors: ['energy', 'mining, metals'], companies: [] },
    },
  ])('list values with commas encoded as %2C: $input', ({ input, expected }) => {
    expect(fromQuery(input)).toEqual({ filters: expected, notices: [] });
  });

  it.each([
    // Found by the properties: "0123" was read as 123, then written back as a three-digit year.
    {
      input: '?year=0123',
      expected: {
        filters: { years: [], countries: [], actorTypes: [], sectors: [], companies: [] },
        notices: [{ key: 'notice.year', values: { value: '0123' } }],
      },
    },
    // Found by the properties: a lone surrogate made toQuery throw (URIError).
    {
      input: '?sector=\uD800x',
      expected: {
        filters: { years: [], countries: [], actorTypes: [], sectors: ['\uFFFDx'], companies: [] },
        notices: [],
      },
    },
  ])('minimal counterexamples stay fixed: $input', ({ input, expected }) => {
    const parsed = fromQuery(input);
    expect(parsed).toEqual(expected);
    expect(() => toQuery(parsed)).not.toThrow();
  });

  it('toQuery never throws on text with lone surrogates (a dataset label can hold one)', () => {
    expect(
      toQuery({
        filters: { years: [], countries: [], actorTypes: [], sectors: ['a\uDC00'], companies: [] },
        options: { search: '\uD83D' },
      }),
    ).toBe('?sector=a%EF%BF%BD&q=%EF%BF%BD');
  });
});
