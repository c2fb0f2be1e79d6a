/**
 * The static SVG rendering of each chart view, used both by the "Download SVG/PNG" buttons
 * (mounted in the browser) and by `npm run export` (rendered with svelte/server), so the two
 * produce the same file.
 */
import type { Component } from 'svelte';
import type { DatasetIndex, Filtered } from '../lib/data/query';
import type { EmbedView } from '../lib/state/url';
import DealChartSvg from '../views/DealChart/DealChartSvg.svelte';
import EngagementTableSvg from '../views/EngagementTable/EngagementTableSvg.svelte';
import WorldMapSvg from '../views/WorldMap/WorldMapSvg.svelte';
import TimelineSvg from '../views/Timeline/TimelineSvg.svelte';
import { prepareMapExport } from '../views/WorldMap/exportPrepare';

export interface SvgExportProps {
  index: DatasetIndex;
  filtered: Filtered;
  /** Width of the exported picture in CSS pixels. */
  width: number;
}

export const SVG_EXPORTS: Partial<Record<EmbedView, Component<SvgExportProps>>> = {
  map: WorldMapSvg,
  timeline: TimelineSvg,
  deals: DealChartSvg,
  table: EngagementTableSvg,
};

/**
 * Views whose export needs data loaded first (the map's basemap is fetched lazily so it stays
 * out of the first chunk). The result is passed to the component as extra props.
 */
export const EXPORT_PREPARE: Partial<Record<EmbedView, () => Promise<Record<string, unknown>>>> = {
  map: async () => ({ ...(await prepareMapExport()) }),
};

/** Extra props for a view's export component (empty for views that need nothing loaded). */
export async function prepareExport(view: EmbedView): Promise<Record<string, unknown>> {
  return (await EXPORT_PREPARE[view]?.()) ?? {};
}

export const DEFAULT_EXPORT_WIDTH = 960;
