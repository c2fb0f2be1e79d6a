/**
 * Deal sites as places on the map. Sites at the same or nearly the same point (two deals in
 * Astana, a city's plants a few kilometres apart) become one place, found once per dataset, so a
 * place neither moves nor splits when filters change, and the map draws at most one mark per
 * place: a few dozen, whatever the number of deals. Each mark is sized by the disclosed values of
 * its deals (square root: area reads as money) against the largest place of the whole dataset, so
 * a circle keeps its size as filters change; a place where no value is disclosed is a ring,
 * never a zero-sized circle. Pure.
 */
import type { DatasetIndex } from '../../lib/data/query';
import type { Deal } from '../../lib/data/schema';
import { MONEY_KINDS } from '../../lib/basics/vocabulary';
import { sumByKind, type KindSum, type ValueSum } from '../../lib/data/values';
import type { ViewOptions } from '../../lib/state/options';

/** Sites closer than this (degrees, about 50 km) are one place. */
export const PLACE_RADIUS_DEG = 0.5;

export interface Place {
  lon: number;
  lat: number;
}

export interface SitePlaces {
  places: Place[];
  /** Per deal position: the place of each of its sites, parallel to `deal.sites`. */
  ofDeal: (readonly number[])[];
}

/**
 * Places of every deal site of the dataset: a site joins the first place whose first site lies
 * within `radius` degrees, found through a grid of `radius`-sized cells, so it is one pass.
 */
export function sitePlaces(index: DatasetIndex, radius = PLACE_RADIUS_DEG): SitePlaces {
  const places: Place[] = [];
  // Grid cells by number (column × 2^20 + row: columns and rows stay far within ±2^19 for any
  // radius a map uses), not by a string per lookup: nine lookups a site.
  const grid = new Map<number, number[]>();
  const key = (cx: number, cy: number) => cx * 1_048_576 + cy;
  const none: number[] = [];
  const ofDeal = index.data.deals.map((deal) =>
    !deal.sites?.length
      ? none
      : deal.sites.map(({ lon, lat }) => {
          const cx = Math.floor(lon / radius);
          const cy = Math.floor(lat / radius);
          for (let dx = -1; dx <= 1; dx++) {
            for (let dy = -1; dy <= 1; dy++) {
              for (const p of grid.get(key(cx + dx, cy + dy)) ?? none) {
                const q = places[p]!;
                if (Math.hypot(q.lon - lon, q.lat - lat) < radius) return p;
              }
            }
          }
          places.push({ lon, lat });
          const list = grid.get(key(cx, cy));
          if (list) list.push(places.length - 1);
          else grid.set(key(cx, cy), [places.length - 1]);
          return places.length - 1;
        }),
  );
  return { places, ofDeal };
}

/** The deal chart's rule, shared: cumulative investments only when asked for, planned deals only when counted. */
export function dealIncluded(
  index: DatasetIndex,
  options: Pick<ViewOptions, 'cumulative' | 'planned'>,
): (position: number) => boolean {
  return (i) => (options.cumulative || !index.dCumulative[i]) && (options.planned || !index.dPlanned[i]);
}

/** Past this many deals a mark's tooltip says "and N more". */
export const LISTED_DEALS = 6;

export interface SiteMark {
  /** "p3": stable for a place across filters. */
  key: string;
  lon: number;
  lat: number;
  /** Names of the sites drawn here, each once (a place can hold a plant and a university). */
  names: string[];
  /** Positions of the first LISTED_DEALS deals at this place. */
  deals: number[];
  dealCount: number;
  /** The money of each kind of deal here (values.ts: never added across kinds). */
  kinds: KindSum[];
  /** What sizes the mark: the largest disclosed total of one kind here; null when none is disclosed (a ring). */
  sum: ValueSum | null;
  /** Size from 0 to 1: the square root of `sum` over the largest place's of the whole dataset. */
  size: number;
  /** A site here stands at the centre of the city or region its source names, not at the site itself. */
  approximate: boolean;
}

/**
 * The marks of these deals (positions), largest first so smaller marks are drawn on top. A deal
 * with sites in two places appears at both, with its whole value: the sources do not split it.
 */
export function siteMarks(deals: Iterable<number>, index: DatasetIndex, sites: SitePlaces, maxUsd: number): SiteMark[] {
  const byPlace = new Map<
    number,
    {
      names: Set<string>;
      deals: number[];
      count: number;
      values: Pick<Deal, 'basis' | 'value'>[];
      last: number;
      approximate: boolean;
    }
  >();
  for (const d of deals) {
    const list = index.data.deals[d]!.sites ?? [];
    list.forEach((site, k) => {
      const p = sites.ofDeal[d]![k]!;
      let mark = byPlace.get(p);
      if (!mark)
        byPlace.set(p, (mark = { names: new Set(), deals: [], count: 0, values: [], last: -1, approximate: false }));
      mark.names.add(site.name);
      if (site.approximate) mark.approximate = true;
      if (mark.last === d) return;
      mark.last = d;
      mark.count += 1;
      if (mark.deals.length < LISTED_DEALS) mark.deals.push(d);
      mark.values.push(index.data.deals[d]!);
    });
  }
  const marks: SiteMark[] = [];
  for (const [p, m] of byPlace) {
    const kinds = sumByKind(m.values);
    const sum = kinds.reduce<ValueSum | null>(
      (best, k) => (k.sum && (!best || k.sum.usd > best.usd) ? k.sum : best),
      null,
    );
    const { lon, lat } = sites.places[p]!;
    const size = sum && maxUsd > 0 ? Math.min(1, Math.sqrt(sum.usd / maxUsd)) : 0;
    marks.push({
      key: `p${p}`,
      lon,
      lat,
      names: [...m.names],
      deals: m.deals,
      dealCount: m.count,
      kinds,
      sum,
      size,
      approximate: m.approximate,
    });
  }
  return marks.sort((a, b) => b.size - a.size || (a.key < b.key ? -1 : 1));
}

/** The largest disclosed sum of one kind at a place over the whole dataset with these options: what a full-size circle means. */
export function largestPlaceUsd(
  index: DatasetIndex,
  sites: SitePlaces,
  options: Pick<ViewOptions, 'cumulative' | 'planned'>,
): number {
  const included = dealIncluded(index, options);
  const kinds = MONEY_KINDS.length;
  const usd = new Float64Array(sites.places.length * kinds);
  sites.ofDeal.forEach((places, d) => {
    if (!included(d) || !(index.dUsd[d]! > 0)) return;
    for (const p of new Set(places)) usd[p * kinds + index.dKind[d]!]! += index.dUsd[d]!;
  });
  return usd.reduce((a, b) => Math.max(a, b), 0);
}

/** Circle radii of deal sites, in px. */
export const SITE_RADIUS = { min: 4, ring: 6 } as const;

/** Largest site radius on a map this wide: 16 px on a desktop, 8 on a phone. */
export function siteMaxRadius(width: number): number {
  return Math.min(16, Math.max(8, Math.round(width / 60)));
}

export function siteRadius(size: number, ring: boolean, width: number): number {
  return ring ? SITE_RADIUS.ring : Math.max(SITE_RADIUS.min, Math.round(size * siteMaxRadius(width) * 10) / 10);
}

export interface SizeKey {
  usd: number;
  size: number;
}

/**
 * Reference circles for the legend, taken from the marks drawn (never a value no place has): the
 * largest, and the smallest when it draws clearly smaller.
 */
export function sizeKeys(marks: readonly SiteMark[]): SizeKey[] {
  const sized = marks.filter((m) => m.sum && m.size > 0);
  if (sized.length === 0) return [];
  const largest = sized.reduce((a, b) => (b.size > a.size ? b : a));
  const smallest = sized.reduce((a, b) => (b.size < a.size ? b : a));
  const keys = [{ usd: largest.sum!.usd, size: largest.size }];
  if (smallest.size < largest.size * 0.6) keys.push({ usd: smallest.sum!.usd, size: smallest.size });
  return keys;
}
