/**
 * The one filter state of the app. Views read it through getters and change it through named
 * methods; the URL is derived from it (see url.ts and `syncWithUrl`).
 */
import type { Filters } from '../data/query';
import type { ActorType } from '../data/schema';
import { fromQuery, toQuery, type UrlState } from './url';

function toggled<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

export class FilterState {
  #years = $state<number[]>([]);
  #countries = $state<string[]>([]);
  #actorTypes = $state<ActorType[]>([]);
  #sectors = $state<string[]>([]);
  #companies = $state<string[]>([]);

  constructor(initial?: Partial<Filters>) {
    if (initial) this.set(initial);
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
      this.#years.length + this.#countries.length + this.#actorTypes.length + this.#sectors.length + this.#companies.length > 0
    );
  }

  toggleYear(year: number) {
    this.#years = toggled(this.#years, year).sort((a, b) => a - b);
  }
  setYears(years: readonly number[]) {
    this.#years = [...new Set(years)].sort((a, b) => a - b);
  }
  toggleCountry(code: string) {
    this.#countries = toggled(this.#countries, code).sort();
  }
  setCountries(codes: readonly string[]) {
    this.#countries = [...new Set(codes)].sort();
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
    if (next.years) this.setYears(next.years);
    if (next.countries) this.setCountries(next.countries);
    if (next.actorTypes) this.#actorTypes = [...new Set(next.actorTypes)].sort();
    if (next.sectors) this.#sectors = [...new Set(next.sectors)].sort();
    if (next.companies) this.#companies = [...new Set(next.companies)].sort();
  }

  clear() {
    this.#years = [];
    this.#countries = [];
    this.#actorTypes = [];
    this.#sectors = [];
    this.#companies = [];
  }
}

/**
 * Keep the address bar and the state in step: every change of the filters becomes a history
 * entry (so Back undoes it), and Back/Forward restore the filters. Returns a cleanup function.
 * `extra` carries the parameters that are not filters (data, embed, theme) so they survive.
 */
export function syncWithUrl(state: FilterState, extra: () => Omit<UrlState, 'filters'>, win: Window = window) {
  const onPop = () => {
    const { filters } = fromQuery(win.location.search);
    // Back/Forward landed on an address: tidy it in place, never push (that would cut off Forward).
    const query = toQuery({ ...extra(), filters });
    if (query !== win.location.search) win.history.replaceState(null, '', (query || win.location.pathname) + win.location.hash);
    state.set(filters);
  };
  let replaceNext = true;
  win.addEventListener('popstate', onPop);
  const stopEffect = $effect.root(() => {
    $effect(() => {
      const query = toQuery({ ...extra(), filters: state.filters });
      if (query !== win.location.search) {
        const url = (query || win.location.pathname) + win.location.hash;
        // The first write only tidies what the person typed (drops ignored values): no new entry.
        if (replaceNext) win.history.replaceState(null, '', url);
        else win.history.pushState(null, '', url);
      }
      replaceNext = false;
    });
  });
  return () => {
    win.removeEventListener('popstate', onPop);
    stopEffect();
  };
}
