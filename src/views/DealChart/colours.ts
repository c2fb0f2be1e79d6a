/**
 * The deal chart's colours, all from the theme: bases take the Okabe–Ito colours (unordered
 * categories), sessions viridis over the dataset's sessions (ordered in time); cumulative parts
 * are hatched on a paler ground, planned parts pale with a dashed outline, "Others" neutral.
 * Labels printed on a colour take white or near-black, whichever contrasts more. Pure.
 */
import { mix, parseHex } from '../../lib/basics/colour';
import { sessionColour, type Theme } from '../../lib/basics/theme';
import type { ColourKey } from './bars';

/** How far towards the background the ground of a hatched or planned part goes. */
const PALE = 0.6;

export function fillOf(key: ColourKey | null, theme: Theme, sessionCount: number): string {
  if (!key) return theme.cumulativeSwatch;
  return key.kind === 'basis' ? theme.basis[key.basis] : sessionColour(key.slot, sessionCount);
}

/** The colour mixed towards the page: the ground of hatching, the fill of a planned part. */
export function paler(fill: string, theme: Theme): string {
  return mix(fill, theme.bg, PALE);
}

/** The one neutral bar: "Others", which mixes every colour. */
export function othersFill(theme: Theme): string {
  return mix(theme.muted, theme.bg, 0.45);
}

function luminance(c: string): number {
  const { r, g, b } = parseHex(c);
  const [R, G, B] = [r, g, b].map((v) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * R + 0.7152 * G + 0.0722 * B;
}

const WHITE = '#ffffff';
const INK = '#1a1a1a';

/** White or near-black text on `fill`, whichever has the higher WCAG contrast ratio. */
export function inkOn(fill: string): string {
  const l = luminance(fill);
  return 1.05 / (l + 0.05) >= (l + 0.05) / (luminance(INK) + 0.05) ? WHITE : INK;
}

/** The halo behind a label on hatching: the opposite of the label's colour. */
export const haloOf = (ink: string) => (ink === WHITE ? INK : WHITE);
