/**
 * Colours of the deal chart's segments. Bases are unordered categories, so they take the
 * Okabe–Ito palette (distinct under the common colour-vision deficiencies); sessions are ordered
 * in time, so they take viridis, which stays ordered in lightness for every reader.
 */
import { interpolateViridis } from 'd3-scale-chromatic';
import type { DealBasis } from '../../lib/data/schema';

export const BASIS_COLOURS: Record<DealBasis, string> = {
  agreement: '#0072b2',
  'investment-plan': '#e69f00',
  financing: '#009e73',
  program: '#cc79a7',
  project: '#d55e00',
  // Light sky blue, drawn lighter still and hatched: cumulative sums are not new commitments.
  'cumulative-investment': '#56b4e9',
};

/** Neutral swatch for "cumulative" in the legend when colour says session, not basis. */
export const CUMULATIVE_SWATCH = '#8a8a8a';

/** Colour key of a segment: a basis name, or `session:<number>`. */
export function sessionKey(session: number): string {
  return `session:${session}`;
}

/**
 * A colour for every key. Sessions are spread over the dataset's whole list (not just the
 * filtered one) so a session keeps its colour when filters change.
 */
export function segmentFill(sessionNumbers: readonly number[]): (key: string) => string {
  const sorted = [...new Set(sessionNumbers)].sort((a, b) => a - b);
  const n = sorted.length;
  return (key) => {
    if (key in BASIS_COLOURS) return BASIS_COLOURS[key as DealBasis];
    const i = sorted.indexOf(Number(key.replace('session:', '')));
    if (i < 0) return CUMULATIVE_SWATCH;
    // Stop short of viridis' pale yellow end, which white text and the page background wash out.
    return interpolateViridis(n === 1 ? 0.35 : 0.05 + (0.8 * i) / (n - 1));
  };
}

function channels(hex: string): [number, number, number] {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) return [128, 128, 128];
  return [parseInt(m[1] ?? '80', 16), parseInt(m[2] ?? '80', 16), parseInt(m[3] ?? '80', 16)];
}

/** How much paler the ground of a hatched (cumulative) segment is than its colour. */
export const HATCH_LIGHTEN = 0.55;

/** The colour mixed with white: the ground of a hatched segment. */
export function lighten(hex: string, amount = 0.5): string {
  const mixed = channels(hex).map((c) => Math.round(c + (255 - c) * amount));
  return `#${mixed.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** White or near-black text, whichever contrasts more with the fill (WCAG contrast ratio). */
export function textOn(fill: string): '#ffffff' | '#1a1a1a' {
  const l = luminance(fill);
  const withWhite = 1.05 / (l + 0.05);
  const withDark = (l + 0.05) / (luminance('#1a1a1a') + 0.05);
  return withWhite >= withDark ? '#ffffff' : '#1a1a1a';
}

/** The halo behind a label printed on a hatched segment: the opposite of the text colour. */
export function haloFor(textFill: string): '#ffffff' | '#1a1a1a' {
  return textFill === '#ffffff' ? '#1a1a1a' : '#ffffff';
}

/**
 * The colours that need a hatch pattern, once each in order of first use: those of cumulative
 * segments and of cumulative legend swatches. Pattern ids are numbered in this order.
 */
export function hatchFills(marks: Iterable<{ fill: string; cumulative: boolean }>): string[] {
  const fills: string[] = [];
  for (const m of marks) if (m.cumulative && !fills.includes(m.fill)) fills.push(m.fill);
  return fills;
}
