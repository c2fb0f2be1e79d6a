/**
 * Deal sites' marks placed on the map: at their sites, moved apart when one would hide another.
 * Pure.
 */
import type { MapScreen } from './mapScreen';
import { siteRadius, type SiteMark } from './sites';

export interface PlacedSite {
  mark: SiteMark;
  /** Where the site is. */
  at: [number, number];
  /** Where its mark is drawn: moved off the site when another mark would hide it. */
  x: number;
  y: number;
  r: number;
  ring: boolean;
  moved: boolean;
}

/**
 * Two marks can each be told apart and pointed at when they do not overlap (a small one may touch
 * a large one's edge: a large circle is mostly its own inside, which still answers the pointer).
 */
export const apart = (a: { x: number; y: number; r: number }, b: { x: number; y: number; r: number }) =>
  Math.hypot(a.x - b.x, a.y - b.y) >= Math.max(a.r, b.r) + Math.min(a.r, b.r) * 0.75 + 2;

/**
 * Marks at their sites, largest first (drawn first, so smaller ones lie on top); a mark that would
 * sit on an earlier one is moved to the nearest free spot on rings around its site (a leader line
 * then joins it to the site).
 */
export function placeSites(marks: readonly SiteMark[], screen: Pick<MapScreen, 'project' | 'width'>): PlacedSite[] {
  const placed: PlacedSite[] = [];
  for (const mark of marks) {
    const at = screen.project([mark.lon, mark.lat]);
    if (!at) continue;
    const ring = !mark.sum;
    const r = siteRadius(mark.size, ring, screen.width);
    let spot = { x: at[0], y: at[1], r };
    for (let k = 1; k <= 12 && !placed.every((p) => apart(p, spot)); k++) {
      const distance = k * (r / 2 + 3);
      const steps = 6 * k;
      for (let s = 0; s < steps; s++) {
        const angle = -Math.PI / 2 + (2 * Math.PI * s) / steps;
        const next = {
          x: Math.round((at[0] + distance * Math.cos(angle)) * 10) / 10,
          y: Math.round((at[1] + distance * Math.sin(angle)) * 10) / 10,
          r,
        };
        if (placed.every((p) => apart(p, next))) {
          spot = next;
          break;
        }
      }
    }
    placed.push({ mark, at, x: spot.x, y: spot.y, r, ring, moved: spot.x !== at[0] || spot.y !== at[1] });
  }
  return placed;
}
