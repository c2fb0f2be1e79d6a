/**
 * Where the SVG map puts things: the Equal Earth projection fitted to a box of fixed aspect ratio,
 * one path per country (features that share a code, like Australia's two, are one path, so a
 * country is one target), tiny countries' dots, and deal sites placed so overlapping ones stay
 * apart. d3-geo clips at the antimeridian on the sphere, so world-atlas geometry is drawn as
 * wound: Russia and Fiji stay whole without the repair MapLibre needs. Used by the live SVG map
 * and the export alike. Pure.
 */
import { geoEqualEarth, geoPath, type GeoStream } from 'd3-geo';
import type { Basemap, CountryFeature } from '../../lib/geo/basemap';
import { anchorOf, type LonLat } from '../../lib/geo/anchor';
import { siteRadius, type SiteMark } from './sites';

/** Width over height of the map box, live and exported: the page reserves it before the map loads. */
export const MAP_ASPECT = 2;
const PAD = 4;
/** Below this many px² a country is hard to see or hit: it gets a dot. */
export const TINY_AREA = 40;

export const mapHeight = (width: number) => Math.round(width / MAP_ASPECT);

export interface CountryShape {
  /** Alpha-3, or "area-<n>" for an area without a code (Kosovo, Somaliland…). */
  key: string;
  code: string | null;
  /** Empty for a country smaller than a pixel or two: drawn as a dot. */
  d: string;
  /** Projected area in px². */
  area: number;
}

export interface MapGeometry {
  width: number;
  height: number;
  /** The outline of the globe: the sea. */
  sphere: string;
  shapes: CountryShape[];
  byCode: ReadonlyMap<string, CountryShape>;
  project(lonLat: LonLat): [number, number] | undefined;
  /** A point inside a country's largest polygon, on screen. */
  anchor(code: string): [number, number] | undefined;
}

/**
 * A stream that drops projected points closer than `eps` px to the last one kept: at 50m detail
 * most of a coastline's points fall within a pixel, and a file five times smaller draws the same.
 * A ring left with fewer than three points (an islet) is dropped; tiny countries get dots.
 */
function thinned(eps: number, out: GeoStream): GeoStream {
  let ring: [number, number][] | null = null;
  let polygon = false;
  return {
    point(x, y) {
      if (!ring) return out.point(x, y);
      const last = ring[ring.length - 1];
      if (!last || Math.abs(x - last[0]) >= eps || Math.abs(y - last[1]) >= eps) ring.push([x, y]);
    },
    lineStart: () => void (ring = []),
    lineEnd() {
      const kept = ring ?? [];
      ring = null;
      if (kept.length < (polygon ? 3 : 2)) return;
      out.lineStart();
      for (const [x, y] of kept) out.point(x, y);
      out.lineEnd();
    },
    polygonStart() {
      polygon = true;
      out.polygonStart();
    },
    polygonEnd() {
      polygon = false;
      out.polygonEnd();
    },
    sphere: () => out.sphere?.(),
  };
}

/**
 * The map's geometry for a basemap at a width. Projecting the 1:50m basemap takes 100–300 ms on
 * a slow machine (most of it the first time, while the engine compiles d3-geo), so the live view
 * prepares it in slices first (prepareMapGeometry): the last few are kept and handed out again.
 */
export function mapGeometry(basemap: Basemap, width: number): MapGeometry {
  const kept = keptGeometry(basemap, width);
  if (kept) return kept;
  const steps = geometrySteps(basemap, width);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return keep(step.value, basemap);
}

/**
 * Makes the geometry that mapGeometry(basemap, width) will return, a slice of countries per task
 * (`pause` waits between slices), so that no task holds the page for long. The tiny countries'
 * points (where their dots go) are found here too, a slice at a time.
 */
export async function prepareMapGeometry(basemap: Basemap, width: number, pause: () => Promise<void> = () => new Promise((ok) => setTimeout(ok, 0))): Promise<void> {
  if (keptGeometry(basemap, width)) return;
  const steps = geometrySteps(basemap, width);
  let step = steps.next();
  while (!step.done) {
    await pause();
    step = steps.next();
  }
  const geometry = keep(step.value, basemap);
  // The points of the countries drawn as dots, found now rather than in the first drawing's task.
  let found = 0;
  for (const shape of geometry.shapes) {
    if (!shape.code || shape.area >= TINY_AREA) continue;
    geometry.anchor(shape.code);
    if (++found % SLICE === 0) await pause();
  }
}

/** Geometries made lately, newest first: a view, its print drawing and a resize back share them. */
const KEEP = 4;
let kept: { basemap: Basemap; geometry: MapGeometry }[] = [];
const keptGeometry = (basemap: Basemap, width: number) => kept.find((k) => k.basemap === basemap && k.geometry.width === width)?.geometry;
function keep(geometry: MapGeometry, basemap: Basemap): MapGeometry {
  kept = [{ basemap, geometry }, ...kept.filter((k) => k.geometry !== geometry)].slice(0, KEEP);
  return geometry;
}

/** Countries projected per slice of prepareMapGeometry (a few milliseconds each once compiled). */
const SLICE = 24;

function* geometrySteps(basemap: Basemap, width: number): Generator<void, MapGeometry> {
  const height = mapHeight(width);
  const projection = geoEqualEarth().fitExtent(
    [
      [PAD, PAD],
      [Math.max(PAD + 1, width - PAD), Math.max(PAD + 1, height - PAD)],
    ],
    { type: 'Sphere' },
  );
  const path = geoPath({ stream: (s: GeoStream) => projection.stream(thinned(0.8, s)) }).digits(1);
  const groups = new Map<string, CountryFeature[]>();
  basemap.features.forEach((f, i) => {
    const key = f.properties.code ?? `area-${i}`;
    const list = groups.get(key);
    if (list) list.push(f);
    else groups.set(key, [f]);
  });
  const exact = geoPath(projection);
  const shapes: CountryShape[] = [];
  for (const [key, features] of groups) {
    // Kept when thinning leaves no path (Singapore at world scale): its dot still needs the shape.
    const d = features.map((f) => path(f) ?? '').join('');
    const area = features.reduce((sum, f) => sum + exact.area(f), 0);
    shapes.push({ key, code: features[0]!.properties.code, d, area });
    if (shapes.length % SLICE === 0) yield;
  }
  const project = (p: LonLat): [number, number] | undefined => {
    const xy = projection(p);
    return xy ? [Math.round(xy[0] * 10) / 10, Math.round(xy[1] * 10) / 10] : undefined;
  };
  const anchors = new Map<string, [number, number] | undefined>();
  const anchor = (code: string) => {
    if (!anchors.has(code)) {
      const lonLat = anchorOf(groups.get(code) ?? []);
      anchors.set(code, lonLat ? project(lonLat) : undefined);
    }
    return anchors.get(code);
  };
  return {
    width,
    height,
    sphere: exact.digits(1)({ type: 'Sphere' }) ?? '',
    shapes,
    byCode: new Map(shapes.flatMap((s) => (s.code ? [[s.code, s] as const] : []))),
    project,
    anchor,
  };
}

/** Codes the basemap has no shape for (a microstate at this scale): named in the export's notes instead. */
export function missingCodes(basemap: Basemap, codes: Iterable<string>): string[] {
  const present = new Set(basemap.features.map((f) => f.properties.code));
  return [...codes].filter((c) => !present.has(c));
}

export interface TinyDot {
  code: string;
  x: number;
  y: number;
}

/** Dots for counterparts too small to see as shapes, at a point inside them. */
export function tinyDots(geometry: MapGeometry, codes: Iterable<string>): TinyDot[] {
  const dots: TinyDot[] = [];
  for (const code of codes) {
    const shape = geometry.byCode.get(code);
    const at = shape && shape.area < TINY_AREA ? geometry.anchor(code) : undefined;
    if (at) dots.push({ code, x: at[0], y: at[1] });
  }
  return dots;
}

export interface PlacedSite {
  mark: SiteMark;
  /** Where the site is. */
  at: [number, number];
  /** Where its mark is drawn: moved off the site when another mark would hide it. */
  x: number;
  y: number;
  r: number;
  ring: boolean;
  moved: boolean;
}

/** Two marks can both be seen and pointed at when neither centre lies inside the other mark. */
export const apart = (a: { x: number; y: number; r: number }, b: { x: number; y: number; r: number }) =>
  Math.hypot(a.x - b.x, a.y - b.y) >= Math.max(a.r, b.r) + 2;

/**
 * Marks at their sites, largest first (drawn first, so smaller ones lie on top); a mark that would
 * sit on an earlier one is moved to the nearest free spot on rings around its site (a leader line
 * then joins it to the site).
 */
export function placeSites(marks: readonly SiteMark[], geometry: MapGeometry): PlacedSite[] {
  const placed: PlacedSite[] = [];
  for (const mark of marks) {
    const at = geometry.project([mark.lon, mark.lat]);
    if (!at) continue;
    const ring = !mark.sum;
    const r = siteRadius(mark.size, ring, geometry.width);
    let spot = { x: at[0], y: at[1], r };
    for (let k = 1; k <= 12 && !placed.every((p) => apart(p, spot)); k++) {
      const distance = k * (r / 2 + 3);
      const steps = 6 * k;
      for (let s = 0; s < steps; s++) {
        const angle = -Math.PI / 2 + (2 * Math.PI * s) / steps;
        const next = { x: Math.round((at[0] + distance * Math.cos(angle)) * 10) / 10, y: Math.round((at[1] + distance * Math.sin(angle)) * 10) / 10, r };
        if (placed.every((p) => apart(p, next))) {
          spot = next;
          break;
        }
      }
    }
    placed.push({ mark, at, x: spot.x, y: spot.y, r, ring, moved: spot.x !== at[0] || spot.y !== at[1] });
  }
  return placed;
}
