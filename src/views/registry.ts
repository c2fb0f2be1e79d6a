/**
 * The views by their `?embed=` name, with the name their figcaption begins with (a public
 * contract: tests and screen-reader users find a view by it) in the order the dashboard shows them.
 */
import type { Component } from 'svelte';
import type { DatasetIndex, Filtered } from '../lib/data/query';
import type { FilterState } from '../lib/state/filters.svelte';
import type { EmbedView } from '../lib/state/url';
import EngagementTable from './EngagementTable/EngagementTable.svelte';
import WorldMap from './WorldMap/WorldMap.svelte';
import DealChart from './DealChart/DealChart.svelte';
import Timeline from './Timeline/Timeline.svelte';

export interface ViewProps {
  index: DatasetIndex;
  filtered: Filtered;
  filterState: FilterState;
}

export interface ViewEntry {
  id: EmbedView;
  title: string;
  component: Component<ViewProps>;
}

export const VIEWS: ViewEntry[] = [
  { id: 'map', title: 'Counterpart countries', component: WorldMap },
  { id: 'timeline', title: 'UNGA sessions', component: Timeline },
  { id: 'deals', title: 'Deal values by company', component: DealChart },
  { id: 'table', title: 'Engagements', component: EngagementTable },
];
