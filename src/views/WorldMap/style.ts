/**
 * The MapLibre map's style as plain objects: three local GeoJSON sources (no tiles, no glyphs, no
 * sprite) and the layers that paint them from the per-country feature states (featureStates.ts)
 * that carry colour, selection and the tiny-country dots. Filters and colours change through
 * feature states only: the style, its sources and its paint expressions are made once, so a
 * filter toggle re-tiles nothing and costs one repaint. Pure; only MapLibre's types are imported.
 */
import type { ExpressionSpecification, FilterSpecification, StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { flatBasemap, type Basemap } from '../../lib/geo/basemap';
import type { LonLat } from '../../lib/geo/anchor';
import { PLACES_WITHOUT_SHAPE } from '../../lib/geo/placesWithoutShape';
import type { Theme } from '../../lib/basics/theme';
import { siteRadius, type SiteMark } from './sites';
import { DOT_RADIUS } from './geometry';
import type { CountryState } from './featureStates';

export const SOURCES = { countries: 'countries', markers: 'markers', sites: 'sites' } as const;

export const LAYERS = {
  background: 'background',
  fill: 'countries-fill',
  home: 'countries-home',
  border: 'countries-border',
  hover: 'countries-hover',
  selectedCasing: 'countries-selected-casing',
  selected: 'countries-selected',
  markers: 'tiny-countries',
  sites: 'deal-sites',
} as const;

/** The layers under the pointer that matter, topmost first. */
export const PICK_LAYERS = [LAYERS.sites, LAYERS.markers, LAYERS.fill];

export const HATCH_IMAGE = 'home-hatch';

type Props = { code: string };

/** Countries keyed by alpha-3 in `code` ("" for areas without one), the id feature states use. */
export function countriesData(flat: Basemap): FeatureCollection<Polygon | MultiPolygon, Props> {
  return {
    type: 'FeatureCollection',
    features: flat.features.map((f) => ({
      type: 'Feature',
      properties: { code: f.properties.code ?? '' },
      geometry: f.geometry,
    })),
  };
}

/** A point inside each tiny country (Singapore, Bahrain), drawn as a dot while it has something to show. */
export function markersData(points: readonly { code: string; lonLat: LonLat }[]): FeatureCollection<Point, Props> {
  return {
    type: 'FeatureCollection',
    features: points.map((p) => ({
      type: 'Feature',
      properties: { code: p.code },
      geometry: { type: 'Point', coordinates: [...p.lonLat] },
    })),
  };
}

export interface SiteProps {
  key: string;
  r: number;
  ring: boolean;
  /** Drawn paler (MapLibre circles cannot be dashed): the source names only the city or region. */
  approximate: boolean;
}

/** Deal sites, largest first so smaller circles are drawn over them; radii as the SVG map draws them `width` wide. */
export function sitesData(marks: readonly SiteMark[], width: number): FeatureCollection<Point, SiteProps> {
  return {
    type: 'FeatureCollection',
    features: marks.map((m) => ({
      type: 'Feature',
      properties: { key: m.key, r: siteRadius(m.size, !m.sum, width), ring: !m.sum, approximate: m.approximate },
      geometry: { type: 'Point', coordinates: [m.lon, m.lat] },
    })),
  };
}

/** A boolean feature state: the country's (`selected`, `shown`) or the pointer's (`hover`). */
const stateIs = (key: keyof CountryState | 'hover'): ExpressionSpecification => [
  'boolean',
  ['feature-state', key],
  false,
];

/** A country's fill: its class colour from its feature state, else land. */
export function fillColour(theme: Theme): ExpressionSpecification {
  return ['coalesce', ['feature-state', 'fill'], theme.map.land];
}

export function homeFilter(home: string): FilterSpecification {
  return ['==', ['get', 'code'], home];
}

export interface StyleInput {
  countries: FeatureCollection<Polygon | MultiPolygon, Props>;
  markers: FeatureCollection<Point, Props>;
  sites: FeatureCollection<Point, SiteProps>;
  home: string;
  theme: Theme;
}

export function mapStyle({ countries, markers, sites, home, theme }: StyleInput): StyleSpecification {
  const m = theme.map;
  return {
    version: 8,
    // No transitions: on software WebGL every frame is a stall, so a change paints once.
    transition: { duration: 0, delay: 0 },
    sources: {
      [SOURCES.countries]: { type: 'geojson', data: countries, promoteId: 'code' },
      [SOURCES.markers]: { type: 'geojson', data: markers, promoteId: 'code' },
      [SOURCES.sites]: { type: 'geojson', data: sites, promoteId: 'key' },
    },
    layers: [
      { id: LAYERS.background, type: 'background', paint: { 'background-color': m.background } },
      { id: LAYERS.fill, type: 'fill', source: SOURCES.countries, paint: { 'fill-color': fillColour(theme) } },
      {
        id: LAYERS.home,
        type: 'fill',
        source: SOURCES.countries,
        filter: homeFilter(home),
        paint: { 'fill-pattern': HATCH_IMAGE },
      },
      {
        id: LAYERS.border,
        type: 'line',
        source: SOURCES.countries,
        paint: { 'line-color': m.border, 'line-width': 0.5 },
      },
      {
        id: LAYERS.hover,
        type: 'line',
        source: SOURCES.countries,
        paint: { 'line-color': m.hover, 'line-width': 1.5, 'line-opacity': ['case', stateIs('hover'), 1, 0] },
      },
      // A band of the page's colour under the selection line, so it shows on every class colour.
      {
        id: LAYERS.selectedCasing,
        type: 'line',
        source: SOURCES.countries,
        paint: { 'line-color': theme.bg, 'line-width': 5, 'line-opacity': ['case', stateIs('selected'), 1, 0] },
      },
      {
        id: LAYERS.selected,
        type: 'line',
        source: SOURCES.countries,
        paint: { 'line-color': m.selected, 'line-width': 2.5, 'line-opacity': ['case', stateIs('selected'), 1, 0] },
      },
      {
        id: LAYERS.markers,
        type: 'circle',
        source: SOURCES.markers,
        paint: {
          'circle-radius': DOT_RADIUS,
          'circle-color': fillColour(theme),
          'circle-opacity': ['case', stateIs('shown'), 1, 0],
          'circle-stroke-opacity': ['case', stateIs('shown'), 1, 0],
          'circle-stroke-color': ['case', stateIs('selected'), m.selected, theme.fg],
          'circle-stroke-width': ['case', stateIs('selected'), 2, 0.75],
        },
      },
      {
        id: LAYERS.sites,
        type: 'circle',
        source: SOURCES.sites,
        paint: {
          'circle-radius': ['get', 'r'],
          'circle-color': m.site,
          'circle-opacity': ['case', ['get', 'ring'], 0, 0.7],
          'circle-stroke-color': ['case', ['get', 'ring'], m.site, m.siteHalo],
          'circle-stroke-width': ['case', ['get', 'ring'], 2, 1],
          'circle-stroke-opacity': ['case', ['get', 'approximate'], 0.55, 1],
        },
      },
    ],
  };
}

/**
 * The style for a basemap: its countries, a point for every country it has a shape for and every
 * place without one (their dots, shown while tiny), and the deal sites drawn `width` wide.
 */
export function basemapStyle(
  basemap: Basemap,
  codes: Iterable<string>,
  lonLatOf: (code: string) => LonLat | undefined,
  { sites, width, home, theme }: { sites: readonly SiteMark[]; width: number; home: string; theme: Theme },
): StyleSpecification {
  return mapStyle({
    countries: countriesData(flatBasemap(basemap)),
    markers: markersData(
      [...codes, ...Object.keys(PLACES_WITHOUT_SHAPE)].flatMap((code) =>
        lonLatOf(code) ? [{ code, lonLat: lonLatOf(code)! }] : [],
      ),
    ),
    sites: sitesData(sites, width),
    home,
    theme,
  });
}
