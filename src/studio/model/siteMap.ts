/**
 * The small map deal sites are picked on: the countries of world-atlas' 1:110m basemap (loaded
 * on demand), framed on the delegation's country and the sites already placed, so a click lands
 * on the right city. d3 computes; the component draws. Pure apart from the lazy import.
 */
import { geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiPoint } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { alpha3ToNumeric } from '../../lib/geo/codes';

export type Countries = FeatureCollection<Geometry, Record<string, unknown>>;

let pending: Promise<Countries> | undefined;

export function loadCountries(): Promise<Countries> {
  pending ??= import('world-atlas/countries-110m.json').then((m) => {
    const topo = m.default as unknown as Topology;
    return feature(topo, topo.objects.countries!) as unknown as Countries;
  });
  return pending;
}

export interface SiteMapFrame {
  projection: GeoProjection;
  /** SVG path data of each country, and whether it is the delegation's. */
  shapes: { d: string; home: boolean }[];
}

/** The map at a size, framed on the delegation's country and the sites (the world when neither is known). */
export function frameMap(
  countries: Countries,
  home: string,
  sites: readonly [number, number][],
  width: number,
  height: number,
): SiteMapFrame {
  const numeric = alpha3ToNumeric(home);
  const homeFeature = countries.features.find((f) => String(f.id) === numeric);
  // A few degrees around each site, so one site alone still frames a region, not a point.
  const points: MultiPoint = {
    type: 'MultiPoint',
    coordinates: sites.flatMap(([lon, lat]) => [
      [lon - 3, lat - 2],
      [lon + 3, lat + 2],
    ]),
  };
  const focus: Feature[] = [];
  if (homeFeature) focus.push(homeFeature as Feature);
  if (sites.length) focus.push({ type: 'Feature', properties: {}, geometry: points });
  const projection = geoMercator();
  if (focus.length)
    projection.fitExtent(
      [
        [12, 12],
        [width - 12, height - 12],
      ],
      { type: 'FeatureCollection', features: focus } as FeatureCollection,
    );
  else
    projection.fitExtent(
      [
        [4, 4],
        [width - 4, height - 4],
      ],
      { type: 'Sphere' } as never,
    );
  const path = geoPath(projection);
  const shapes = countries.features.map((f) => ({ d: path(f) ?? '', home: homeFeature === f })).filter((s) => s.d);
  return { projection, shapes };
}

/** Degrees rounded to 4 decimals (about 10 m): enough for a site, short in the file. */
export const roundDegrees = (x: number) => Math.round(x * 1e4) / 1e4;
