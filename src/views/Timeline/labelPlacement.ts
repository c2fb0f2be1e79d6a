/**
 * Words placed in the timeline's SVG: a positioned text line, wrapping to a box, and the labels
 * of speeches, summits and signings laid on lanes under the marks so that no two overlap and no
 * leader line runs through another label. Every width comes from the one text measure, so the
 * page and the exported file break and drop labels alike. Pure.
 */
import { textWidth, truncate, wrapText, type FontWeight } from '../../lib/basics/textMeasure';

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
export function wrapLines(
  text: string,
  width: number,
  size: number,
  maxLines: number,
  weight: FontWeight = 400,
): string[] {
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

interface Spot {
  x: number;
  width: number;
  lines: string[];
  /** Wrapped narrower than the room to stay on its side of the leader line. */
  narrow: boolean;
}

/**
 * Where a label may go: starting at its leader line and running right, or ending there and running
 * left, each as one box of the whole room (sliding to stay inside) and as one wrapped to the room
 * on its own side of the leader line — more lines, but it does not slide over its neighbours'
 * leader lines. A narrower wrap is offered only when it keeps every word.
 */
function spotsOf(item: LabelInput, left: number, right: number, maxLines: number): Spot[] {
  const room = right - left;
  const wrap = (width: number) => wrapLines(item.text, width, LABEL.size, maxLines, LABEL.weight).filter(Boolean);
  const full = wrap(room);
  if (!full.length) return [];
  const whole = (lines: string[]) => lines.join(' ') === item.text.split(/\s+/).filter(Boolean).join(' ');
  const measure = (lines: string[]) => Math.max(...lines.map((l) => textWidth(l, LABEL.size, LABEL.weight)));
  const spots: Spot[] = [];
  const add = (lines: string[], x: (width: number) => number, narrow: boolean) => {
    const width = measure(lines);
    const at = Math.max(left, Math.min(x(width), right - width));
    if (!spots.some((s) => s.x === at && s.lines.length === lines.length)) spots.push({ x: at, width, lines, narrow });
  };
  // Rightward first: text reads on from its leader line.
  add(full, () => item.anchorX - 4, false);
  add(full, (width) => item.anchorX + 4 - width, false);
  for (const [width, x] of [
    [right - (item.anchorX - 4), () => item.anchorX - 4],
    [item.anchorX + 4 - left, (w: number) => item.anchorX + 4 - w],
  ] as const) {
    if (width <= 0 || width >= room) continue;
    const lines = wrap(width);
    if (lines.length > full.length && whole(lines)) add(lines, x, true);
  }
  return spots;
}

/**
 * Labels on lanes inside [left, right], under their marks. A label starts at its mark's leader
 * line and runs right, or ends there and runs left; one wider than the room wraps onto the lanes
 * below its first (a phone's width cuts no words), and one that would slide over a neighbour's
 * leader line may wrap narrower to stay on its own side. A placement is valid when no two labels
 * sharing a lane overlap and no leader line crosses a label: a label that covers another's leader
 * line must start on a lower lane. So labels are placed in that order — next, the one whose text
 * can avoid the most pending leader lines, on the first lane where it fits — which on a tie favours
 * the higher priority. When that drops a label, a second try lets a label wrap narrower where that
 * avoids every pending leader line, and the try that keeps more labels wins. A label that finds
 * no room among `maxLanes` is dropped: labels never pile up, and the mark keeps its words in its
 * name and tooltip.
 */
export function placeLabels(
  items: readonly LabelInput[],
  left: number,
  right: number,
  maxLanes = LABEL.maxLanes,
): PlacedLabel[] {
  const candidates = items.flatMap((item) => {
    const spots = spotsOf(item, left, Math.max(left, right), Math.min(LABEL.maxLines, maxLanes));
    return spots.length ? [{ item, spots }] : [];
  });
  const plain = place(candidates, maxLanes, false);
  // Narrower wraps spend lanes and break lines that could stay whole: tried only when labels were dropped.
  if (plain.length === candidates.length) return plain;
  const narrow = place(candidates, maxLanes, true);
  return narrow.length > plain.length ? narrow : plain;
}

const covers = (p: { x: number; width: number }, x: number) => p.x - 2 <= x && x <= p.x + p.width + 2;

function place(
  candidates: readonly { item: LabelInput; spots: Spot[] }[],
  maxLanes: number,
  allowNarrow: boolean,
): PlacedLabel[] {
  let pending = candidates;
  const placed: (PlacedLabel & Span)[] = [];
  const blocked = (spot: { x: number; width: number }, self: LabelInput) =>
    pending.filter((p) => p.item !== self && covers(spot, p.item.anchorX)).length;
  while (pending.length) {
    const ranked = pending.map((p) => {
      // A narrower wrap is only worth its lanes when it clears every pending leader line.
      const spots = p.spots
        .filter((s) => !s.narrow || (allowNarrow && blocked(s, p.item) === 0))
        .sort((a, b) => blocked(a, p.item) - blocked(b, p.item) || a.lines.length - b.lines.length);
      return { p, spots, cost: blocked(spots[0]!, p.item) };
    });
    ranked.sort(
      (a, b) => a.cost - b.cost || a.p.item.priority - b.p.item.priority || a.p.item.anchorX - b.p.item.anchorX,
    );
    const { p, spots } = ranked[0]!;
    pending = pending.filter((q) => q !== p);
    const fits = (spot: Spot, lane: number) => {
      const self: Span & { anchorX: number } = {
        x: spot.x,
        width: spot.width,
        lane,
        last: lane + spot.lines.length - 1,
        anchorX: p.item.anchorX,
      };
      if (self.last >= maxLanes) return false;
      return placed.every((q) => {
        const shareLane = q.lane <= self.last && self.lane <= q.last;
        if (shareLane && !(q.x + q.width + LABEL.gap <= self.x || self.x + self.width + LABEL.gap <= q.x)) return false;
        // A leader line runs down to its label's first lane, through every label that starts above it.
        if (q.lane < self.lane && covers(q, self.anchorX)) return false;
        if (self.lane < q.lane && covers(self, q.anchorX)) return false;
        return true;
      });
    };
    for (let lane = 0; lane < maxLanes; lane++) {
      const spot = spots.find((s) => fits(s, lane));
      if (spot) {
        placed.push({
          key: p.item.key,
          lines: spot.lines,
          x: spot.x,
          width: spot.width,
          lane,
          last: lane + spot.lines.length - 1,
          anchorX: p.item.anchorX,
        });
        break;
      }
    }
  }
  return placed.map(({ last: _last, ...label }) => label);
}

/** Lanes a placement uses. */
export const laneCount = (labels: readonly PlacedLabel[]) =>
  labels.reduce((n, l) => Math.max(n, l.lane + l.lines.length), 0);
