/**
 * Positions of the detailed form: one mark per engagement. Wide: sessions side by side in time
 * order, each session's day groups as columns (equal steps in date order, not a continuous time
 * axis: a session's records cluster in one week, and a stray date months away would squeeze that
 * week to a sliver). Narrow, or when the sessions do not fit side by side: sessions stacked, day
 * groups as rows. Labels go on lanes under the marks of their session (wide) or day (narrow).
 * Pure.
 */
import { textWidth } from '../../lib/basics/textMeasure';
import type { I18n } from '../../lib/i18n/i18n';
import { LABEL, widestWord, wrapLines, type Text } from './labelPlacement';
import type { Mark, Row, TimelineModel } from './model';
import {
  annotate,
  CELL,
  DETAILED,
  groupsOf,
  marksByGroup,
  pack,
  PAD,
  PILL,
  sessionHead,
  type DetailedCell,
  type DetailedGeometry,
  type PlacedAnnotation,
  type PlacedGroup,
  type PlacedMark,
} from './detailedPieces';
import { horizontal } from './detailedHorizontal';

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
