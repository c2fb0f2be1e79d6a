/**
 * Everything the deal chart draws for one state (filtered deals, colouring, cumulative switch,
 * width, expanded), derived in one place so the interactive chart and its SVG export cannot
 * drift apart. Pure: no Svelte, no DOM.
 */
import type { Deal } from '../../lib/data/schema';
import type { DatasetIndex } from '../../lib/data/query';
import { chartGeometry, type ChartGeometry } from './geometry';
import { dealModel, type ChartOptions, type ChartRow, type DealModel } from './layout';
import { topCount, visibleRows } from './others';
import { segmentFill } from './palette';
import { totalWording } from './wording';

export interface DrawingOptions extends ChartOptions {
  /** Width of the chart in px. */
  width: number;
  /** Every company drawn, rather than the top rows and "Others". */
  expanded: boolean;
}

export interface DealDrawing {
  model: DealModel;
  /** How many companies are drawn before "Others" at this width. */
  top: number;
  rows: ChartRow[];
  fill: (colourKey: string) => string;
  geometry: ChartGeometry<ChartRow>;
  /** The total sentence: "About $5.2B disclosed across 2 deals …". */
  total: string;
}

export function dealDrawing(deals: readonly Deal[], index: DatasetIndex, options: DrawingOptions): DealDrawing {
  const model = dealModel(deals, index, options);
  const top = topCount(options.width);
  const rows = visibleRows(model.bars, top, options.expanded);
  const fill = segmentFill([...index.sessions.keys()]);
  return {
    model,
    top,
    rows,
    fill,
    geometry: chartGeometry(rows, options.width, fill),
    total: totalWording(model.included, options.includeCumulative ? 0 : model.cumulativeCount),
  };
}
