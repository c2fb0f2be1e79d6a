/**
 * What the world map says in words and where it puts things, independent of the renderer
 * (MapLibre or SVG): its size, its accessible summary, the companion list of countries and
 * organizations, and tooltip contents and placement. Pure: no Svelte, no DOM.
 */
import { engagementsByCountry, filterDataset, type CountryCount, type DatasetIndex, type Filters, type OrganizationCount } from '../../lib/data/query';
import { formatCount } from '../../lib/data/format';
import { countryName } from '../../lib/geo/countries';

/** The figure's caption, and the title of its exported SVG: a public contract. */
export const MAP_TITLE = 'Counterpart countries: engagements by country';

/** Said over the map (and in its export) when the filters leave no engagement and no deal. */
export const EMPTY_TEXT = 'No engagements match these filters';

/** About half as high as wide, never below 260 px (a phone) nor above 560 px (a desktop). */
export function mapHeight(width: number): number {
  const w = Number.isFinite(width) && width > 0 ? width : 640;
  return Math.min(560, Math.max(260, Math.round(w * 0.5)));
}

/** "1 engagement", "12 engagements". */
export function engagementsLabel(n: number): string {
  return `${formatCount(n)} engagement${n === 1 ? '' : 's'}`;
}

function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** "7 counterpart countries; most engagements: United States (5)", computed from the counts. */
export function mapSummary(countries: readonly CountryCount[], organizations: readonly OrganizationCount[] = []): string {
  const orgs = organizations.length
    ? `; ${organizations.length} organization${organizations.length === 1 ? '' : 's'} without a country, listed beside the map`
    : '';
  if (countries.length === 0) return `No counterpart countries under current filters${orgs}`;
  const top = Math.max(...countries.map((c) => c.count));
  const leaders = countries.filter((c) => c.count === top).map((c) => c.name);
  const shown = leaders.length > 3 ? [...leaders.slice(0, 3), `${leaders.length - 3} more`] : leaders;
  const each = leaders.length > 1 ? ' each' : '';
  const n = countries.length;
  return `${n} counterpart countr${n === 1 ? 'y' : 'ies'}; most engagements: ${listNames(shown)} (${formatCount(top)}${each})${orgs}`;
}

export interface CountryEntry {
  code: string;
  name: string;
  /** Engagements under the current filters (what the colour shows). */
  count: number;
  /** Whom the delegation met from that country, under the current filters. */
  counterparts: string[];
  selected: boolean;
  /** "United States, 5 engagements": the accessible name of its button and map shape. */
  label: string;
}

/**
 * The countries a person can toggle: every counterpart under the other filters (so that with
 * one country chosen the others can still be added), plus any chosen country. Ordered by
 * engagements under the other filters, then by name: toggling a country then never reorders the
 * list, so keyboard focus stays on the button (or map shape) that was pressed.
 */
export function countryEntries(
  index: DatasetIndex,
  filters: Filters,
  current: readonly CountryCount[],
): CountryEntry[] {
  const others = engagementsByCountry(filterDataset(index, { ...filters, countries: [] }).engagements, index).countries;
  const byCode = new Map(current.map((c) => [c.code, c]));
  const codes = new Set([...current.map((c) => c.code), ...others.map((c) => c.code), ...filters.countries]);
  const nameOf = new Map([...others, ...current].map((c) => [c.code, c.name]));
  const order = new Map(others.map((c) => [c.code, c.count]));
  const entries = [...codes].map((code): CountryEntry => {
    const c = byCode.get(code);
    const count = c?.count ?? 0;
    const name = nameOf.get(code) ?? countryName(code);
    return {
      code,
      name,
      count,
      counterparts: c?.counterparts ?? [],
      selected: filters.countries.includes(code),
      label: `${name}, ${engagementsLabel(count)}`,
    };
  });
  const rank = (e: CountryEntry) => order.get(e.code) ?? 0;
  return entries.sort((a, b) => rank(b) - rank(a) || a.name.localeCompare(b.name));
}

export interface TooltipContent {
  title: string;
  lines: string[];
}

const MAX_NAMES = 5;

/** The tooltip of a country shape: who was met there, or why it is not coloured. */
export function countryTooltip(
  code: string | null,
  name: string,
  entry: CountryEntry | undefined,
  homeCode: string,
): TooltipContent {
  if (code && code === homeCode) return { title: name, lines: ["Home: the delegation's own country"] };
  if (!entry) return { title: name, lines: ['No engagements under current filters'] };
  const lines = [entry.count ? engagementsLabel(entry.count) : 'No engagements under current filters'];
  if (entry.counterparts.length) {
    const names = entry.counterparts.slice(0, MAX_NAMES);
    const more = entry.counterparts.length - names.length;
    lines.push(`Met: ${names.join('; ')}${more > 0 ? `; and ${more} more` : ''}`);
  }
  lines.push(entry.selected ? 'Click to remove from the country filter' : 'Click to add to the country filter');
  return { title: entry.name, lines };
}

/**
 * Top-left corner of a tooltip of size tipW × tipH for a point (x, y) on a map of mapW × mapH:
 * below right of the point, flipped to the side with room, and kept inside the map so that it is
 * never cut off by the page edge on a phone.
 */
export function tooltipBox(
  x: number,
  y: number,
  mapW: number,
  mapH: number,
  tipW: number,
  tipH: number,
  gap = 12,
): { left: number; top: number } {
  const clamp = (v: number, max: number) => Math.max(0, Math.min(Math.max(0, max), v));
  const left = x + gap + tipW > mapW ? x - gap - tipW : x + gap;
  const top = y + gap + tipH > mapH ? y - gap - tipH : y + gap;
  return { left: clamp(left, mapW - tipW), top: clamp(top, mapH - tipH) };
}

/** What the pointer or keyboard focus is on, in pixels from the map's top-left corner. */
export type HoverTarget =
  | { kind: 'country'; code: string | null; name: string; x: number; y: number }
  | { kind: 'site'; key: string; x: number; y: number };

/** Below this spherical area (≈ 4,000 km²) a country is too small to find as a shape. */
export const TINY_STERADIANS = 1e-4;

export interface HomeView {
  center: [number, number];
  zoom: number;
  minZoom: number;
}

/**
 * MapLibre's starting view: exactly one world wide (Web Mercator is 512 px wide at zoom 0), so
 * no country shows twice at the edges, and the left edge in the Bering Strait (169° W), where
 * no country is cut. Centred at 25° N so that a map half as high as wide shows from Tierra del
 * Fuego to the Arctic coasts. Zooming out further would only repeat the world.
 */
export function homeView(width: number): HomeView {
  const w = Number.isFinite(width) && width > 0 ? width : 640;
  const zoom = Math.log2(w / 512);
  return { center: [11, 25], zoom, minZoom: zoom };
}
