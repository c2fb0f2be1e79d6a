/**
 * The timeline as a static picture for reports: the live view's own layout (timelineLayout, with
 * every session drawn, since a file has no year filter to dim sessions by) plus what the page
 * says in HTML and a standalone file must say in SVG text: the legend, each session's heading
 * and summary, the "no recorded visit" cells, the description and the sources. Every text is one
 * positioned line here, so the picture and the overlap checks read the same numbers. Pure, so
 * the browser download and the command-line export draw the same file.
 */
import type { DatasetIndex, Filtered } from '../../lib/data/query';
import { KIND_STYLES } from './encoding';
import { COLOURS, legendLayout, px, runsWidth, textLine, wrapItems, type LegendSymbol, type Run, type TextLine } from './exportLegend';
import { FRAME, GEOMETRY, timelineLayout, type SessionLayout, type TimelineLayout } from './layout';
import type { GapSlot } from './sessions';

export const TIMELINE_TITLE = 'UNGA sessions: engagements by day';

/** SvgFrame's side padding: the chart is drawn inside it. */
export const FRAME_PAD = 16;
/** Thickness of the rule on top of each session (solid) and gap (dashed). */
export const RULE = 3;
export const COUNT_FONT = 11;

const TEXT = { heading: 14, summary: 12, summaryLine: 16, gap: 11, gapLine: 14, message: 13 } as const;
/** From a cell's top to the top of its summary: the rule and the heading's line. */
const HEAD = 26;
const GAP_PAD = 6;
/** Space between stacked cells, as on the page. */
const STACK_GAP = 6;

export type ExportCell =
  | { kind: 'session'; x: number; y: number; width: number; band: SessionLayout; drawX: number; drawY: number }
  | { kind: 'gap'; x: number; y: number; width: number; height: number; slot: GapSlot };

export interface TimelineExport {
  layout: TimelineLayout;
  horizontal: boolean;
  title: string;
  subtitle: string;
  source: string;
  /** Where the chart area starts horizontally (the frame's padding). */
  x: number;
  symbols: LegendSymbol[];
  cells: ExportCell[];
  /** Every text of the chart area, in drawing order. */
  texts: TextLine[];
  /** Whether a mark or swatch is half-filled, and the shared clip path is needed. */
  halfClip: boolean;
  /** Height of everything between the frame's header and its source line. */
  chartHeight: number;
}

/** The texts inside a session's drawing (day labels, counts, annotations), moved to (dx, dy). */
function bandTexts(band: SessionLayout, horizontal: boolean, dx: number, dy: number): TextLine[] {
  const out: TextLine[] = [];
  for (const g of band.groups) {
    g.group.lines.forEach((text, i) =>
      out.push(textLine(dx + g.labelX, dy + g.labelY + i * GEOMETRY.labelLine, GEOMETRY.labelFont, [{ text }], COLOURS.muted, horizontal ? 'middle' : 'start')),
    );
  }
  for (const m of band.marks) {
    if (m.count) out.push(textLine(dx + m.x + GEOMETRY.cell / 2 - 1, dy + m.y + 0.35 * COUNT_FONT, COUNT_FONT, [{ text: m.count, bold: true }]));
  }
  for (const l of band.labels) out.push(textLine(dx + l.x, dy + l.y, FRAME.annotationFont, [{ text: l.text, bold: true }]));
  return out;
}

/** "78th · 2023" with the ordinal in bold, above the session's summary wrapped to its card. */
function sessionHead(band: SessionLayout, x: number, y: number) {
  const left = x + FRAME.cardPad;
  const heading = textLine(left, y + RULE + 17, TEXT.heading, [
    { text: band.slot.ordinal, bold: true },
    { text: band.slot.label.slice(band.slot.ordinal.length) },
  ]);
  const lines = wrapItems(band.summary, band.innerWidth || band.width - 2 * FRAME.cardPad, TEXT.summary);
  const summary = lines.map((text, i) => textLine(left, y + HEAD + 10 + i * TEXT.summaryLine, TEXT.summary, [{ text }], COLOURS.muted));
  return { texts: [heading, ...summary], rows: lines.length };
}

const summaryHeight = (rows: number) => rows * TEXT.summaryLine + 6;

/** A gap as a narrow column: ordinals, years, then "no recorded visit" wrapped to the cell. */
function gapColumn(slot: GapSlot, x: number, y: number, width: number): TextLine[] {
  const runs: Run[][] = [
    [{ text: slot.ordinals, bold: true }],
    [{ text: slot.years }],
    ...wrapItems(['no recorded visit'], width - 2 * GAP_PAD, TEXT.gap).map((text) => [{ text, italic: true }]),
  ];
  return runs.map((r, i) => textLine(x + GAP_PAD, y + RULE + 15 + i * TEXT.gapLine, TEXT.gap, r, COLOURS.muted));
}

/** A gap as a row: "76th–77th · 2021–2022 — no recorded visit", the note on a line of its own if need be. */
function gapRow(slot: GapSlot, x: number, y: number, width: number): TextLine[] {
  const head: Run[] = [{ text: slot.ordinals, bold: true }, { text: ` · ${slot.years}` }];
  const note: Run = { text: 'no recorded visit', italic: true };
  const left = x + FRAME.cardPad;
  const baseline = y + RULE + 15;
  if (runsWidth([...head, { text: ' — ' }, note], TEXT.gap) <= width - 2 * FRAME.cardPad) {
    return [textLine(left, baseline, TEXT.gap, [...head, { text: ' — ' }, note], COLOURS.muted)];
  }
  return [textLine(left, baseline, TEXT.gap, head, COLOURS.muted), textLine(left, baseline + TEXT.gapLine, TEXT.gap, [note], COLOURS.muted)];
}

const textBottom = (texts: readonly TextLine[]) => texts.reduce((b, t) => Math.max(b, t.y + 0.25 * t.size), 0);

function horizontalTrack(slots: TimelineLayout['slots'], top: number) {
  let x = 0;
  const at = slots.map((s) => {
    const left = x;
    x += s.width + FRAME.slotGap;
    return left;
  });
  const heads = slots.map((s, i) => (s.kind === 'session' ? sessionHead(s, at[i]!, top) : null));
  // One summary row for all sessions, as on the page, so the day labels and marks line up.
  const drawY = top + HEAD + summaryHeight(Math.max(0, ...heads.map((h) => h?.rows ?? 0)));
  const cells: ExportCell[] = [];
  const texts: TextLine[] = [];
  let bottom = top + HEAD;
  slots.forEach((s, i) => {
    const left = at[i]!;
    if (s.kind === 'gap') {
      const gap = gapColumn(s.slot, left, top, s.width);
      texts.push(...gap);
      bottom = Math.max(bottom, textBottom(gap) + 6);
      cells.push({ kind: 'gap', x: left, y: top, width: s.width, height: 0, slot: s.slot });
      return;
    }
    const drawX = left + FRAME.cardPad;
    texts.push(...(heads[i]?.texts ?? []), ...bandTexts(s, true, drawX, drawY));
    bottom = Math.max(bottom, drawY + s.height + 8);
    cells.push({ kind: 'session', x: left, y: top, width: s.width, band: s, drawX, drawY });
  });
  // Gap columns run the track's full height, like the page's grid cells.
  return { cells: cells.map((c) => (c.kind === 'gap' ? { ...c, height: bottom - top } : c)), texts, bottom };
}

function verticalTrack(slots: TimelineLayout['slots'], top: number) {
  const cells: ExportCell[] = [];
  const texts: TextLine[] = [];
  let y = top;
  for (const s of slots) {
    if (s.kind === 'gap') {
      const row = gapRow(s.slot, 0, y, s.width);
      const height = textBottom(row) + 6 - y;
      texts.push(...row);
      cells.push({ kind: 'gap', x: 0, y, width: s.width, height, slot: s.slot });
      y += height + STACK_GAP;
      continue;
    }
    const head = sessionHead(s, 0, y);
    const drawY = y + HEAD + summaryHeight(head.rows);
    texts.push(...head.texts, ...bandTexts(s, false, FRAME.cardPad, drawY));
    cells.push({ kind: 'session', x: 0, y, width: s.width, band: s, drawX: FRAME.cardPad, drawY });
    y = drawY + s.height + (s.height ? 8 : 0) + STACK_GAP;
  }
  return { cells, texts, bottom: slots.length ? y - STACK_GAP : y };
}

/** "Sources: Test Agency, Test Daily." from the publishers cited by the records shown, in the dataset's order. */
export function sourceLine(filtered: Filtered, index: DatasetIndex, counted: boolean): string {
  const cited = new Set([...filtered.engagements, ...filtered.deals].flatMap((r) => r.citations.map((c) => c.source)));
  const publishers = [...new Set(index.data.sources.filter((s) => cited.has(s.id)).map((s) => s.publisher))];
  const sources = publishers.length ? `${publishers.length === 1 ? 'Source' : 'Sources'}: ${publishers.join(', ')}.` : `Data: ${index.data.title}.`;
  return counted ? `${sources} A number beside a mark counts that day’s engagements of its type.` : sources;
}

/** The picture at `width` px, frame padding included. */
export function timelineExport(index: DatasetIndex, filtered: Filtered, width: number): TimelineExport {
  const inner = Math.max(120, width - 2 * FRAME_PAD);
  const layout = timelineLayout({ index, filtered, years: [], width: inner, verticalBelow: FRAME.verticalBelow - 2 * FRAME_PAD });
  const horizontal = layout.orientation === 'horizontal';
  const legend = legendLayout(index, inner);
  const texts = [...legend.texts];
  let top = legend.height ? legend.height + 10 : 0;
  if (layout.empty) {
    texts.push(textLine(0, top + TEXT.message, TEXT.message, [{ text: 'No engagements match these filters.', bold: true }], COLOURS.muted));
    top += TEXT.message + 14;
  }
  const track = horizontal ? horizontalTrack(layout.slots, top) : verticalTrack(layout.slots, top);
  const bands = layout.slots.filter((s): s is SessionLayout => s.kind === 'session');
  const marks = bands.flatMap((b) => b.marks);
  const kinds = [...marks.map((m) => m.kind), ...legend.symbols.map((s) => s.kind)];
  return {
    layout,
    horizontal,
    title: TIMELINE_TITLE,
    subtitle: layout.description,
    source: sourceLine(filtered, index, marks.some((m) => m.count)),
    x: FRAME_PAD,
    symbols: legend.symbols,
    cells: track.cells,
    texts: [...texts, ...track.texts],
    halfClip: kinds.some((k) => KIND_STYLES[k] === 'half'),
    chartHeight: Math.ceil(track.bottom),
  };
}

export interface TextBox {
  text: string;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** The box a line of text takes, from the layout's generous width estimate and the font's ascent and descent. */
export function textBox(t: TextLine): TextBox {
  const w = runsWidth(t.runs, t.size);
  const x0 = t.anchor === 'middle' ? t.x - w / 2 : t.x;
  return { text: t.runs.map((r) => r.text).join(''), x0: px(x0), x1: px(x0 + w), y0: px(t.y - 0.8 * t.size), y1: px(t.y + 0.25 * t.size) };
}
