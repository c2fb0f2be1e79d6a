/**
 * Words placed in the timeline's SVG: a positioned text line, wrapping to a box, and the labels
 * of speeches, summits and signings laid on lanes under the marks so that no two overlap and no
 * leader line runs through another label. Every width comes from the one text measure, so the
 * page and the exported file break and drop labels alike. Pure.
 */
import { textWidth, truncate, wrapText, type FontWeight } from '../../export/textMeasure';

/** One line of SVG text. `tone` picks the theme colour. */
export interface Text {
  x: number;
  /** Baseline. */
  y: number;
  text: string;
  size: number;
  weight?: FontWeight;
  anchor?: 'start' | 'middle' | 'end';
  tone: 'fg' | 'muted' | 'onAccent';
  italic?: boolean;
}

/** `text` wrapped to `width`, at most `maxLines` lines, the last one shortened with "…" if more was left. */
export function wrapLines(text: string, width: number, size: number, maxLines: number, weight: FontWeight = 400): string[] {
  const lines = wrapText(text, width, size, weight);
  if (lines.length <= maxLines) return lines.map((l) => truncate(l, width, size, weight));
  // What did not fit goes on the last line, cut with "…" (it is wider than the line, or it would not have wrapped).
  return [...lines.slice(0, maxLines - 1), truncate(lines.slice(maxLines - 1).join(' '), width, size, weight)];
}

/** Width of the widest word: the narrowest box `text` wraps into without cutting a word. */
export function widestWord(text: string, size: number, weight: FontWeight = 400): number {
  return Math.max(0, ...text.split(/\s+/).map((w) => textWidth(w, size, weight)));
}

/** `maxLines`: a label wider than its room wraps onto up to this many lanes before it is shortened. */
export const LABEL = { size: 12, weight: 700 as FontWeight, lane: 16, gap: 10, maxLanes: 4, maxLines: 4 };

export interface LabelInput {
  key: string;
  text: string;
  /** Centre of the mark the label belongs to. */
  anchorX: number;
  /** Lower number: placed first, kept when room runs out. */
  priority: number;
}

export interface PlacedLabel {
  key: string;
  /** As drawn, one line per lane: wrapped when wider than the room, the last line shortened with "…" only past `LABEL.maxLines`. */
  lines: string[];
  x: number;
  /** Of the widest line. */
  width: number;
  /** The first lane it takes (0: the first under the marks); it takes one lane per line. */
  lane: number;
  anchorX: number;
}

/** Lanes from `lane` to `last`, inclusive. */
interface Span {
  x: number;
  width: number;
  lane: number;
  last: number;
}

/**
 * Labels on lanes inside [left, right], under their marks. A label starts at its mark's leader
 * line and runs right, or ends there and runs left (sliding to stay inside); one wider than the
 * room wraps onto the lanes below its first (a phone's width cuts no words). A placement is valid
 * when no two labels sharing a lane overlap and no leader line crosses a label: a label that
 * covers another's leader line must start on a lower lane. So labels are placed in that order —
 * next, the one whose text can avoid the most pending leader lines, on the first lane where it
 * fits — which on a tie favours the higher priority. A label that finds no room among `maxLanes`
 * is dropped: labels never pile up, and the mark keeps its words in its name and tooltip.
 */
export function placeLabels(items: readonly LabelInput[], left: number, right: number, maxLanes = LABEL.maxLanes): PlacedLabel[] {
  const room = Math.max(0, right - left);
  const covers = (p: { x: number; width: number }, x: number) => p.x - 2 <= x && x <= p.x + p.width + 2;
  let pending = items.flatMap((item) => {
    const lines = wrapLines(item.text, room, LABEL.size, Math.min(LABEL.maxLines, maxLanes), LABEL.weight).filter(Boolean);
    if (!lines.length) return [];
    const width = Math.max(...lines.map((l) => textWidth(l, LABEL.size, LABEL.weight)));
    const clamp = (x: number) => Math.max(left, Math.min(x, right - width));
    // Rightward first: text reads on from its leader line.
    const spots = [...new Set([clamp(item.anchorX - 4), clamp(item.anchorX + 4 - width)])].map((x) => ({ x, width }));
    return [{ item, lines, width, spots }];
  });
  const placed: (PlacedLabel & Span)[] = [];
  const blocked = (spot: { x: number; width: number }, self: LabelInput) =>
    pending.filter((p) => p.item !== self && covers(spot, p.item.anchorX)).length;
  while (pending.length) {
    const ranked = pending.map((p) => {
      const spots = [...p.spots].sort((a, b) => blocked(a, p.item) - blocked(b, p.item));
      return { p, spots, cost: blocked(spots[0]!, p.item) };
    });
    ranked.sort((a, b) => a.cost - b.cost || a.p.item.priority - b.p.item.priority || a.p.item.anchorX - b.p.item.anchorX);
    const { p, spots } = ranked[0]!;
    pending = pending.filter((q) => q !== p);
    const fits = (spot: { x: number; width: number }, lane: number) => {
      const self: Span & { anchorX: number } = { ...spot, lane, last: lane + p.lines.length - 1, anchorX: p.item.anchorX };
      return placed.every((q) => {
        const shareLane = q.lane <= self.last && self.lane <= q.last;
        if (shareLane && !(q.x + q.width + LABEL.gap <= self.x || self.x + self.width + LABEL.gap <= q.x)) return false;
        // A leader line runs down to its label's first lane, through every label that starts above it.
        if (q.lane < self.lane && covers(q, self.anchorX)) return false;
        if (self.lane < q.lane && covers(self, q.anchorX)) return false;
        return true;
      });
    };
    for (let lane = 0; lane + p.lines.length <= maxLanes; lane++) {
      const spot = spots.find((s) => fits(s, lane));
      if (spot) {
        placed.push({ key: p.item.key, lines: p.lines, x: spot.x, width: p.width, lane, last: lane + p.lines.length - 1, anchorX: p.item.anchorX });
        break;
      }
    }
  }
  return placed.map(({ last: _last, ...label }) => label);
}

/** Lanes a placement uses. */
export const laneCount = (labels: readonly PlacedLabel[]) => labels.reduce((n, l) => Math.max(n, l.lane + l.lines.length), 0);
