/**
 * What every view is given and what it may ask for. A view receives the records it draws, what is
 * selected, the options, the words and the colours, and callbacks; it never holds the app's state
 * object and never filters the dataset itself (where it needs "every filter but mine" it asks the
 * query layer: `filterExcept`).
 */
import type { Component } from 'svelte';
import type { DatasetIndex, Filtered, Filters } from '../../lib/data/query';
import type { I18n } from '../../lib/i18n/i18n';
import type { Theme } from '../../lib/basics/theme';
import type { SortKey, ViewOptions } from '../../lib/state/options';
import type { ViewDefinition } from '../../lib/catalog/viewCatalog';
import type { ActorType } from '../../lib/basics/vocabulary';
import type { ShownRecords } from '../../lib/downloads/exportData';

/** What a view can ask the app to change. */
export interface ViewActions {
  toggleYear(year: number): void;
  toggleCountry(code: string): void;
  toggleActorType(type: ActorType): void;
  toggleCompany(id: string): void;
  setOptions(options: Partial<ViewOptions>): void;
  sortBy(key: SortKey): void;
  clearFilters(): void;
}

/** What a view's model is made from: the records, what is selected, the options and the words. */
export interface ViewInput {
  index: DatasetIndex;
  /** The records under every filter (planned events included; see `counted` in the query layer). */
  filtered: Filtered;
  /** The filters in force: what is selected. */
  filters: Filters;
  options: ViewOptions;
  i18n: I18n;
}

export interface ViewProps extends ViewInput {
  theme: Theme;
  actions: ViewActions;
  /**
   * True in the first frame of a view that follows in two steps (its catalog entry's `steps`): the table
   * draws the first half of its page, the rest in the next frame, so that no frame lays out a
   * whole page of new rows; the map draws its countries, the list beside them follows.
   */
  partial?: boolean;
}

/**
 * What every view's drawing component (`<Name>Drawing.svelte` and the forms it draws) is given
 * beside its geometry: the colours, and whether it draws the page or the exported file.
 */
export interface DrawingProps {
  theme: Theme;
  /** The exported file: marks with presentation attributes only, no roles, handlers, focus or tooltips. */
  static?: boolean;
}

/** Everything a static drawing of a view is made from. */
export interface ExportInput extends ViewInput {
  theme: Theme;
  /** Width of the whole picture in CSS pixels (the frame's padding included). */
  width: number;
}

/** A view's static drawing at a width: the component to render and what the frame needs around it. */
export interface ExportDrawing {
  /** The view's drawing component, rendered with `props` (it must draw with `static: true`). */
  component: Component<any>;
  props: Record<string, unknown>;
  /** Height of the drawing in pixels, for the frame to place the notes and the source line under it. */
  height: number;
  /**
   * The sentence the page gives screen readers about the view (its figure's description), written
   * into the file's `<desc>`.
   */
  description: string;
  /** Sentences the page says around the chart in HTML (undisclosed deals, planned events not counted…), wrapped by the frame. */
  notes: string[];
  /** Publishers the drawn records cite, for the source line ("Sources: Kazinform, Orda.kz"). */
  sources: string[];
  /** Extra credit for the source line, such as the basemap's. */
  credit?: string;
}

/** What a view folder's `export.ts` exports by default (its id and title are in the view catalog). */
export interface ViewExport {
  /** Data the drawing needs beyond the dataset, loaded once (the map's basemap). */
  prepare?(): Promise<Record<string, unknown>>;
  /** The drawing for these inputs; `extra` is what `prepare` loaded. */
  draw(input: ExportInput, extra: Record<string, unknown>): ExportDrawing;
  /**
   * The records the view shows, for its CSV and JSON downloads, when that differs from the
   * filtered records (the table's search and sort; the deal chart leaving out cumulative
   * investments unless included).
   */
  records?(input: ExportInput): ShownRecords;
}

/** A view as the dashboard and `?embed=` show it: its catalog entry and its live component. */
export interface ViewEntry extends Omit<ViewDefinition, 'title'> {
  /** The accessible name the view's figure begins with, in the reader's language. */
  title(i18n: I18n): string;
  component: Component<ViewProps>;
}
