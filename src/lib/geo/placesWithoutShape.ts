/**
 * A point for each ISO country or territory the bundled basemap (world-atlas 1:50m) has no shape
 * for: Tuvalu, Tokelau, Gibraltar, the French overseas departments and a few islands. A counterpart
 * there still gets a dot on the map (at its capital or main island) instead of vanishing. Longitude,
 * latitude in degrees. Pure data.
 */
import type { LonLat } from './anchor';

export const PLACES_WITHOUT_SHAPE: Readonly<Record<string, LonLat>> = {
  BES: [-68.27, 12.15], // Kralendijk, Bonaire
  BVT: [3.41, -54.42],
  CCK: [96.83, -12.19], // West Island
  CXR: [105.68, -10.42], // Flying Fish Cove
  GIB: [-5.35, 36.14],
  GLP: [-61.73, 16.0], // Basse-Terre
  GUF: [-52.33, 4.94], // Cayenne
  MTQ: [-61.07, 14.6], // Fort-de-France
  MYT: [45.23, -12.78], // Mamoudzou
  REU: [55.45, -20.88], // Saint-Denis
  SJM: [15.64, 78.22], // Longyearbyen
  TKL: [-171.85, -9.2], // Fakaofo
  TUV: [179.19, -8.52], // Funafuti
  UMI: [166.61, 19.28], // Wake Island
};
