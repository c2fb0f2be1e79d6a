/**
 * The frame of every exported picture, as numbers: title and context statement above the
 * drawing, notes and the source line below, each wrapped with the one text measure. Pure, so the
 * browser download and the command line place every line at the same pixel.
 */
import { wrapText } from '../lib/basics/textMeasure';

/** The width of a downloaded picture, in CSS pixels, unless the reader or `--width` asks for another. */
export const DEFAULT_EXPORT_WIDTH = 960;

export const FRAME_PAD = 16;
const TITLE = { size: 18, line: 23 };
const CONTEXT = { size: 13, line: 17 };
const NOTE = { size: 12, line: 16 };
const SOURCE = { size: 11, line: 14 };
const GAP = 10;

export interface TextBlock {
  lines: string[];
  /** Baseline of the first line. */
  y: number;
  size: number;
  line: number;
  weight: 400 | 700;
}

export interface FrameLayout {
  width: number;
  height: number;
  title: TextBlock;
  context: TextBlock;
  /** Top of the drawing; it is drawn from x = FRAME_PAD, `width - 2 * FRAME_PAD` wide. */
  chartY: number;
  chartWidth: number;
  notes: TextBlock;
  source: TextBlock;
}

/** What the file says about itself to a screen reader: the root's `<title>` and `<desc>`, and their ids. */
export interface FrameLabel {
  title: string;
  description: string;
  /** Ids of the `<title>` and `<desc>`, from the file's name, so two files pasted into one page keep theirs apart. */
  titleId: string;
  descId: string;
}

export interface FrameInput {
  width: number;
  title: string;
  /** The context statement: what the picture shows (filters and options). */
  context: string;
  chartHeight: number;
  notes: readonly string[];
  source: string;
}

export function frameLayout(input: FrameInput): FrameLayout {
  const inner = Math.max(40, input.width - 2 * FRAME_PAD);
  const block = (
    text: string | readonly string[],
    spec: { size: number; line: number },
    y: number,
    weight: 400 | 700 = 400,
  ): TextBlock => ({
    lines: (typeof text === 'string' ? [text] : text).flatMap((t) => wrapText(t, inner, spec.size, weight)),
    y,
    size: spec.size,
    line: spec.line,
    weight,
  });
  const title = block(input.title, TITLE, FRAME_PAD + TITLE.size * 0.9, 700);
  const afterTitle = FRAME_PAD + title.lines.length * TITLE.line;
  const context = block(input.context, CONTEXT, afterTitle + CONTEXT.size * 0.9);
  const chartY = Math.ceil(afterTitle + context.lines.length * CONTEXT.line + GAP);
  const afterChart = chartY + input.chartHeight + GAP;
  const notes = block(input.notes, NOTE, afterChart + NOTE.size * 0.9);
  const afterNotes = afterChart + notes.lines.length * NOTE.line + (notes.lines.length ? GAP / 2 : 0);
  const source = block(input.source, SOURCE, afterNotes + SOURCE.size * 0.9);
  const height = Math.ceil(afterNotes + source.lines.length * SOURCE.line + FRAME_PAD);
  return { width: input.width, height, title, context, chartY, chartWidth: inner, notes, source };
}
