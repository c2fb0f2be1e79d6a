/**
 * The map's colours, taken from the page's theme variables where it sets them: MapLibre paints
 * on a canvas and the SVG map writes colours inline (for export), so neither can use `var()`.
 * Pure: it reads through the getter it is given.
 */
import { DEFAULT_PALETTE, type MapPalette } from './style';

/** `read("--fg")` returns the variable's value, or "" when the page does not set it. */
export function paletteFromTheme(read: (name: string) => string): MapPalette {
  const d = DEFAULT_PALETTE;
  const v = (name: string, fallback: string) => read(name).trim() || fallback;
  const fg = v('--fg', d.outline);
  const bg = v('--bg', d.background);
  return { ...d, background: bg, border: bg, siteHalo: bg, land: v('--grid', d.land), outline: fg, site: fg };
}
