/**
 * The map legend and notes of the SVG export, laid out as SVG text must be (no CSS flex, no
 * wrapping): the live legend's keys (colour classes with their country counts, no engagements,
 * home, deal-site sizes, the undisclosed ring) flowed into rows, and a list of names wrapped to
 * a few lines. Pure.
 */
import { formatCount } from '../../lib/data/format';
import { fitList, textWidth, wrapText } from '../../export/svgText';
import type { ColorClass } from './legend';
import type { SizeKey } from './sites';
import type { MapPalette } from './style';
import { siteStyle, type SiteStyle } from './svgLayout';

export const LEGEND_FONT = 12;
export const SWATCH = 14;
export const NOTE_FONT = 12;
export const NOTE_LINE = 16;
/** Past this many lines a list of names ends with "and N more". */
export const MAX_NOTE_LINES = 3;
/** Space between a symbol and its text. */
export const SYMBOL_GAP = 5;
const KEY_GAP = 16;
const ROW_GAP = 6;
const GROUP_GAP = 6;
/** The undisclosed ring: the live legend's size. */
const RING = 6;

export type LegendSymbol = { type: 'box'; fill: string } | { type: 'circle'; r: number; style: SiteStyle };

export interface KeySpec {
  /** No symbol: a heading, on a row of its own. */
  symbol?: LegendSymbol;
  /** Width and height the symbol takes. */
  size: number;
  label: string;
  /** Said after the label in grey: "(2 countries)". */
  note?: string;
}

export interface LegendKey {
  /** Left edge of the symbol, or of the text for a heading. */
  x: number;
  /** Vertical middle of the key's row. */
  y: number;
  symbol?: LegendSymbol;
  /** Middle of the symbol's box (where a circle is centred). */
  symbolX: number;
  textX: number;
  label: string;
  note: string;
}

/** Keys flowed left to right into rows no wider than `width`, from `top`; each group starts a row. */
export function flowKeys(groups: readonly (readonly KeySpec[])[], width: number, top = 0): { keys: LegendKey[]; bottom: number } {
  const keys: LegendKey[] = [];
  let y = top;
  let row: { spec: KeySpec; x: number }[] = [];
  let x = 0;
  const close = () => {
    if (!row.length) return;
    const h = Math.max(row.some((r) => r.spec.symbol) ? SWATCH : LEGEND_FONT + 2, ...row.map((r) => (r.spec.symbol ? r.spec.size : 0)));
    for (const { spec, x: kx } of row) {
      const textX = spec.symbol ? kx + spec.size + SYMBOL_GAP : kx;
      keys.push({ x: kx, y: y + h / 2, symbol: spec.symbol, symbolX: kx + spec.size / 2, textX, label: spec.label, note: spec.note ?? '' });
    }
    y += h + ROW_GAP;
    row = [];
    x = 0;
  };
  groups.forEach((group, g) => {
    // A little more room between groups than between rows, so each reads as one key.
    if (g > 0 && keys.length) y += GROUP_GAP;
    for (const spec of group) {
      const text = spec.note ? `${spec.label} ${spec.note}` : spec.label;
      const w = (spec.symbol ? spec.size + SYMBOL_GAP : 0) + textWidth(text, LEGEND_FONT);
      if (row.length && (x + w > width || !spec.symbol)) close();
      row.push({ spec, x });
      x += w + KEY_GAP;
      if (!spec.symbol) close();
    }
    close();
  });
  return { keys, bottom: keys.length ? y - ROW_GAP : top };
}

const countries = (n: number) => `(${formatCount(n)} countr${n === 1 ? 'y' : 'ies'})`;

/** The live legend's keys in two groups: what the colours mean, then the deal sites (if any). */
export function legendSpecs(
  classes: readonly ColorClass[],
  homeName: string,
  sizes: readonly SizeKey[],
  undisclosed: boolean,
  palette: MapPalette,
  hatchUrl: string,
): KeySpec[][] {
  const colours: KeySpec[] = [
    ...classes.map((c) => ({ symbol: { type: 'box', fill: c.color } as const, size: SWATCH, label: c.label, note: countries(c.countries) })),
    { symbol: { type: 'box', fill: palette.land }, size: SWATCH, label: 'No engagements' },
    { symbol: { type: 'box', fill: hatchUrl }, size: SWATCH, label: `Home: ${homeName}` },
  ];
  const sites: KeySpec[] = [
    ...sizes.map((s) => ({
      symbol: { type: 'circle', r: Math.round(s.radius * 10) / 10, style: siteStyle(false, palette) } as const,
      size: Math.ceil(2 * s.radius + 2),
      label: s.label,
    })),
    ...(undisclosed ? [{ symbol: { type: 'circle', r: RING, style: siteStyle(true, palette) } as const, size: 2 * RING + 4, label: 'value undisclosed' }] : []),
  ];
  return sites.length ? [colours, [{ size: 0, label: 'Deal sites, sized by disclosed value' }, ...sites]] : [colours];
}

/**
 * `${prefix}: a, b, c.` wrapped to `width`; when that takes more than `maxLines`, as many
 * entries as fit and "and N more".
 */
export function listLines(prefix: string, entries: readonly string[], width: number, maxLines = MAX_NOTE_LINES): string[] {
  if (!entries.length) return [];
  const text = (k: number) => {
    const more = entries.length - k;
    const named = entries.slice(0, k).join(', ');
    return more === 0 ? `${prefix}: ${named}.` : k === 0 ? `${prefix}: ${more} more.` : `${prefix}: ${named} and ${more} more.`;
  };
  return fitList(entries.length, text, width, NOTE_FONT, maxLines);
}
