/**
 * Where a legend's keys go when an SVG drawing holds it (SVG has no CSS flow): each key, a symbol
 * and its label, and each heading, flowed left to right into rows no wider than the drawing,
 * measured with the one text measure. Every view's legend goes through here: the view says which
 * keys it has and how big their symbols are (and draws them, with Legend.svelte); this says where
 * they go. The page's HTML legend (LegendList.svelte) takes the same keys and lets the browser flow
 * them. Pure.
 */
import { textWidth } from '../../lib/basics/textMeasure';

/** One entry of a legend: a key (a symbol the view draws, and its label) or a heading (no symbol, in bold). */
export interface LegendKey<S> {
  symbol: S | null;
  /** Width and height the symbol takes (0 for a heading). */
  size: number;
  label: string;
}

/** A key or heading placed in the drawing. */
export interface LegendItem<S> extends LegendKey<S> {
  /** Left edge of the symbol, or of a heading's text. */
  x: number;
  /** Centre of the symbol, across. */
  cx: number;
  /** Middle of the row. */
  y: number;
  /** Left end and baseline of the label. */
  textX: number;
  textY: number;
}

export interface LegendFlow {
  /** Font size of the labels (headings in bold, keys in regular); 12 if not given. */
  font?: number;
  /** Between a symbol and its label; 5 if not given. */
  gap?: number;
  /** After a key, before the next entry on its row; 16 if not given. */
  spacing?: number;
  /** After a heading, before the next entry on its row (`spacing` if not given). */
  headingSpacing?: number;
  /** A heading has a row of its own; else it starts the row of its first key and moves to a new row with it. */
  headingRows?: boolean;
  /** A row is as high as its tallest symbol, and at least this. */
  row: number;
  /** Space between rows, and added between groups (every group starts a row); 0 if not given. */
  rowGap?: number;
  groupGap?: number;
  /** Baseline of a label under the middle of its row. */
  baseline: number;
  /** Applied to where a label is drawn (a drawing that rounds its coordinates). */
  round?: (n: number) => number;
}

/**
 * The groups of keys flowed into rows from `top`, no wider than `width`; `bottom` is the bottom of
 * the last row (`top` when there is nothing to show).
 */
export function flowLegend<S>(
  groups: readonly (readonly LegendKey<S>[])[],
  width: number,
  top: number,
  o: LegendFlow,
): { items: LegendItem<S>[]; bottom: number } {
  const { font = 12, gap = 5, spacing = 16, headingSpacing = spacing, rowGap = 0, round = (n: number) => n } = o;
  const widthOf = (e: LegendKey<S>) => (e.symbol ? e.size + gap : 0) + textWidth(e.label, font, e.symbol ? 400 : 700);
  const items: LegendItem<S>[] = [];
  let y = top;
  let row: { key: LegendKey<S>; x: number }[] = [];
  let x = 0;
  const close = () => {
    if (!row.length) return;
    const h = Math.max(o.row, ...row.map((r) => r.key.size));
    for (const { key, x: left } of row) {
      const middle = y + h / 2;
      items.push({
        ...key,
        x: left,
        cx: left + key.size / 2,
        y: middle,
        textX: round(key.symbol ? left + key.size + gap : left),
        textY: round(middle + o.baseline),
      });
    }
    y += h + rowGap;
    row = [];
    x = 0;
  };
  groups.forEach((group, g) => {
    if (g) y += o.groupGap!;
    group.forEach((key, k) => {
      const heading = !key.symbol;
      const w = widthOf(key);
      const next = group[k + 1];
      // An inline heading needs room for its first key beside it.
      const needed = w + (heading && !o.headingRows && next ? gap + widthOf(next) : 0);
      if (row.length && (x + needed > width || (heading && o.headingRows))) close();
      row.push({ key, x });
      x += w + (heading ? headingSpacing : spacing);
      if (heading && o.headingRows) close();
    });
    close();
  });
  return { items, bottom: items.length ? y - rowGap : top };
}
