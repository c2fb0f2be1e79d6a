/**
 * Where the SVG map puts things: the Equal Earth projection fitted to a box of fixed aspect ratio
 * and framed (the frame itself is chosen in framing.ts), one path per country (features that
 * share a code, like Australia's two, are one path, so a country is one target), and the points
 * where tiny countries' dots go (mapScreen.ts places them on screen; sitePlacement.ts the deal
 * sites). d3-geo clips at the antimeridian on the sphere, so world-atlas geometry is drawn as
 * wound: Russia and Fiji stay whole without the repair MapLibre needs. Used by the live SVG map
 * and the export alike. Pure.
 */
import { geoEqualEarth, geoPath, type GeoProjection, type GeoStream } from 'd3-geo';
import type { Basemap, CountryFeature } from '../../lib/geo/basemap';
import { anchorOf, type LonLat } from '../../lib/geo/anchor';
import { PLACES_WITHOUT_SHAPE } from '../../lib/geo/placesWithoutShape';

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
export const sameFrame = (a: MapFrame, b: MapFrame) =>
  a.rotate === b.rotate && a.k === b.k && a.x === b.x && a.y === b.y;
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

/** Whether a shape drawn `k` times enlarged is too small to see or hit on screen: it gets a dot. */
export function tiny(shape: CountryShape, k: number): boolean {
  return shape.area * k * k < TINY_AREA || Math.min(...shape.box) * k < TINY_SIDE;
}
