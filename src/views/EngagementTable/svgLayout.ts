/**
 * The Engagements table laid out for a static SVG (reports): fixed columns sized to the export
 * width, each cell word-wrapped, rows stacked. Pure, so the download and the CLI agree.
 */
import { wrapText } from '../../export/svgText';
import type { DatasetIndex, Filtered } from '../../lib/data/query';
import { sortRows, tableRows } from './rows';

export const FONT = 11;
export const LINE = 14;
export const PAD = 6;
export const HEADER = 24;

export interface SvgCell {
  x: number;
  lines: string[];
}
export interface SvgRow {
  y: number;
  height: number;
  cells: SvgCell[];
  undisclosed: boolean;
  /** How many lines of the first cell are the session label (drawn bold). */
  sessionLines: number;
}
export interface TableSvgLayout {
  columns: { label: string; x: number; width: number }[];
  rows: SvgRow[];
  height: number;
  /** Publishers cited by the rows, for the source line. */
  publishers: string[];
}

// Shares of the width; narrow exports drop nothing, the text just wraps more.
const COLUMNS = [
  { label: 'When', share: 0.13 },
  { label: 'Type', share: 0.12 },
  { label: 'Who', share: 0.17 },
  { label: 'What', share: 0.4 },
  { label: 'Value', share: 0.09 },
  { label: 'Source', share: 0.09 },
];

/** Plain spaces only: a no-break space would be written as &nbsp;, which XML does not know. */
const plain = (s: string) => s.replace(/\u00a0/g, ' ');

export function tableSvgLayout(index: DatasetIndex, filtered: Filtered, width: number, margin = 16): TableSvgLayout {
  const inner = width - 2 * margin;
  let x = margin;
  const columns = COLUMNS.map((c) => {
    const col = { label: c.label, x, width: c.share * inner };
    x += col.width;
    return col;
  });
  const wrap = (text: string, col: number) => wrapText(plain(text), columns[col]!.width - PAD, FONT);
  let y = HEADER;
  const publishers = new Set<string>();
  const rows = sortRows(tableRows(filtered, index), 'when', 'ascending').map((row) => {
    row.citations.forEach((c) => publishers.add(c.publisher));
    const texts = [
      row.dateLabel,
      row.type,
      row.who,
      row.what,
      row.kind === 'deal' ? row.valueLabel : '—',
      [...new Set(row.citations.map((c) => c.publisher))].join(', '),
    ];
    const cells = texts.map((t, i) => ({ x: columns[i]!.x, lines: wrap(t, i) }));
    // The session on a line of its own (drawn bold) above its date.
    cells[0]!.lines.unshift(...wrap(row.sessionLabel, 0));
    const sessionLines = cells[0]!.lines.length - wrap(row.dateLabel, 0).length;
    const height = Math.max(...cells.map((c) => c.lines.length)) * LINE + 2 * PAD;
    const out = { y, height, cells, undisclosed: row.kind === 'deal' && !row.value, sessionLines };
    y += height;
    return out;
  });
  return { columns, rows, height: y, publishers: [...publishers] };
}
