/**
 * MapLibre's map and where it looks: MapLibre loaded with its worker, the options and starting
 * view, the camera framed on what was met (as the SVG map frames it), and what is under the
 * pointer. Loaded with MapLibre, never with the page.
 */
import type { Map as MapLibreMap, MapMouseEvent, MapOptions } from 'maplibre-gl';
import { anchorOf, type LonLat } from '../../lib/geo/anchor';
import type { Basemap, CountryFeature } from '../../lib/geo/basemap';
import { PLACES_WITHOUT_SHAPE } from '../../lib/geo/placesWithoutShape';
import { focusRegion, framePadding, type MapFocus } from './framing';
import { MAX_ZOOM } from './geometry';
import type { MapModel } from './model';
import { LAYERS, PICK_LAYERS } from './style';
import type { Locate, MapHover } from './tooltips';

export async function loadMaplibre() {
  const [ml, worker] = await Promise.all([
    import('maplibre-gl'),
    import('maplibre-gl/dist/maplibre-gl-worker.mjs?url'),
    import('maplibre-gl/dist/maplibre-gl.css'),
  ]);
  ml.setWorkerUrl(worker.default);
  return ml;
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

/**
 * The view framed on what was met, as the SVG map frames it: the region of the focus with a
 * padding, never closer than MAX_ZOOM times the whole world. `fallbackWidth` when the container has
 * none yet.
 */
export function fitView(map: MapLibreMap, basemap: Basemap, focus: MapFocus, fallbackWidth: number) {
  const width = map.getContainer().clientWidth || fallbackWidth;
  const home = homeView(width);
  const region = focusRegion(basemap, focus);
  if (!region) return map.jumpTo({ center: home.center, zoom: home.zoom });
  const pad = framePadding(width);
  const camera = map.cameraForBounds(
    [
      [region.west, Math.max(-80, region.south)],
      [region.east, Math.min(84, region.north)],
    ],
    { padding: pad, maxZoom: home.zoom + Math.log2(MAX_ZOOM) },
  );
  if (!camera) return map.jumpTo({ center: home.center, zoom: home.zoom });
  map.jumpTo({ ...camera, zoom: Math.max(home.minZoom, camera.zoom ?? home.zoom) });
}

/** The deal sites or the listed country (or home) under the pointer; null over anything else. */
export function pickAt(map: MapLibreMap, e: MapMouseEvent, model: MapModel): MapHover | null {
  const features = map.queryRenderedFeatures(e.point, { layers: PICK_LAYERS });
  const { x, y } = e.point;
  const sites = [...new Set(features.filter((f) => f.layer.id === LAYERS.sites).map((f) => String(f.properties.key)))];
  if (sites.length) return { kind: 'sites', keys: sites, x, y };
  const country = features.find((f) => (f.layer.id === LAYERS.markers ? f.state?.shown : f.layer.id === LAYERS.fill));
  const code = String(country?.properties.code ?? '');
  return code && (model.byCode.has(code) || code === model.home) ? { kind: 'country', code, x, y } : null;
}

/**
 * Each country's point (inside its largest polygon, or where a place without a shape is), found
 * once: the dots and the tooltips' anchors stand there.
 */
export function pointFinder(byCode: () => ReadonlyMap<string, CountryFeature[]>) {
  const lonLats = new Map<string, LonLat | undefined>();
  return (code: string) => {
    if (!lonLats.has(code)) lonLats.set(code, anchorOf(byCode().get(code) ?? []) ?? PLACES_WITHOUT_SHAPE[code]);
    return lonLats.get(code);
  };
}

/** Where each listed country's point is on screen, in whole px (the container's data-anchors, for browser tests). */
export function screenAnchors(entries: readonly { code: string }[], locate: Locate): Record<string, [number, number]> {
  const out: Record<string, [number, number]> = {};
  for (const e of entries) {
    const p = locate(e.code);
    if (p) out[e.code] = [Math.round(p[0]), Math.round(p[1])];
  }
  return out;
}
