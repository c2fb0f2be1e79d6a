/**
 * Where every mark of the deal chart goes, for a given width: d3 scales the bars, this module
 * decides whether a value label fits inside its bar or goes beside it, truncates long company
 * names, and stacks the rows. Pure (text widths are estimated, not measured), so it is tested
 * without a browser.
 */
import { scaleLinear } from 'd3-scale';
import { formatUsd } from '../../lib/data/format';
import type { BarRow } from './layout';
import { HATCH_LIGHTEN, lighten, textOn } from './palette';

export const NAME_FONT = 13;
export const VALUE_FONT = 12;
const PAD = 6;
const AXIS_HEIGHT = 22;

// Advance widths in ems, close to DejaVu Sans (the widest common fallback for system-ui on
// Linux), so estimates err wide on Helvetica, Segoe UI or Roboto and text never spills out.
function charWidth(ch: string): number {
  if (ch === ' ') return 0.32;
  if ('iljI.,:;!|\'()[]'.includes(ch)) return 0.34;
  if ('ft'.includes(ch)) return 0.4;
  if ('mwMW'.includes(ch)) return 0.98;
  if (/[A-Z]/.test(ch)) return 0.74;
  if (/[0-9$]/.test(ch)) return 0.64;
  return 0.62;
}

/** Estimated width in px of a line of text. */
export function textWidth(text: string, fontSize: number): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch);
  return w * fontSize;
}

/**
 * The text, cut with "…" so that it fits `maxWidth` px: at a word boundary when a whole word
 * fits (so the visible words stay words of the accessible name), else mid-word.
 */
export function truncate(text: string, maxWidth: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  const fits = (s: string) => textWidth(`${s}…`, fontSize) <= maxWidth;
  const words = text.split(/\s+/);
  for (let n = words.length - 1; n > 0; n--) {
    const head = words.slice(0, n).join(' ').replace(/[\s,;:.–-]+$/, '');
    if (head && fits(head)) return `${head}…`;
  }
  const chars = [...text];
  while (chars.length > 1 && !fits(chars.join('').trimEnd())) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

export interface SegmentMark {
  key: string;
  label: string;
  x: number;
  width: number;
  fill: string;
  cumulative: boolean;
}

export interface RowMark<R extends BarRow = BarRow> {
  row: R;
  /** Top of the row band. */
  y: number;
  name: string;
  nameTruncated: boolean;
  nameX: number;
  nameY: number;
  barY: number;
  barWidth: number;
  segments: SegmentMark[];
  valueX: number;
  valueInside: boolean;
  /** Text colour for a label drawn on the bar (chosen for contrast with the segment under it). */
  valueFill: string;
  /** The label sits on a hatched segment and needs a halo to stay legible. */
  valueOnHatch: boolean;
}

export interface ChartGeometry<R extends BarRow = BarRow> {
  width: number;
  height: number;
  plotX: number;
  plotWidth: number;
  rowHeight: number;
  barHeight: number;
  /** On narrow screens the company name sits above its bar, and the bar gets the full width. */
  labelsAbove: boolean;
  rows: RowMark<R>[];
  ticks: { x: number; label: string }[];
}

/**
 * Scale range that leaves room for every label drawn beside its bar. A label goes inside only
 * when the bar's last segment holds it (one background colour behind the text); shrinking the
 * range can push more labels out, so repeat until it settles.
 */
function fittedRange(rows: readonly { end: number; last: number; label: number }[], plotWidth: number): number {
  let range = plotWidth;
  for (let pass = 0; pass < 8; pass++) {
    let next = plotWidth;
    for (const { end, last, label } of rows) {
      if (end > 0 && label + 2 * PAD > last * range) next = Math.min(next, (plotWidth - PAD - label) / end);
    }
    next = Math.max(next, plotWidth * 0.45);
    if (Math.abs(next - range) < 0.5) break;
    range = next;
  }
  return range;
}

export function chartGeometry<R extends BarRow>(
  rows: readonly R[],
  width: number,
  fill: (colourKey: string) => string,
): ChartGeometry<R> {
  const labelsAbove = width < 480;
  const labelWidth = labelsAbove ? 0 : Math.min(220, Math.max(100, Math.round(width * 0.26)));
  const plotX = labelsAbove ? 0 : labelWidth + 10;
  const plotWidth = Math.max(40, width - plotX - 4);
  const rowHeight = labelsAbove ? 46 : 30;
  const barHeight = 20;

  const max = Math.max(0, ...rows.map((r) => r.usd));
  const labelWidths = rows.map((r) => textWidth(r.label, VALUE_FONT));
  const range = fittedRange(
    rows.map((r, i) => ({
      end: max > 0 ? r.usd / max : 0,
      last: max > 0 ? (r.segments.at(-1)?.usd ?? r.usd) / max : 0,
      label: labelWidths[i] ?? 0,
    })),
    plotWidth,
  );
  const x = scaleLinear().domain([0, max || 1]).range([0, range]);

  const marks = rows.map((row, i): RowMark<R> => {
    const y = AXIS_HEIGHT + i * rowHeight;
    const barY = labelsAbove ? y + 20 : y + (rowHeight - barHeight) / 2;
    // A hair-thin bar would vanish: keep 2 px so every disclosed value is visible.
    const barWidth = Math.max(2, x(row.usd));
    let start = 0;
    const segments = row.segments.map((s) => {
      const w = row.usd > 0 ? (barWidth * s.usd) / row.usd : 0;
      const mark = { key: s.key, label: s.label, x: start, width: w, fill: fill(s.colourKey), cumulative: s.cumulative };
      start += w;
      return mark;
    });
    const lw = labelWidths[i] ?? 0;
    const last = segments.at(-1);
    const valueInside = last !== undefined && lw + 2 * PAD <= last.width;
    const nameRoom = labelsAbove ? width - 4 : labelWidth;
    const name = truncate(row.name, nameRoom, NAME_FONT);
    return {
      row,
      y,
      name,
      nameTruncated: name !== row.name,
      nameX: labelsAbove ? 0 : labelWidth,
      nameY: labelsAbove ? y + 13 : barY + barHeight / 2,
      barY,
      barWidth,
      segments,
      valueX: valueInside ? barWidth - PAD : barWidth + PAD,
      valueInside,
      valueFill: valueInside && last ? textOn(last.cumulative ? lighten(last.fill, HATCH_LIGHTEN) : last.fill) : '',
      valueOnHatch: valueInside && !!last?.cumulative,
    };
  });

  const tickCount = Math.max(2, Math.floor(range / 120));
  const ticks = (max > 0 ? x.ticks(tickCount) : [])
    .map((t) => ({ x: plotX + x(t), label: formatUsd(t) }))
    .filter((t) => t.x + textWidth(t.label, 11) / 2 <= width);

  return {
    width,
    height: AXIS_HEIGHT + rows.length * rowHeight + 6,
    plotX,
    plotWidth,
    rowHeight,
    barHeight,
    labelsAbove,
    rows: marks,
    ticks,
  };
}
