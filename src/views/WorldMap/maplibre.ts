/**
 * Getting MapLibre onto the page: the library, its worker and its CSS are downloaded only when a
 * map is about to be drawn (dynamic imports, so none of it is in the first chunk), and the map's
 * fixed options live here, apart from the component's lifecycle.
 */
import type { MapOptions } from 'maplibre-gl';
import { homeView, type HoverTarget } from './layout';
import { LAYERS } from './style';

/** MapLibre, with its worker pointed at the file Vite emitted for it. */
export async function loadMaplibre() {
  const [ml, worker] = await Promise.all([
    import('maplibre-gl'),
    import('maplibre-gl/dist/maplibre-gl-worker.mjs?url'),
    import('maplibre-gl/dist/maplibre-gl.css'),
  ]);
  ml.setWorkerUrl(worker.default);
  return ml;
}

/** Every option but the container and the style, for a map `width` pixels wide. */
export function mapOptions(width: number) {
  return {
    ...homeView(width),
    // Page scrolling passes through an embedded map; zooming needs Ctrl/⌘ + scroll or two fingers.
    cooperativeGestures: true,
    // Natural Earth is credited in the legend; there are no tiles whose terms need the control.
    attributionControl: false,
    // A choropleth read north-up: no rotation, no tilt.
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    maxZoom: 7,
    // Lets rings continued past 180° (Chukotka, Fiji) draw on the next world copy.
    renderWorldCopies: true,
  } satisfies Omit<MapOptions, 'container'>;
}

/** The layers under the pointer that matter, topmost first: a site, a tiny-country dot, a country. */
export const PICK_LAYERS = [LAYERS.sites, LAYERS.markers, LAYERS.fill];

/** What MapLibre's `queryRenderedFeatures` returns that we read. */
export interface PickedFeature {
  layer: { id: string };
  properties: Record<string, unknown>;
}

/** The hover target of the topmost picked feature at (x, y); null over the sea. */
export function hoverTargetOf(f: PickedFeature | undefined, x: number, y: number): HoverTarget | null {
  if (!f) return null;
  if (f.layer.id === LAYERS.sites) return { kind: 'site', key: String(f.properties.key ?? ''), x, y };
  const code = String(f.properties.code ?? '');
  return { kind: 'country', code: code || null, name: String(f.properties.name ?? ''), x, y };
}
