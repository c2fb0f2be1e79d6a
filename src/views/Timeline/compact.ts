/**
 * Positions of the compact form: one column per session (a row when narrow) stacked by
 * engagement type, planned events on top drawn dashed, runs of sessions without a record as one
 * short dashed cell. Its size depends on the number of sessions, never on the number of
 * engagements: 80 sessions of 100,000 engagements draw 80 groups of a few rectangles. Pure.
 */
import { linearScale } from '../shared/linearScale';
import { textWidth, truncate } from '../../lib/basics/textMeasure';
import { ENGAGEMENT_TYPES, type EngagementType } from '../../lib/basics/vocabulary';
import type { I18n } from '../../lib/i18n/i18n';
import type { Box } from './detailedPieces';
import type { Text } from './labelPlacement';
import type { GapRow, SessionRow, TimelineModel } from './model';

export const COMPACT = {
  plotHeight: 180,
  font: 11,
  /** Widest column, px: past it, a wide screen adds space between columns rather than fatter bars. */
  maxColumn: 36,
  /** Stacked rows below this width. */
  narrow: 560,
  row: 20,
  bar: 12,
  gapRow: 18,
} as const;

export interface Segment extends Box {
  /** A type's held engagements, or the session's planned ones. */
  type: EngagementType | 'planned';
}

export interface Column {
  row: SessionRow;
  /** The button's area: the whole band of the session. */
  hit: Box;
  segments: Segment[];
  /** Accent marker of a session in the year filter. */
  selected: Box | null;
  /** Where its tooltip points. */
  anchor: { x: number; y: number };
  texts: Text[];
}

export interface GapCell {
  row: GapRow;
  box: Box;
  texts: Text[];
}

export interface Line {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface CompactGeometry {
  form: 'compact';
  orientation: 'horizontal' | 'vertical';
  columns: Column[];
  gaps: GapCell[];
  grid: Line[];
  baseline: Line;
  /** Axis title, tick labels and years. */
  texts: Text[];
  bottom: number;
}

/** Segments of a session from `start` along its length, held engagements by type then planned ones. */
function stack(row: SessionRow, scale: (v: number) => number, place: (from: number, to: number) => Box): Segment[] {
  const out: Segment[] = [];
  let sum = 0;
  const push = (type: Segment['type'], count: number) => {
    if (!count) return;
    out.push({ type, ...place(scale(sum), scale(sum + count)) });
    sum += count;
  };
  ENGAGEMENT_TYPES.forEach((type, t) => push(type, row.held[t]!));
  push('planned', row.plannedTotal);
  return out;
}

const totalOf = (row: SessionRow) => row.heldTotal + row.plannedTotal;

export function compactGeometry(model: TimelineModel, width: number, top: number, i18n: I18n): CompactGeometry {
  const sessions = model.rows.filter((r): r is SessionRow => r.kind === 'session');
  const max = Math.max(1, ...sessions.map(totalOf));
  return width >= COMPACT.narrow ? columns(model, width, top, max, i18n) : rows(model, width, top, max, i18n);
}

function columns(model: TimelineModel, width: number, top: number, max: number, i18n: I18n): CompactGeometry {
  const plotTop = top + 22;
  const plotBottom = plotTop + COMPACT.plotHeight;
  const y = linearScale([0, max], [plotBottom, plotTop]).nice();
  const ticks = y.ticks(4).filter(Number.isInteger);
  const gutter = Math.max(...ticks.map((t) => textWidth(i18n.count(t), COMPACT.font))) + 8;
  const band = (width - gutter) / Math.max(1, model.rows.length);
  const colWidth = Math.max(1, Math.min(band * 0.72, COMPACT.maxColumn));
  const texts: Text[] = [
    { x: 0, y: top + 11, text: i18n.t('timeline.axis.count'), size: COMPACT.font, tone: 'muted' },
    ...ticks.map((t): Text => ({
      x: gutter - 6,
      y: y(t) + 4,
      text: i18n.count(t),
      size: COMPACT.font,
      anchor: 'end',
      tone: 'muted',
    })),
  ];
  const grid = ticks.filter((t) => t > 0).map((t) => ({ x1: gutter, x2: width, y1: y(t), y2: y(t) }));

  // Years under the columns at a step that leaves room between them: the year of every 5th or
  // 10th session…, on the session's column or on the gap cell that holds it.
  const yearWidth = textWidth('0000', COMPACT.font) + 8;
  // Nearly two labels' width apart: years on every other column read as a crowd.
  const step = [1, 2, 5, 10, 20, 50].find((s) => s * band >= 1.8 * yearWidth) ?? 100;
  let lastRight = -Infinity;
  const yearLabel = (row: SessionRow | GapRow, cx: number): Text[] => {
    const [from, to, fromYear] =
      row.kind === 'session' ? [row.number, row.number, row.year] : [row.from, row.to, row.fromYear];
    const multiple = Math.ceil(from / step) * step;
    if (multiple > to || cx - yearWidth / 2 < lastRight || cx + yearWidth / 2 > width + 4) return [];
    lastRight = cx + yearWidth / 2;
    return [
      {
        x: cx,
        y: plotBottom + 19,
        text: String(fromYear + multiple - from),
        size: COMPACT.font,
        anchor: 'middle',
        tone: 'muted',
      },
    ];
  };

  const out: Column[] = [];
  const gaps: GapCell[] = [];
  model.rows.forEach((row, r) => {
    const cx = gutter + (r + 0.5) * band;
    const left = cx - colWidth / 2;
    if (row.kind === 'gap') {
      gaps.push({ row, box: { x: left, y: plotBottom - 6, width: colWidth, height: 6 }, texts: yearLabel(row, cx) });
      return;
    }
    const segments = stack(
      row,
      (v) => y(v),
      (from, to) => ({ x: left, y: to, width: colWidth, height: from - to }),
    );
    const colTop = y(totalOf(row));
    out.push({
      row,
      hit: { x: gutter + r * band, y: plotTop, width: band, height: plotBottom - plotTop + 24 },
      segments,
      selected: row.selected ? { x: left - 1, y: plotBottom + 3, width: colWidth + 2, height: 3 } : null,
      anchor: { x: cx, y: Math.min(colTop, plotBottom - 8) },
      texts: yearLabel(row, cx),
    });
  });
  return {
    form: 'compact',
    orientation: 'horizontal',
    columns: out,
    gaps,
    grid,
    baseline: { x1: gutter, x2: width, y1: plotBottom, y2: plotBottom },
    texts,
    bottom: plotBottom + 26,
  };
}

function rows(model: TimelineModel, width: number, top: number, max: number, i18n: I18n): CompactGeometry {
  const gutter = Math.min(Math.max(0, ...model.rows.map((s) => textWidth(s.short, COMPACT.font))) + 12, width * 0.45);
  const countRoom = textWidth(i18n.count(max), COMPACT.font) + 8;
  const x = linearScale([0, max], [gutter, Math.max(gutter + 1, width - countRoom)]);
  const out: Column[] = [];
  const gaps: GapCell[] = [];
  let y = top + 4;
  for (const row of model.rows) {
    if (row.kind === 'gap') {
      const texts: Text[] = [
        {
          x: gutter - 6,
          y: y + 13,
          text: truncate(row.short, gutter - 10, COMPACT.font),
          size: COMPACT.font,
          anchor: 'end',
          tone: 'muted',
        },
        {
          x: gutter + 6,
          y: y + 13,
          text: truncate(i18n.t('timeline.gap.note'), width - gutter - 6, COMPACT.font),
          size: COMPACT.font,
          tone: 'muted',
          italic: true,
        },
      ];
      gaps.push({ row, box: { x: 0, y, width, height: COMPACT.gapRow }, texts });
      y += COMPACT.gapRow;
      continue;
    }
    const barTop = y + (COMPACT.row - COMPACT.bar) / 2;
    const segments = stack(
      row,
      (v) => x(v),
      (from, to) => ({ x: from, y: barTop, width: to - from, height: COMPACT.bar }),
    );
    const end = x(totalOf(row));
    out.push({
      row,
      hit: { x: 0, y, width, height: COMPACT.row },
      segments,
      selected: row.selected ? { x: 0, y: y + 3, width: 3, height: COMPACT.row - 6 } : null,
      anchor: { x: Math.min(end, width - 8), y: y + COMPACT.row / 2 },
      texts: [
        {
          x: gutter - 6,
          y: y + 14,
          text: truncate(row.short, gutter - 10, COMPACT.font),
          size: COMPACT.font,
          anchor: 'end',
          tone: row.dimmed ? 'muted' : 'fg',
        },
        { x: end + 4, y: y + 14, text: i18n.count(row.counted), size: COMPACT.font, tone: 'muted' },
      ],
    });
    y += COMPACT.row;
  }
  return {
    form: 'compact',
    orientation: 'vertical',
    columns: out,
    gaps,
    grid: [],
    baseline: { x1: gutter, x2: gutter, y1: top, y2: y },
    texts: [],
    bottom: y + 4,
  };
}
