/**
 * The views as the dashboard and `?embed=` show them: each entry of the view catalog
 * (`src/lib/catalog/viewCatalog.ts`, the one list of views) with its live component, in the
 * catalog's order. The title is the accessible name the view's figure begins with (a public
 * contract: tests and screen-reader users find a view by it).
 */
import type { Component } from 'svelte';
import { VIEW_CATALOG, type ViewDefinition, type ViewId } from '../lib/catalog/viewCatalog';
import type { ViewEntry, ViewProps } from './shared/types';
import Timeline from './Timeline/Timeline.svelte';
import WorldMap from './WorldMap/WorldMap.svelte';
import DealChart from './DealChart/DealChart.svelte';
import EngagementTable from './EngagementTable/EngagementTableLoader.svelte';

/**
 * Each view's live component: a view of the catalog missing here is a type error. Imported one by
 * one, not found by `import.meta.glob`: the order of these imports decides how the bundler
 * (rolldown) merges the page's first chunk, and the glob's (the folders' alphabetical order), like
 * the map before the timeline, split it into several over budget (rolldown issue 9963).
 * The map's component is a light shell (MapLibre and the basemap load after the first chart), the
 * table's a box that loads the table after it.
 */
const LIVE: Record<ViewId, Component<ViewProps>> = {
  map: WorldMap,
  timeline: Timeline,
  deals: DealChart,
  table: EngagementTable,
};

export const VIEWS: ViewEntry[] = VIEW_CATALOG.map((view: ViewDefinition) => ({
  ...view,
  title: (i18n) => i18n.t(view.title),
  component: LIVE[view.id],
}));

export function viewEntry(id: ViewId): ViewEntry {
  return VIEWS.find((v) => v.id === id)!;
}
