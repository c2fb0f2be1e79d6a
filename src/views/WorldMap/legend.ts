/**
 * The map's legend under the exported map: its keys (legendKeys.ts) flowed into rows no wider
 * than the map (shared/legendLayout.ts). Pure. The keys live apart: the page's legend takes them
 * without the flow (see MapLegend.svelte).
 */
import type { I18n } from '../../lib/i18n/i18n';
import type { MapModel } from './model';
import { flowLegend, type LegendFlow, type LegendItem as SharedLegendItem } from '../shared/legendLayout';
import { legendKeys, type LegendSymbol } from './legendKeys';

export const LEGEND_FONT = 12;
/** Space between the map and the message said under it when nothing matches (the message is a row of its own). */
export const MESSAGE_GAP = 8;
const GAP = 5;
const KEY_GAP = 16;
const ROW_GAP = 6;
const GROUP_GAP = 8;

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

/** The legend under the map, from `top`, no wider than `width`. */
export function legendLayout(model: MapModel, width: number, i18n: I18n, top: number): StaticLegend {
  const { items, bottom } = flowLegend(legendKeys(model, width, i18n), width, top, LEGEND);
  return { items, top, bottom };
}
