/**
 * Where the SVG map puts things: the Equal Earth projection fitted to a box of fixed aspect ratio,
 * then framed on what was met (fitFrame: the counterparts listed, home and deal sites, with a
 * padding and never closer than MAX_ZOOM, so one country alone does not fill the map), one path per country (features that share a code, like Australia's two, are one path, so a
 * country is one target), tiny countries' dots, and deal sites placed so overlapping ones stay
 * apart. d3-geo clips at the antimeridian on the sphere, so world-atlas geometry is drawn as
 * wound: Russia and Fiji stay whole without the repair MapLibre needs. Used by the live SVG map
 * and the export alike. Pure.
 */
import { geoArea, geoBounds, geoEqualEarth, geoPath, type GeoProjection, type GeoStream } from 'd3-geo';
import type { Feature, MultiPolygon, Point, Polygon } from 'geojson';
import { featuresByCode, type Basemap, type CountryFeature } from '../../lib/geo/basemap';
import { anchorOf, normalizeLon, type LonLat } from '../../lib/geo/anchor';
import { PLACES_WITHOUT_SHAPE } from '../../lib/geo/placesWithoutShape';
import { siteMaxRadius, siteRadius, type SiteMark } from './sites';

/** Width over height of the map box, live and exported: the page reserves it before the map loads. */
export const MAP_ASPECT = 2;
const PAD = 4;
/** Below this many px² on screen a country is hard to see or hit: it gets a dot. */
export const TINY_AREA = 64;
/** A country narrower or lower than this many px on screen (a sliver) gets a dot too. */
export const TINY_SIDE = 6;
/** Radius of a tiny country's dot: with its stroke, a target of about 9 × 9 px. */
export const DOT_RADIUS = 4;

export const mapHeight = (width: number) => Math.round(width / MAP_ASPECT);

/**
 * What part of the world the map shows: the Equal Earth world fitted to the box, turned so that
 * longitude `rotate` is in the middle, then zoomed `k` times and moved by (x, y) px: a point the
 * world drawing puts at p is on screen at k·p + (x, y).
 */
export interface MapFrame {
  rotate: number;
  k: number;
  x: number;
  y: number;
}

export const WORLD: MapFrame = { rotate: 0, k: 1, x: 0, y: 0 };
/** The closest the map frames: a quarter of the world's width (about 90° of longitude), so one country never fills it. */
export const MAX_ZOOM = 4;

/** The world fitted to the box, turned, then framed. */
export function framedProjection(width: number, frame: MapFrame): GeoProjection {
  const height = mapHeight(width);
  const projection = geoEqualEarth()
    .rotate([-frame.rotate, 0])
    .fitExtent(
      [
        [PAD, PAD],
        [Math.max(PAD + 1, width - PAD), Math.max(PAD + 1, height - PAD)],
      ],
      { type: 'Sphere' },
    );
  if (frame.k === 1 && frame.x === 0 && frame.y === 0) return projection;
  const [tx, ty] = projection.translate();
  return (
    projection
      .scale(projection.scale() * frame.k)
      .translate([tx * frame.k + frame.x, ty * frame.k + frame.y])
      // What falls outside the box is cut away, so a framed drawing carries none of it.
      .clipExtent([
        [-1, -1],
        [width + 1, height + 1],
      ])
  );
}

export interface CountryShape {
  /** Alpha-3, or "area-<n>" for an area without a code (Kosovo, Somaliland…). */
  key: string;
  code: string | null;
  /** Empty for a country smaller than a pixel or two: drawn as a dot. */
  d: string;
  /** Projected area in px². */
  area: number;
  /** Width and height of its projected box in px. */
  box: [number, number];
}

export interface MapGeometry {
  width: number;
  height: number;
  /** The frame the paths are drawn in (WORLD, or the world turned by `rotate`, or a framed view). */
  frame: MapFrame;
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
 * The map's geometry for a basemap at a width. Projecting the 1:50m basemap takes many frames on
 * a slow machine (most of it the first time, while the engine compiles d3-geo), so the live view
 * prepares it in slices first (prepareMapGeometry): the last few are kept and handed out again.
 */
export function mapGeometry(basemap: Basemap, width: number, frame: MapFrame = WORLD): MapGeometry {
  const kept = keptGeometry(basemap, width, frame);
  if (kept) return kept;
  const steps = geometrySteps(basemap, width, frame);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return keep(step.value, basemap);
}

/**
 * Makes the geometry that mapGeometry(basemap, width) will return, a slice of countries per task
 * (`pause` waits between slices), so that no task holds the page for long. The tiny countries'
 * points (where their dots go) are found here too, a slice at a time.
 */
export async function prepareMapGeometry(
  basemap: Basemap,
  width: number,
  pause: () => Promise<void> = () => new Promise((ok) => setTimeout(ok, 0)),
  frame: MapFrame = WORLD,
): Promise<void> {
  if (keptGeometry(basemap, width, frame)) return;
  const steps = geometrySteps(basemap, width, frame);
  let step = steps.next();
  while (!step.done) {
    await pause();
    step = steps.next();
  }
  const geometry = keep(step.value, basemap);
  // The points of the countries drawn as dots, found now rather than in the first drawing's task.
  let found = 0;
  for (const shape of geometry.shapes) {
    if (!shape.code || !tiny(shape, 1)) continue;
    geometry.anchor(shape.code);
    if (++found % SLICE === 0) await pause();
  }
}

/** Geometries made lately, newest first: a view, its print drawing and a resize back share them. */
const KEEP = 4;
let kept: { basemap: Basemap; geometry: MapGeometry }[] = [];
const sameFrame = (a: MapFrame, b: MapFrame) => a.rotate === b.rotate && a.k === b.k && a.x === b.x && a.y === b.y;
const keptGeometry = (basemap: Basemap, width: number, frame: MapFrame) =>
  kept.find((k) => k.basemap === basemap && k.geometry.width === width && sameFrame(k.geometry.frame, frame))?.geometry;
function keep(geometry: MapGeometry, basemap: Basemap): MapGeometry {
  kept = [{ basemap, geometry }, ...kept.filter((k) => k.geometry !== geometry)].slice(0, KEEP);
  return geometry;
}

/** Countries projected per slice of prepareMapGeometry (a few milliseconds each once compiled). */
const SLICE = 24;

function* geometrySteps(basemap: Basemap, width: number, frame: MapFrame): Generator<void, MapGeometry> {
  const height = mapHeight(width);
  const projection = framedProjection(width, frame);
  // The live map draws the world frame zoomed by a transform (see screenOf): its paths keep the
  // detail a zoom of two needs; a framed drawing (the export) is drawn at its final scale.
  const eps = frame.k === 1 && frame.x === 0 && frame.y === 0 ? 0.4 : 0.8;
  const path = geoPath({ stream: (s: GeoStream) => projection.stream(thinned(eps, s)) }).digits(1);
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
    const [[x0, y0], [x1, y1]] = exact.bounds({ type: 'FeatureCollection', features });
    const box: [number, number] = Number.isFinite(x0) ? [x1 - x0, y1 - y0] : [0, 0];
    shapes.push({ key, code: features[0]!.properties.code, d, area, box });
    if (shapes.length % SLICE === 0) yield;
  }
  const project = (p: LonLat): [number, number] | undefined => {
    const xy = projection(p);
    return xy ? [Math.round(xy[0] * 10) / 10, Math.round(xy[1] * 10) / 10] : undefined;
  };
  const anchors = new Map<string, [number, number] | undefined>();
  const anchor = (code: string) => {
    if (!anchors.has(code)) {
      // A country without a shape (Tuvalu at this scale) is found at its point, to carry a dot.
      const lonLat = anchorOf(groups.get(code) ?? []) ?? PLACES_WITHOUT_SHAPE[code];
      anchors.set(code, lonLat ? project(lonLat) : undefined);
    }
    return anchors.get(code);
  };
  return {
    width,
    height,
    frame,
    sphere: exact.digits(1)({ type: 'Sphere' }) ?? '',
    shapes,
    byCode: new Map(shapes.flatMap((s) => (s.code ? [[s.code, s] as const] : []))),
    project,
    anchor,
  };
}

/** Codes the basemap has neither a shape nor a point for: named in the export's notes instead. */
export function missingCodes(basemap: Basemap, codes: Iterable<string>): string[] {
  const present = new Set(basemap.features.map((f) => f.properties.code));
  return [...codes].filter((c) => !present.has(c) && !PLACES_WITHOUT_SHAPE[c]);
}

export interface TinyDot {
  code: string;
  x: number;
  y: number;
}

/**
 * Dots for counterparts too small to see as shapes on screen (a rule of px, not a list of names:
 * Luxembourg, Malta or Singapore at any zoom, Estonia on a phone), at a point inside them.
 * Counterparts the basemap has no shape for get none: the export's notes name them.
 */
export function tinyDots(
  geometry: MapGeometry,
  codes: Iterable<string>,
  screen: MapScreen = screenOf(geometry, geometry.frame),
): TinyDot[] {
  const dots: TinyDot[] = [];
  for (const code of codes) {
    const shape = geometry.byCode.get(code);
    const at = shape
      ? screen.tiny(shape)
        ? screen.anchor(code)
        : undefined
      : PLACES_WITHOUT_SHAPE[code] && screen.anchor(code);
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

/**
 * Two marks can each be told apart and pointed at when they do not overlap (a small one may touch
 * a large one's edge: a large circle is mostly its own inside, which still answers the pointer).
 */
export const apart = (a: { x: number; y: number; r: number }, b: { x: number; y: number; r: number }) =>
  Math.hypot(a.x - b.x, a.y - b.y) >= Math.max(a.r, b.r) + Math.min(a.r, b.r) * 0.75 + 2;

/**
 * Marks at their sites, largest first (drawn first, so smaller ones lie on top); a mark that would
 * sit on an earlier one is moved to the nearest free spot on rings around its site (a leader line
 * then joins it to the site).
 */
export function placeSites(marks: readonly SiteMark[], screen: Pick<MapScreen, 'project' | 'width'>): PlacedSite[] {
  const placed: PlacedSite[] = [];
  for (const mark of marks) {
    const at = screen.project([mark.lon, mark.lat]);
    if (!at) continue;
    const ring = !mark.sum;
    const r = siteRadius(mark.size, ring, screen.width);
    let spot = { x: at[0], y: at[1], r };
    for (let k = 1; k <= 12 && !placed.every((p) => apart(p, spot)); k++) {
      const distance = k * (r / 2 + 3);
      const steps = 6 * k;
      for (let s = 0; s < steps; s++) {
        const angle = -Math.PI / 2 + (2 * Math.PI * s) / steps;
        const next = {
          x: Math.round((at[0] + distance * Math.cos(angle)) * 10) / 10,
          y: Math.round((at[1] + distance * Math.sin(angle)) * 10) / 10,
          r,
        };
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

/** Longitude spans [west, east] with east ≥ west (east past 180 when a span crosses it). */
type Span = [number, number];

/**
 * The shortest stretch of longitude that holds every span: it starts where one of them starts
 * (the spans are few: the countries met and the sites), so each start is tried.
 */
export function coveringSpan(spans: readonly Span[]): Span | undefined {
  if (!spans.length) return undefined;
  const norm = spans.map(([w, e]): Span => {
    const west = normalizeLon(w);
    const width = Math.min(360, Math.max(0, e - w));
    return [west, west + width];
  });
  let best: Span | undefined;
  for (const [start] of norm) {
    let end = start;
    for (const [w, e] of norm) end = Math.max(end, w >= start ? e : e + 360);
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
      const [[w, s], [e, n]] = geoBounds(p);
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
  const world = framedProjection(width, { ...WORLD, rotate });
  const shapes: Feature<Polygon | MultiPolygon | Point>[] = [
    ...focus.codes.flatMap((code) =>
      mainParts(basemap, code).map((geometry) => ({ type: 'Feature' as const, properties: null, geometry })),
    ),
    ...[
      ...focus.points,
      ...focus.codes.flatMap((c) =>
        PLACES_WITHOUT_SHAPE[c] && !mainParts(basemap, c).length ? [PLACES_WITHOUT_SHAPE[c]] : [],
      ),
    ].map((p) => ({
      type: 'Feature' as const,
      properties: null,
      geometry: { type: 'Point' as const, coordinates: [...p] },
    })),
  ];
  const [[x0, y0], [x1, y1]] = geoPath(world).bounds({ type: 'FeatureCollection', features: shapes });
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

/**
 * Where things are on screen when a geometry drawn in one frame is shown in another: the live map
 * draws the world once (projecting the basemap again on every filter is a long task) and zooms it
 * with an SVG transform; the export draws the framed geometry as it is (transform undefined).
 */
export interface MapScreen {
  width: number;
  height: number;
  /** How many times the drawing is enlarged: strokes are drawn unscaled. */
  k: number;
  /** The SVG transform from the geometry to the screen; undefined when there is none. */
  transform: string | undefined;
  project(lonLat: LonLat): [number, number] | undefined;
  anchor(code: string): [number, number] | undefined;
  /** Whether a shape is too small to see or hit on screen: it gets a dot. */
  tiny(shape: CountryShape): boolean;
}

export function screenOf(geometry: MapGeometry, frame: MapFrame): MapScreen {
  const g = geometry.frame;
  // The geometry's frame is the world turned as `frame` is, or `frame` itself.
  const same = sameFrame(g, frame);
  const k = same ? 1 : frame.k;
  const at = (p: [number, number] | undefined): [number, number] | undefined =>
    p && (same ? p : [Math.round((p[0] * k + frame.x) * 10) / 10, Math.round((p[1] * k + frame.y) * 10) / 10]);
  return {
    width: geometry.width,
    height: geometry.height,
    k: frame.k,
    transform: same ? undefined : `translate(${frame.x} ${frame.y}) scale(${k})`,
    project: (p) => at(geometry.project(p)),
    anchor: (code) => at(geometry.anchor(code)),
    tiny: (shape) => tiny(shape, k),
  };
}

function tiny(shape: CountryShape, k: number): boolean {
  return shape.area * k * k < TINY_AREA || Math.min(...shape.box) * k < TINY_SIDE;
}
