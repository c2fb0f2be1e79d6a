/**
 * The map's legend keys, the one description of them: the colour classes that occur, no
 * engagements, home, the selection outline, then the deal-site sizes that occur and the rings,
 * each group under its heading. The page lists them (MapLegend.svelte), the export flows them into
 * rows under the map (legend.ts); MapLegendSymbol.svelte draws their symbols for both. Pure.
 */
import type { I18n } from '../../lib/i18n/i18n';
import type { LegendKey } from '../shared/legendLayout';
import type { MapModel } from './model';
import { SITE_RADIUS, siteRadius } from './sites';

/** Side of a square key. */
export const SWATCH = 12;

export type LegendSymbol =
  | { kind: 'swatch'; fill: string }
  | { kind: 'land' }
  | { kind: 'hatch' }
  | { kind: 'outline' }
  | { kind: 'circle'; r: number }
  | { kind: 'ring'; r: number }
  | { kind: 'approximate'; r: number };

/**
 * The keys in their groups: the colours (with no engagements, home and the selection), then the
 * deal sites when any is drawn. Circles are sized for a map `width` px wide.
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
