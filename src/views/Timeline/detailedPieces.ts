/**
 * The detailed form's sizes, the shapes it places, and the pieces both its orientations build
 * with: a session's head, marks packed in rows, labels on lanes under their marks. Pure.
 */
import { textWidth } from '../../lib/basics/textMeasure';
import type { EngagementType } from '../../lib/basics/vocabulary';
import { LABEL, laneCount, placeLabels, wrapLines, type Text } from './labelPlacement';
import { MARK_CELL, type DayGroup, type Mark, type Row, type SessionRow, type TimelineModel } from './model';

export const DETAILED = {
  cell: MARK_CELL,
  /** Symbols' extent in px: wide enough to tell a hollow mark from a filled one and a star from a cross. */
  markSize: 14,
  pad: 8,
  cellGap: 8,
  colGap: 4,
  colPad: 3,
  gapWidth: 112,
  minSession: 120,
  /** Below this width sessions always stack. */
  narrow: 560,
  /** From a session's top rule to its day labels: the button and the summary line. */
  head: 58,
  groupFont: 11,
  groupLine: 13,
  groupLines: 3,
  /** A column is made wide enough to hold its marks in about this many rows. */
  targetRows: 3,
  maxPerRow: 12,
} as const;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface DetailedCell {
  key: string;
  row: Row;
  box: Box;
  /** Session header: the year toggle; null for a gap. */
  button: Box | null;
  texts: Text[];
}

export interface PlacedGroup {
  key: string;
  box: Box;
  texts: Text[];
  dimmed: boolean;
}

export interface PlacedMark {
  mark: Mark;
  x: number;
  y: number;
}

export interface PlacedAnnotation {
  key: string;
  /** One per line: a label wider than its room wraps. */
  texts: Text[];
  /** Leader line from under the mark to the top of the label's lane. */
  leader: { x: number; y1: number; y2: number };
  dimmed: boolean;
}

export interface DetailedGeometry {
  form: 'detailed';
  orientation: 'horizontal' | 'vertical';
  cells: DetailedCell[];
  groups: PlacedGroup[];
  marks: PlacedMark[];
  labels: PlacedAnnotation[];
  /** Bottom of the drawing. */
  bottom: number;
}

export const { cell: CELL, pad: PAD } = DETAILED;
const LABEL_PRIORITY: Partial<Record<EngagementType, number>> = { speech: 0, summit: 1, signing: 2 };
export const PILL = { size: 13, height: 22, pad: 8 };

/** The session's toggle (a pill with "78th session · 2023") and its summary line under it. */
export function sessionHead(row: SessionRow, x: number, y: number, width: number): { button: Box; texts: Text[] } {
  const room = width - 2 * PAD;
  const label = wrapLines(row.label, room - 2 * PILL.pad, PILL.size, 1, 700)[0] ?? '';
  const button = {
    x: x + PAD,
    y: y + 8,
    width: Math.min(room, textWidth(label, PILL.size, 700) + 2 * PILL.pad),
    height: PILL.height,
  };
  const texts: Text[] = [
    {
      x: button.x + PILL.pad,
      y: button.y + 15.5,
      text: label,
      size: PILL.size,
      weight: 700,
      tone: row.selected ? 'onAccent' : row.dimmed ? 'muted' : 'fg',
    },
    ...wrapLines(row.summary, room, 12, 1).map((text): Text => ({
      x: x + PAD,
      y: y + 48,
      text,
      size: 12,
      tone: 'muted',
      italic: row.dimmed,
    })),
  ];
  return { button, texts };
}

/** Marks of each session's day group, in the model's reading order. */
export function marksByGroup(marks: readonly Mark[]): Map<string, Mark[]> {
  const out = new Map<string, Mark[]>();
  for (const m of marks) {
    const k = `${m.session}|${m.group}`;
    const list = out.get(k);
    if (list) list.push(m);
    else out.set(k, [m]);
  }
  return out;
}

/** Marks packed row by row from (left, top), `perRow` to a row, the block centred in `width` when `centre`. */
export function pack(list: readonly Mark[], left: number, top: number, width: number, centre: boolean): PlacedMark[] {
  const perRow = Math.max(1, Math.floor(width / CELL));
  const x0 = left + (centre ? Math.max(0, (width - Math.min(list.length, perRow) * CELL) / 2) : 0);
  return list.map((mark, k) => ({
    mark,
    x: x0 + (k % perRow) * CELL + CELL / 2,
    y: top + Math.floor(k / perRow) * CELL + CELL / 2,
  }));
}

/** Labels of `placed` marks on lanes from `laneTop`, inside [left, right]. */
export function annotate(
  placed: readonly PlacedMark[],
  left: number,
  right: number,
  laneTop: number,
): { labels: PlacedAnnotation[]; lanes: number } {
  const byKey = new Map(placed.map((p) => [p.mark.key, p]));
  const items = placed.flatMap((p) =>
    p.mark.label
      ? [{ key: p.mark.key, text: p.mark.label, anchorX: p.x, priority: LABEL_PRIORITY[p.mark.type] ?? 3 }]
      : [],
  );
  const lanes = placeLabels(items, left, right);
  const labels = lanes.map((l) => {
    const p = byKey.get(l.key)!;
    const top = laneTop + l.lane * LABEL.lane;
    return {
      key: l.key,
      texts: l.lines.map((text, k): Text => ({
        x: l.x,
        y: top + LABEL.size + k * LABEL.lane,
        text,
        size: LABEL.size,
        weight: LABEL.weight,
        tone: 'fg',
      })),
      leader: { x: l.anchorX, y1: p.y + DETAILED.markSize / 2 + 1, y2: top + 1 },
      dimmed: p.mark.dimmed,
    };
  });
  return { labels, lanes: laneCount(lanes) };
}

export const groupsOf = (model: TimelineModel, row: Row): DayGroup[] =>
  row.kind === 'session' ? (model.groups.get(row.number) ?? []) : [];
