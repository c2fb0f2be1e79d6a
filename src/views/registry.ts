/**
 * The views as the dashboard and `?embed=` show them: each entry of the view catalog
 * (`src/lib/catalog/viewCatalog.ts`, the one list of views) with its live component, the default
 * export of its folder's `index.ts`. In the catalog's order; the title is the accessible name the
 * view's figure begins with (a public contract: tests and screen-reader users find a view by it).
 */
import type { Component } from 'svelte';
import { VIEW_CATALOG, type ViewDefinition, type ViewId } from '../lib/catalog/viewCatalog';
import type { ViewEntry, ViewProps } from './shared/types';

// Eager: the views are drawn in the first frame (each folder's index.ts keeps its own heavy parts lazy).
const LIVE = import.meta.glob<Component<ViewProps>>('./*/index.ts', { eager: true, import: 'default' });

export const VIEWS: ViewEntry[] = VIEW_CATALOG.map((view: ViewDefinition) => {
  const component = LIVE[`./${view.folder}/index.ts`];
  if (!component)
    throw new Error(
      `The view "${view.id}" has no live component: add src/views/${view.folder}/index.ts exporting it as default.`,
    );
  return { ...view, title: (i18n) => i18n.t(view.title), component };
});

export function viewEntry(id: ViewId): ViewEntry {
  return VIEWS.find((v) => v.id === id)!;
}
