/**
 * What part of the world the map is framed on: the region that holds the counterparts met and the
 * deal sites (by their main polygons, so an overseas island does not pull the frame across an
 * ocean), and the frame that shows it with a padding. Pure.
 */
import { geoArea, geoBounds, geoPath } from 'd3-geo';
import type { Polygon } from 'geojson';
import { featuresByCode, type Basemap } from '../../lib/geo/basemap';
import { normalizeLon, type LonLat } from '../../lib/geo/anchor';
import { PLACES_WITHOUT_SHAPE } from '../../lib/geo/placesWithoutShape';
import { siteMaxRadius } from './sites';
import { framedProjection, mapHeight, MAX_ZOOM, WORLD, type MapFrame } from './geometry';

/** What the map is framed on: countries (alpha-3) and points (deal sites). */
export interface MapFocus {
  codes: readonly string[];
  points: readonly LonLat[];
}

/**
 * The polygons that give a country its place on the map: those at least a sixth of its largest,
 * so Alaska counts for the United States but Hawaii, French Guiana or Chukotka's tip across 180°
 * do not pull the frame across an ocean.
 */
const partsKept = new WeakMap<Basemap, Map<string, Polygon[]>>();
function mainParts(basemap: Basemap, code: string): Polygon[] {
  let byCode = partsKept.get(basemap);
  if (!byCode) partsKept.set(basemap, (byCode = new Map()));
  let parts = byCode.get(code);
  if (!parts) {
    const polygons = (featuresByCode(basemap).get(code) ?? []).flatMap((f) =>
      f.geometry.type === 'Polygon'
        ? [f.geometry]
        : f.geometry.coordinates.map((coordinates): Polygon => ({ type: 'Polygon', coordinates })),
    );
    const areas = polygons.map((p) => geoArea(p));
    const largest = Math.max(0, ...areas);
    parts = polygons.filter((_, i) => areas[i]! >= largest / 6);
    byCode.set(code, parts);
  }
  return parts;
}

/** A part's bounds in degrees (d3's geoBounds), computed once per polygon. */
const degreeBounds = new WeakMap<Polygon, [[number, number], [number, number]]>();
function boundsOf(part: Polygon): [[number, number], [number, number]] {
  let b = degreeBounds.get(part);
  if (!b) degreeBounds.set(part, (b = geoBounds(part) as [[number, number], [number, number]]));
  return b;
}

type Box = [[number, number], [number, number]];
/** A part's bounds on the world map of one width and turn, in px, computed once per polygon and map. */
const screenBounds = new WeakMap<Polygon, Map<string, Box>>();

/** Longitude spans [west, east] with east ≥ west (east past 180 when a span crosses it). */
type Span = [number, number];

/**
 * The shortest stretch of longitude that holds every span: it starts where one of them starts,
 * so each start is tried (the first of equal stretches wins). A start's stretch ends at the
 * furthest east of the spans starting at or after it, or a turn later for those starting before:
 * with the spans sorted by start, both are a prefix or suffix maximum, so a country-rich focus
 * (a hundred countries, several parts each) costs a sort, not every pair.
 */
export function coveringSpan(spans: readonly Span[]): Span | undefined {
  if (!spans.length) return undefined;
  const norm = spans.map(([w, e]): Span => {
    const west = normalizeLon(w);
    const width = Math.min(360, Math.max(0, e - w));
    return [west, west + width];
  });
  const sorted = [...norm].sort((a, b) => a[0] - b[0]);
  const n = sorted.length;
  const suffix = new Float64Array(n + 1).fill(-Infinity); // furthest east of sorted[i..]
  for (let i = n - 1; i >= 0; i--) suffix[i] = Math.max(suffix[i + 1]!, sorted[i]![1]);
  const prefix = new Float64Array(n + 1).fill(-Infinity); // furthest east of sorted[..i)
  for (let i = 0; i < n; i++) prefix[i + 1] = Math.max(prefix[i]!, sorted[i]![1]);
  let best: Span | undefined;
  for (const [start] of norm) {
    // The first span starting at or after `start`.
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]![0] >= start) hi = mid;
      else lo = mid + 1;
    }
    const end = Math.max(start, suffix[lo]!, prefix[lo]! + 360);
    if (!best || end - start < best[1] - best[0]) best = [start, end];
  }
  return best;
}

export interface FocusRegion {
  /** West and east edges in degrees, east ≥ west (past 180 when the region crosses it). */
  west: number;
  east: number;
  south: number;
  north: number;
}

/** The region of the world that holds the focus, in degrees; undefined when nothing in it is on the basemap. */
export function focusRegion(basemap: Basemap, focus: MapFocus): FocusRegion | undefined {
  const spans: Span[] = [];
  let south = Infinity;
  let north = -Infinity;
  for (const code of focus.codes) {
    const point = PLACES_WITHOUT_SHAPE[code];
    if (point && !mainParts(basemap, code).length) {
      spans.push([point[0], point[0]]);
      south = Math.min(south, point[1]);
      north = Math.max(north, point[1]);
    }
    for (const p of mainParts(basemap, code)) {
      const [[w, s], [e, n]] = boundsOf(p);
      spans.push([w, e < w ? e + 360 : e]);
      south = Math.min(south, s);
      north = Math.max(north, n);
    }
  }
  for (const [lon, lat] of focus.points) {
    spans.push([lon, lon]);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  const span = coveringSpan(spans);
  return span ? { west: span[0], east: span[1], south, north } : undefined;
}

/** Space around what is framed, in px: room for a deal site's circle and a little sea. */
export const framePadding = (width: number) => Math.max(16, siteMaxRadius(width) + 8, Math.round(width * 0.05));

/**
 * The frame that shows the focus with a padding: the smallest zoom (in quarter steps of two, so
 * small changes of the focus keep the frame) that holds it, at most MAX_ZOOM, never less than the
 * whole world, and never past the world's edge. A region that crosses 180° and spans less than
 * half the world (Fiji and Samoa) turns the world to have it in the middle; anything else keeps
 * the usual world map, Greenwich in the middle.
 */
export function fitFrame(basemap: Basemap, focus: MapFocus, width: number): MapFrame {
  const region = focusRegion(basemap, focus);
  if (!region) return WORLD;
  const crosses = region.west < -180 || region.east > 180;
  const rotate =
    crosses && region.east - region.west < 180 ? Math.round(normalizeLon((region.west + region.east) / 2) / 5) * 5 : 0;
  // The bounds of everything framed on the world map: each part's are remembered (a filter
  // changes which countries are framed, rarely their shapes), so a click costs no projection.
  const world = framedProjection(width, { ...WORLD, rotate });
  const key = `${width},${rotate}`;
  const path = geoPath(world);
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  const add = ([[a, b], [c, d]]: Box) => {
    x0 = Math.min(x0, a);
    y0 = Math.min(y0, b);
    x1 = Math.max(x1, c);
    y1 = Math.max(y1, d);
  };
  for (const code of focus.codes)
    for (const part of mainParts(basemap, code)) {
      let byMap = screenBounds.get(part);
      if (!byMap) screenBounds.set(part, (byMap = new Map()));
      let box = byMap.get(key);
      if (!box) byMap.set(key, (box = path.bounds({ type: 'Feature', properties: null, geometry: part }) as Box));
      add(box);
    }
  const points = [
    ...focus.points,
    ...focus.codes.flatMap((c) =>
      PLACES_WITHOUT_SHAPE[c] && !mainParts(basemap, c).length ? [PLACES_WITHOUT_SHAPE[c]] : [],
    ),
  ];
  for (const p of points) {
    const at = world([p[0], p[1]]);
    if (at) add([at, at]);
  }
  if (![x0, y0, x1, y1].every(Number.isFinite)) return { ...WORLD, rotate };
  const height = mapHeight(width);
  const pad = framePadding(width);
  const fits = Math.min((width - 2 * pad) / Math.max(1, x1 - x0), (height - 2 * pad) / Math.max(1, y1 - y0));
  const k = Math.min(MAX_ZOOM, Math.max(1, 2 ** (Math.floor(Math.log2(Math.max(1, fits)) * 4) / 4)));
  if (k === 1) return { ...WORLD, rotate };
  const clamp = (v: number, lo: number, hi: number) => Math.round(Math.min(hi, Math.max(lo, v)));
  return {
    rotate,
    k,
    x: clamp(width / 2 - (k * (x0 + x1)) / 2, width - k * width, 0),
    y: clamp(height / 2 - (k * (y0 + y1)) / 2, height - k * height, 0),
  };
}
