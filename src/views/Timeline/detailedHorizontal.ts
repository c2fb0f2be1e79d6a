/**
 * The detailed form laid out wide: sessions side by side in time order, each session's day groups
 * as columns, labels on lanes under the marks of their session. Pure.
 */
import type { I18n } from '../../lib/i18n/i18n';
import { LABEL, wrapLines, type Text } from './labelPlacement';
import type { GapRow, Mark, TimelineModel } from './model';
import {
  annotate,
  CELL,
  DETAILED,
  groupsOf,
  pack,
  PAD,
  sessionHead,
  type DetailedCell,
  type DetailedGeometry,
  type PlacedAnnotation,
  type PlacedGroup,
  type PlacedMark,
} from './detailedPieces';

export function horizontal(
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
