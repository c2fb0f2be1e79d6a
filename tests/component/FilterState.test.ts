// The app's one state (filters, view options, language) and how it keeps the address bar in step.
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import type { Filters } from '../../src/lib/data/query';
import { DEFAULT_OPTIONS, type SortKey, type ViewOptions } from '../../src/lib/state/options';
import { FilterState, syncWithUrl } from '../../src/lib/state/filters.svelte';

const EMPTY: Filters = { years: [], countries: [], actorTypes: [], sectors: [], companies: [] };

describe('FilterState: filters', () => {
  it('starts with no filter, default options and no language', () => {
    const s = new FilterState();
    expect(s.filters).toEqual(EMPTY);
    expect(s.active).toBe(false);
    expect(s.options).toEqual(DEFAULT_OPTIONS);
    expect(s.lang).toBeUndefined();
  });

  it('takes initial filters, sorted and without duplicates', () => {
    const s = new FilterState({
      years: [2025, 2023, 2025],
      countries: ['USA', 'FRA', 'USA'],
      sectors: ['mining', 'energy'],
    });
    expect(s.filters).toEqual({
      ...EMPTY,
      years: [2023, 2025],
      countries: ['FRA', 'USA'],
      sectors: ['energy', 'mining'],
    });
  });

  const toggles: { name: string; toggle: (s: FilterState) => void; expected: Partial<Filters> }[] = [
    {
      name: 'toggleYear adds in number order',
      toggle: (s) => (s.toggleYear(2025), s.toggleYear(2023), s.toggleYear(2017)),
      expected: { years: [2017, 2023, 2025] },
    },
    {
      name: 'toggleYear removes a year already chosen',
      toggle: (s) => (s.toggleYear(2023), s.toggleYear(2024), s.toggleYear(2023)),
      expected: { years: [2024] },
    },
    {
      name: 'toggleCountry adds, sorted',
      toggle: (s) => (s.toggleCountry('USA'), s.toggleCountry('IRN')),
      expected: { countries: ['IRN', 'USA'] },
    },
    { name: 'toggleCountry removes', toggle: (s) => (s.toggleCountry('USA'), s.toggleCountry('USA')), expected: {} },
    {
      name: 'toggleActorType',
      toggle: (s) => (s.toggleActorType('state'), s.toggleActorType('company'), s.toggleActorType('state')),
      expected: { actorTypes: ['company'] },
    },
    {
      name: 'toggleSector',
      toggle: (s) => (s.toggleSector('mining'), s.toggleSector('energy')),
      expected: { sectors: ['energy', 'mining'] },
    },
    {
      name: 'toggleCompany',
      toggle: (s) => (s.toggleCompany('wabtec'), s.toggleCompany('amazon'), s.toggleCompany('wabtec')),
      expected: { companies: ['amazon'] },
    },
  ];
  it.each(toggles)('$name', ({ toggle, expected }) => {
    const s = new FilterState();
    toggle(s);
    expect(s.filters).toEqual({ ...EMPTY, ...expected });
  });

  it('set replaces the lists it is given and keeps the others', () => {
    const s = new FilterState({ years: [2023], countries: ['USA'] });
    s.set({ countries: ['IRN', 'FRA', 'IRN'], companies: ['wabtec'] });
    expect(s.filters).toEqual({ ...EMPTY, years: [2023], countries: ['FRA', 'IRN'], companies: ['wabtec'] });
    s.set({ years: [] });
    expect(s.filters).toEqual({ ...EMPTY, countries: ['FRA', 'IRN'], companies: ['wabtec'] });
  });

  it('set sorts and de-duplicates years and countries, and leaves its input alone', () => {
    const s = new FilterState();
    const years = Object.freeze([2025, 2023, 2025]);
    const codes = Object.freeze(['USA', 'FRA']);
    s.set({ years: years as number[], countries: codes as string[] });
    expect(s.years).toEqual([2023, 2025]);
    expect(s.countries).toEqual(['FRA', 'USA']);
    expect(years).toEqual([2025, 2023, 2025]);
    expect(codes).toEqual(['USA', 'FRA']);
  });

  it('clear removes every filter, and only the filters', () => {
    const s = new FilterState(
      { years: [2023], countries: ['USA'], actorTypes: ['state'], sectors: ['energy'], companies: ['acme'] },
      { planned: true },
      'kk',
    );
    expect(s.active).toBe(true);
    s.clear();
    expect(s.filters).toEqual(EMPTY);
    expect(s.active).toBe(false);
    expect(s.options.planned).toBe(true);
    expect(s.lang).toBe('kk');
  });

  const actives: { name: string; input: Partial<Filters> }[] = [
    { name: 'a year', input: { years: [2023] } },
    { name: 'a country', input: { countries: ['USA'] } },
    { name: 'a type', input: { actorTypes: ['person'] } },
    { name: 'a sector', input: { sectors: ['energy'] } },
    { name: 'a company', input: { companies: ['acme'] } },
  ];
  it.each(actives)('is active with only $name', ({ input }) => {
    expect(new FilterState(input).active).toBe(true);
  });

  it('options and language do not make the filters active', () => {
    expect(new FilterState({}, { cumulative: true, search: 'x' }, 'ru').active).toBe(false);
  });

  it('filters is a snapshot: later changes do not reach it, and changing it does not reach the state', () => {
    const s = new FilterState({ years: [2023] });
    const snapshot = s.filters;
    s.toggleYear(2024);
    expect(snapshot.years).toEqual([2023]);
    (snapshot.years as number[]).push(1999);
    (snapshot.countries as string[]).push('USA');
    expect(s.filters).toEqual({ ...EMPTY, years: [2023, 2024] });
    expect(s.filters).not.toBe(s.filters);
  });
});

describe('FilterState: view options and language', () => {
  it('takes initial options over the defaults', () => {
    const s = new FilterState(undefined, { colourBy: 'session', search: 'rail' });
    expect(s.options).toEqual({ ...DEFAULT_OPTIONS, colourBy: 'session', search: 'rail' });
  });

  const setters: { name: string; change: (s: FilterState) => void; expected: Partial<ViewOptions> }[] = [
    { name: 'colour by', change: (s) => s.setOptions({ colourBy: 'session' }), expected: { colourBy: 'session' } },
    { name: 'cumulative', change: (s) => s.setOptions({ cumulative: true }), expected: { cumulative: true } },
    { name: 'show all', change: (s) => s.setOptions({ showAll: true }), expected: { showAll: true } },
    { name: 'setPlanned', change: (s) => s.setPlanned(true), expected: { planned: true } },
    { name: 'search', change: (s) => s.setOptions({ search: 'tengiz' }), expected: { search: 'tengiz' } },
    {
      name: 'search back to nothing',
      change: (s) => (s.setOptions({ search: 'tengiz' }), s.setOptions({ search: '' })),
      expected: {},
    },
    {
      name: 'setOptions merges',
      change: (s) => (s.setOptions({ cumulative: true }), s.setOptions({ showAll: true })),
      expected: { cumulative: true, showAll: true },
    },
    {
      name: 'setOptions with a default turns an option off',
      change: (s) => (s.setPlanned(true), s.setOptions({ planned: false })),
      expected: {},
    },
  ];
  it.each(setters)('$name', ({ change, expected }) => {
    const s = new FilterState();
    change(s);
    expect(s.options).toEqual({ ...DEFAULT_OPTIONS, ...expected });
    expect(s.filters).toEqual(EMPTY);
  });

  it('options is replaced, never changed in place, so a view holding the old one keeps it', () => {
    const s = new FilterState();
    const before = s.options;
    s.setOptions({ cumulative: true });
    expect(before.cumulative).toBe(false);
    expect(s.options).not.toBe(before);
    expect(DEFAULT_OPTIONS.cumulative).toBe(false);
  });

  // From the default sort (when, ascending).
  const sorts: { name: string; input: SortKey[]; expected: ViewOptions['sort'] }[] = [
    {
      name: 'the current column again flips the direction',
      input: ['when'],
      expected: { key: 'when', descending: true },
    },
    { name: 'twice flips it back', input: ['when', 'when'], expected: { key: 'when', descending: false } },
    { name: 'a new column starts ascending', input: ['who'], expected: { key: 'who', descending: false } },
    { name: 'value starts largest first', input: ['value'], expected: { key: 'value', descending: true } },
    { name: 'value again: smallest first', input: ['value', 'value'], expected: { key: 'value', descending: false } },
    {
      name: 'leaving a descending column: the new one starts ascending',
      input: ['type', 'type', 'what'],
      expected: { key: 'what', descending: false },
    },
    {
      name: 'coming back to value starts largest first again',
      input: ['value', 'value', 'when', 'value'],
      expected: { key: 'value', descending: true },
    },
  ];
  it.each(sorts)('sortBy: $name', ({ input, expected }) => {
    const s = new FilterState();
    for (const key of input) s.sortBy(key);
    expect(s.options.sort).toEqual(expected);
  });

  it('setLang chooses a language; undefined goes back to the browser language', () => {
    const s = new FilterState(undefined, undefined, 'ru');
    expect(s.lang).toBe('ru');
    s.setLang('kk');
    expect(s.lang).toBe('kk');
    s.setLang(undefined);
    expect(s.lang).toBeUndefined();
  });

  it('urlState holds the filters, only the options that differ from the defaults, and the language', () => {
    const s = new FilterState({ years: [2023] }, { cumulative: true, planned: false }, 'kk');
    expect(s.urlState).toEqual({ filters: { ...EMPTY, years: [2023] }, options: { cumulative: true }, lang: 'kk' });
    expect(new FilterState().urlState).toEqual({ filters: EMPTY, options: {}, lang: undefined });
  });
});

/**
 * A window with just what syncWithUrl uses: the address, history that records pushes and
 * replaces, and popstate listeners. Back/Forward are simulated by setting the address and
 * dispatching popstate, as a browser does.
 */
function fakeWindow(address = '/') {
  const calls: { kind: 'push' | 'replace'; url: string }[] = [];
  const listeners = new Set<() => void>();
  const location = { pathname: '/', search: '', hash: '' };
  const go = (url: string) => {
    const parsed = new URL(url, 'https://example.org' + location.pathname);
    location.pathname = parsed.pathname;
    location.search = parsed.search;
    location.hash = parsed.hash;
  };
  go(address);
  const win = {
    location,
    history: {
      pushState: (_: unknown, __: string, url: string) => (calls.push({ kind: 'push', url }), go(url)),
      replaceState: (_: unknown, __: string, url: string) => (calls.push({ kind: 'replace', url }), go(url)),
    },
    addEventListener: (type: string, fn: () => void) => type === 'popstate' && listeners.add(fn),
    removeEventListener: (type: string, fn: () => void) => type === 'popstate' && listeners.delete(fn),
  };
  return {
    win: win as unknown as Window,
    calls,
    location,
    /** Back or Forward landed on this address. */
    popTo(url: string) {
      go(url);
      for (const fn of listeners) fn();
    },
    listeners,
  };
}

describe('syncWithUrl', () => {
  let stop: (() => void) | undefined;
  afterEach(() => {
    stop?.();
    stop = undefined;
  });
  const start = (s: FilterState, address = '/', extra: () => object = () => ({})) => {
    const w = fakeWindow(address);
    stop = syncWithUrl(s, extra, w.win);
    flushSync();
    return w;
  };

  it('the first write only tidies the address: it replaces, never pushes', () => {
    const s = new FilterState({ years: [2023, 2025] }, { cumulative: true });
    const w = start(s, '/?year=2025,2023,23&foo=1&cumulative=TRUE');
    expect(w.calls).toEqual([{ kind: 'replace', url: '?year=2023,2025&cumulative=yes' }]);
    expect(w.location.search).toBe('?year=2023,2025&cumulative=yes');
  });

  it('an address already tidy is not written at all', () => {
    const w = start(new FilterState({ countries: ['IRN'] }), '/?country=IRN');
    expect(w.calls).toEqual([]);
  });

  it('a filter change pushes one history entry with the canonical query', () => {
    const s = new FilterState();
    const w = start(s);
    s.toggleCountry('USA');
    s.toggleYear(2025);
    s.toggleYear(2023);
    flushSync();
    expect(w.calls).toEqual([{ kind: 'push', url: '?year=2023,2025&country=USA' }]);
    s.toggleCountry('IRN');
    flushSync();
    expect(w.calls.at(-1)).toEqual({ kind: 'push', url: '?year=2023,2025&country=IRN,USA' });
    expect(w.calls).toHaveLength(2);
  });

  it('while held (views still following a filter) nothing is written; once released, one entry for what they show', () => {
    // Any reactive value can hold the address: here a second state's "active".
    const gate = new FilterState();
    const s = new FilterState();
    const w = fakeWindow('/');
    stop = syncWithUrl(
      s,
      () => ({}),
      w.win,
      () => gate.active,
    );
    flushSync();
    gate.toggleYear(1);
    s.toggleCountry('USA');
    flushSync();
    s.toggleYear(2025);
    flushSync();
    expect(w.calls).toEqual([]);
    gate.clear();
    flushSync();
    expect(w.calls).toEqual([{ kind: 'push', url: '?year=2025&country=USA' }]);
  });

  const pushes: { name: string; change: (s: FilterState) => void; expected: string }[] = [
    { name: 'colour by', change: (s) => s.setOptions({ colourBy: 'session' }), expected: '?colour-by=session' },
    { name: 'cumulative', change: (s) => s.setOptions({ cumulative: true }), expected: '?cumulative=yes' },
    { name: 'show all', change: (s) => s.setOptions({ showAll: true }), expected: '?show-all=yes' },
    { name: 'planned', change: (s) => s.setPlanned(true), expected: '?planned=yes' },
    { name: 'sort', change: (s) => s.sortBy('value'), expected: '?sort=-value' },
    { name: 'language', change: (s) => s.setLang('ru'), expected: '?lang=ru' },
  ];
  it.each(pushes)('an option change pushes too: $name', ({ change, expected }) => {
    const s = new FilterState();
    const w = start(s);
    change(s);
    flushSync();
    expect(w.calls).toEqual([{ kind: 'push', url: expected }]);
  });

  it('typing a search replaces the entry (Back does not spell it backwards); other changes still push', () => {
    const s = new FilterState();
    const w = start(s);
    s.setOptions({ search: 'w' });
    flushSync();
    s.setOptions({ search: 'wab' });
    flushSync();
    s.setOptions({ search: 'wabtec' });
    flushSync();
    expect(w.calls).toEqual([
      { kind: 'replace', url: '?q=w' },
      { kind: 'replace', url: '?q=wab' },
      { kind: 'replace', url: '?q=wabtec' },
    ]);
    s.toggleYear(2025);
    flushSync();
    expect(w.calls.at(-1)).toEqual({ kind: 'push', url: '?year=2025&q=wabtec' });
    s.setOptions({ search: '' });
    flushSync();
    expect(w.calls.at(-1)).toEqual({ kind: 'replace', url: '?year=2025' });
    s.sortBy('who');
    flushSync();
    expect(w.calls.at(-1)).toEqual({ kind: 'push', url: '?year=2025&sort=who' });
  });

  it('a search and a filter changed together push', () => {
    const s = new FilterState();
    const w = start(s);
    s.setOptions({ search: 'rail' });
    s.toggleCountry('USA');
    flushSync();
    expect(w.calls).toEqual([{ kind: 'push', url: '?country=USA&q=rail' }]);
  });

  it('clearing every filter leaves the bare path, keeping the hash', () => {
    const s = new FilterState({ years: [2023] });
    const w = start(s, '/app/?year=2023#table');
    s.clear();
    flushSync();
    expect(w.calls).toEqual([{ kind: 'push', url: '/app/#table' }]);
    expect(w.location).toEqual({ pathname: '/app/', search: '', hash: '#table' });
  });

  it('keeps the parameters that are not state', () => {
    const s = new FilterState();
    const w = start(s, '/?theme=dark&data=d.json', () => ({ theme: 'dark', data: 'd.json' }));
    s.toggleYear(2024);
    flushSync();
    expect(w.location.search).toBe('?year=2024&data=d.json&theme=dark');
  });

  it('Back and Forward (popstate) restore filters, options and language without a new entry', () => {
    const s = new FilterState({ years: [2024], sectors: ['energy'] }, { showAll: true }, 'kk');
    const w = start(s, '/?year=2024&sector=energy&show-all=yes&lang=kk');
    expect(w.calls).toEqual([]);

    w.popTo('/?year=2023&country=FRA,USA&colour-by=session&sort=-value&q=tengiz&lang=ru');
    flushSync();
    expect(s.filters).toEqual({ ...EMPTY, years: [2023], countries: ['FRA', 'USA'] });
    expect(s.options).toEqual({
      ...DEFAULT_OPTIONS,
      colourBy: 'session',
      sort: { key: 'value', descending: true },
      search: 'tengiz',
    });
    expect(s.lang).toBe('ru');
    // Already canonical: nothing written, so Forward is not cut off.
    expect(w.calls).toEqual([]);

    w.popTo('/');
    flushSync();
    expect(s.active).toBe(false);
    expect(s.options).toEqual(DEFAULT_OPTIONS);
    expect(s.lang).toBeUndefined();
    expect(w.calls).toEqual([]);
  });

  it('popstate to an untidy address tidies it in place', () => {
    const s = new FilterState();
    const w = start(s);
    w.popTo('/?country=usa,xyz&planned=1#map');
    flushSync();
    expect(s.countries).toEqual(['USA']);
    expect(s.options.planned).toBe(true);
    expect(w.calls).toEqual([{ kind: 'replace', url: '?country=USA&planned=yes#map' }]);
  });

  it('after Back, the next change pushes again', () => {
    const s = new FilterState();
    const w = start(s);
    w.popTo('/?q=rail');
    flushSync();
    expect(s.options.search).toBe('rail');
    s.toggleYear(2023);
    flushSync();
    expect(w.calls).toEqual([{ kind: 'push', url: '?year=2023&q=rail' }]);
  });

  it('stops writing and listening once cleaned up', () => {
    const s = new FilterState();
    const w = fakeWindow('/');
    const cleanup = syncWithUrl(s, () => ({}), w.win);
    flushSync();
    expect(w.listeners.size).toBe(1);
    cleanup();
    expect(w.listeners.size).toBe(0);
    s.toggleYear(2023);
    flushSync();
    expect(w.calls).toEqual([]);
    w.popTo('/?year=2017');
    expect(s.years).toEqual([2023]);
  });

  it('works with the real window too', () => {
    window.history.replaceState(null, '', '/?year=2025,2023,23');
    const length = window.history.length;
    const s = new FilterState({ years: [2023, 2025] });
    stop = syncWithUrl(s, () => ({}));
    flushSync();
    expect(window.location.search).toBe('?year=2023,2025');
    expect(window.history.length).toBe(length);
    s.toggleYear(2024);
    flushSync();
    expect(window.location.search).toBe('?year=2023,2024,2025');
    expect(window.history.length).toBe(length + 1);
    stop();
    stop = undefined;
    window.history.replaceState(null, '', '/');
  });
});
