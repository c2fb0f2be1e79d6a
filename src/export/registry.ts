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

export interface SvgExportProps {
  index: DatasetIndex;
  filtered: Filtered;
  /** Width of the exported picture in CSS pixels. */
  width: number;
}

export const SVG_EXPORTS: Partial<Record<EmbedView, Component<SvgExportProps>>> = {
  deals: DealChartSvg,
  table: EngagementTableSvg,
};

export const DEFAULT_EXPORT_WIDTH = 960;
