/**
 * The one state of the app: the filters, the view options and the language. Components read it
 * through getters and change it through named methods; the URL is derived from it (see url.ts and
 * `syncWithUrl`). Views never see this class: the App passes them data and callbacks.
 */
import type { Filters } from '../data/query';
import type { ActorType } from '../basics/vocabulary';
import type { Language } from '../i18n/languages';
import { DEFAULT_OPTIONS, type SortKey, type ViewOptions } from './options';
import { fromQuery, toQuery, withoutDefaults, type UrlState } from './url';

function toggled<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

export class FilterState {
  #years = $state<number[]>([]);
  #countries = $state<string[]>([]);
  #actorTypes = $state<ActorType[]>([]);
  #sectors = $state<string[]>([]);
  #companies = $state<string[]>([]);
  #options = $state.raw<ViewOptions>(DEFAULT_OPTIONS);
  #lang = $state<Language | undefined>();

  constructor(initial?: Partial<Filters>, options?: Partial<ViewOptions>, lang?: Language) {
    if (initial) this.set(initial);
    if (options) this.setOptions(options);
    this.#lang = lang;
  }

  /** The view options, every one set (defaults where the reader chose nothing). */
  get options(): ViewOptions {
    return this.#options;
  }
  /** The language chosen in the URL or the switch; undefined: the browser's. */
  get lang(): Language | undefined {
    return this.#lang;
  }
  setLang(lang: Language | undefined) {
    this.#lang = lang;
  }
  setOptions(next: Partial<ViewOptions>) {
    this.#options = { ...this.#options, ...next };
  }
  setPlanned(planned: boolean) {
    this.setOptions({ planned });
  }
  /** Sort the table by a column: the same column again flips the direction; value starts largest first. */
  sortBy(key: SortKey) {
    const { sort } = this.#options;
    this.setOptions({
      sort: sort.key === key ? { key, descending: !sort.descending } : { key, descending: key === 'value' },
    });
  }
  /** What the URL says of this state (without data, embed and theme, which the App adds). */
  get urlState(): Pick<UrlState, 'filters' | 'options' | 'lang'> {
    return { filters: this.filters, options: withoutDefaults(this.#options), lang: this.#lang };
  }

  get years(): readonly number[] {
    return this.#years;
  }
  get countries(): readonly string[] {
    return this.#countries;
  }
  get actorTypes(): readonly ActorType[] {
    return this.#actorTypes;
  }
  get sectors(): readonly string[] {
    return this.#sectors;
  }
  get companies(): readonly string[] {
    return this.#companies;
  }

  /** A plain snapshot for the pure query functions. */
  get filters(): Filters {
    return {
      years: [...this.#years],
      countries: [...this.#countries],
      actorTypes: [...this.#actorTypes],
      sectors: [...this.#sectors],
      companies: [...this.#companies],
    };
  }

  /** True when any filter restricts the data. */
  get active(): boolean {
    return (
      this.#years.length +
        this.#countries.length +
        this.#actorTypes.length +
        this.#sectors.length +
        this.#companies.length >
      0
    );
  }

  toggleYear(year: number) {
    this.#years = toggled(this.#years, year).sort((a, b) => a - b);
  }
  toggleCountry(code: string) {
    this.#countries = toggled(this.#countries, code).sort();
  }
  toggleActorType(type: ActorType) {
    this.#actorTypes = toggled(this.#actorTypes, type).sort();
  }
  toggleSector(sector: string) {
    this.#sectors = toggled(this.#sectors, sector).sort();
  }
  toggleCompany(id: string) {
    this.#companies = toggled(this.#companies, id).sort();
  }

  /** Replace some or all filters at once (from the URL, or a "show only" action). */
  set(next: Partial<Filters>) {
    if (next.years) this.#years = [...new Set(next.years)].sort((a, b) => a - b);
    if (next.countries) this.#countries = [...new Set(next.countries)].sort();
    if (next.actorTypes) this.#actorTypes = [...new Set(next.actorTypes)].sort();
    if (next.sectors) this.#sectors = [...new Set(next.sectors)].sort();
    if (next.companies) this.#companies = [...new Set(next.companies)].sort();
  }

  /** Put back a whole state (Back/Forward, an embed's published view): filters and options, nothing kept. */
  restore(to: { filters: Partial<Filters>; options?: Partial<ViewOptions> }) {
    this.clear();
    this.set(to.filters);
    this.#options = { ...DEFAULT_OPTIONS, ...to.options };
  }

  clear() {
    this.#years = [];
    this.#countries = [];
    this.#actorTypes = [];
    this.#sectors = [];
    this.#companies = [];
  }
}

/** What an embed's author published: the state its address had when first opened. */
export interface PublishedState {
  filters: Filters;
  options: Partial<ViewOptions>;
}
const PUBLISHED_KEY = 'ungaPublished';

/** The published state an embed's history entry keeps (see syncWithUrl), if it holds one. */
export function publishedIn(historyState: unknown): PublishedState | undefined {
  const kept = (historyState as Record<string, unknown> | null)?.[PUBLISHED_KEY] as PublishedState | undefined;
  return kept && typeof kept === 'object' && kept.filters && kept.options ? kept : undefined;
}

/**
 * Keep the address bar and the state in step: every change of the filters becomes a history
 * entry (so Back undoes it), and Back/Forward restore the filters. Returns a cleanup function.
 * `extra` carries the parameters the state does not hold (data, embed, theme) so they survive.
 * While `hold()` is true (a large dataset's views are still following a filter, see stageQueue.ts)
 * nothing is written: the address changes once the views show what it says.
 * An embed (`embedded`) only ever replaces its entry, and keeps in it what its author published:
 * an iframe's new entries would take over the host page's Back button, and a restored frame
 * (reload, Back to the report) still knows the published view.
 */
export function syncWithUrl(
  state: FilterState,
  extra: () => Omit<UrlState, 'filters' | 'options' | 'lang'>,
  win: Window = window,
  hold: () => boolean = () => false,
  embedded?: { published: PublishedState },
) {
  const onPop = () => {
    const { filters, options, lang } = fromQuery(win.location.search);
    // Back/Forward landed on an address: tidy it in place, never push (that would cut off Forward).
    const query = toQuery({ ...extra(), filters, options, lang });
    if (query !== win.location.search)
      win.history.replaceState(null, '', (query || win.location.pathname) + win.location.hash);
    state.restore({ filters, options });
    state.setLang(lang);
  };
  let replaceNext = true;
  let lastWithoutSearch = '';
  win.addEventListener('popstate', onPop);
  const stopEffect = $effect.root(() => {
    $effect(() => {
      const urlState = state.urlState;
      if (hold()) return;
      const query = toQuery({ ...extra(), ...urlState });
      const withoutSearch = toQuery({ ...extra(), ...urlState, options: { ...urlState.options, search: '' } });
      if (query !== win.location.search) {
        const url = (query || win.location.pathname) + win.location.hash;
        // The first write only tidies what the person typed (drops ignored values): no new entry.
        // Typing in the table's search box replaces the entry too: Back should not spell it backwards.
        if (embedded) win.history.replaceState({ [PUBLISHED_KEY]: embedded.published }, '', url);
        else if (replaceNext || withoutSearch === lastWithoutSearch) win.history.replaceState(null, '', url);
        else win.history.pushState(null, '', url);
      }
      lastWithoutSearch = withoutSearch;
      replaceNext = false;
    });
  });
  return () => {
    win.removeEventListener('popstate', onPop);
    stopEffect();
  };
}
