/**
 * Positions of the detailed form: one mark per engagement. Wide: sessions side by side in time
 * order, each session's day groups as columns (equal steps in date order, not a continuous time
 * axis: a session's records cluster in one week, and a stray date months away would squeeze that
 * week to a sliver). Narrow, or when the sessions do not fit side by side: sessions stacked, day
 * groups as rows. Labels go on lanes under the marks of their session (wide) or day (narrow).
 * Pure.
 */
import { textWidth } from '../../lib/basics/textMeasure';
import type { EngagementType } from '../../lib/basics/vocabulary';
import type { I18n } from '../../lib/i18n/i18n';
import { LABEL, laneCount, placeLabels, widestWord, wrapLines, type Text } from './labelPlacement';
import {
  MARK_CELL,
  type DayGroup,
  type GapRow,
  type Mark,
  type Row,
  type SessionRow,
  type TimelineModel,
} from './model';

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

const { cell: CELL, pad: PAD } = DETAILED;
const LABEL_PRIORITY: Partial<Record<EngagementType, number>> = { speech: 0, summit: 1, signing: 2 };
const PILL = { size: 13, height: 22, pad: 8 };

/** The session's toggle (a pill with "78th session · 2023") and its summary line under it. */
function sessionHead(row: SessionRow, x: number, y: number, width: number): { button: Box; texts: Text[] } {
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
function marksByGroup(marks: readonly Mark[]): Map<string, Mark[]> {
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
function pack(list: readonly Mark[], left: number, top: number, width: number, centre: boolean): PlacedMark[] {
  const perRow = Math.max(1, Math.floor(width / CELL));
  const x0 = left + (centre ? Math.max(0, (width - Math.min(list.length, perRow) * CELL) / 2) : 0);
  return list.map((mark, k) => ({
    mark,
    x: x0 + (k % perRow) * CELL + CELL / 2,
    y: top + Math.floor(k / perRow) * CELL + CELL / 2,
  }));
}

/** Labels of `placed` marks on lanes from `laneTop`, inside [left, right]. */
function annotate(
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

const groupsOf = (model: TimelineModel, row: Row): DayGroup[] =>
  row.kind === 'session' ? (model.groups.get(row.number) ?? []) : [];

function naturalWidth(model: TimelineModel, row: Row): { width: number; columns: number[] } {
  if (row.kind === 'gap') return { width: DETAILED.gapWidth, columns: [] };
  const columns = groupsOf(model, row).map(
    (g) =>
      Math.max(
        Math.min(Math.ceil(g.count / DETAILED.targetRows), DETAILED.maxPerRow) * CELL,
        widestWord(g.label, DETAILED.groupFont) + 4,
      ) +
      2 * DETAILED.colPad,
  );
  const content = columns.reduce((a, b) => a + b, 0) + Math.max(0, columns.length - 1) * DETAILED.colGap;
  const head = Math.max(textWidth(row.label, PILL.size, 700) + 2 * PILL.pad, textWidth(row.summary, 12));
  return { width: Math.max(content, head, DETAILED.minSession) + 2 * PAD, columns };
}

/** The detailed drawing from `top` down, `width` wide; `i18n` words the "no recorded visit" cells. */
export function detailedGeometry(model: TimelineModel, width: number, top: number, i18n: I18n): DetailedGeometry {
  const naturals = model.rows.map((row) => naturalWidth(model, row));
  const total = naturals.reduce((a, n) => a + n.width, 0) + Math.max(0, naturals.length - 1) * DETAILED.cellGap;
  const byGroup = marksByGroup(model.marks ?? []);
  return width >= DETAILED.narrow && total <= width
    ? horizontal(model, width, top, naturals, total, byGroup, i18n)
    : vertical(model, width, top, byGroup, i18n);
}

function horizontal(
  model: TimelineModel,
  width: number,
  top: number,
  naturals: { width: number; columns: number[] }[],
  total: number,
  byGroup: Map<string, Mark[]>,
  i18n: I18n,
): DetailedGeometry {
  // Spare width goes to the sessions, in proportion to what they need.
  const growable = model.rows.reduce((a, r, k) => a + (r.kind === 'session' ? naturals[k]!.width : 0), 0);
  const grow = growable ? (width - total) / growable : 0;
  const widths = model.rows.map((r, k) => naturals[k]!.width * (r.kind === 'session' ? 1 + grow : 1));

  // Day labels first: the tallest sets where every session's grid starts, so rows line up.
  let x = 0;
  const columns = model.rows.map((row, k) => {
    const cellX = x;
    x += widths[k]! + DETAILED.cellGap;
    const natural = naturals[k]!;
    const inner = widths[k]! - 2 * PAD;
    const gaps = Math.max(0, natural.columns.length - 1) * DETAILED.colGap;
    const used = natural.columns.reduce((a, b) => a + b, 0);
    const scale = used > 0 ? (inner - gaps) / used : 1;
    let colX = cellX + PAD;
    const cols = groupsOf(model, row).map((g, c) => {
      const w = natural.columns[c]! * scale;
      const lines = wrapLines(g.label, w - 2 * DETAILED.colPad, DETAILED.groupFont, DETAILED.groupLines);
      const out = { group: g, x: colX, width: w, lines };
      colX += w + DETAILED.colGap;
      return out;
    });
    return { row, cellX, cols };
  });
  const labelLines = Math.max(0, ...columns.flatMap((c) => c.cols.map((col) => col.lines.length)));
  const groupTop = top + DETAILED.head;
  const gridTop = groupTop + labelLines * DETAILED.groupLine + 6;

  const marks: PlacedMark[] = [];
  let gridRows = 1;
  const perSession = columns.map(({ row, cols }) =>
    cols.map((col) => {
      const list = row.kind === 'session' ? (byGroup.get(`${row.number}|${col.group.key}`) ?? []) : [];
      const inner = col.width - 2 * DETAILED.colPad;
      gridRows = Math.max(gridRows, Math.ceil(list.length / Math.max(1, Math.floor(inner / CELL))));
      const placed = pack(list, col.x + DETAILED.colPad, gridTop, inner, true);
      marks.push(...placed);
      return placed;
    }),
  );
  const gridBottom = gridTop + gridRows * CELL;

  const cells: DetailedCell[] = [];
  const groups: PlacedGroup[] = [];
  const labels: PlacedAnnotation[] = [];
  let lanes = 0;
  columns.forEach(({ row, cellX, cols }, k) => {
    const w = widths[k]!;
    if (row.kind === 'gap') {
      cells.push({
        key: row.key,
        row,
        box: { x: cellX, y: top, width: w, height: 0 },
        button: null,
        texts: gapTexts(row, cellX, top, w, i18n),
      });
      return;
    }
    const head = sessionHead(row, cellX, top, w);
    cells.push({ key: row.key, row, box: { x: cellX, y: top, width: w, height: 0 }, ...head });
    for (const col of cols) {
      groups.push({
        key: `${row.key}|${col.group.key}`,
        box: { x: col.x, y: groupTop - 4, width: col.width, height: gridBottom - groupTop + 8 },
        texts: col.lines.map((text, i) => ({
          x: col.x + col.width / 2,
          y: groupTop + 7 + i * DETAILED.groupLine,
          text,
          size: DETAILED.groupFont,
          anchor: 'middle',
          tone: 'muted',
        })),
        dimmed: row.dimmed,
      });
    }
    const placed = annotate(perSession[k]!.flat(), cellX + PAD, cellX + w - PAD, gridBottom + 14);
    labels.push(...placed.labels);
    lanes = Math.max(lanes, placed.lanes);
  });
  const bottom = gridBottom + 8 + (lanes ? 6 + lanes * LABEL.lane : 0);
  for (const c of cells) c.box.height = bottom - top;
  return { form: 'detailed', orientation: 'horizontal', cells, groups, marks, labels, bottom };
}

/** "79th session", "2024" and "no recorded visit", wrapped into a gap's cell. */
function gapTexts(row: GapRow, x: number, y: number, width: number, i18n: I18n): Text[] {
  const room = width - 2 * PAD;
  const lines: Text[] = [];
  const add = (text: string, bold: boolean, maxLines: number) => {
    for (const line of wrapLines(text, room, 12, maxLines, bold ? 700 : 400)) {
      lines.push({
        x: x + PAD,
        y: y + 24 + lines.length * 16,
        text: line,
        size: 12,
        weight: bold ? 700 : undefined,
        tone: 'muted',
        italic: !bold,
      });
    }
  };
  add(row.head, true, 2);
  add(row.years, true, 1);
  add(i18n.t('timeline.gap.note'), false, 2);
  return lines;
}

function vertical(
  model: TimelineModel,
  width: number,
  top: number,
  byGroup: Map<string, Mark[]>,
  i18n: I18n,
): DetailedGeometry {
  const allGroups = model.rows.flatMap((r) => groupsOf(model, r));
  // Wide enough for the longest word of a day's label, and for a month's label in three lines.
  const gutter = Math.min(
    Math.max(84, ...allGroups.map((g) => widestWord(g.label, DETAILED.groupFont) + 12)),
    Math.max(84, width * 0.3),
  );
  const cells: DetailedCell[] = [];
  const groups: PlacedGroup[] = [];
  const marks: PlacedMark[] = [];
  const labels: PlacedAnnotation[] = [];
  let y = top;
  for (const row of model.rows) {
    if (row.kind === 'gap') {
      const lines = wrapLines(i18n.t('timeline.gap.row', { sessions: row.label }), width - 2 * PAD, 12, 2);
      const texts = lines.map((text, i): Text => ({
        x: PAD,
        y: y + 20 + i * 16,
        text,
        size: 12,
        tone: 'muted',
        italic: true,
      }));
      const height = 12 + lines.length * 16;
      cells.push({ key: row.key, row, box: { x: 0, y, width, height }, button: null, texts });
      y += height + DETAILED.cellGap;
      continue;
    }
    const head = sessionHead(row, 0, y, width);
    let cursor = y + DETAILED.head;
    for (const g of groupsOf(model, row)) {
      const list = byGroup.get(`${row.number}|${g.key}`) ?? [];
      const lines = wrapLines(g.label, gutter - 10, DETAILED.groupFont, DETAILED.groupLines);
      const room = width - gutter - PAD;
      const rows = Math.ceil(list.length / Math.max(1, Math.floor(room / CELL)));
      const rowHeight = Math.max(rows * CELL, lines.length * DETAILED.groupLine) + 8;
      const placed = pack(list, gutter, cursor + 4, room, false);
      marks.push(...placed);
      const texts = lines.map((text, i): Text => ({
        x: 4,
        y: cursor + 15 + i * DETAILED.groupLine,
        text,
        size: DETAILED.groupFont,
        tone: 'muted',
      }));
      const annotated = annotate(placed, gutter, width - 2, cursor + rowHeight + 6);
      labels.push(...annotated.labels);
      const height = rowHeight + (annotated.lanes ? annotated.lanes * LABEL.lane + 8 : 0);
      groups.push({ key: `${row.key}|${g.key}`, box: { x: 0, y: cursor, width, height }, texts, dimmed: row.dimmed });
      cursor += height + 3;
    }
    const height = cursor - y + 4;
    cells.push({ key: row.key, row, box: { x: 0, y, width, height }, ...head });
    y += height + DETAILED.cellGap;
  }
  return { form: 'detailed', orientation: 'vertical', cells, groups, marks, labels, bottom: y };
}
