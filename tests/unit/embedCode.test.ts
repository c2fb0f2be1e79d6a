import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { appBase, embedUrl, shareUrl } from '../../src/lib/state/embedCode';
import { iframeCode } from '../../src/lib/state/iframeCode';
import { publishedHeading } from '../../src/lib/state/attribution';
import { bundledDataset, english, indexOf } from '../helpers';
import { fromQuery } from '../../src/lib/state/url';
import { NO_FILTERS } from '../../src/lib/data/query';

const base = 'https://example.org/unga/';
const filters = { ...NO_FILTERS, years: [2023], countries: ['IRN', 'USA'] };

describe('embed code builders', () => {
  it.each([
    { href: 'https://example.org/unga/?year=2023#x', expected: 'https://example.org/unga/' },
    { href: 'http://127.0.0.1:4173/index.html?embed=map', expected: 'http://127.0.0.1:4173/index.html' },
  ])('appBase($href)', ({ href, expected }) => expect(appBase(href)).toBe(expected));

  it('shareUrl drops embed and keeps filters, data and theme', () => {
    const url = shareUrl(base, { filters, embed: 'map', data: 'https://x.org/d.json', theme: 'dark' });
    expect(url).toBe(`${base}?year=2023&country=IRN,USA&data=https%3A%2F%2Fx.org%2Fd.json&theme=dark`);
  });

  it('embedUrl round-trips through fromQuery', () => {
    const url = new URL(embedUrl(base, 'deals', { filters, theme: 'auto' }));
    const back = fromQuery(url.search);
    expect(back.embed).toBe('deals');
    expect(back.theme).toBe('auto');
    expect(back.filters).toEqual(filters);
    expect(back.notices).toEqual([]);
  });

  it('iframeCode gives an iframe marked for embed.js and its script, attributes escaped', () => {
    const code = iframeCode({ base, view: 'map', state: { filters }, title: 'Counterpart "countries" & <more>' });
    expect(code).toContain(`src="${base}?year=2023&amp;country=IRN,USA&amp;embed=map"`);
    expect(code).toContain('data-unga-embed');
    expect(code).toContain('title="Counterpart &quot;countries&quot; &amp; &lt;more>"');
    expect(code).toContain(`<script src="${base}embed.js" async></script>`);
    const doc = new DOMParser().parseFromString(code, 'text/html');
    const iframe = doc.querySelector('iframe');
    expect(iframe?.getAttribute('src')).toBe(`${base}?year=2023&country=IRN,USA&embed=map`);
  });
});

describe("the embed code's iframe title: the words of the embed's heading (attribution.ts publishedHeading)", () => {
  const index = indexOf(bundledDataset());
  const i18n = english();
  it.each([
    {
      view: 'Deal values by company',
      context: '2025',
      expected: 'Kazakhstan · Kassym-Jomart Tokayev: Deal values by company · 2025',
    },
    {
      view: 'UNGA sessions',
      context: '2023 · Iran · planned events counted',
      expected: 'Kazakhstan · Kassym-Jomart Tokayev: UNGA sessions · 2023 · Iran · planned events counted',
    },
  ])('$expected', ({ view, context, expected }) => {
    expect(publishedHeading(index, i18n, view, context)).toBe(expected);
  });

  it('reaches the iframe of the embed code, escaped, whatever the names hold', () => {
    const title = publishedHeading(index, i18n, 'Deal values by company', '2025 · "AT&T" <Inc>');
    const code = iframeCode({ base, view: 'deals', state: { filters: { ...NO_FILTERS, years: [2025] } }, title });
    const iframe = new DOMParser().parseFromString(code, 'text/html').querySelector('iframe');
    expect(iframe?.getAttribute('title')).toBe(
      'Kazakhstan · Kassym-Jomart Tokayev: Deal values by company · 2025 · "AT&T" <Inc>',
    );
  });
});

describe('public/embed.js: every embed code carries it, so loading it again changes nothing', () => {
  const source = readFileSync(join(import.meta.dirname, '../../public/embed.js'), 'utf8');
  const load = () => new Function(source)();
  afterEach(() => {
    delete (window as unknown as Record<string, unknown>).__ungaEmbed;
    document.body.replaceChildren();
    vi.restoreAllMocks();
  });

  it('listens once however many times it is loaded, and sizes each iframe to the height its own page posts', () => {
    const listen = vi.spyOn(window, 'addEventListener');
    const [first, second] = ['a', 'b'].map(() => {
      const f = document.createElement('iframe');
      f.setAttribute('data-unga-embed', '');
      document.body.append(f);
      return f;
    });
    const frames = [first!, second!];
    const foreign = document.body.appendChild(document.createElement('iframe'));
    load();
    load();
    expect(listen.mock.calls.filter(([type]) => type === 'message')).toHaveLength(1);
    const writes: string[] = [];
    // Every write of an iframe's height, so that a second listener writing the same value shows.
    for (const f of frames) {
      const style = f.style;
      Object.defineProperty(style, 'height', {
        configurable: true,
        set: (v: string) => (writes.push(v), style.setProperty('height', v)),
        get: () => style.getPropertyValue('height'),
      });
    }
    const post = (from: Window | null, height: number) =>
      window.dispatchEvent(new MessageEvent('message', { data: { type: 'unga-embed:height', height }, source: from }));
    post(first!.contentWindow, 300.2);
    post(second!.contentWindow, 512);
    post(foreign.contentWindow, 999);
    expect(writes).toEqual(['301px', '512px']);
    expect(frames.map((f) => f.style.height)).toEqual(['301px', '512px']);
  });
});
