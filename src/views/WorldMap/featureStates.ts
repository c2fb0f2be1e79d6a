/**
 * What each country's MapLibre feature state holds (class colour, selection, whether its dot
 * shows), the changes to send when the model changes, and the zoom below which a country is too
 * small to see and is drawn as a dot. Pure.
 */
import { geoBounds } from 'd3-geo';
import { areaOf, type LonLat } from '../../lib/geo/anchor';
import type { CountryFeature } from '../../lib/geo/basemap';
import { TINY_AREA, TINY_SIDE } from './geometry';
import type { MapModel } from './model';

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

/** Per country, the zoom below which it is drawn as a dot (a rule of px, as on the SVG map). */
export function tinyZooms(
  byCode: ReadonlyMap<string, CountryFeature[]>,
  lonLatOf: (code: string) => LonLat | undefined,
): Map<string, number> {
  const out = new Map<string, number>();
  for (const [code, features] of byCode) {
    const [[w, s], [e, n]] = geoBounds({ type: 'FeatureCollection', features });
    const at = lonLatOf(code);
    out.set(
      code,
      tinyZoom(areaOf(features), at?.[1] ?? (s + n) / 2, e < w ? e + 360 - w : e - w, n - s, TINY_AREA, TINY_SIDE),
    );
  }
  return out;
}
