/**
 * The URL is the shareable form of the filter state: `?year=2023,2025&country=USA,IRN`.
 * Pure toQuery/fromQuery (round-trip tested); anything malformed is dropped with a notice
 * that says how to write it, never an exception.
 */
import { isAlpha3 } from '../geo/countries';
import { NO_FILTERS, type Filters } from '../data/query';
import { ACTOR_TYPES, type ActorType } from '../data/schema';

/** The views that `?embed=` can show alone. */
export const EMBED_VIEWS = ['map', 'timeline', 'deals', 'table'] as const;
export type EmbedView = (typeof EMBED_VIEWS)[number];
export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

/** Everything the URL can say. */
export interface UrlState {
  filters: Filters;
  /** Address of a dataset to load instead of the bundled one. */
  data?: string;
  embed?: EmbedView;
  theme?: Theme;
}

export interface ParsedQuery extends UrlState {
  /** One sentence per ignored parameter or value, for a visible notice. */
  notices: string[];
}

const LIST_PARAMS = ['year', 'country', 'type', 'sector', 'company'] as const;
export const KNOWN_PARAMS = [...LIST_PARAMS, 'data', 'embed', 'theme'] as const;

const sortedUnique = <T>(values: T[], compare?: (a: T, b: T) => number) => [...new Set(values)].sort(compare);

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
  for (const part of search.replace(/^\?/, '').split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    const name = decode(eq < 0 ? part : part.slice(0, eq));
    const raw = eq < 0 ? '' : part.slice(eq + 1);
    params.set(name, [...(params.get(name) ?? []), raw.split(',').map(decode)]);
  }
  return params;
}

export function fromQuery(search: string): ParsedQuery {
  const raw = rawParams(search);
  const params = { keys: () => raw.keys(), get: (name: string) => raw.get(name)?.[0]?.join(',') ?? null };
  const notices: string[] = [];
  const filters: { -readonly [K in keyof Filters]: Filters[K] extends readonly (infer T)[] ? T[] : never } = {
    years: [],
    countries: [],
    actorTypes: [],
    sectors: [],
    companies: [],
  };
  const state: ParsedQuery = { filters, notices };

  const list = (name: string) =>
    (raw.get(name) ?? [])
      .flat()
      .map((v) => v.trim())
      .filter(Boolean);

  for (const name of new Set(params.keys())) {
    if (!(KNOWN_PARAMS as readonly string[]).includes(name)) {
      notices.push(`Ignored the unknown parameter "${name}". Known parameters: ${KNOWN_PARAMS.join(', ')}.`);
    }
  }

  for (const v of list('year')) {
    if (/^\d{4}$/.test(v)) filters.years.push(Number(v));
    else notices.push(`Ignored year "${v}": write four-digit years separated by commas, such as ?year=2023,2025.`);
  }
  for (const v of list('country')) {
    const code = v.toUpperCase();
    if (isAlpha3(code)) filters.countries.push(code);
    else notices.push(`Ignored country "${v}": use ISO 3166-1 alpha-3 codes, such as ?country=USA,IRN.`);
  }
  for (const v of list('type')) {
    if ((ACTOR_TYPES as readonly string[]).includes(v)) filters.actorTypes.push(v as ActorType);
    else notices.push(`Ignored type "${v}": use ${ACTOR_TYPES.join(', ')}.`);
  }
  filters.sectors.push(...list('sector'));
  for (const v of list('company')) {
    if (/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(v)) filters.companies.push(v);
    else notices.push(`Ignored company "${v}": use the company's id from the dataset, such as ?company=wabtec.`);
  }
  filters.years = sortedUnique(filters.years, (a, b) => a - b);
  filters.countries = sortedUnique(filters.countries);
  filters.actorTypes = sortedUnique(filters.actorTypes);
  filters.sectors = sortedUnique(filters.sectors);
  filters.companies = sortedUnique(filters.companies);

  const data = params.get('data')?.trim();
  if (data) state.data = data;
  const embed = params.get('embed');
  if (embed !== null) {
    if ((EMBED_VIEWS as readonly string[]).includes(embed)) state.embed = embed as EmbedView;
    else notices.push(`Ignored embed "${embed}": use one of ${EMBED_VIEWS.join(', ')}.`);
  }
  const theme = params.get('theme');
  if (theme !== null) {
    if ((THEMES as readonly string[]).includes(theme)) state.theme = theme as Theme;
    else notices.push(`Ignored theme "${theme}": use one of ${THEMES.join(', ')}.`);
  }
  return state;
}

/** `?year=2023,2025&country=IRN` (empty string when nothing is set); commas stay readable. */
export function toQuery(state: UrlState): string {
  const f = state.filters ?? NO_FILTERS;
  const parts: string[] = [];
  const add = (name: string, values: readonly (string | number)[]) => {
    if (values.length) parts.push(`${name}=${values.map((v) => encodeURIComponent(String(v))).join(',')}`);
  };
  add('year', sortedUnique([...f.years], (a, b) => a - b));
  add('country', sortedUnique([...f.countries]));
  add('type', sortedUnique([...f.actorTypes]));
  add('sector', sortedUnique([...f.sectors]));
  add('company', sortedUnique([...f.companies]));
  if (state.data) add('data', [state.data]);
  if (state.embed) add('embed', [state.embed]);
  if (state.theme) add('theme', [state.theme]);
  return parts.length ? `?${parts.join('&')}` : '';
}
