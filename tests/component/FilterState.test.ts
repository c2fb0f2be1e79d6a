import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Filters } from '../../src/lib/data/query';
import { FilterState, syncWithUrl } from '../../src/lib/state/filters.svelte';

const EMPTY: Filters = { years: [], countries: [], actorTypes: [], sectors: [], companies: [] };

describe('FilterState', () => {
  it('starts with no filter', () => {
    const s = new FilterState();
    expect(s.filters).toEqual(EMPTY);
    expect(s.active).toBe(false);
  });

  it('takes initial filters, sorted and without duplicates', () => {
    const s = new FilterState({ years: [2025, 2023, 2025], countries: ['USA', 'FRA', 'USA'], sectors: ['mining', 'energy'] });
    expect(s.filters).toEqual({ ...EMPTY, years: [2023, 2025], countries: ['FRA', 'USA'], sectors: ['energy', 'mining'] });
  });

  const toggles: { name: string; toggle: (s: FilterState) => void; expected: Partial<Filters> }[] = [
    { name: 'toggleYear adds in number order', toggle: (s) => (s.toggleYear(2025), s.toggleYear(2023), s.toggleYear(2017)), expected: { years: [2017, 2023, 2025] } },
    { name: 'toggleYear removes a year already chosen', toggle: (s) => (s.toggleYear(2023), s.toggleYear(2024), s.toggleYear(2023)), expected: { years: [2024] } },
    { name: 'toggleCountry adds, sorted', toggle: (s) => (s.toggleCountry('USA'), s.toggleCountry('IRN')), expected: { countries: ['IRN', 'USA'] } },
    { name: 'toggleCountry removes', toggle: (s) => (s.toggleCountry('USA'), s.toggleCountry('USA')), expected: {} },
    { name: 'toggleActorType', toggle: (s) => (s.toggleActorType('state'), s.toggleActorType('company'), s.toggleActorType('state')), expected: { actorTypes: ['company'] } },
    { name: 'toggleSector', toggle: (s) => (s.toggleSector('mining'), s.toggleSector('energy')), expected: { sectors: ['energy', 'mining'] } },
    { name: 'toggleCompany', toggle: (s) => (s.toggleCompany('wabtec'), s.toggleCompany('amazon'), s.toggleCompany('wabtec')), expected: { companies: ['amazon'] } },
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

  it('setYears and setCountries sort, de-duplicate and leave their input alone', () => {
    const s = new FilterState();
    const years = Object.freeze([2025, 2023, 2025]);
    const codes = Object.freeze(['USA', 'FRA']);
    s.setYears(years);
    s.setCountries(codes);
    expect(s.years).toEqual([2023, 2025]);
    expect(s.countries).toEqual(['FRA', 'USA']);
    expect(years).toEqual([2025, 2023, 2025]);
    expect(codes).toEqual(['USA', 'FRA']);
  });

  it('clear removes every filter', () => {
    const s = new FilterState({ years: [2023], countries: ['USA'], actorTypes: ['state'], sectors: ['energy'], companies: ['acme'] });
    expect(s.active).toBe(true);
    s.clear();
    expect(s.filters).toEqual(EMPTY);
    expect(s.active).toBe(false);
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

describe('syncWithUrl', () => {
  let stop: (() => void) | undefined;
  beforeEach(() => {
    window.history.replaceState(null, '', '/');
  });
  afterEach(() => {
    stop?.();
    stop = undefined;
  });

  it('the first write only tidies the address: no new history entry', () => {
    window.history.replaceState(null, '', '/?year=2025,2023,23&foo=1');
    const length = window.history.length;
    const s = new FilterState({ years: [2023, 2025] });
    stop = syncWithUrl(s, () => ({}));
    flushSync();
    expect(window.location.search).toBe('?year=2023,2025');
    expect(window.history.length).toBe(length);
  });

  it('a change pushes one history entry with the canonical query', () => {
    const s = new FilterState();
    stop = syncWithUrl(s, () => ({}));
    flushSync();
    const length = window.history.length;

    s.toggleCountry('USA');
    s.toggleYear(2025);
    s.toggleYear(2023);
    flushSync();
    expect(window.location.search).toBe('?year=2023,2025&country=USA');
    expect(window.history.length).toBe(length + 1);

    s.toggleCountry('IRN');
    flushSync();
    expect(window.location.search).toBe('?year=2023,2025&country=IRN,USA');
    expect(window.history.length).toBe(length + 2);
  });

  it('clearing every filter leaves the bare path, keeping the hash', () => {
    window.history.replaceState(null, '', '/app/?year=2023#table');
    const s = new FilterState({ years: [2023] });
    stop = syncWithUrl(s, () => ({}));
    flushSync();
    s.clear();
    flushSync();
    expect(window.location.pathname).toBe('/app/');
    expect(window.location.search).toBe('');
    expect(window.location.hash).toBe('#table');
  });

  it('keeps the parameters that are not filters', () => {
    window.history.replaceState(null, '', '/?theme=dark&data=d.json');
    const s = new FilterState();
    stop = syncWithUrl(s, () => ({ theme: 'dark', data: 'd.json' }));
    flushSync();
    s.toggleYear(2024);
    flushSync();
    expect(window.location.search).toBe('?year=2024&data=d.json&theme=dark');
  });

  it('Back and Forward (popstate) restore the filters without adding an entry', () => {
    const s = new FilterState({ years: [2024], sectors: ['energy'] });
    stop = syncWithUrl(s, () => ({}));
    flushSync();
    const length = window.history.length;

    window.history.replaceState(null, '', '/?year=2023&country=FRA,USA');
    window.dispatchEvent(new PopStateEvent('popstate'));
    flushSync();
    expect(s.filters).toEqual({ ...EMPTY, years: [2023], countries: ['FRA', 'USA'] });
    expect(window.location.search).toBe('?year=2023&country=FRA,USA');
    expect(window.history.length).toBe(length);

    window.history.replaceState(null, '', '/');
    window.dispatchEvent(new PopStateEvent('popstate'));
    flushSync();
    expect(s.active).toBe(false);
  });

  it('stops writing and listening once cleaned up', () => {
    const s = new FilterState();
    const cleanup = syncWithUrl(s, () => ({}));
    flushSync();
    cleanup();
    s.toggleYear(2023);
    flushSync();
    expect(window.location.search).toBe('');
    window.history.replaceState(null, '', '/?year=2017');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(s.years).toEqual([2023]);
  });
});
