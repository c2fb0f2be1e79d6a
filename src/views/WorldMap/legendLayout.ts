/**
 * The map's legend as SVG must draw it (no CSS flow): the colour classes that occur, no
 * engagements, home, the selection outline, then the deal-site sizes that occur and the ring,
 * flowed into rows measured with the one text measure. The page shows the same keys in HTML.
 * Pure.
 */
import { textWidth } from '../../lib/basics/textMeasure';
import type { I18n } from '../../lib/i18n/i18n';
import { SITE_RADIUS, siteRadius } from './sites';
import type { MapModel } from './model';

export const LEGEND_FONT = 12;
/** Space between the map and the message said under it when nothing matches (the message is a row of its own). */
export const MESSAGE_GAP = 8;
export const SWATCH = 12;
const GAP = 5;
const KEY_GAP = 16;
const ROW_GAP = 6;
const GROUP_GAP = 8;

export type LegendSymbol =
  | { kind: 'swatch'; fill: string }
  | { kind: 'land' }
  | { kind: 'hatch' }
  | { kind: 'outline' }
  | { kind: 'circle'; r: number }
  | { kind: 'ring'; r: number }
  | { kind: 'approximate'; r: number };

export interface LegendItem {
  /** None: a heading, in bold on its own row. */
  symbol?: LegendSymbol;
  /** Left edge of the symbol (or of a heading's text). */
  x: number;
  /** Middle of the row. */
  y: number;
  /** Centre of the symbol, across. */
  cx: number;
  textX: number;
  label: string;
}

export interface StaticLegend {
  items: LegendItem[];
  top: number;
  bottom: number;
}

interface Spec {
  symbol?: LegendSymbol;
  /** Width and height the symbol takes. */
  size: number;
  label: string;
}

/** The legend under the map, from `top`, no wider than `width`. */
export function legendLayout(model: MapModel, width: number, i18n: I18n, top: number): StaticLegend {
  const colours: Spec[] = [
    { size: 0, label: i18n.t('map.legend.title') },
    ...model.legend.map((c) => ({ symbol: { kind: 'swatch', fill: c.colour } as const, size: SWATCH, label: c.label })),
    { symbol: { kind: 'land' }, size: SWATCH, label: i18n.t('map.legend.none') },
    { symbol: { kind: 'hatch' }, size: SWATCH, label: i18n.t('map.legend.home', { name: model.homeName }) },
    ...(model.selected.length
      ? [{ symbol: { kind: 'outline' } as const, size: SWATCH, label: i18n.t('map.legend.selected') }]
      : []),
  ];
  const sites: Spec[] = [
    ...model.sizes.map((s) => {
      const r = siteRadius(s.size, false, width);
      return { symbol: { kind: 'circle', r } as const, size: Math.ceil(2 * r + 2), label: s.label };
    }),
    ...(model.rings
      ? [
          {
            symbol: { kind: 'ring', r: SITE_RADIUS.ring } as const,
            size: 2 * SITE_RADIUS.ring + 4,
            label: i18n.t('map.legend.undisclosed'),
          },
        ]
      : []),
    ...(model.approximate
      ? [
          {
            symbol: { kind: 'approximate', r: SITE_RADIUS.ring } as const,
            size: 2 * SITE_RADIUS.ring + 4,
            label: i18n.t('map.legend.approximate'),
          },
        ]
      : []),
  ];
  const groups = sites.length ? [colours, [{ size: 0, label: i18n.t('map.legend.sites') }, ...sites]] : [colours];

  const items: LegendItem[] = [];
  let y = top;
  let row: { spec: Spec; x: number }[] = [];
  let x = 0;
  const close = () => {
    if (!row.length) return;
    const h = Math.max(LEGEND_FONT + 4, ...row.map((r) => r.spec.size));
    for (const { spec, x: left } of row) {
      items.push({
        symbol: spec.symbol,
        x: left,
        y: y + h / 2,
        cx: left + spec.size / 2,
        textX: spec.symbol ? left + spec.size + GAP : left,
        label: spec.label,
      });
    }
    y += h + ROW_GAP;
    row = [];
    x = 0;
  };
  groups.forEach((group, g) => {
    if (g > 0) y += GROUP_GAP;
    for (const spec of group) {
      const w = (spec.symbol ? spec.size + GAP : 0) + textWidth(spec.label, LEGEND_FONT, spec.symbol ? 400 : 700);
      if (row.length && (x + w > width || !spec.symbol)) close();
      row.push({ spec, x });
      x += w + KEY_GAP;
      if (!spec.symbol) close();
    }
    close();
  });
  return { items, top, bottom: items.length ? y - ROW_GAP : top };
}
