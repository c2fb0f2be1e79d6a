/**
 * The views by their `?embed=` name, in the order the dashboard shows them, with the accessible
 * name their figure begins with (a public contract: tests and screen-reader users find a view by
 * it). The map's component is a light shell: MapLibre and the basemap load after the first chart.
 */
import type { EmbedView } from '../lib/state/url';
import type { ViewEntry } from './shared/types';
import WorldMap from './WorldMap/WorldMap.svelte';
import Timeline from './Timeline/Timeline.svelte';
import DealChart from './DealChart/DealChart.svelte';
import EngagementTable from './EngagementTable/TableLoader.svelte';

export const VIEWS: ViewEntry[] = [
  // The drawing first, the country list beside it (two hundred buttons to lay out) in the next frame.
  { id: 'map', title: (i18n) => i18n.t('view.map'), component: WorldMap, steps: 2 },
  { id: 'timeline', title: (i18n) => i18n.t('view.timeline'), component: Timeline },
  { id: 'deals', title: (i18n) => i18n.t('view.deals'), component: DealChart },
  // Laying out a page of 50 new rows at once is more than one frame's work: half now, half next.
  { id: 'table', title: (i18n) => i18n.t('view.table'), component: EngagementTable, steps: 2 },
];

export function viewEntry(id: EmbedView): ViewEntry {
  return VIEWS.find((v) => v.id === id)!;
}
