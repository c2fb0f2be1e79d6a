/**
 * Where the map's things are on screen: a geometry drawn in one frame shown in another (the live
 * map zooms the world drawing with a transform), and the dots of countries too small to see there.
 * Pure.
 */
import type { LonLat } from '../../lib/geo/anchor';
import { PLACES_WITHOUT_SHAPE } from '../../lib/geo/placesWithoutShape';
import { sameFrame, tiny, type CountryShape, type MapFrame, type MapGeometry } from './geometry';

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
