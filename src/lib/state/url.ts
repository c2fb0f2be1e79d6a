/**
 * The URL is the shareable form of the state: `?year=2023,2025&country=USA,IRN&colour-by=session`.
 * Pure toQuery/fromQuery (round-trip tested); anything malformed is dropped with a notice that
 * says how to write it, never an exception. Notices are message keys with values, so the page
 * words them in the reader's language and the command line in English.
 */
import { isAlpha3 } from '../geo/alpha3';
import { NO_FILTERS, type Filters } from '../data/query';
import { ACTOR_TYPES, ID_PATTERN, type ActorType } from '../basics/vocabulary';
import { wellFormed } from '../data/text';
import { isLanguage, LANGUAGES, type Language } from '../i18n/languages';
import type { MessageKey } from '../i18n/keys';
import { VIEW_IDS, type ViewId } from '../catalog/viewCatalog';
import { DEFAULT_OPTIONS, SORT_KEYS, type SortKey, type ViewOptions } from './options';

export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

/** Everything the URL can say. */
export interface UrlState {
  filters: Filters;
  /** View options that differ from the defaults. */
  options?: Partial<ViewOptions>;
  /** Address of a dataset to load instead of the bundled one. */
  data?: string;
  /** The view shown alone (any view of the catalog). */
  embed?: ViewId;
  theme?: Theme;
  lang?: Language;
}

/** One ignored parameter or value: a message key and what to fill in. */
export interface Notice {
  key: MessageKey;
  values: Record<string, string>;
}

export interface ParsedQuery extends UrlState {
  notices: Notice[];
}

const LIST_PARAMS = ['year', 'country', 'type', 'sector', 'company'] as const;
const OPTION_PARAMS = ['colour-by', 'cumulative', 'show-all', 'planned', 'sort', 'q'] as const;
export const KNOWN_PARAMS = [...LIST_PARAMS, ...OPTION_PARAMS, 'data', 'embed', 'theme', 'lang'] as const;

const sortedUnique = <T>(values: T[], compare?: (a: T, b: T) => number) => [...new Set(values)].sort(compare);

/** encodeURIComponent throws on a lone surrogate: a query typed with one, or a dataset label holding one, must not break toQuery. */
const encode = (s: string) => encodeURIComponent(wellFormed(s));

/**
 * Lists whose items never contain a comma: a comma separates items whether written plainly or
 * encoded as %2C, as URLSearchParams.toString() writes it (the command line builds its query that
 * way). Sector names may contain commas, so only a plain comma separates sectors.
 */
const COMMA_FREE = new Set(['year', 'country', 'type', 'company']);

/**
 * Query parameters with each comma-separated list split BEFORE decoding, so an encoded comma
 * inside a value ("mining%2C metals") stays part of that value.
 */
function rawParams(search: string): Map<string, string[][]> {
  const decode = (s: string) => {
    try {
      return decodeURIComponent(s.replaceAll('+', ' '));
    } catch {
      return s; // a stray "%": keep the text as typed, it is then reported as malformed
    }
  };
  const params = new Map<string, string[][]>();
  for (const part of wellFormed(search).replace(/^\?/, '').split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    const name = decode(eq < 0 ? part : part.slice(0, eq));
    const raw = eq < 0 ? '' : part.slice(eq + 1);
    params.set(name, [...(params.get(name) ?? []), raw.split(',').map(decode)]);
  }
  return params;
}

const YES = ['yes', 'true', '1'];
const NO = ['no', 'false', '0'];

export function fromQuery(search: string): ParsedQuery {
  const raw = rawParams(search);
  const single = (name: string) => raw.get(name)?.[0]?.join(',') ?? null;
  const notices: Notice[] = [];
  const notice = (key: MessageKey, values: Record<string, string>) => notices.push({ key, values });
  const filters: { -readonly [K in keyof Filters]: Filters[K] extends readonly (infer T)[] ? T[] : never } = {
    years: [],
    countries: [],
    actorTypes: [],
    sectors: [],
    companies: [],
  };
  const options: Partial<ViewOptions> = {};
  const state: ParsedQuery = { filters, notices };

  const list = (name: string) =>
    (raw.get(name) ?? [])
      .flat()
      .flatMap((v) => (COMMA_FREE.has(name) ? v.split(',') : [v]))
      .map((v) => v.trim())
      .filter(Boolean);

  for (const name of raw.keys()) {
    if (!(KNOWN_PARAMS as readonly string[]).includes(name))
      notice('notice.unknownParam', { name, known: KNOWN_PARAMS.join(', ') });
  }

  for (const v of list('year')) {
    // No leading zero: "0123" would read as 123 and be written back as a three-digit year.
    if (/^[1-9]\d{3}$/.test(v)) filters.years.push(Number(v));
    else notice('notice.year', { value: v });
  }
  for (const v of list('country')) {
    const code = v.toUpperCase();
    if (isAlpha3(code)) filters.countries.push(code);
    else notice('notice.country', { value: v });
  }
  for (const v of list('type')) {
    if ((ACTOR_TYPES as readonly string[]).includes(v)) filters.actorTypes.push(v as ActorType);
    else notice('notice.type', { value: v, allowed: ACTOR_TYPES.join(', ') });
  }
  filters.sectors.push(...list('sector'));
  for (const v of list('company')) {
    if (ID_PATTERN.test(v)) filters.companies.push(v);
    else notice('notice.company', { value: v });
  }
  filters.years = sortedUnique(filters.years, (a, b) => a - b);
  filters.countries = sortedUnique(filters.countries);
  filters.actorTypes = sortedUnique(filters.actorTypes);
  filters.sectors = sortedUnique(filters.sectors);
  filters.companies = sortedUnique(filters.companies);

  const choice = <T extends string>(name: string, allowed: readonly T[], set: (v: T) => void) => {
    const v = single(name);
    if (v === null) return;
    if ((allowed as readonly string[]).includes(v)) set(v as T);
    else notice('notice.choice', { name, value: v, allowed: allowed.join(', ') });
  };
  const flag = (name: string, set: (v: boolean) => void) => {
    const v = single(name);
    if (v === null) return;
    if (YES.includes(v.toLowerCase())) set(true);
    else if (NO.includes(v.toLowerCase())) set(false);
    else notice('notice.flag', { name, value: v });
  };

  choice('colour-by', ['basis', 'session'] as const, (v) => (options.colourBy = v));
  flag('cumulative', (v) => (options.cumulative = v));
  flag('show-all', (v) => (options.showAll = v));
  flag('planned', (v) => (options.planned = v));
  const sort = single('sort');
  if (sort !== null) {
    const key = sort.replace(/^-/, '');
    if ((SORT_KEYS as readonly string[]).includes(key))
      options.sort = { key: key as SortKey, descending: sort.startsWith('-') };
    else notice('notice.sort', { value: sort, allowed: SORT_KEYS.join(', ') });
  }
  const q = single('q')?.trim();
  if (q) options.search = q;
  if (Object.keys(options).length) state.options = withoutDefaults(options);
  if (state.options && !Object.keys(state.options).length) delete state.options;

  const data = single('data')?.trim();
  if (data) state.data = data;
  choice('embed', VIEW_IDS, (v) => (state.embed = v));
  choice('theme', THEMES, (v) => (state.theme = v));
  const lang = single('lang');
  if (lang !== null) {
    if (isLanguage(lang)) state.lang = lang;
    else notice('notice.choice', { name: 'lang', value: lang, allowed: LANGUAGES.join(', ') });
  }
  return state;
}

/**
 * What `?data=` names. Besides an address, two values name a dataset the page cannot fetch:
 * `local:<file name>`, a file the reader opened from their computer (a reloaded page cannot reopen
 * it, and says so), and `studio:<key>`, the studio's work handed over in this browser's IndexedDB
 * (lib/data/handover.ts). No address starts with either: a relative path with a colon before any
 * slash would already read as a scheme.
 */
export type DataRef = { kind: 'url'; url: string } | { kind: 'local'; name: string } | { kind: 'studio'; key: string };

export function dataRef(data: string): DataRef {
  const m = /^(local|studio):(.*)$/s.exec(data);
  if (!m) return { kind: 'url', url: data };
  return m[1] === 'local' ? { kind: 'local', name: m[2]! } : { kind: 'studio', key: m[2]! };
}

/** Only the options that differ from the defaults: the URL and the embed code stay short. */
export function withoutDefaults(options: Partial<ViewOptions>): Partial<ViewOptions> {
  const out: Partial<ViewOptions> = {};
  if (options.colourBy !== undefined && options.colourBy !== DEFAULT_OPTIONS.colourBy) out.colourBy = options.colourBy;
  if (options.cumulative !== undefined && options.cumulative !== DEFAULT_OPTIONS.cumulative)
    out.cumulative = options.cumulative;
  if (options.showAll !== undefined && options.showAll !== DEFAULT_OPTIONS.showAll) out.showAll = options.showAll;
  if (options.planned !== undefined && options.planned !== DEFAULT_OPTIONS.planned) out.planned = options.planned;
  if (
    options.sort &&
    (options.sort.key !== DEFAULT_OPTIONS.sort.key || options.sort.descending !== DEFAULT_OPTIONS.sort.descending)
  )
    out.sort = options.sort;
  if (options.search) out.search = options.search;
  return out;
}

/** `?year=2023,2025&country=IRN` (empty string when nothing is set); commas stay readable. */
export function toQuery(state: UrlState): string {
  const f = state.filters ?? NO_FILTERS;
  const o = withoutDefaults(state.options ?? {});
  const parts: string[] = [];
  const add = (name: string, values: readonly (string | number)[]) => {
    if (values.length) parts.push(`${name}=${values.map((v) => encode(String(v))).join(',')}`);
  };
  add(
    'year',
    sortedUnique([...f.years], (a, b) => a - b),
  );
  add('country', sortedUnique([...f.countries]));
  add('type', sortedUnique([...f.actorTypes]));
  add('sector', sortedUnique([...f.sectors]));
  add('company', sortedUnique([...f.companies]));
  if (o.colourBy) add('colour-by', [o.colourBy]);
  if (o.cumulative !== undefined) add('cumulative', [o.cumulative ? 'yes' : 'no']);
  if (o.showAll !== undefined) add('show-all', [o.showAll ? 'yes' : 'no']);
  if (o.planned !== undefined) add('planned', [o.planned ? 'yes' : 'no']);
  if (o.sort) add('sort', [`${o.sort.descending ? '-' : ''}${o.sort.key}`]);
  if (o.search) parts.push(`q=${encode(o.search)}`);
  if (state.data) add('data', [state.data]);
  if (state.embed) add('embed', [state.embed]);
  if (state.theme) add('theme', [state.theme]);
  if (state.lang) add('lang', [state.lang]);
  return parts.length ? `?${parts.join('&')}` : '';
}
