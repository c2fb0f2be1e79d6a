/**
 * The few colour sums the themes and charts need, on the themes' `#rrggbb` colours: read a colour,
 * mix two in sRGB (as d3-interpolate's interpolateRgb), write it as d3-color does (channels rounded
 * and clamped). d3-color itself cannot be shaken out of the page's first chunk (its colour classes
 * are defined by side effects: 4 KB gzip for these few lines); a test checks these against it.
 * Pure.
 */
export interface Rgb {
  r: number;
  g: number;
  b: number;
}

/** `#rrggbb` or `#rgb`; anything else is a programming error in a theme, not a reader's input. */
export function parseHex(colour: string): Rgb {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour.trim());
  if (!m) throw new Error(`Not a #rrggbb colour: "${colour}"`);
  const digits = m[1]!.length === 3 ? m[1]!.replace(/./g, '$&$&') : m[1]!;
  const n = parseInt(digits, 16);
  return { r: (n >> 16) & 255, g: (n >> 8) & 255, b: n & 255 };
}

const channel = (v: number) => Math.max(0, Math.min(255, Math.round(v) || 0));

export const formatHex = ({ r, g, b }: Rgb) =>
  `#${[r, g, b].map((v) => channel(v).toString(16).padStart(2, '0')).join('')}`;

/** As d3-color's `rgb(…).toString()`: "rgb(12, 34, 56)". */
export const formatRgb = ({ r, g, b }: Rgb) => `rgb(${channel(r)}, ${channel(g)}, ${channel(b)})`;

/** The colour a share `t` of the way from `a` to `b`, channel by channel (unrounded). */
export const mixRgb = (a: Rgb, b: Rgb, t: number): Rgb => ({
  r: a.r + (b.r - a.r) * t,
  g: a.g + (b.g - a.g) * t,
  b: a.b + (b.b - a.b) * t,
});

/** `from` moved a share `t` of the way to `to`, as `#rrggbb`. */
export const mix = (from: string, to: string, t: number) => formatHex(mixRgb(parseHex(from), parseHex(to), t));
