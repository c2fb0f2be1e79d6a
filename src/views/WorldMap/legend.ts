/**
 * The map's legend: the colour classes that occur, no engagements, home, the selection outline,
 * then the deal-site sizes that occur and the rings; the page shows these keys in HTML
 * (MapLegend.svelte), the export flows them into rows under the map (shared/legendLayout.ts).
 * Pure.
 */
import type { I18n } from '../../lib/i18n/i18n';
import { SITE_RADIUS, siteRadius } from './sites';
import type { MapModel } from './model';
import {
  flowLegend,
  type LegendFlow,
  type LegendItem as SharedLegendItem,
  type LegendKey,
} from '../shared/legendLayout';

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

export type LegendItem = SharedLegendItem<LegendSymbol>;

export interface StaticLegend {
  items: LegendItem[];
  top: number;
  bottom: number;
}

const LEGEND: LegendFlow = {
  font: LEGEND_FONT,
  gap: GAP,
  spacing: KEY_GAP,
  headingRows: true,
  row: LEGEND_FONT + 4,
  rowGap: ROW_GAP,
  groupGap: GROUP_GAP,
  baseline: LEGEND_FONT * 0.35,
};

/**
 * The keys in their groups: the colours (with no engagements, home and the selection), then the
 * deal sites when any is drawn, each group under its heading. Circles are sized for a map `width` px wide.
 */
export function legendKeys(model: MapModel, width: number, i18n: I18n): LegendKey<LegendSymbol>[][] {
  const key = (symbol: LegendSymbol, size: number, label: string) => ({ symbol, size, label });
  const heading = (label: string) => ({ symbol: null, size: 0, label });
  const colours = [
    heading(i18n.t('map.legend.title')),
    ...model.legend.map((c) => key({ kind: 'swatch', fill: c.colour }, SWATCH, c.label)),
    key({ kind: 'land' }, SWATCH, i18n.t('map.legend.none')),
    key({ kind: 'hatch' }, SWATCH, i18n.t('map.legend.home', { name: model.homeName })),
    ...(model.selected.length ? [key({ kind: 'outline' }, SWATCH, i18n.t('map.legend.selected'))] : []),
  ];
  const ring = SITE_RADIUS.ring;
  const sites = [
    ...model.sizes.map((s) => {
      const r = siteRadius(s.size, false, width);
      return key({ kind: 'circle', r }, Math.ceil(2 * r + 2), s.label);
    }),
    ...(model.rings ? [key({ kind: 'ring', r: ring }, 2 * ring + 4, i18n.t('map.legend.undisclosed'))] : []),
    ...(model.approximate
      ? [key({ kind: 'approximate', r: ring }, 2 * ring + 4, i18n.t('map.legend.approximate'))]
      : []),
  ];
  return sites.length ? [colours, [heading(i18n.t('map.legend.sites')), ...sites]] : [colours];
}

/** The legend under the map, from `top`, no wider than `width`. */
export function legendLayout(model: MapModel, width: number, i18n: I18n, top: number): StaticLegend {
  const { items, bottom } = flowLegend(legendKeys(model, width, i18n), width, top, LEGEND);
  return { items, top, bottom };
}
