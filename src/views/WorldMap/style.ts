/**
 * The MapLibre map as plain objects: its style (three local GeoJSON sources, no tiles, no glyphs,
 * no sprite), its options, and the per-country feature states that carry colour, selection and
 * the tiny-country dots. Filters and colours change through feature states only: the style, its
 * sources and its paint expressions are made once, so a filter toggle re-tiles nothing and costs
 * one repaint. Pure; only MapLibre's types are imported.
 */
import type {
  ExpressionSpecification,
  FilterSpecification,
  Map as MapLibreMap,
  MapOptions,
  StyleSpecification,
} from 'maplibre-gl';
import type { FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { Basemap } from '../../lib/geo/basemap';
import type { LonLat } from '../../lib/geo/anchor';
import type { Theme } from '../../lib/basics/theme';
import type { MapModel } from './model';
import { siteRadius, type SiteMark } from './sites';
import { DOT_RADIUS } from './geometry';

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

/** What each country's feature state holds. */
export interface CountryState {
  /** Class colour; null: plain land. */
  fill: string | null;
  selected: boolean;
  /** Whether its dot (if it is tiny) is drawn. */
  shown: boolean;
}

const NO_STATE: CountryState = { fill: null, selected: false, shown: false };

/**
 * Every listed country's state. `tiny(code)` says whether its shape is too small to see at the
 * map's zoom (see tinyZoom): then its dot is drawn, coloured or not, so every country in the list
 * can be seen and pointed at.
 */
export function countryStates(
  model: MapModel,
  tiny: (code: string) => boolean = () => true,
): Map<string, CountryState> {
  return new Map(model.entries.map((e) => [e.code, { fill: e.fill, selected: e.selected, shown: tiny(e.code) }]));
}

/** Web Mercator's radius in px at zoom 0 (the world is 512 px wide). */
const R0 = 512 / (2 * Math.PI);

/**
 * The zoom below which a country is too small to see or hit on the MapLibre map: the rule of the
 * SVG map (TINY_AREA px² or TINY_SIDE px), in Web Mercator, where a country's area grows with
 * 1 / cos² of its latitude. From its spherical area (steradians), its latitude and its extent
 * in degrees. Pure arithmetic: a px area at zoom z is area · (R0 · 2^z)² / cos²(lat).
 */
export function tinyZoom(
  area: number,
  lat: number,
  lonSpan: number,
  latSpan: number,
  minArea: number,
  minSide: number,
): number {
  const c = Math.max(0.05, Math.cos((lat * Math.PI) / 180));
  const byArea = area > 0 ? Math.log2(Math.sqrt((minArea * c * c) / area) / R0) : Infinity;
  // Degrees to px at zoom 0: 512/360 across; up the map, stretched by 1 / cos(lat).
  const perDeg = 512 / 360;
  const bySide = Math.max(
    Math.log2(minSide / Math.max(1e-6, lonSpan * perDeg)),
    Math.log2((minSide * c) / Math.max(1e-6, latSpan * perDeg)),
  );
  return Math.max(byArea, bySide);
}

/** The states to set to go from `before` to `after`: only countries that changed (a toggle touches a few). */
export function stateChanges(
  before: ReadonlyMap<string, CountryState>,
  after: ReadonlyMap<string, CountryState>,
): [string, CountryState][] {
  const out: [string, CountryState][] = [];
  for (const [code, state] of after) {
    const old = before.get(code);
    if (!old || old.fill !== state.fill || old.selected !== state.selected || old.shown !== state.shown)
      out.push([code, state]);
  }
  for (const code of before.keys()) if (!after.has(code)) out.push([code, NO_STATE]);
  return out;
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

export interface HomeView {
  center: [number, number];
  zoom: number;
  minZoom: number;
}

/**
 * The starting view: exactly one world wide (Web Mercator is 512 px wide at zoom 0), centred so
 * that a box half as high as wide shows from Tierra del Fuego to the Arctic coasts. Zooming out
 * further would only repeat the world.
 */
export function homeView(width: number): HomeView {
  const w = Number.isFinite(width) && width > 0 ? width : 640;
  const zoom = Math.log2(w / 512);
  return { center: [11, 22], zoom, minZoom: zoom };
}

/** Every option but the container and the style, for a map `width` px wide. */
export function mapOptions(width: number, label: string) {
  return {
    ...homeView(width),
    maxZoom: 7,
    // Page scrolling passes through the map; zooming needs Ctrl/⌘ + scroll or two fingers.
    cooperativeGestures: true,
    // The basemap is credited under the legend; there are no tiles whose terms need the control.
    attributionControl: false,
    // A choropleth read north-up: no rotation, no tilt.
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    // Lets rings continued past 180° (Chukotka, Fiji) draw on the next world copy.
    renderWorldCopies: true,
    // No fade-in of anything: one paint per change.
    fadeDuration: 0,
    locale: { 'Map.Title': label },
  } satisfies Omit<MapOptions, 'container'>;
}

/** RGBA of "#rgb" or "#rrggbb"; opaque black for anything else. */
export function hexToRgba(hex: string): [number, number, number, number] {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!m?.[1]) return [0, 0, 0, 255];
  const h = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1];
  return [parseInt(h.slice(0, 2), 16), parseInt(h.slice(2, 4), 16), parseInt(h.slice(4, 6), 16), 255];
}

/** A tile of diagonal stripes for home: MapLibre needs an image for fill patterns and we ship no sprite. */
export function hatchImage(size: number, stripe: string, ground: string, width = 3) {
  const fg = hexToRgba(stripe);
  const bg = hexToRgba(ground);
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    // (x + y) mod size makes the stripes meet across tile edges.
    for (let x = 0; x < size; x++) data.set((x + y) % size < width ? fg : bg, (y * size + x) * 4);
  }
  return { width: size, height: size, data };
}

/** The paint properties that differ between two styles of the same layers (a theme switch). */
type PaintArgs = Parameters<MapLibreMap['setPaintProperty']>;
type PaintName = PaintArgs[1];
type PaintValue = PaintArgs[2];

export function paintChanges(before: StyleSpecification, after: StyleSpecification): [string, PaintName, PaintValue][] {
  const out: [string, PaintName, PaintValue][] = [];
  for (const layer of after.layers) {
    const old = before.layers.find((l) => l.id === layer.id);
    const paint = (layer.paint ?? {}) as Record<string, unknown>;
    const oldPaint = (old?.paint ?? {}) as Record<string, unknown>;
    for (const [name, value] of Object.entries(paint)) {
      if (JSON.stringify(value) !== JSON.stringify(oldPaint[name]))
        out.push([layer.id, name as PaintName, value as PaintValue]);
    }
  }
  return out;
}

const EMPTY = { type: 'FeatureCollection', features: [] } as const;

/** The style's layers without data: what a theme switch compares. */
export function themedLayers(home: string, theme: Theme): StyleSpecification {
  return mapStyle({
    countries: { ...EMPTY, features: [] },
    markers: { ...EMPTY, features: [] },
    sites: { ...EMPTY, features: [] },
    home,
    theme,
  });
}
