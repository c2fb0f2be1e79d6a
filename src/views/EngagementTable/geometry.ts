/**
 * The static table's layout: column positions from the width, each cell's text wrapped with the
 * one text measure and capped at a few lines (the last one ending in "…" when text is cut), rows
 * stacked. Pure, so the download and the command line put every word at the same pixel.
 */
import { textWidth, truncate, wrapText, type FontWeight } from '../../lib/basics/textMeasure';
import { COLUMNS, type Column, type StaticTable } from './model';
import { whoLine, type TableRow } from './rowWords';

export const FONT = 11;
export const LINE = 14;
const TAG_FONT = 10;
const TAG_HEIGHT = 13;
const PAD_Y = 7;
/** Space between columns. */
const GAP = 10;
export const HEADER = 24;

/** Under NARROW px the sources column goes (the source line under the picture still names them). */
const NARROW = 560;
const MAX_LINES: Record<Column, number> = { when: 3, type: 3, who: 3, what: 3, value: 1, source: 2 };
/** Short columns are as wide as their longest entry, up to a share of the width; who and what share the rest. */
const CAPS = { when: 0.2, type: 0.18, value: 0.15, source: 0.16 } as const;
type Short = keyof typeof CAPS;
const FLEX = { who: 0.4, what: 0.6 } as const;
/** Who and what keep this share of the width if short columns can give way (down to their longest unbreakable entry). */
const FLEX_MIN = 0.45;

export interface GeoColumn {
  key: Column;
  label: string;
  /** Where text starts (or ends, for right-aligned columns). */
  x: number;
  width: number;
  anchor: 'start' | 'end';
}

export interface GeoLine {
  text: string;
  /** Baseline, from the row's top. */
  dy: number;
  weight: FontWeight;
  tone: 'fg' | 'muted';
  italic: boolean;
  lang?: string;
}

export interface GeoTag {
  text: string;
  /** Top of the tag, from the row's top; it starts at the cell's x. */
  dy: number;
  width: number;
  height: number;
}

export interface GeoCell {
  x: number;
  anchor: 'start' | 'end';
  lines: GeoLine[];
  tag?: GeoTag;
}

export interface GeoRow {
  y: number;
  height: number;
  cells: GeoCell[];
}

export interface TableGeometry {
  width: number;
  height: number;
  columns: GeoColumn[];
  rows: GeoRow[];
  /** The empty state, drawn under the header. */
  empty: { text: string; y: number } | null;
  tagFont: number;
}

/** Text as at most `max` lines of `width`; a cut ends in "…", and a word wider than the column is cut too. */
export function fitLines(text: string, width: number, max: number, weight: FontWeight = 400): string[] {
  const lines = wrapText(text, width, FONT, weight);
  const kept =
    lines.length > max
      ? [...lines.slice(0, max - 1), truncate(lines.slice(max - 1).join(' ') + '…', width, FONT, weight)]
      : lines;
  return kept.map((line) => truncate(line, width, FONT, weight));
}

/** What a short column writes on a row, each entry a line of its own when there is room. */
function entries(row: TableRow, key: Short, table: StaticTable): [string, FontWeight][] {
  if (key === 'when')
    return [
      [row.session, 700],
      [row.date, 400],
    ];
  if (key === 'type')
    return [...(row.kind === 'deal' ? [[table.dealTag, 700] as [string, FontWeight]] : []), [row.type, 400]];
  if (key === 'value') return row.value === null ? [] : [[row.value, 400]];
  return [[[...new Set(row.citations.map((c) => c.publisher))].join(', '), 400]];
}

/** Column widths: short columns fit their content (never narrower than their longest word), who and what share the rest. */
function columnWidths(table: StaticTable, keys: readonly Column[], usable: number): Record<Column, number> {
  const width = { when: 0, type: 0, who: 0, what: 0, value: 0, source: 0 } as Record<Column, number>;
  const least = { ...width };
  const short = keys.filter((k): k is Short => k in CAPS);
  for (const key of short) {
    const items: [string, FontWeight][] = [
      [table.headings[key], 700],
      ...table.rows.flatMap((row) => entries(row, key, table)),
    ];
    const widest = (list: [string, FontWeight][]) =>
      Math.max(0, ...list.map(([text, weight]) => textWidth(text, FONT, weight)));
    // Values and session labels stay on one line; other entries may wrap between words.
    const unbreakable =
      key === 'value'
        ? items
        : key === 'when'
          ? items.filter(([, weight]) => weight === 700)
          : items.flatMap(([text, weight]) => text.split(/\s+/).map((w) => [w, weight] as [string, FontWeight]));
    least[key] = Math.min(widest(unbreakable), usable * CAPS[key]);
    width[key] = Math.min(widest(items), usable * CAPS[key]);
  }
  const taken = short.reduce((sum, k) => sum + width[k], 0);
  const over = taken - usable * (1 - FLEX_MIN);
  const slack = short.reduce((sum, k) => sum + width[k] - least[k], 0);
  if (over > 0 && slack > 0) for (const k of short) width[k] -= (width[k] - least[k]) * Math.min(1, over / slack);
  const rest = usable - short.reduce((sum, k) => sum + width[k], 0);
  width.who = rest * FLEX.who;
  width.what = rest * FLEX.what;
  return width;
}

export function tableGeometry(table: StaticTable, width: number): TableGeometry {
  const keys = width < NARROW ? COLUMNS.filter((c) => c !== 'source') : [...COLUMNS];
  const widths = columnWidths(table, keys, width - GAP * (keys.length - 1));
  let left = 0;
  const columns: GeoColumn[] = keys.map((key) => {
    const w = widths[key];
    const anchor = key === 'value' ? 'end' : 'start';
    const column = {
      key,
      label: table.headings[key],
      x: anchor === 'end' ? left + w : left,
      width: w,
      anchor,
    } as const;
    left += w + GAP;
    return column;
  });

  let y = HEADER;
  const rows = table.rows.map((row) => {
    const cells = columns.map((column) => cellOf(row, column, table));
    const lines = Math.max(1, ...cells.map((c) => c.lines.length + (c.tag ? 1 : 0)));
    const height = lines * LINE + 2 * PAD_Y;
    const out = { y, height, cells };
    y += height;
    return out;
  });
  const empty = table.empty === null ? null : { text: table.empty, y: HEADER + PAD_Y + LINE };
  if (empty) y += LINE + 2 * PAD_Y;
  return { width, height: Math.ceil(y), columns, rows, empty, tagFont: TAG_FONT };
}

function cellOf(row: TableRow, column: GeoColumn, table: StaticTable): GeoCell {
  const lines: GeoLine[] = [];
  const add = (text: string, opts: Partial<Omit<GeoLine, 'text' | 'dy'>> & { max?: number } = {}) => {
    const weight = opts.weight ?? 400;
    const room = MAX_LINES[column.key] - lines.length;
    if (room <= 0) return;
    for (const line of fitLines(text, column.width, Math.min(room, opts.max ?? room), weight)) {
      lines.push({
        text: line,
        dy: PAD_Y + FONT + lines.length * LINE,
        weight,
        tone: opts.tone ?? 'fg',
        italic: opts.italic ?? false,
        lang: opts.lang,
      });
    }
  };
  let tag: GeoTag | undefined;
  switch (column.key) {
    case 'when':
      add(row.session, { weight: 700, max: 2 });
      add(row.date, { tone: 'muted' });
      break;
    case 'type':
      if (row.kind === 'deal') add(table.dealTag, { weight: 700, max: 1 });
      add(row.type, { tone: row.kind === 'deal' ? 'muted' : 'fg' });
      if (row.planned) {
        const w = Math.min(column.width, textWidth(table.plannedTag, TAG_FONT) + 10);
        tag = { text: table.plannedTag, dy: PAD_Y + lines.length * LINE + 2, width: w, height: TAG_HEIGHT };
      }
      break;
    case 'who': {
      // One language mark per cell: the first label's, when every label is in it.
      const langs = new Set(row.who.map((w) => w.lang));
      const lang = langs.size === 1 ? row.who[0]?.lang : undefined;
      if (row.who.length) add(row.who.map((w) => whoLine(w, table.uncited)).join('; '), { lang });
      else add(table.noOne, { tone: 'muted', italic: true });
      break;
    }
    case 'what':
      add(row.what.text, { lang: row.what.lang });
      break;
    case 'value':
      if (row.value !== null) add(row.value, row.undisclosed ? { tone: 'muted', italic: true } : {});
      break;
    case 'source':
      add([...new Set(row.citations.map((c) => c.publisher))].join(', '), { tone: 'muted' });
      break;
  }
  return { x: column.x, anchor: column.anchor, lines, tag };
}
