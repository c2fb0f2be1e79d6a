/**
 * The static SVG map: Equal Earth projection fitted to the box, one path per country (features
 * that share a code, like Australia's two in world-atlas, become one path so a country is one
 * tab stop). d3-geo clips at the antimeridian on the sphere, so world-atlas geometry is used as
 * wound, never rewound. Also serves vector export. Pure.
 */
import { geoEqualEarth, geoPath } from 'd3-geo';
import type { Basemap, CountryFeature } from '../../lib/geo/basemap';
import { anchorOf, type LonLat } from '../../lib/geo/anchor';
import type { MapPalette } from './style';

export interface SvgCountry {
  /** Alpha-3, or "area-<n>" for an area without a code. */
  key: string;
  code: string | null;
  name: string;
  d: string;
  /** Projected area in px²: tiny countries get a marker so they can be seen and clicked. */
  area: number;
}

export interface SvgMapLayout {
  width: number;
  height: number;
  /** Outline of the globe (the sea). */
  sphere: string;
  countries: SvgCountry[];
  /** Screen position of a point inside a country, for tooltips and markers. */
  anchor: (code: string) => [number, number] | undefined;
  project: (lonLat: LonLat) => [number, number] | undefined;
}

const SPHERE = { type: 'Sphere' } as const;

/** Below this many px² a country is hard to see or hit: it also gets a marker. */
export const TINY_AREA = 40;

export function svgMapLayout(basemap: Basemap, width: number, height: number, pad = 4): SvgMapLayout {
  const projection = geoEqualEarth().fitExtent(
    [
      [pad, pad],
      [Math.max(pad + 1, width - pad), Math.max(pad + 1, height - pad)],
    ],
    SPHERE,
  );
  const path = geoPath(projection).digits(1);
  const groups = new Map<string, CountryFeature[]>();
  basemap.features.forEach((f, i) => {
    const key = f.properties.code ?? `area-${i}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  });
  const countries: SvgCountry[] = [];
  for (const [key, features] of groups) {
    const first = features[0] as CountryFeature;
    const d = features.map((f) => path(f) ?? '').join('');
    if (!d) continue;
    const area = features.reduce((sum, f) => sum + path.area(f), 0);
    countries.push({ key, code: first.properties.code, name: first.properties.name, d, area });
  }
  const project = (p: LonLat): [number, number] | undefined => {
    const xy = projection(p);
    return xy ? [xy[0], xy[1]] : undefined;
  };
  const anchors = new Map<string, [number, number] | undefined>();
  const anchor = (code: string) => {
    if (!anchors.has(code)) {
      const features = groups.get(code);
      const ll = features ? anchorOf(features) : undefined;
      anchors.set(code, ll ? project(ll) : undefined);
    }
    return anchors.get(code);
  };
  return { width, height, sphere: path(SPHERE) ?? '', countries, anchor, project };
}

/**
 * The fill of a country shape: the home hatch (a `url(#…)` the caller defines), its class colour,
 * or plain land. Shared by the live SVG map and the export so both colour the same way.
 */
export function countryFill(
  code: string | null,
  fills: ReadonlyMap<string, string>,
  home: string,
  hatchUrl: string,
  land: string,
): string {
  if (code && code === home) return hatchUrl;
  return (code && fills.get(code)) || land;
}

/** Marker for a shape too small to see, drawn at its anchor; only for countries with something to show. */
export function tinyMarker(layout: SvgMapLayout, c: SvgCountry, shown: boolean): [number, number] | undefined {
  return c.code && shown && c.area < TINY_AREA ? layout.anchor(c.code) : undefined;
}

export interface SiteStyle {
  fill: string;
  fillOpacity: number | undefined;
  stroke: string;
  strokeWidth: number;
}

/** A deal site's circle: filled for a disclosed value, a thick hollow ring when none is disclosed. */
export function siteStyle(undisclosed: boolean, palette: Pick<MapPalette, 'site' | 'siteHalo'>): SiteStyle {
  return undisclosed
    ? { fill: 'none', fillOpacity: undefined, stroke: palette.site, strokeWidth: 2 }
    : { fill: palette.site, fillOpacity: 0.85, stroke: palette.siteHalo, strokeWidth: 1 };
}
