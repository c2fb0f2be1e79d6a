/**
 * The studio's state: the work with its undo history, what is selected, and the live check. One
 * runes class read through getters and changed through named methods, like the dashboard's
 * FilterState. Works are immutable, so the history holds them as they are ($state.raw).
 */
import { checkWork, type Checked } from './check';
import * as articles from './articleEdits';
import * as edits from './edits';
import * as history from './history';
import type { History } from './history';
import { formatPath, recordOf, setIn, type Path } from './paths';
import type { QuoteSelector } from './quoteSelector';
import {
  COLLECTIONS,
  emptyWork,
  records,
  type Collection,
  type Json,
  type JsonObject,
  type Work,
} from './editedDataset';

export type Section = 'dataset' | Collection;

/** Records (engagements and deals) up to which every keystroke is checked at once. */
const LIVE_CHECK_LIMIT = 2000;
export type Panel = 'preview' | 'article' | 'problems';

export class Workspace {
  #history = $state.raw<History<Work>>(history.start(emptyWork()));
  /** The work as it was last opened or downloaded: what "unsaved changes" are measured against. */
  #file = $state.raw<Work | null>(this.#history.present);
  section = $state<Section>('dataset');
  /** The record shown in each collection's form. */
  selected = $state<Record<Collection, number>>({ sources: 0, sessions: 0, actors: 0, engagements: 0, deals: 0 });
  /** The source whose article the side panel shows. */
  articleSource = $state<string | null>(null);
  panel = $state<Panel>('preview');

  /** The work the check last ran on: the present one, or a moment behind it for a large dataset. */
  #checkedWork = $state.raw<Work>(this.#history.present);
  #timer: ReturnType<typeof setTimeout> | undefined;
  readonly checked: Checked = $derived(checkWork(this.#checkedWork));

  constructor(work?: Work, file?: Work | null) {
    if (work) {
      this.#history = history.start(work);
      this.#checkedWork = work;
      this.#file = file === undefined ? work : file;
    }
  }

  /**
   * Check as the user types: at once for the datasets people edit by hand; for a large one
   * (validation of 10,000 records takes most of a second), once typing pauses.
   */
  #recheck(): void {
    clearTimeout(this.#timer);
    const w = this.#history.present;
    const size = records(w, 'engagements').length + records(w, 'deals').length;
    if (size < LIVE_CHECK_LIMIT) this.#checkedWork = w;
    else this.#timer = setTimeout(() => (this.#checkedWork = this.#history.present), 400);
  }

  get work(): Work {
    return this.#history.present;
  }
  get history(): History<Work> {
    return this.#history;
  }
  get file(): Work | null {
    return this.#file;
  }
  get canUndo(): boolean {
    return this.#history.past.length > 0;
  }
  get canRedo(): boolean {
    return this.#history.future.length > 0;
  }
  /** True when the work differs from the file it was opened from or last saved to. */
  get dirty(): boolean {
    const f = this.#file;
    const w = this.work;
    if (!f) return true;
    return !(w.dataset === f.dataset && w.includeTexts === f.includeTexts && (!w.includeTexts || w.texts === f.texts));
  }

  records(collection: Collection): JsonObject[] {
    return records(this.work, collection);
  }

  /** Record a new work; `key` merges quick successive changes of the same field into one undo step. */
  change(next: Work, key?: string): void {
    this.#history = history.push(this.#history, next, { key });
    this.#recheck();
  }

  /** Change a field of a record (`field` relative to the record). */
  edit(collection: Collection, index: number, field: Path, value: Json | undefined): void {
    this.change(
      edits.editRecord(this.work, collection, index, field, value),
      formatPath([collection, index, ...field]),
    );
  }

  /** Change a field of the dataset itself (title, delegation…). */
  editDataset(path: Path, value: Json | undefined): void {
    this.change(setIn(this.work, path, value), formatPath(path));
  }

  add(collection: Collection, record: JsonObject): void {
    const { work, index } = edits.addRecord(this.work, collection, record);
    this.change(work);
    this.show(collection, index);
  }

  remove(collection: Collection, index: number): void {
    this.change(edits.removeRecord(this.work, collection, index));
    this.selected[collection] = Math.max(0, Math.min(index, this.records(collection).length - 1));
  }

  duplicate(collection: Collection, index: number): void {
    const { work, index: at } = edits.duplicateRecord(this.work, collection, index);
    this.change(work);
    this.show(collection, at);
  }

  setText(sourceId: string, text: string): void {
    this.change(articles.setText(this.work, sourceId, text), `text:${sourceId}`);
  }

  setIncludeTexts(include: boolean): void {
    this.change(articles.setIncludeTexts(this.work, include));
  }

  fromSelection(collection: 'engagements' | 'deals', sourceId: string, selector: QuoteSelector): void {
    const { work, index } = articles.recordFromSelection(this.work, collection, sourceId, selector);
    this.change(work);
    this.show(collection, index);
  }

  citeSelection(collection: 'engagements' | 'deals', index: number, sourceId: string, selector: QuoteSelector): void {
    this.change(articles.addCitation(this.work, collection, index, sourceId, selector));
    this.show(collection, index);
  }

  /** Add an actor by name; returns its position. */
  newActor(name: string, type?: string): number {
    const { work, index } = edits.newActor(this.work, name, type);
    this.change(work);
    return index;
  }

  /** Use an existing actor instead of a duplicate of it. */
  mergeActor(from: number, into: number): void {
    const target = this.records('actors')[into];
    this.change(edits.mergeActor(this.work, from, into));
    const at = this.records('actors').indexOf(target!);
    if (at >= 0) this.show('actors', at);
  }

  undo(): void {
    this.#history = history.undo(this.#history);
    this.#recheck();
  }
  redo(): void {
    this.#history = history.redo(this.#history);
    this.#recheck();
  }

  /** Open another dataset. It is one more step of the history: undo brings the previous work back. */
  open(work: Work): void {
    this.change(work);
    this.#file = work;
    this.section = 'dataset';
    this.selected = { sources: 0, sessions: 0, actors: 0, engagements: 0, deals: 0 };
    this.articleSource = null;
  }

  /** Restore what autosave kept. */
  restore(saved: History<Work>, file: Work | null): void {
    this.#history = saved;
    this.#file = file;
    this.#recheck();
  }

  /** Where the user is, for autosave. */
  get view(): { section: Section; selected: Record<Collection, number>; panel: Panel; articleSource: string | null } {
    return {
      section: this.section,
      selected: { ...this.selected },
      panel: this.panel,
      articleSource: this.articleSource,
    };
  }

  /** Go back to where the user was (ignoring what no longer fits the restored work). */
  setView(view: {
    section: string;
    selected: Record<string, number>;
    panel: string;
    articleSource: string | null;
  }): void {
    if (view.section === 'dataset' || (COLLECTIONS as readonly string[]).includes(view.section))
      this.section = view.section as Section;
    for (const c of COLLECTIONS) {
      const i = view.selected[c];
      if (typeof i === 'number' && i >= 0 && i < this.records(c).length) this.selected[c] = i;
    }
    if (view.panel === 'preview' || view.panel === 'article' || view.panel === 'problems') this.panel = view.panel;
    this.articleSource = view.articleSource;
  }

  /** The work was downloaded: it is now the file. */
  markSaved(): void {
    this.#file = this.work;
  }

  show(collection: Collection, index: number): void {
    this.section = collection;
    this.selected[collection] = index;
  }

  /** Show the record a problem's path is in. */
  reveal(path: string): void {
    const ref = recordOf(path);
    if (ref.collection === 'dataset') this.section = 'dataset';
    else this.show(ref.collection, ref.index);
  }

  showArticle(sourceId: string): void {
    this.articleSource = sourceId;
    this.panel = 'article';
  }
}
