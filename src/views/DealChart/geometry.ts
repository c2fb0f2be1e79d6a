/**
 * Where every mark of the deal chart goes at a width: the legend flowed into lines, the axis, each
 * bar and its segments (d3 scales them), which segment values fit inside their segment (measured
 * with the bundled font), the annotation beside each bar or, when it does not fit, its total beside
 * and the rest on a line under the bar, and the break of an "Others" bar longer than the scale.
 * The scale is set by the company bars alone, so a long tail of small companies never shrinks
 * them; the groups of bars (one per kind of money) share it and each opens with its heading.
 * Pure: the page and the exported file get the same numbers.
 */
import { flowLegend, type LegendFlow, type LegendItem } from '../shared/legendLayout';
import { linearScale } from '../shared/linearScale';
import { px } from '../../lib/basics/pixels';
import { textWidth, truncate, wrapText } from '../../lib/basics/textMeasure';
import type { BarRow, Segment } from './bars';
import type { LegendEntry } from './legend';
import type { DealModel } from './model';

export const SIZE = {
  heading: 13,
  group: 13,
  legend: 12,
  tick: 11,
  name: 13,
  value: 12,
  segment: 11,
  detail: 11,
} as const;
export const BAR = 20;
export const SWATCH = 12;
/** Below this width names go above their bars, which then get the whole width. */
export const NARROW = 480;
const GAP = 10;
const PAD = 6;
const SEGMENT_PAD = 4;
const HEADING_LINE = 18;
const LEGEND_LINE = 20;
/** Swatches on lines LEGEND_LINE apart, their tops at the lines' tops. */
const LEGEND: LegendFlow = { row: SWATCH, rowGap: LEGEND_LINE - SWATCH, baseline: 0.35 * SIZE.legend, round: px };
const AXIS = 20;
const NAME_ABOVE = 18;
/** A group's heading line, and the space above a heading that follows bars. */
const GROUP_LINE = 20;
const GROUP_SPACE = 8;
const DETAIL_LINE = 14;
const DETAIL_LINES = 2;
/** Width of the gap cut out of a bar longer than the scale. */
const BREAK = 10;

/** SVG text sits on its baseline: this far below the middle of a line centres it. */
const middle = (y: number, size: number) => px(y + 0.35 * size);

/** A key of the legend: its swatch at `x` (rounded), `y` the middle of its line. */
export type LegendMark = LegendItem<LegendEntry>;

export interface SegmentMark {
  segment: Segment;
  x: number;
  width: number;
  /** The value printed inside the segment, or null when it does not fit (the annotation says it). */
  label: string | null;
}

export interface RowMark {
  row: BarRow;
  /** Top and height of what the row draws (name, bar, annotation); rows are GAP apart. */
  y: number;
  height: number;
  name: string;
  nameX: number;
  nameY: number;
  nameAnchor: 'start' | 'end';
  barY: number;
  barWidth: number;
  segments: SegmentMark[];
  /** Left edge of the break of a bar cut to fit (Others longer than the scale), else null. */
  cutX: number | null;
  /** Text at the bar's end: the whole annotation when it fits on the line, else the total alone. */
  beside: { x: number; y: number; text: string };
  /** The rest of the annotation on lines under the bar, when it did not fit beside it. */
  below: { x: number; y: number; lines: string[] } | null;
  /**
   * The accessible name: the text the bar shows, in the order it shows it (WCAG 2.5.3, label in
   * name), then what the picture leaves to be seen (a full name cut short, values printed inside
   * segments) in brackets.
   */
  label: string;
}

export interface DealLayout {
  model: DealModel;
  width: number;
  height: number;
  /** Lines of a sentence drawn above the chart (the export's total or empty-state sentence), baselines. */
  heading: { text: string; y: number }[];
  legend: LegendMark[];
  /** Gridlines and their labels; the label of a line at the left edge starts there rather than spilling out. */
  ticks: { x: number; label: string; anchor: 'start' | 'middle' }[];
  tickY: number;
  gridTop: number;
  gridBottom: number;
  plotX: number;
  labelsAbove: boolean;
  rows: RowMark[];
  /** The lines of each kind's group heading, baselines ("Signed agreements: about $4.2B (1 deal)"). */
  groups: { text: string; y: number }[];
}

export interface LayoutOptions {
  /** A sentence to draw above the chart (static pictures, which have no HTML around them). */
  heading?: string;
}

export function dealLayout(model: DealModel, width: number, options: LayoutOptions = {}): DealLayout {
  const heading = options.heading
    ? wrapText(options.heading, width, SIZE.heading).map((text, k) => ({
        text,
        y: px(SIZE.heading + k * HEADING_LINE),
      }))
    : [];
  let y = heading.length ? heading.length * HEADING_LINE + 8 : 0;
  const base = {
    model,
    width,
    heading,
    legend: [],
    ticks: [],
    tickY: 0,
    gridTop: 0,
    gridBottom: 0,
    plotX: 0,
    labelsAbove: width < NARROW,
    rows: [],
    groups: [],
  };
  if (!model.rows.length) return { ...base, height: Math.ceil(Math.max(0, y - 8)) };

  const keys = model.legend.map((entry) => ({
    symbol: entry,
    size: SWATCH,
    label: truncate(entry.label, width - SWATCH - 5, SIZE.legend),
  }));
  const flowed = flowLegend([keys], width, y, LEGEND);
  // The swatch and its label on the 0.1 px grid, the label placed from the rounded swatch.
  const legend = flowed.items.map((k): LegendMark => ({ ...k, x: px(k.x), textX: px(px(k.x) + SWATCH + 5) }));
  if (legend.length) y = flowed.bottom + LEGEND_LINE - SWATCH + 4;

  const { rows } = model;
  const labelsAbove = width < NARROW;
  const longest = Math.max(...rows.map((r) => textWidth(r.name, SIZE.name)));
  const nameWidth = labelsAbove ? 0 : Math.min(Math.round(width * 0.3), Math.max(60, Math.ceil(longest)));
  const plotX = labelsAbove ? 0 : nameWidth + 10;
  const plotWidth = Math.max(40, width - plotX);
  // Room at the end of the longest bar for its total, so every total can sit beside its bar.
  const reserve = Math.max(...rows.map((r) => textWidth(r.value, SIZE.value))) + PAD + 2;
  const range = Math.max(plotWidth * 0.5, plotWidth - reserve);
  const max = Math.max(...rows.filter((r) => r.kind === 'company').map((r) => r.sum.usd));
  const x = linearScale([0, max], [0, range]);

  const tickY = middle(y + 8, SIZE.tick);
  const gridTop = y + 16;
  y += AXIS;
  const ticks = x
    .ticks(Math.max(2, Math.floor(range / 100)))
    .map((t) => ({ x: px(plotX + x(t)), label: model.usd(t), w: textWidth(model.usd(t), SIZE.tick) }))
    .filter((t) => t.x + t.w / 2 <= width)
    .map(({ x: tx, label, w }) => ({
      x: tx,
      label,
      anchor: tx - w / 2 < 0 ? ('start' as const) : ('middle' as const),
    }));

  const groups: { text: string; y: number }[] = [];
  const firstOfGroup = new Map(model.groups.map((g) => [g.rows[0], g]));
  const nameFor = (row: BarRow) => truncate(row.name, labelsAbove ? width : nameWidth, SIZE.name);
  const marks = rows.map((row): RowMark => {
    const group = firstOfGroup.get(row);
    if (group) {
      if (groups.length) y += GROUP_SPACE;
      // A heading wraps rather than lose its figure at a narrow width.
      for (const line of wrapText(group.heading, width, SIZE.group)) {
        groups.push({ text: line, y: middle(y + GROUP_LINE / 2, SIZE.group) });
        y += GROUP_LINE;
      }
      y += 2;
    }
    const top = y;
    const cut = row.kind === 'others' && row.sum.usd > max;
    // A hair-thin bar would vanish: 2 px keep every disclosed value visible.
    const barWidth = cut ? range : Math.max(2, x(row.sum.usd));
    const barY = top + (labelsAbove ? NAME_ABOVE : 0);
    let start = 0;
    // The parts share the bar by their own values: the total is rounded to its precision, the parts are not.
    const parts = row.segments.reduce((n, s) => n + s.sum.usd, 0);
    const segments = row.segments.map((segment): SegmentMark => {
      const w = parts > 0 ? (barWidth * segment.sum.usd) / parts : 0;
      const fits = row.segments.length > 1 && textWidth(segment.value, SIZE.segment) + 2 * SEGMENT_PAD <= w;
      const mark = { segment, x: px(start), width: px(w), label: fits ? segment.value : null };
      start += w;
      return mark;
    });
    // A lone segment's value is the total beside the bar; other values go to the annotation when they do not fit inside.
    const words = row.words(
      segments.map((s) => row.segments.length > 1 && s.label === null),
      cut,
    );
    const all = row.words(
      row.segments.map(() => row.segments.length > 1),
      cut,
    );
    const endX = plotX + barWidth + PAD;
    const whole = endX + textWidth(words.annotation, SIZE.value) <= width;
    let lines: string[] = [];
    if (!whole) {
      lines = wrapText(words.detail, plotWidth, SIZE.detail);
      if (lines.length > DETAIL_LINES)
        lines = [
          ...lines.slice(0, DETAIL_LINES - 1),
          truncate(lines.slice(DETAIL_LINES - 1).join(' '), plotWidth, SIZE.detail),
        ];
    }
    const height = barY - top + BAR + (lines.length ? 3 + lines.length * DETAIL_LINE : 0);
    const name = nameFor(row);
    const beside = whole ? words.annotation : row.value;
    const shown = [name, beside, ...lines].join(' ');
    const complete =
      name === row.name && (whole ? words.annotation === all.annotation : lines.join(' ') === all.detail);
    y += height + GAP;
    return {
      row,
      y: top,
      height,
      name,
      nameX: labelsAbove ? 0 : nameWidth,
      nameY: labelsAbove ? px(top + 13) : middle(barY + BAR / 2, SIZE.name),
      nameAnchor: labelsAbove ? 'start' : 'end',
      barY,
      barWidth: px(barWidth),
      segments,
      cutX: cut ? px(plotX + barWidth - 3 * BREAK) : null,
      beside: { x: px(endX), y: middle(barY + BAR / 2, SIZE.value), text: beside },
      below: lines.length ? { x: plotX, y: px(barY + BAR + 12), lines } : null,
      label: complete ? shown : `${shown} (${all.label})`,
    };
  });

  return {
    ...base,
    legend,
    ticks,
    tickY,
    gridTop,
    gridBottom: y - GAP,
    plotX,
    labelsAbove,
    rows: marks,
    groups,
    height: Math.ceil(y - GAP + 4),
  };
}

/** The zigzag gap of a cut bar, as a path to fill with the background. */
export function breakPath(x: number, y: number): string {
  const h = BAR / 4;
  const zig = (x0: number) => [0, 1, 2, 3, 4].map((k) => `${px(x0 + (k % 2) * 3)},${px(y + k * h)}`);
  const left = zig(x);
  const right = zig(x + BREAK).reverse();
  return `M${left.join('L')}L${right.join('L')}Z`;
}
