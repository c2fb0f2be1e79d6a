/**
 * The world basemap that ships with the app: world-atlas TopoJSON (Natural Earth) turned into
 * GeoJSON country features keyed by ISO alpha-3, plus the repairs a flat (Web Mercator) renderer
 * needs. Pure: no DOM, no network, inputs never mutated.
 */
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { numericToAlpha3 } from './codes';

export interface CountryProps {
  /** ISO alpha-3 ("KAZ"); null for areas without an ISO code (Kosovo, N. Cyprus, Somaliland…). */
  code: string | null;
  /** The basemap's own (English) name: the page names countries through i18n by code; this is for areas without one. */
  name: string;
}

export type CountryFeature = Feature<Polygon | MultiPolygon, CountryProps>;
export type Basemap = FeatureCollection<Polygon | MultiPolygon, CountryProps>;

/**
 * Country features of a world-atlas topology. World-atlas gives ISO numeric ids as strings
 * ("398"); several features have none. Geometry is left exactly as world-atlas winds it, which
 * is what d3-geo's spherical clipping expects.
 */
export function basemapFromTopology(topology: Topology, objectName = 'countries'): Basemap {
  const object = topology.objects[objectName];
  if (!object || object.type !== 'GeometryCollection') {
    throw new Error(
      `The topology has no "${objectName}" geometry collection: pass a world-atlas countries-*.json file.`,
    );
  }
  const collection = feature(topology, object as GeometryCollection<{ name?: string }>);
  const features: CountryFeature[] = [];
  for (const f of collection.features) {
    if (f.geometry?.type !== 'Polygon' && f.geometry?.type !== 'MultiPolygon') continue;
    const code = f.id === undefined ? null : (numericToAlpha3(String(f.id)) ?? null);
    const name = f.properties?.name ?? '';
    features.push({ type: 'Feature', properties: { code, name }, geometry: f.geometry });
  }
  return { type: 'FeatureCollection', features };
}

const POLE_EPSILON = 0.01;

/**
 * A ring whose longitudes never jump by more than 180° between consecutive points. World-atlas
 * cuts rings at ±180°, so Chukotka or Fiji step from 179.9° to -180°: drawn flat, that step is a
 * band across the whole map. Shifting the points after such a step by ±360° keeps the polygon
 * whole (MapLibre draws longitudes beyond 180° on the next world copy). A ring that goes round a
 * pole (Antarctica: an odd number of steps) cannot close that way, so it is closed along the pole.
 */
export function unwrapRing(ring: readonly Position[]): Position[] {
  const first = ring[0];
  if (!first) return [];
  let offset = 0;
  let prev = first[0] ?? 0;
  const out: Position[] = [[...first]];
  for (let i = 1; i < ring.length; i++) {
    const p = ring[i] as Position;
    const lon = p[0] ?? 0;
    if (lon - prev > 180) offset -= 360;
    else if (lon - prev < -180) offset += 360;
    prev = lon;
    out.push([lon + offset, ...p.slice(1)]);
  }
  if (offset !== 0) {
    const last = out[out.length - 1] as Position;
    const meanLat = out.reduce((sum, q) => sum + (q[1] ?? 0), 0) / out.length;
    const pole = meanLat < 0 ? -90 : 90;
    const firstLon = first[0] ?? 0;
    const lastLon = last[0] ?? 0;
    // Along the pole in 90° steps, so no step of the closed ring is itself a jump.
    const along: Position[] = [];
    const n = Math.ceil(Math.abs(lastLon - firstLon) / 90);
    for (let k = 0; k <= n; k++) along.push([lastLon + ((firstLon - lastLon) * k) / n, pole]);
    out.push(...along, [...first]);
  }
  // Keep each ring near the world most of its points are in, so a ring that starts on the far
  // side of 180° (Wrangel Island) is not drawn one world away.
  const mean = out.reduce((sum, q) => sum + (q[0] ?? 0), 0) / out.length;
  const shift = mean > 180 ? -360 : mean < -180 ? 360 : 0;
  return shift ? out.map(([lon, ...rest]) => [(lon ?? 0) + shift, ...rest]) : out;
}

/** A ring that lies on a pole (world-atlas closes Antarctica with one): nothing to draw flat. */
function onPole(ring: readonly Position[]): boolean {
  return ring.every((p) => Math.abs(Math.abs(p[1] ?? 0) - 90) < POLE_EPSILON);
}

function unwrapPolygon(rings: readonly Position[][]): Position[][] {
  return rings.filter((r) => !onPole(r)).map(unwrapRing);
}

/** The feature with continuous ring longitudes, for flat renderers (MapLibre). Not for d3-geo. */
export function unwrapAntimeridian(f: CountryFeature): CountryFeature {
  const g = f.geometry;
  const geometry: Polygon | MultiPolygon =
    g.type === 'Polygon'
      ? { type: 'Polygon', coordinates: unwrapPolygon(g.coordinates) }
      : { type: 'MultiPolygon', coordinates: g.coordinates.map(unwrapPolygon).filter((p) => p.length > 0) };
  return { type: 'Feature', properties: { ...f.properties }, geometry };
}

/** The basemap prepared for MapLibre: every ring continuous across 180°. */
export function flatBasemap(basemap: Basemap): Basemap {
  return { type: 'FeatureCollection', features: basemap.features.map(unwrapAntimeridian) };
}

/** Features of each alpha-3 code (Australia has two in world-atlas: keep every one). */
export function featuresByCode(basemap: Basemap): Map<string, CountryFeature[]> {
  const byCode = new Map<string, CountryFeature[]>();
  for (const f of basemap.features) {
    const code = f.properties.code;
    if (!code) continue;
    const list = byCode.get(code);
    if (list) list.push(f);
    else byCode.set(code, [f]);
  }
  return byCode;
}
