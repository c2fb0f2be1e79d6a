/**
 * The studio's session around the work: opening a dataset (empty, the bundled one, an address,
 * a file, the dashboard's hand-over), the work kept in this browser (restored on return, written
 * a moment after each change, held by one tab at a time, a damaged copy rescued or set aside),
 * saving the file, and the keys for undo, redo and save. What the page shows of it (a notice, the
 * open panel, a question) is its state; Studio.svelte lays it out.
 */
import type { I18n } from '../../lib/i18n/i18n';
import { browserStore, findHandover, putHandover, takeHandover } from '../../lib/data/handover';
import { dataRef } from '../../lib/state/url';
import { download } from '../../shell/download';
import { autosaver, loadSaved, type SaveStatus } from './autosave';
import { openFile, openUrl, type OpenResult } from './open';
import { claim, type Owner } from './ownership';
import { savedFile } from './save';
import type { Read, Writer } from './savedCopies';
import { COLLECTIONS, emptyWork, workFromText } from './editedDataset';
import type { Workspace } from './workspace.svelte';

export interface SessionProps {
  ws: Workspace;
  i18n: I18n;
  /** Address of the bundled dataset. */
  bundledUrl: string;
  /** The `?data=` the page was opened with (the dataset the dashboard showed). */
  dataUrl?: string;
  /** Link back to the dashboard. */
  dashboardHref: string;
  /** Keep the work in the browser (off in component tests). */
  persist: boolean;
}

type Damaged = Extract<Read, { kind: 'damaged' }>;

const absolute = (url: string) => new URL(url, window.location.href).href;

export class StudioSession {
  /** Set once the saved work (if any) is restored and what the address asks for is settled. */
  ready = $state(false);
  showOpen = $state(false);
  failure = $state<Extract<OpenResult, { ok: false }> | null>(null);
  notice = $state('');
  kept = $state<SaveStatus>({ state: 'idle' });
  /** Whether this tab holds the work (another tab may); a tab that does not is read-only and saves nothing. */
  owner = $state<Owner>('owner');
  /** A saved copy that could not be read, until the user chooses what to do with it (autosave waits). */
  damaged = $state<Damaged | null>(null);
  /** A `?data=` address waiting for the user's word before it replaces unsaved work. */
  asking = $state<string | null>(null);
  #props: () => SessionProps;
  #writer: Writer | null = null;
  #ownership: ReturnType<typeof claim> | null = null;

  constructor(props: () => SessionProps) {
    this.#props = props;
  }

  get #ws() {
    return this.#props().ws;
  }

  #opened(result: OpenResult) {
    const { ws, i18n } = this.#props();
    if (result.ok) {
      // Undo brings back what was there before, worth saying only when it held something.
      const had = ws.work.origin.kind !== 'empty' || COLLECTIONS.some((c) => ws.records(c).length > 0);
      ws.open(result.work);
      this.failure = null;
      this.showOpen = false;
      this.notice = [
        result.setAside.length ? i18n.t('studio.notice.setAside', { paths: result.setAside.join(', ') }) : '',
        had ? i18n.t('studio.notice.openedUndo') : '',
      ]
        .filter(Boolean)
        .join(' ');
    } else {
      this.failure = result;
      this.showOpen = true;
    }
  }

  openEmpty = () => this.#opened({ ok: true, work: emptyWork(), setAside: [] });
  openBundled = async () => this.#opened(await openUrl(absolute(this.#props().bundledUrl), { kind: 'bundled' }));
  openPicked = async (file: File) => this.#opened(await openFile(file));
  openDataUrl = async () => {
    const { dataUrl } = this.#props();
    if (!dataUrl) return;
    const ref = dataRef(dataUrl);
    if (ref.kind === 'url')
      return this.#opened(await openUrl(absolute(dataUrl), { kind: 'url', url: absolute(dataUrl) }));
    // A dataset handed over by the dashboard (a file opened there, or this studio's own work):
    // opened once; the address then drops it, so a reload keeps the work made since.
    const got =
      ref.kind === 'studio'
        ? await takeHandover(browserStore(), ref.key)
        : await findHandover(browserStore(), ref.name);
    this.#opened(
      got.ok
        ? workFromText(got.text, { kind: 'file', name: got.name })
        : { ok: false, reason: 'request', detail: got.message },
    );
    const url = new URL(window.location.href);
    url.searchParams.delete('data');
    history.replaceState(history.state, '', url.href);
  };

  /** The work as it stands, in the full dashboard in a new tab: handed over in this browser, nothing uploaded. */
  showInDashboard = async () => {
    const { name, text } = savedFile(this.#ws.work);
    const url = new URL(this.#props().dashboardHref, window.location.href);
    url.searchParams.set('data', `studio:${await putHandover(browserStore(), name, text)}`);
    window.open(url.href, '_blank');
  };

  #restoreSaved(read: Read): boolean {
    if (read.kind === 'damaged') {
      this.damaged = read;
      return false;
    }
    if (read.kind !== 'ok') return false;
    const saved = read.saved;
    this.#ws.restore(saved.history, saved.file);
    if (saved.view) this.#ws.setView(saved.view);
    this.#writer?.stop();
    this.#writer = autosaver((status) => (this.kept = status), saved.seq ?? 0);
    const time = new Date(saved.at).toLocaleTimeString(this.#props().i18n.lang);
    this.notice = this.#props().i18n.t('studio.notice.restored', { time });
    return true;
  }

  /** Take the work from the tab that holds it: what that tab last kept is restored here first. */
  takeOver = async () => {
    await this.#ownership?.takeOver();
    if (!this.#restoreSaved(await loadSaved())) {
      // Nothing readable was kept: this tab's work is written from now on.
      this.#writer?.stop();
      this.#writer = autosaver((status) => (this.kept = status));
    }
  };

  rescue = () => {
    if (this.damaged?.work) this.#ws.open(this.damaged.work);
    this.damaged = null;
  };
  downloadRaw = () => {
    if (this.damaged) download('studio-work-as-saved.json', this.damaged.raw, 'application/json');
  };
  startFresh = () => {
    this.damaged = null;
    this.#ws.open(emptyWork());
  };
  openAsked = async () => {
    this.asking = null;
    await this.openDataUrl();
  };

  save = () => {
    const { name, text } = savedFile(this.#ws.work);
    download(name, text, 'application/json');
    this.#ws.markSaved();
    this.notice = this.#props().i18n.t('studio.notice.saved', { name });
  };

  /**
   * When the page opens: claim the work for this tab, restore what was kept, then open what the
   * address asks for (asking first over unsaved work). Returns what to do when the page goes.
   */
  start(): () => void {
    const { ws, dataUrl, persist } = this.#props();
    let cancelled = false;
    (async () => {
      if (persist)
        this.#ownership = claim('unga-studio-work', (state) => {
          this.owner = state;
          if (state === 'lost') {
            this.#writer?.stop();
            this.#writer = null;
          }
        });
      const read: Read = persist ? await loadSaved() : { kind: 'none' };
      if (cancelled) return;
      const saved = this.#restoreSaved(read);
      this.#writer ??= persist ? autosaver((status) => (this.kept = status)) : null;
      const wanted = dataUrl ? absolute(dataUrl) : null;
      const origin = ws.work.origin;
      const hasWork = ws.canUndo || COLLECTIONS.some((c) => ws.records(c).length > 0);
      if (wanted && !(saved && origin.kind === 'url' && origin.url === wanted)) {
        // Opening over unsaved work asks first; undo would bring it back, but only in this tab.
        if (saved && ws.dirty && hasWork) this.asking = wanted;
        else await this.openDataUrl();
      } else if (!saved && !this.damaged && ws.work.origin.kind === 'empty' && !ws.canUndo) this.showOpen = true;
      this.ready = true;
    })();
    return () => {
      cancelled = true;
      this.#ownership?.release();
      this.#writer?.stop();
    };
  }

  /** Every change is kept in the browser a moment after it is made: run in an effect. */
  keep(): (() => void) | undefined {
    const { ws, persist } = this.#props();
    const history = ws.history;
    const file = ws.file;
    const view = ws.view;
    if (!this.ready || !persist || this.owner !== 'owner' || this.damaged) return;
    const t = setTimeout(() => void this.#writer?.save({ version: 1, history, file, view, at: Date.now() }), 200);
    return () => clearTimeout(t);
  }

  onkeydown = (e: KeyboardEvent) => {
    const mod = e.ctrlKey || e.metaKey;
    // A tab that does not hold the work is read-only: no undo, no redo.
    if (!mod || this.owner !== 'owner') return;
    const key = e.key.toLowerCase();
    // The article paste box keeps the browser's own undo: its text is not part of the work yet.
    const native = (e.target as HTMLElement | null)?.closest?.('[data-native-undo]');
    if (key === 'z' && !native) {
      e.preventDefault();
      if (e.shiftKey) this.#ws.redo();
      else this.#ws.undo();
    } else if (key === 'y' && !native) {
      e.preventDefault();
      this.#ws.redo();
    } else if (key === 's') {
      e.preventDefault();
      this.save();
    }
  };

  onbeforeunload = (e: BeforeUnloadEvent) => {
    if (this.ready && this.#ws.dirty) {
      e.preventDefault();
      e.returnValue = '';
    }
  };

  /** A dataset file dropped anywhere on the page is opened. */
  ondrop = (e: DragEvent) => {
    const file = e.dataTransfer?.files?.[0];
    if (!file) return;
    e.preventDefault();
    if (/\.json$/i.test(file.name) || file.type === 'application/json') void this.openPicked(file);
  };
}
