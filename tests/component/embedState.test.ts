// An embed's state: a reader may change it, the address never gains a history entry (that would
// take over the host page's Back button), and what the author published is kept for the way back.
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../src/lib/data/query';
import { DEFAULT_OPTIONS } from '../../src/lib/state/options';
import { FilterState, publishedIn, syncWithUrl, type PublishedState } from '../../src/lib/state/filters.svelte';

/** A window with the address and a history that records each call with the state it was given. */
function fakeWindow(address: string) {
  const calls: { kind: 'push' | 'replace'; state: unknown; url: string }[] = [];
  const location = { pathname: '/', search: '', hash: '' };
  const go = (url: string) => {
    const parsed = new URL(url, 'https://example.org/');
    Object.assign(location, { pathname: parsed.pathname, search: parsed.search, hash: parsed.hash });
  };
  go(address);
  const win = {
    location,
    history: {
      pushState: (state: unknown, _: string, url: string) => (calls.push({ kind: 'push', state, url }), go(url)),
      replaceState: (state: unknown, _: string, url: string) => (calls.push({ kind: 'replace', state, url }), go(url)),
    },
    addEventListener: () => {},
    removeEventListener: () => {},
  };
  return { win: win as unknown as Window, calls, location };
}

const published: PublishedState = { filters: { ...NO_FILTERS, years: [2025] }, options: { colourBy: 'session' } };

describe('an embed keeps what its author published', () => {
  let stop: (() => void) | undefined;
  afterEach(() => stop?.());

  it("a reader's clicks replace the embed's entry, never push, and each entry keeps the published state", () => {
    const s = new FilterState(published.filters, published.options);
    const w = fakeWindow('/?year=2025&colour-by=session&embed=timeline');
    stop = syncWithUrl(
      s,
      () => ({ embed: 'timeline' }),
      w.win,
      () => false,
      { published },
    );
    flushSync();
    s.toggleYear(2025);
    flushSync();
    s.toggleCountry('USA');
    flushSync();
    expect(w.calls.map((c) => c.kind)).toEqual(['replace', 'replace']);
    expect(w.location.search).toBe('?country=USA&colour-by=session&embed=timeline');
    for (const c of w.calls) expect(publishedIn(c.state)).toEqual(published);
  });

  it('restore puts back the published filters and options, dropping what the reader added', () => {
    const s = new FilterState(published.filters, published.options);
    s.toggleYear(2025);
    s.toggleCountry('USA');
    s.setOptions({ cumulative: true, search: 'Wabtec' });
    s.restore(published);
    expect(s.filters).toEqual(published.filters);
    expect(s.options).toEqual({ ...DEFAULT_OPTIONS, colourBy: 'session' });
  });

  it.each([
    { name: 'no state', state: null, expected: undefined },
    { name: "another script's state", state: { scroll: 3 }, expected: undefined },
    { name: 'a malformed one', state: { ungaPublished: 'yes' }, expected: undefined },
    { name: 'the published state', state: { ungaPublished: published }, expected: published },
  ])('publishedIn reads $name', ({ state, expected }) => expect(publishedIn(state)).toEqual(expected));
});
