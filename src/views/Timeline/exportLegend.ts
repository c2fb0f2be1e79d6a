/**
 * Text of the timeline's SVG export, where there is no CSS layout: positioned lines (a line of
 * mixed weights is drawn as <tspan>s), wrapping measured with the layout's own width estimate,
 * and the legend flowed into rows. Pure.
 */
import type { DatasetIndex } from '../../lib/data/query';
import type { EngagementType } from '../../lib/data/schema';
import { legendOf, type CounterpartKind } from './encoding';
import { textWidth, truncate } from './labels';

/** The page's CSS colours, written out: a file has no custom properties. */
export const COLOURS = { fg: '#1a1a1a', muted: '#5f6368', grid: '#e5e5e5', gapRule: '#d0d3d7', accent: '#1f5fa8', bg: '#ffffff' } as const;

export const LEGEND_FONT = 12;
const LEGEND_ROW = 20;
const LEGEND_SYMBOL = 16;

/** Coordinates rounded to 0.1 px: the file stays readable and diffs stay small. */
export const px = (n: number) => Math.round(n * 10) / 10;

/** A stretch of one line in one style. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

/** One line of text; `y` is its baseline. */
export interface TextLine {
  x: number;
  y: number;
  size: number;
  fill: string;
  anchor: 'start' | 'middle';
  runs: Run[];
}

export function textLine(x: number, y: number, size: number, runs: Run[], fill: string = COLOURS.fg, anchor: TextLine['anchor'] = 'start'): TextLine {
  return { x: px(x), y: px(y), size, fill, anchor, runs };
}

export const runsWidth = (runs: readonly Run[], size: number) => runs.reduce((w, r) => w + textWidth(r.text, size, r.bold), 0);

/** Items joined by " · " into lines no wider than `width`; an item too wide alone breaks at spaces. */
export function wrapItems(items: readonly string[], width: number, size: number, bold = false): string[] {
  const fits = (text: string) => textWidth(text, size, bold) <= width;
  const lines: string[] = [];
  let current = '';
  for (const item of items) {
    const joined = current ? `${current} · ${item}` : item;
    if (fits(joined)) {
      current = joined;
      continue;
    }
    if (current) lines.push(current);
    current = '';
    for (const word of item.split(/\s+/).filter(Boolean)) {
      const next = current ? `${current} ${word}` : word;
      if (fits(next)) current = next;
      else {
        if (current) lines.push(current);
        current = fits(word) ? word : truncate(word, width, size, bold) || word;
      }
    }
  }
  if (current) lines.push(current);
  return lines;
}

export interface LegendSymbol {
  /** Centre of the symbol. */
  x: number;
  y: number;
  type: EngagementType;
  kind: CounterpartKind;
  /** The counterpart swatches are neutral: there the kind is the fill style, not the colour. */
  colour?: string;
}

/** The key flowed into rows of `width`: "Engagement" and its types, then "Counterpart" and its kinds. */
export function legendLayout(index: DatasetIndex, width: number): { texts: TextLine[]; symbols: LegendSymbol[]; height: number } {
  const legend = legendOf(index);
  const size = LEGEND_FONT;
  const groups = [
    { title: 'Engagement', items: legend.types.map((t) => ({ label: t.label, type: t.type, kind: 'state' as const, colour: undefined })) },
    { title: 'Counterpart', items: legend.kinds.map((k) => ({ label: k.label, type: 'bilateral' as const, kind: k.kind, colour: COLOURS.muted })) },
  ].filter((g) => g.items.length);
  const texts: TextLine[] = [];
  const symbols: LegendSymbol[] = [];
  let x = 0;
  let row = 0;
  const itemWidth = (label: string) => LEGEND_SYMBOL + 5 + textWidth(label, size);
  const middle = () => row * LEGEND_ROW + LEGEND_ROW / 2;
  const newRow = () => {
    x = 0;
    row += 1;
  };
  groups.forEach((g, i) => {
    if (i > 0) x += 12;
    const titleWidth = textWidth(g.title, size, true) + 8;
    // A title stays on the row of its first entry.
    if (x > 0 && x + titleWidth + itemWidth(g.items[0]?.label ?? '') > width) newRow();
    texts.push(textLine(x, middle() + 0.35 * size, size, [{ text: g.title, bold: true }]));
    x += titleWidth;
    for (const { label: full, type, kind, colour } of g.items) {
      const label = truncate(full, width - LEGEND_SYMBOL - 5, size);
      const w = itemWidth(label);
      if (x > 0 && x + w > width) newRow();
      symbols.push({ x: px(x + LEGEND_SYMBOL / 2), y: middle(), type, kind, ...(colour ? { colour } : {}) });
      texts.push(textLine(x + LEGEND_SYMBOL + 5, middle() + 0.35 * size, size, [{ text: label }]));
      x += w + 12;
    }
  });
  return { texts, symbols, height: groups.length ? (row + 1) * LEGEND_ROW : 0 };
}
