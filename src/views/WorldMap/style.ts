/**
 * The MapLibre style and the paint expressions that change with the filters, built from plain
 * data so they can be tested as objects. Fully local: two GeoJSON sources, no tiles, no glyphs,
 * no sprite (so no text layers: names are in HTML). Pure; only MapLibre's types are imported.
 */
import type { ExpressionSpecification, FilterSpecification, StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { Basemap } from '../../lib/geo/basemap';
import type { SiteMark } from './sites';

export interface MapPalette {
  /** Water and the page behind the map. */
  background: string;
  /** Countries without engagements. */
  land: string;
  border: string;
  home: string;
  homeHatch: string;
  /** Outline of chosen countries, and of the one under the pointer. */
  outline: string;
  site: string;
  siteHalo: string;
}

export const DEFAULT_PALETTE: MapPalette = {
  background: '#ffffff',
  land: '#e5e5e5',
  border: '#ffffff',
  home: '#fde0b6',
  homeHatch: '#c96f00',
  outline: '#1a1a1a',
  site: '#1a1a1a',
  siteHalo: '#ffffff',
};

export const LAYERS = {
  background: 'background',
  fill: 'countries-fill',
  home: 'countries-home',
  border: 'countries-border',
  hover: 'countries-hover',
  selected: 'countries-selected',
  markers: 'tiny-countries',
  sites: 'deal-sites',
} as const;

export const HATCH_IMAGE = 'home-hatch';

export interface CountryData {
  /** Alpha-3, or "" for an area without an ISO code (so expressions compare strings only). */
  code: string;
  name: string;
}

/** Feature properties MapLibre matches on: the alpha-3 code, not world-atlas's numeric id
 * (several features have none, and Australia's id is on two features). */
export function countriesData(basemap: Basemap): FeatureCollection<Polygon | MultiPolygon, CountryData> {
  return {
    type: 'FeatureCollection',
    features: basemap.features.map((f) => ({
      type: 'Feature',
      properties: { code: f.properties.code ?? '', name: f.properties.name },
      geometry: f.geometry,
    })),
  };
}

export interface MarkerData {
  code: string;
  name: string;
}

/** Points for countries too small to find as shapes (Singapore, Bahrain): drawn as dots. */
export function markersData(
  points: readonly { code: string; name: string; lonLat: readonly [number, number] }[],
): FeatureCollection<Point, MarkerData> {
  return {
    type: 'FeatureCollection',
    features: points.map((p) => ({
      type: 'Feature',
      properties: { code: p.code, name: p.name },
      geometry: { type: 'Point', coordinates: [p.lonLat[0], p.lonLat[1]] },
    })),
  };
}

export interface SiteData {
  key: string;
  radius: number;
  undisclosed: boolean;
}

export function sitesData(marks: readonly SiteMark[]): FeatureCollection<Point, SiteData> {
  return {
    type: 'FeatureCollection',
    features: marks.map((m) => ({
      type: 'Feature',
      properties: { key: m.key, radius: m.radius, undisclosed: m.undisclosed },
      geometry: { type: 'Point', coordinates: [m.lon, m.lat] },
    })),
  };
}

/** `match` on the country code: the class colour of each counted country, home, else neutral. */
export function fillColorExpression(
  fills: ReadonlyMap<string, string>,
  home: string,
  palette: MapPalette,
): ExpressionSpecification | string {
  const pairs: string[] = [];
  if (home) pairs.push(home, palette.home);
  for (const [code, color] of fills) if (code && code !== home) pairs.push(code, color);
  if (pairs.length === 0) return palette.land;
  // MapLibre's tuple type cannot express a variable number of label/output pairs.
  return ['match', ['get', 'code'], ...pairs, palette.land] as unknown as ExpressionSpecification;
}

/** Features whose code is one of `codes` (an empty list matches nothing). */
export function codeFilter(codes: readonly string[]): FilterSpecification {
  return ['in', ['get', 'code'], ['literal', [...codes]]];
}

/** Dots of chosen countries get the same thick outline as chosen shapes. */
export function markerStrokeWidth(selected: readonly string[]): ExpressionSpecification {
  return ['case', ['in', ['get', 'code'], ['literal', [...selected]]], 2, 0.5];
}

export interface StyleInput {
  countries: FeatureCollection<Polygon | MultiPolygon, CountryData>;
  sites: FeatureCollection<Point, SiteData>;
  markers: FeatureCollection<Point, MarkerData>;
  fills: ReadonlyMap<string, string>;
  home: string;
  selected: readonly string[];
  hovered: string | null;
  palette: MapPalette;
}

export function mapStyle(input: StyleInput): StyleSpecification {
  const { palette } = input;
  return {
    version: 8,
    sources: {
      countries: { type: 'geojson', data: input.countries },
      markers: { type: 'geojson', data: input.markers },
      sites: { type: 'geojson', data: input.sites },
    },
    layers: [
      { id: LAYERS.background, type: 'background', paint: { 'background-color': palette.background } },
      {
        id: LAYERS.fill,
        type: 'fill',
        source: 'countries',
        paint: { 'fill-color': fillColorExpression(input.fills, input.home, palette) },
      },
      {
        id: LAYERS.home,
        type: 'fill',
        source: 'countries',
        filter: codeFilter(input.home ? [input.home] : []),
        paint: { 'fill-pattern': HATCH_IMAGE },
      },
      { id: LAYERS.border, type: 'line', source: 'countries', paint: { 'line-color': palette.border, 'line-width': 0.5 } },
      {
        id: LAYERS.hover,
        type: 'line',
        source: 'countries',
        filter: codeFilter(input.hovered ? [input.hovered] : []),
        paint: { 'line-color': palette.outline, 'line-width': 1.5 },
      },
      {
        id: LAYERS.selected,
        type: 'line',
        source: 'countries',
        filter: codeFilter(input.selected),
        paint: { 'line-color': palette.outline, 'line-width': 3 },
      },
      {
        id: LAYERS.markers,
        type: 'circle',
        source: 'markers',
        paint: {
          'circle-radius': 4,
          'circle-color': fillColorExpression(input.fills, input.home, palette),
          'circle-stroke-color': palette.outline,
          'circle-stroke-width': markerStrokeWidth(input.selected),
        },
      },
      {
        id: LAYERS.sites,
        type: 'circle',
        source: 'sites',
        paint: {
          'circle-radius': ['get', 'radius'],
          'circle-color': ['case', ['get', 'undisclosed'], 'rgba(0,0,0,0)', palette.site],
          'circle-opacity': 0.85,
          'circle-stroke-color': ['case', ['get', 'undisclosed'], palette.site, palette.siteHalo],
          'circle-stroke-width': ['case', ['get', 'undisclosed'], 2, 1],
        },
      },
    ],
  };
}

/** RGBA of "#rgb" or "#rrggbb"; opaque black for anything else. */
export function hexToRgba(hex: string): [number, number, number, number] {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!m?.[1]) return [0, 0, 0, 255];
  const h = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1];
  return [parseInt(h.slice(0, 2), 16), parseInt(h.slice(2, 4), 16), parseInt(h.slice(4, 6), 16), 255];
}

/**
 * A square tile of diagonal stripes for the home country. MapLibre needs a sprite or an added
 * image for fill patterns; we have no sprite, so the pattern is generated.
 */
export function hatchImage(size: number, stripe: string, ground: string, width = 2) {
  const fg = hexToRgba(stripe);
  const bg = hexToRgba(ground);
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      // (x + y) mod size makes the stripes meet across tile edges.
      const color = (x + y) % size < width ? fg : bg;
      data.set(color, (y * size + x) * 4);
    }
  }
  return { width: size, height: size, data };
}
