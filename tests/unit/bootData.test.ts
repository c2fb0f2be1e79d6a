// @vitest-environment node
/**
 * public/boot.js (a plain script served as it is) and the app must read ?data= alike: boot.js
 * starts fetching the address early and the app takes that fetch only when it names the same one.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { fromQuery } from '../../src/lib/state/url';

const BOOT = readFileSync(resolve(import.meta.dirname, '../../public/boot.js'), 'utf8');
const HREF = 'https://example.org/unga/';

/** The address boot.js starts fetching for `search`, or null when it fetches nothing. */
function bootFetches(search: string): string | null {
  const requested: string[] = [];
  const window: Record<string, unknown> = {};
  window.fetch = (url: string) => {
    requested.push(url);
    return new Promise(() => {});
  };
  const context = {
    window,
    fetch: window.fetch,
    location: { search, href: HREF + search },
    navigator: { languages: ['en'] },
    document: { documentElement: { classList: { add() {} } } },
    URL,
    URLSearchParams,
    decodeURIComponent,
  };
  runInNewContext(BOOT, context);
  const early = window.__ungaEarly as { url: string } | undefined;
  expect(requested).toEqual(early ? [early.url] : []);
  return early?.url ?? null;
}

/** The address the app loads for `search` (App.svelte resolves fromQuery's data against the page). */
function appLoads(search: string): string | null {
  const data = fromQuery(search).data;
  return data ? new URL(data, HREF + search).href : null;
}

describe('?data= in boot.js and in the app', () => {
  it.each([
    { search: '?data=https://example.com/d.json', url: 'https://example.com/d.json' },
    { search: '?data=d.json', url: 'https://example.org/unga/d.json' },
    { search: '?data=%20d.json%20', url: 'https://example.org/unga/d.json' },
    // Unicode spaces (no-break, ideographic, narrow no-break, BOM): the app trims them, so boot.js does too.
    { search: '?data=%C2%A0d.json%E3%80%80', url: 'https://example.org/unga/d.json' },
    { search: '?data=%E2%80%AFd.json%EF%BB%BF', url: 'https://example.org/unga/d.json' },
    { search: '?data=+d.json+', url: 'https://example.org/unga/d.json' },
    { search: '?data=a%2Cb.json', url: 'https://example.org/unga/a,b.json' },
    { search: '?data=a,b.json', url: 'https://example.org/unga/a,b.json' },
    { search: '?year=2025&data=x.json&data=y.json', url: 'https://example.org/unga/x.json' },
    { search: '?d%61ta=x.json', url: 'https://example.org/unga/x.json' },
    // A stray "%": the piece is kept as typed.
    { search: '?data=a%zz%20b.json', url: 'https://example.org/unga/a%zz%20b.json' },
    { search: '?data=%E0%A4%A.json', url: 'https://example.org/unga/%E0%A4%A.json' },
    { search: '?data=', url: null },
    { search: '?data=%20%C2%A0', url: null },
    { search: '?data', url: null },
    { search: '?year=2025', url: null },
    { search: '', url: null },
  ])('$search → $url', ({ search, url }) => {
    expect(appLoads(search)).toBe(url);
    expect(bootFetches(search)).toBe(url);
  });
});
