/**
 * The one list of views, in the order the dashboard shows them. Everything else reads it: the URL
 * parser (`?embed=`), the context statement and file names (which options a view draws with), the
 * CSV and JSON downloads (which table), the command line (`--view`), the dashboard and the embeds
 * (`src/views/registry.ts` adds each view's live component), the picture downloads
 * (`src/export/registry.ts` loads the `export.ts` of each view's folder).
 *
 * A view is a folder `src/views/<folder>/` (its live component and its `export.ts`, the static
 * drawing for files), one entry here and its live component in `src/views/registry.ts` (a type
 * error until it is there); docs/architecture.md, "How to add a view". Svelte-free and below
 * lib/state and lib/downloads, so the command line reads it under plain Node and lib never
 * imports the views. Pure.
 */
import type { I18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/keys';

/** The tables of `src/lib/downloads/exportData.ts`: what a view's CSV and JSON downloads hold. */
export type DownloadTable = 'counterparts' | 'engagements' | 'deals' | 'engagementsAndDeals';

export interface ViewDefinition<Id extends string = ViewId> {
  /** Its name in `?embed=`, `--view`, `data-view` and file names: a public contract, never renamed. */
  id: Id;
  /** Its folder under `src/views/`. */
  folder: string;
  /** The accessible name its figure begins with, and the title of its files and embed. */
  title: MessageKey;
  /** The view options it draws with (keys of `ViewOptions`): only those are stated on its files. */
  options: readonly string[];
  /** The table its CSV and JSON downloads hold. */
  table: DownloadTable;
  /**
   * Frames a large dataset's view takes to follow a filter on the dashboard. With 2 it is drawn
   * `partial` in the first (see `ViewProps.partial`).
   */
  steps: 1 | 2;
}

export const VIEW_CATALOG = [
  {
    id: 'map',
    folder: 'WorldMap',
    title: 'view.map',
    options: ['cumulative', 'planned'],
    table: 'counterparts',
    steps: 1,
  },
  {
    id: 'timeline',
    folder: 'Timeline',
    title: 'view.timeline',
    options: ['planned'],
    table: 'engagements',
    steps: 1,
  },
  {
    id: 'deals',
    folder: 'DealChart',
    title: 'view.deals',
    options: ['colourBy', 'cumulative', 'showAll', 'planned'],
    table: 'deals',
    steps: 1,
  },
  // Laying out a page of 50 new rows at once is more than one frame's work: half now, half next.
  {
    id: 'table',
    folder: 'EngagementTable',
    title: 'view.table',
    options: ['planned', 'sort', 'search'],
    table: 'engagementsAndDeals',
    steps: 2,
  },
] as const satisfies readonly ViewDefinition<string>[];

export type ViewId = (typeof VIEW_CATALOG)[number]['id'];

/** The views' ids in the dashboard's order: what `?embed=` and `--view` accept. */
export const VIEW_IDS: readonly ViewId[] = VIEW_CATALOG.map((v) => v.id);

export function viewDefinition(id: ViewId): ViewDefinition {
  return VIEW_CATALOG.find((v) => v.id === id)!;
}

/** "Deal values by company": the view's title in the reader's language. */
export function viewTitle(id: ViewId, i18n: I18n): string {
  return i18n.t(viewDefinition(id).title);
}
