/**
 * One point inside each country, for markers, tooltips and locating a country on screen. The
 * centroid of a whole country can fall outside it (the United States with Alaska and Hawaii, a
 * crescent like Chile), so the point is taken inside its largest polygon. Pure.
 */
import { geoArea, geoBounds, geoCentroid, geoContains } from 'd3-geo';
import type { Polygon } from 'geojson';
import type { CountryFeature } from './basemap';

export type LonLat = [number, number];

function polygonsOf(f: CountryFeature): Polygon[] {
  return f.geometry.type === 'Polygon'
    ? [f.geometry]
    : f.geometry.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }));
}

/** Longitude in [-180, 180). */
export function normalizeLon(lon: number): number {
  return ((((lon + 180) % 360) + 360) % 360) - 180;
}

/**
 * A point inside the largest polygon of the features: its centroid when that lies inside,
 * else the middle of the longest inside stretch of a few parallels. Undefined for no features.
 */
export function anchorOf(features: readonly CountryFeature[]): LonLat | undefined {
  let best: Polygon | undefined;
  let bestArea = -1;
  for (const f of features) {
    for (const p of polygonsOf(f)) {
      const area = geoArea(p);
      if (area > bestArea) [best, bestArea] = [p, area];
    }
  }
  if (!best) return undefined;
  const centroid = geoCentroid(best) as LonLat;
  if (geoContains(best, centroid)) return [normalizeLon(centroid[0]), centroid[1]];
  return scanInside(best) ?? [normalizeLon(centroid[0]), centroid[1]];
}

function scanInside(polygon: Polygon): LonLat | undefined {
  const [[west, south], [eastRaw, north]] = geoBounds(polygon);
  // Bounds that cross 180° come back with west > east.
  const east = eastRaw < west ? eastRaw + 360 : eastRaw;
  const steps = 96;
  let found: { lon: number; lat: number; run: number } | undefined;
  for (const t of [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8]) {
    const lat = south + (north - south) * t;
    let runStart = -1;
    for (let i = 0; i <= steps + 1; i++) {
      const lon = west + ((east - west) * i) / steps;
      const inside = i <= steps && geoContains(polygon, [lon, lat]);
      if (inside && runStart < 0) runStart = i;
      if (!inside && runStart >= 0) {
        const run = i - runStart;
        if (!found || run > found.run) {
          const mid = west + ((east - west) * (runStart + (run - 1) / 2)) / steps;
          found = { lon: mid, lat, run };
        }
        runStart = -1;
      }
    }
    if (found && found.run >= steps / 8) break;
  }
  return found ? [normalizeLon(found.lon), found.lat] : undefined;
}

/** Spherical area (steradians) of all the features: how big a country draws. */
export function areaOf(features: readonly CountryFeature[]): number {
  return features.reduce((sum, f) => sum + geoArea(f), 0);
}
