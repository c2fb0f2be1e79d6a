/**
 * What a tooltip says and where it goes, for every view. Pure: the placement keeps the box inside
 * its container, on the side of the point with room.
 */

/** A line of a tooltip; `lang` marks a dataset text shown in another language than the page's. */
export interface TooltipLine {
  text: string;
  lang?: string;
  /** "muted" lines are secondary (dates, sources). */
  tone?: 'strong' | 'muted' | 'plain';
}

export interface TooltipContent {
  title: string;
  titleLang?: string;
  lines: TooltipLine[];
}

/** Top-left of a box of size w×h near the point (x, y) inside a container of size W×H: right/below by preference, flipped where it would overflow. */
export function placeTooltip(
  x: number,
  y: number,
  w: number,
  h: number,
  W: number,
  H: number,
  gap = 12,
): { left: number; top: number } {
  let left = x + gap;
  if (left + w > W) left = x - gap - w;
  left = Math.max(0, Math.min(left, Math.max(0, W - w)));
  let top = y + gap;
  if (H > 0 && top + h > H) top = y - gap - h;
  top = Math.max(0, H > 0 ? Math.min(top, Math.max(0, H - h)) : top);
  return { left, top };
}
