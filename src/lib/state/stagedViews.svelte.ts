/**
 * What each view shows while a large dataset's views are drawn, or follow a filter (stageQueue.ts):
 * the views on screen together in the frame after the control answers, those off screen one per
 * frame after them or when they scroll into view. Each view shows the filters it was last given
 * (none yet: not drawn), the header those of the first views to follow. A small dataset's views all show the filters in force
 * (`current`), drawn in the click's own task. `current` is filtered when the first view follows,
 * never in the click's task. No DOM: which views are on screen is told (`onScreen`).
 */
import { untrack } from 'svelte';
import type { DatasetIndex } from '../data/datasetIndex';
import type { Filtered, Filters } from '../data/query';
import type { AfterPaint } from './afterPaint';
import { createSettler, stagedFor, type Settler } from './stageQueue';

/** The filters one view was given (for this dataset), and the records they select. */
export interface Shown {
  index: DatasetIndex;
  filters: Filters;
  filtered: Filtered;
}

/** True when this dataset's views are drawn, and follow a filter, after the next paint. */
export const isStaged = (ix: DatasetIndex) => stagedFor(ix.data.engagements.length + ix.data.deals.length);

export interface StagedOptions {
  /** The steps of each view, in the order of the page (a view in two steps follows in two frames). */
  steps: readonly number[];
  index: () => DatasetIndex | null;
  /** What the filters in force select now (read only when a view follows). */
  current: () => Shown | null;
  /** The filters in force: the views follow when they change. */
  filters: () => Filters;
  afterPaint?: AfterPaint;
}

/**
 * Made while a component starts: the views follow the filters from then on, and stop following
 * when it goes.
 */
export class StagedViews {
  /** True while some view still shows older filters (the views are busy; the address waits). */
  settling = $state(false);
  /** The views on screen (by their place on the page), which follow first: see `seen`. */
  readonly onScreen = new Set<number>();
  #shownAt = $state.raw<readonly (Shown | undefined)[]>([]);
  #shownFirst = $state.raw<Shown | null>(null);
  #index: () => DatasetIndex | null;
  #current: () => Shown | null;
  #filters: () => Filters;
  #settler: Settler<Shown>;
  /** The settler's stages: the view each one draws, one per step of each view in order. */
  #stageViews: number[];
  /** Whether this dataset is staged. */
  readonly staged = $derived.by(() => {
    const index = this.#index();
    return !!index && isStaged(index);
  });
  /** What the header (summary, filter counts) shows: the first view to follow's filters. */
  readonly headline = $derived.by(() =>
    this.staged && this.#shownFirst?.index === this.#index() ? this.#shownFirst : this.#current(),
  );
  /** How many stages show this dataset. */
  readonly drawn = $derived.by(() => this.#shownAt.filter((s) => s?.index === this.#index()).length);

  constructor({ steps, index, current, filters, afterPaint }: StagedOptions) {
    this.#index = index;
    this.#current = current;
    this.#filters = filters;
    const stageViews = steps.flatMap((n, k) => Array<number>(n).fill(k));
    this.#stageViews = stageViews;
    const settler = createSettler<Shown>({
      stages: stageViews.length,
      // The first steps of the views on screen in one batch, their second steps in the next; the
      // views off screen follow after them, one stage per frame in page order.
      order: () => {
        const first: number[] = [];
        const second: number[] = [];
        stageViews.forEach((k, stage) => {
          if (this.onScreen.has(k)) (stageViews.indexOf(k) === stage ? first : second).push(stage);
        });
        return [first, second];
      },
      apply: (k, shown) => {
        this.#shownFirst = shown;
        const next = [...this.#shownAt];
        next[k] = shown;
        this.#shownAt = next;
      },
      onBusy: (busy) => (this.settling = busy),
      afterPaint,
    });
    this.#settler = settler;
    // A new dataset (its views drawn one by one) or new filters (its views following one by one).
    $effect(() => {
      void filters();
      if (!index() || !this.staged) return settler.cancel();
      // `current` is filtered when the first view follows (once: the summary of a freshly loaded
      // dataset reads the same value).
      untrack(() => settler.request(() => untrack(current)!));
    });
    $effect(() => () => settler.cancel());
  }

  /**
   * View k came on screen (or left it): a view still to follow that comes on screen follows in
   * the next frame.
   */
  seen(k: number, visible: boolean): void {
    if (visible === this.onScreen.has(k)) return;
    if (visible) this.onScreen.add(k);
    else this.onScreen.delete(k);
    this.#settler.reorder();
  }

  /** Whether view k still shows older filters than those in force (it is busy until it follows). */
  staleAt(k: number): boolean {
    if (!this.staged || !this.settling) return false;
    const last = this.#shownAt[this.#stageViews.lastIndexOf(k)];
    return last?.index !== this.#index() || last.filters !== this.#filters();
  }

  /** What view k shows (null: not drawn yet). */
  shownBy(k: number): Shown | null {
    const s = this.#shownAt[this.#stageViews.indexOf(k)];
    return this.staged ? (s?.index === this.#index() ? s : null) : this.#current();
  }

  /** Whether view k has followed with its first step only (`partial`: its last step is still to come). */
  partialAt(k: number): boolean {
    return this.staged && this.#shownAt[this.#stageViews.lastIndexOf(k)] !== this.#shownAt[this.#stageViews.indexOf(k)];
  }
}
