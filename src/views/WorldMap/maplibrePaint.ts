/**
 * MapLibre paint made from the theme: the home hatch's image (MapLibre needs one for a fill
 * pattern, and no sprite is shipped) and what a theme switch repaints. Pure but for
 * repaintTheme, which hands the changes to the map.
 */
import type { Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
import type { Theme } from '../../lib/basics/theme';
import { HATCH_IMAGE, mapStyle } from './style';

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

/** A theme switch: repaints what changed colour, and the hatch; the sources stay. */
export function repaintTheme(map: MapLibreMap, home: string, before: Theme, after: Theme) {
  for (const [layer, name, value] of paintChanges(themedLayers(home, before), themedLayers(home, after))) {
    map.setPaintProperty(layer, name, value);
  }
  if (map.hasImage(HATCH_IMAGE)) map.updateImage(HATCH_IMAGE, hatchImage(16, after.map.homeHatch, after.map.home));
}
